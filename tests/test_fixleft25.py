"""Session 25's left-over acceptance findings (fixleft25), as a member or an operator would see them."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.testing import TZ

NUDGE = "plugins:\n  nudge: {}\n"


async def _digest(make_bot, start: datetime, said: list[tuple[int, str, str]]) -> str:
    """The morning digest after members said `said` (minutes after `start`, name, text) in the night."""
    bot = make_bot(NUDGE, start=start)
    await bot.start()
    waited = 0
    for n, (at, name, text) in enumerate(said, 1):
        await bot.wait(minutes=at - waited)
        waited = at
        await bot.send_message(text, name=name, sender=f"u{n}")
    await bot.wait(hours=10)
    (digest,) = [a for a in bot.sent if a.ref == "digest.j2"]
    return digest.text


@pytest.mark.parametrize(("hour", "minute", "name", "text"), [
    (5, 10, "周老", "战友们早 今天上午几点集合"),
    (6, 0, "老陈", "今天的座谈会在哪个会议室开"),
    (6, 40, "王阿姨", "早啊 今天去医院体检要空腹吗"),
    (4, 30, "钱师傅", "今天水库能钓鱼吗 下不下雨"),
])
async def test_an_early_risers_question_is_called_this_mornings_not_last_nights(make_bot, hour, minute, name, text):
    start = datetime(2026, 11, 24, 3, 0, tzinfo=TZ)
    digest = await _digest(make_bot, start, [((hour - 3) * 60 + minute, name, text)])
    assert "今天一早「" in digest and "昨晚" not in digest
    assert "说句“早上的消息现在才回，让您久等了”" in digest


@pytest.mark.parametrize(("hour", "minute"), [(23, 30), (22, 40)])
async def test_a_question_of_the_evening_is_still_last_nights(make_bot, hour, minute):
    start = datetime(2026, 11, 23, 22, 30, tzinfo=TZ)
    digest = await _digest(make_bot, start, [((hour - 22) * 60 + minute - 30, "李叔", "明天几点开门啊")])
    assert "昨晚「" in digest and "说句“昨晚的消息现在才回，让您久等了”" in digest and "今天一早" not in digest


async def test_a_question_past_midnight_is_still_of_the_night(make_bot):
    start = datetime(2026, 11, 24, 0, 30, tzinfo=TZ)
    digest = await _digest(make_bot, start, [(60, "李叔", "睡不着 明天几点开门啊")])
    assert "昨晚「" in digest and "今天一早" not in digest


async def test_a_night_and_a_dawn_question_together_are_both_named_and_the_apology_fits_both(make_bot):
    start = datetime(2026, 11, 23, 23, 0, tzinfo=TZ)
    digest = await _digest(make_bot, start, [(10, "李叔", "明天几点开门啊"), (400, "周老", "今天几点去扫墓")])
    assert "昨晚到今天一早「" in digest
    assert "说句“消息现在才回，让您久等了”" in digest
