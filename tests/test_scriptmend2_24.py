"""The native review of session 24's scripts (issue 13, scriptmend2_24): a threat whose plan names 出门 keeps the
person with him; a death at home is never sent to a bedside bell; the operator asks before ringing 110; a place the
member names is told to the police; no 节哀 where a heart may still be saved; a child's slap hints at nobody the
member did not name."""
from __future__ import annotations

import pytest

from tests.test_scriptmend24 import _told


# finding 1: 出门 in a plan is no going
@pytest.mark.parametrize("text", ["我老伴说等我出门了他就去喝农药", "我老伴说等我出去了他就喝农药",
                                  "我爸说等我们都出门了就去喝敌敌畏", "我老伴说等我出门买菜他就喝农药"])
async def test_a_threat_whose_plan_names_going_out_keeps_someone_with_him_and_the_pesticide_away(make_bot, text):
    group, alert, _ = await _told(make_bot, text)
    assert "已经出门了，请马上打110" not in group and "分头去找" not in group + alert
    assert group.index("一直陪着他") < group.index("农药这类东西先拿走收好") < group.index("110")
    assert "人已经出门了" not in alert and "把农药这类东西拿走" in alert


@pytest.mark.parametrize("text", ["我儿子说要跳河 已经出门了", "我老伴说要喝农药 人已经跑出去了",
                                  "我儿子说要跳河 刚出门"])
async def test_a_threat_whose_maker_has_gone_out_still_gets_110_and_the_search(make_bot, text):
    group, _, _ = await _told(make_bot, text)
    assert "他已经出门了，请马上打110" in group and "分头去找" in group


# finding 2: a death at home after the hospital is no ward
@pytest.mark.parametrize("text", ["我妈刚走了 刚从医院接回来 护士还没来", "我爸刚走了 前天出院的 护士还没到",
                                  "老伴刚走了 上周从医院拉回来的 护士说马上过来"])
async def test_a_death_at_home_after_the_hospital_is_never_sent_to_a_bedside_bell(make_bot, text):
    _, alert, (word,) = await _told(make_bot, text, private=True)
    assert "床头铃" not in word + alert and "护士站" not in word + alert and "打120" in word
    assert "病房" not in alert and "120" in alert


# finding 11: the ward as she named it
@pytest.mark.parametrize(("text", "ward"), [("我爸刚走了 在医院 护士马上过来", "医院"),
                                            ("我妈刚走了 还在住院部 护士还没来", "医院"),
                                            ("我爸刚走了 安宁病房的护士说马上过来", "安宁病房")])
async def test_the_operator_hears_the_ward_as_the_member_named_it(make_bot, text, ward):
    _, alert, _ = await _told(make_bot, text, private=True)
    assert f"对方说人在{ward}走的，护士会过来确认" in alert
    assert ward == "安宁病房" or "安宁病房" not in alert


# findings 3, 8, 9: the operator asks before ringing 110; 说, not 扬言; the police help look, no promise
@pytest.mark.parametrize("text", ["我儿子说要跳河 已经出门了", "我老伴说要喝农药 人已经跑出去了",
                                  "我妈说要跳河 现在找不到她了"])
async def test_the_operator_of_a_threat_gone_out_rings_the_member_first_and_asks_about_110(make_bot, text):
    group, alert, _ = await _told(make_bot, text)
    assert alert.startswith("🚨 有人说要寻短见") and "扬言" not in alert
    assert (alert.index("请马上打给对方，先问报了110没有") < alert.index("没报就您马上替对方打110")
            < alert.index("分头去找"))
    assert "民警会帮着一起找" in group and "劝住" not in group


async def test_a_deaf_members_threat_gone_out_has_the_operator_text_her_first(make_bot):
    _, alert, _ = await _told(make_bot, "我儿子说要跳河 已经出门了", "聋人老年交流群")
    assert "请马上用文字联系对方，先问报了110没有" in alert


# finding 4: the place she named
@pytest.mark.parametrize(("text", "told", "police"),
                         [("我儿子说要跳河 已经在河边了", "他已经在河边了", "告诉民警就在河边"),
                          ("我闺女说不想活了要跳楼 已经往楼顶去了", "她已经往楼顶去了", "告诉民警她往楼顶去了"),
                          ("我老伴说要跳江 人已经到了江边", "他已经在江边了", "告诉民警就在江边"),
                          ("我儿子说要跳河 现在在大桥上", "他已经在大桥上了", "告诉民警就在大桥上")])
async def test_a_threat_whose_maker_is_at_a_named_place_sends_the_police_and_someone_near_there(make_bot, text, told,
                                                                                                  police):
    group, alert, _ = await _told(make_bot, text)
    assert group.index(told) < group.index("打110") < group.index(police) < group.index("离得近的家里人、邻居马上过去")
    assert "不在身边" not in group + alert and "分头去找" not in group + alert and "可能去哪儿" not in group
    assert "先问报了110没有" in alert and "请离得近的家里人、邻居马上过去陪着" in alert


