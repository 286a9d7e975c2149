"""The owners hear of an emergency nobody on duty answered within the craft's 1-3 minutes: the next on the roster at
one minute, the owners at two (at one when nobody else is on duty); the operator's alert says when."""
from __future__ import annotations

from datetime import datetime

from bot.testing import TZ, TestBot

NIGHT = datetime(2026, 11, 24, 3, 20, tzinfo=TZ)


def _seconds(bot: TestBot, action) -> int:
    return int((action.at - bot.begin).total_seconds())


async def test_with_one_operator_on_duty_the_owners_hear_within_a_minute_at_night(make_bot):
    bot = make_bot("plugins:\n  nudge: {}\n", start=NIGHT)
    await bot.start()
    await bot.send_message("救命 我老伴在卫生间摔倒了 叫不醒", name="吴阿姨")
    await bot.wait(minutes=5)
    alerts = [(a.to, _seconds(bot, a)) for a in bot.sent if a.kind == "private"]
    assert alerts[0][1] <= 5 and ("boss", 60) <= next(x for x in alerts if x[0] == "boss") <= ("boss", 65)
    first = next(a for a in bot.sent if a.kind == "private")
    assert "1分钟内群里没有工作人员回应，机器人会告诉群主" in first.text  # what happens: nobody else is on duty
