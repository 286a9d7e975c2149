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
