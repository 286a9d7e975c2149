"""The native re-read of session 23's danger and grief scripts (issue 13, scriptmend24): the question that may save a
life comes before any condolence; a husband who walked out is never mourned as dead; a threat whose maker has already
gone out is no silence; pain the medicine does not hold has a way when the doctor cannot be reached; a child slapped
by someone unnamed does not make the parent a suspect."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)


async def _told(make_bot, text: str, room: str | None = None, private: bool = False) -> tuple[str, str, list[str]]:
    """What the group is told, what the operator on duty reads, and what the member gets privately."""
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    if private:
        await bot.send_private(text, sender="u5", name="小林")
    else:
        await bot.send_message(text, sender="u5", name="小林", **({"room_topic": room} if room else {}))
    await bot.wait(minutes=2)
    ops = _to(bot, "op1")
    return "\n".join(_said(bot)), ops[0] if ops else "", _to(bot, "u5")


async def test_a_death_at_home_awaiting_the_hospice_nurse_asks_sudden_or_expected_before_any_condolence(make_bot):
    _, alert, (word,) = await _told(make_bot, "我老伴刚走了 在家里 安宁疗护的护士说今晚过来", private=True)
    # 护士说今晚过来 is a nurse awaited, not a death confirmed: no "人在医院的话"
    assert "人在医院的话" not in word and "亲人身边" in word
    assert word.index("医生之前没说过时间不多了") < word.index("打120") and "节哀" not in word and "吗？" not in word
    assert alert.index("医生之前是不是说过时间不多了？") < alert.index("先别劝节哀") < alert.rindex("您节哀")


async def test_a_hospice_death_told_in_the_group_has_the_operator_ask_before_offering_condolence(make_bot):
    group, alert, _ = await _told(make_bot, "我妈刚走了 在安宁疗护 护士还没来")
    assert group == "" and "先说一句“心里很难过，您节哀”" not in alert
    assert alert.index("时间不多了？") < alert.index("120") < alert.rindex("节哀")


async def test_a_father_who_just_stopped_breathing_gets_120_first_not_a_please_wait(make_bot):
    _, alert, (word,) = await _told(make_bot, "我爸刚刚走了 没气了", private=True)
    assert "请稍等" not in word and "马上打120" in word and "节哀" not in word
    assert alert.startswith("🕯️") and "别先劝节哀" in alert


@pytest.mark.parametrize("text", ["老公走了 不要我了 我不想活了", "我老公走了 扔下我和孩子 我真不想活了"])
async def test_a_husband_who_walked_out_is_never_mourned_as_dead(make_bot, text):
    _, alert, (word,) = await _told(make_bot, text, private=True)
    assert "走了，您心里一定苦得很" not in word and "想他了" not in word and "12356" in word
    assert "亲人刚走了" not in alert and "送走" not in alert and alert.startswith("🚨")


async def test_a_widow_who_wants_to_follow_still_hears_her_loss_named_and_a_call_now(make_bot):
    _, alert, (word,) = await _told(make_bot, "老伴走了 我也不想活了", private=True)
    assert "老伴走了，您心里一定苦得很" in word and "马上给您打电话" in word
    assert "（对方说亲人走了）" in alert and "照顾" not in alert.split("\n")[2]


async def test_a_son_who_said_he_would_jump_and_has_gone_out_gets_110_first_never_silence(make_bot):
    group, alert, _ = await _told(make_bot, "我儿子说要跳河 已经出门了")
    assert group.index("他已经出门了，请马上打110") < group.index("分头去找") < group.index("12356")
    assert alert.startswith("🚨 有人说要寻短见") and "人已经出门了：请马上打给对方，先问报了110没有" in alert
    assert "已经去了" not in alert


async def test_a_threat_not_yet_acted_on_never_reads_he_has_already_gone_as_a_death(make_bot):
    group, alert, _ = await _told(make_bot, "我老伴说要喝农药 跟我吵完架")
    assert group.index("一直陪着他") < group.index("110")
    assert "他已经去了" not in alert and "要是他已经出门了，或者农药已经拿在手上，直接帮忙打110" in alert


async def test_pain_the_medicine_does_not_hold_outside_hospice_has_a_way_when_the_doctor_is_not_reached(make_bot):
    group, alert, _ = await _told(make_bot, "我妈疼得厉害 止疼药吃了也不管用")
    assert "投诉" not in alert and "给她看病的医生" in group and "安宁疗护" not in group + alert
    assert "医生一时联系不上，就打120，或者送医院看急诊" in group
    assert "给病人看病的医生" in alert and "轻声回复" not in alert


async def test_pain_in_a_hospice_group_keeps_its_team_and_gentle_word(make_bot):
    group, alert, _ = await _told(make_bot, "老爷子疼得直叫唤 吗啡贴了也压不住", "安宁疗护家属群")
    assert "安宁疗护团队" in group and "医生一时联系不上" not in group
    assert "安宁疗护团队、病房或值班医生" in alert and "轻声回复" in alert


async def test_a_child_slapped_by_someone_unnamed_never_makes_the_parent_a_suspect(make_bot):
    group, alert, _ = await _told(make_bot, "孩子被人打了耳光 现在耳朵听不清")
    assert "耳鼻喉科" in group and "是谁打的，不用在群里说" in group
    assert "可靠的大人" not in group and "在家挨的打" not in alert and "动手的人可能就在旁边" not in alert
    assert "对方没说是谁打的" in alert and "问问是谁打的" in alert


async def test_a_death_in_a_hospice_ward_calls_the_nurse_never_120_and_condolence_comes_last(make_bot):
    _, alert, (word,) = await _told(make_bot, "我爸刚走了 安宁病房的护士说马上过来", private=True)
    assert "120" not in word + alert and word.index("护士站") < word.index("节哀")
    assert "请对方先叫护士过来确认" in alert and alert.index("护士来了没有") < alert.rindex("您节哀")


async def test_a_deaf_members_word_of_a_son_gone_out_is_texted_and_the_operator_texts_her_too(make_bot):
    group, alert, _ = await _told(make_bot, "我儿子说要跳河 已经出门了", "聋人老年交流群")
    assert "请马上发短信到12110报警" in group and group.index("12110") < group.index("分头去找")
    assert "人已经出门了：请马上用文字联系对方，先问报了110没有" in alert and "可能去哪儿、穿的什么" in alert
