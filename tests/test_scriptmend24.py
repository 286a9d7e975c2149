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
    assert word.index("医生之前说过时间不多了吗") < word.index("打120") < word.index("节哀")
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
    assert "（对方说亲人刚走了）" in alert and "照顾" not in alert.split("\n")[2]