# finding 5: no question she cannot be answered on, no 节哀 where the heart may still be saved
@pytest.mark.parametrize("text", ["我老伴刚走了 在家里 安宁疗护的护士说今晚过来",
                                  "我妈刚走了 刚从医院接回来 护士还没来", "我爸刚没了气 在家 临终关怀的医生在路上"])
async def test_a_death_at_home_awaiting_the_nurse_gets_120_for_the_sudden_case_and_no_condolence_yet(make_bot, text):
    _, alert, (word,) = await _told(make_bot, text, private=True)
    assert word.index("要是医生之前没说过时间不多了、人是突然没了呼吸的，请马上打120") < word.index("亲人身边")
    assert "节哀" not in word and "揪心" not in word and "？" not in word
    assert "没有说“节哀”" in alert and "最后才说" not in alert


# findings 13, 14: the operator's lines read naturally; the ward word heard that the nurse is coming
@pytest.mark.parametrize("text", ["我爸刚走了 安宁病房的护士说马上过来", "我妈刚走了 在病房 护士还没来",
                                  "老伴刚走了 在医院 护士马上就来"])
async def test_a_death_in_a_ward_asks_for_the_bell_only_if_the_nurse_has_not_come(make_bot, text):
    _, alert, (word,) = await _told(make_bot, text, private=True)
    assert "护士还没到的话，按一下床头铃，或者到护士站叫一声" in word and "请先按床头铃" not in word
    assert "最后说了一句“节哀”" in alert and "最后才说" not in alert


async def test_the_operator_of_an_awaited_death_at_home_says_condolence_once_the_member_is_calmer(make_bot):
    _, alert, _ = await _told(make_bot, "我妈刚走了 在安宁疗护 护士还没来")
    assert "等对方稳下来，最后再说一句“心里很难过，您节哀”" in alert and "这时再说" not in alert


# finding 6: the writer's own title is no one at home who hit the child
@pytest.mark.parametrize("text", ["孩子被人打了耳光 现在耳朵听不清 我是孩子奶奶",
                                  "我是他爷爷 孙子在外面被人扇了一巴掌 耳朵嗡嗡响",
                                  "孩子被打了耳光 耳朵听不见了 奶奶带着在医院呢"])
async def test_a_grandmother_telling_of_a_slap_is_never_hinted_at_as_the_one_at_home(make_bot, text):
    group, alert, _ = await _told(make_bot, text)
    assert "可靠的大人" not in group and "在家挨的打" not in alert and "动手的人可能就在旁边" not in alert
    assert "对方没说是谁打的" in alert


@pytest.mark.parametrize("text", ["孩子被奶奶打了耳光 现在耳朵听不清", "孩子在家里被扇了一巴掌 耳朵嗡嗡响"])
async def test_a_slap_by_someone_at_home_named_keeps_the_careful_line(make_bot, text):
    group, alert, _ = await _told(make_bot, text)
    assert "可靠的大人" in group and "动手的人可能就在旁边" in alert


# finding 7: never asked in the group who hit the child
@pytest.mark.parametrize("text", ["孩子被人打了耳光 现在耳朵听不清", "我孙子被人扇了一巴掌 耳朵听不见了",
                                  "娃让人打了个耳光 现在耳朵一直嗡嗡的"])
async def test_a_slap_by_someone_unnamed_is_not_asked_about_in_the_group(make_bot, text):
    group, _, _ = await _told(make_bot, text)
    assert "是谁打的，不用在群里说，工作人员会私下跟您聊，我们一起想办法" in group
    assert "跟我们说说" not in group and "帮您一起" not in group


# finding 12: 学校 alone is no teacher
@pytest.mark.parametrize("text", ["孩子在学校门口被人打了耳光 耳朵听不清", "娃在学校被人扇了耳光 现在耳朵听不见",
                                  "孩子放学在校门口被人扇了一巴掌 耳朵嗡嗡响"])
async def test_a_slap_at_school_by_someone_unnamed_accuses_no_teacher(make_bot, text):
    group, alert, _ = await _told(make_bot, text)
    assert "老师" not in group + alert and "在学校里出的事，可以跟班主任说，请学校处理" in group
    assert "帮着联系班主任，请学校处理" in alert


async def test_a_slap_by_a_teacher_still_goes_to_the_headmaster(make_bot):
    group, alert, _ = await _told(make_bot, "孩子被班主任打了耳光 现在耳朵听不清")
    assert "老师打孩子的事，可以找校长说" in group and "孩子被老师打的事" in alert


# finding 10: 刚 only when she said it
@pytest.mark.parametrize(("text", "told"), [("老伴走了三年了 我也不想活了", "（对方说亲人走了）"),
                                            ("我妈去年走了 我也不想活了", "（对方说亲人走了）"),
                                            ("老伴昨天走了 我也不想活了", "（对方说亲人刚走了）")])
async def test_the_despair_alert_says_just_now_only_when_the_member_did(make_bot, text, told):
    _, alert, _ = await _told(make_bot, text, private=True)
    assert told in alert
