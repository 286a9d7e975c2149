"""What a member told the shipped bot once by day hears, for the tests of the native review of session 25's scripts
(scriptmend25): what the group is told, what the operator on duty reads, what the member gets privately."""
from __future__ import annotations

from datetime import datetime

from bot.testing import TZ
from tests.shipped_bot import said, shipped_bot, to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)


async def told(make_bot, text: str, private: bool = True) -> tuple[str, str, list[str]]:
    """What the group is told, what the operator on duty reads, and what the member gets privately."""
    bot = shipped_bot(make_bot, DAY)
    await bot.start()
    if private:
        await bot.send_private(text, sender="u5", name="小林")
    else:
        await bot.send_message(text, sender="u5", name="小林")
    await bot.wait(minutes=2)
    ops = to(bot, "op1")
    return "\n".join(said(bot)), ops[0] if ops else "", to(bot, "u5")
