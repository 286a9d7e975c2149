"""What the operator on duty hears of an ask that comes beside something bigger: a member's question after her own
emergency, a private message, a photo at night with a question about it."""
from __future__ import annotations

from datetime import datetime

from bot.testing import TZ, TestBot

NUDGE = """
plugins:
  nudge: {}
"""
EVENING = datetime(2026, 11, 23, 21, 0, tzinfo=TZ)


def _told(bot: TestBot, to: str = "op1") -> list[str]:
    return [a.text for a in bot.sent if a.kind == "private" and a.to == to]


async def test_a_question_after_her_own_emergency_is_nudged_as_usual(make_bot):
    bot = make_bot(NUDGE, start=EVENING)
    await bot.start()
    await bot.send_message("我家老头子在卫生间摔倒了起不来", name="奶奶甲")
    await bot.wait(minutes=5)
    await bot.send_message("请问明天几点放学", name="奶奶甲")
    await bot.wait(minutes=5)
    told = _told(bot)
    assert "紧急" in told[0]
    assert any("奶奶甲" in t and "等了" in t and "请问明天几点放学" in t and "紧急" not in t for t in told[1:]), told
