"""Mends of session 16's code review of the emergency steps: what a member or an operator would notice."""
from __future__ import annotations

from datetime import datetime, timedelta

from bot.emergency import Pieces
from bot.testing import TZ, TestBot
from tests.test_emergencies import _roster_bot

AFTERNOON = datetime(2026, 11, 23, 14, 0, tzinfo=TZ)
NIGHT = datetime(2026, 11, 24, 2, 0, tzinfo=TZ)


def _seconds(bot: TestBot, action) -> int:
    return int((action.at - bot.begin).total_seconds())


def _alerts(bot: TestBot) -> list[tuple[str | None, int]]:
    return [(a.to, _seconds(bot, a)) for a in bot.sent if a.ref and a.ref.startswith("emergency_alert")]


async def test_out_of_the_lift_and_thanking_twenty_seconds_later_pages_nobody_else(make_bot):
    bot = _roster_bot(make_bot, AFTERNOON)
    await bot.start()
    await bot.send_message("电梯困住了", name="周阿姨")
    await bot.wait(seconds=20)
    await bot.send_message("出来了 谢谢", name="周阿姨")
    await bot.wait(minutes=5)
    assert [to for to, _ in _alerts(bot)] == ["op1"]  # the danger is over: neither op2 nor the owner woken


def test_a_dog_that_fell_typed_in_three_lines_is_no_emergency():
    pieces = Pieces()
    for n, line in enumerate(("我家狗狗", "摔了", "起不来")):
        found = pieces.danger("room", "u1", AFTERNOON + timedelta(seconds=10 * n), line)
    assert found is None
    for n, line in enumerate(("我老伴", "摔了", "起不来")):  # a person: still one
        found = pieces.danger("room", "u2", AFTERNOON + timedelta(seconds=10 * n), line)
    assert found is not None and found.kind == "fall"


async def test_a_restart_at_ninety_seconds_still_tells_the_owner_at_two_minutes(make_bot):
    bot = _roster_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("救命，我被关在3栋电梯里了", name="周阿姨")
    await bot.wait(seconds=90)
    await bot.stop()
    await bot.start(at=bot.begin + timedelta(seconds=90))
    await bot.wait(minutes=5)
    alerts = _alerts(bot)
    assert [to for to, _ in alerts] == ["op1", "op2", "boss"]
    assert 120 <= alerts[2][1] <= 125  # not at the restart (90 s): the owner's time is the owner's time


async def test_a_long_message_alert_quotes_who_and_where_from_its_start(make_bot):
    bot = _roster_bot(make_bot, AFTERNOON)
    await bot.start()
    said = ("我是5栋2单元的刘阿姨，我老伴刚才在卫生间摔倒了，头上流血了，起不来，我一个人扶不动他，"
            "家里孩子都不在身边，电话也打不通，我现在特别害怕，也不知道该怎么办才好，求求你们快派个人来帮帮忙吧")
    assert len(said) > 80
    await bot.send_message(said, name="刘阿姨")
    await bot.wait(seconds=10)
    (first,) = [a for a in bot.sent if a.ref == "emergency_alert.j2"]
    assert "5栋2单元" in first.text and "卫生间摔倒了" in first.text
