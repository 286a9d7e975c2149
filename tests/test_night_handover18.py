"""The night's hand-over in the morning digest holds (issue 13, the session 18 code review): a question or complaint
of the night told to the morning operator still counts as answered when the operator answers after a restart, and a
death told at night is never listed in /sla as a member left unanswered."""
from __future__ import annotations

from datetime import timedelta

from bot.testing import TestBot

NUDGE = """
plugins:
  nudge: {}
"""


def _digests(bot: TestBot) -> list[str]:
    return [a.text for a in bot.sent if a.kind == "private" and a.to == "op1" and a.ref == "digest.j2"]


async def _week(bot: TestBot) -> str:
    await bot.send_command("/sla", sender="op1")
    await bot.settle()
    (figures,) = [a.text for a in bot.sent if "近7天" in a.text]
    return figures.split("近7天：")[1]


async def test_a_night_complaint_handed_over_then_answered_after_a_morning_restart_counts_as_answered(make_bot):
    bot = make_bot(NUDGE)
    await bot.start(at=bot.begin - timedelta(hours=10))  # 23:00
    await bot.send_message("楼上装修太吵了 都十一点了还在砸墙 物业管不管", sender="u1", name="阿红")
    await bot.wait(hours=8, minutes=5)  # 07:05: the digest told the operator
    assert any("阿红" in t for t in _digests(bot))
    await bot.stop()
    await bot.start(at=bot.begin - timedelta(hours=1, minutes=50))  # an update restarts the bot at 07:10
    await bot.wait(minutes=5)
    await bot.send_message("@阿红 装修的事我们马上去处理", sender="op1", name="小王", mentions=("u1",))
    await bot.wait(minutes=2)
    week = await _week(bot)
    assert week.startswith("1 位成员等回复，人工回复 1 位") and "投诉 1 起，人工回复 1 起" in week


async def test_a_night_question_handed_over_and_never_answered_still_counts_as_missed_after_a_restart(make_bot):
    bot = make_bot(NUDGE)
    await bot.start(at=bot.begin - timedelta(hours=10))  # 23:00
    await bot.send_message("请问明天的体检几点开始？", sender="u1", name="阿红")
    await bot.wait(hours=8, minutes=5)
    await bot.stop()
    await bot.start(at=bot.begin - timedelta(hours=1, minutes=50))  # 07:10
    await bot.wait(hours=6)  # nobody answers all morning
    week = await _week(bot)
    assert week.startswith("1 位成员等回复，人工回复 0 位") and "阿红" in week


async def test_a_death_told_at_night_is_never_listed_as_a_member_left_unanswered(make_bot):
    bot = make_bot(NUDGE)
    await bot.start(at=bot.begin - timedelta(hours=10))  # 23:00
    await bot.send_message("我父亲昨晚在医院走了 后天出殡", sender="u1", name="阿红")
    await bot.wait(hours=11, minutes=5)  # the digest named her loss; 10:05 now
    assert any("阿红" in t for t in _digests(bot))
    week = await _week(bot)
    assert week.startswith("0 位成员等回复") and "阿红" not in week
