"""What the acceptance tester of session 24 found in hearing members (issue 14): a complaint asked as a question or said
just after the bot answered someone else left unheard, a question said beside a hello thanked for the greeting, a
question another member quotes with "我也想知道", one a notice answered minutes before, "are you a person", and a
private FAQ answer followed by "wait for the staff". Each as a member or an operator would notice it, on the virtual
clock, with the shipped plugins, in other words than the probes'."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.testing import TZ, TestBot
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 9, 0, tzinfo=TZ)


async def _bot(make_bot, start: datetime = DAY) -> TestBot:
    bot = _shipped_bot(make_bot, start)
    await bot.start()
    return bot


def _said_to(bot: TestBot, member: str) -> list[str]:
    return [a.text for a in bot.sent if a.kind == "say" and member in a.mentions]


# --- a question said beside a greeting (findings 16, 17) ---

@pytest.mark.parametrize("line", [
    "早上好 今天有啥特价",
    "大家好 我是新进群的 周六门口能停车不",
    "早安 今天青菜到了没",
    "中午好 今儿个有鲜鱼没有",
    "各位下午好 超市今天卖什么水果",
])
async def test_a_question_beside_a_hello_is_not_thanked_for_the_greeting(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message(line, sender="u1", name="吴大爷")
    await bot.wait(minutes=4)
    assert not [t for t in _said_to(bot, "u1") if "问候" in t]
    assert [t for t in _to(bot, "op1") if "⏰ 吴大爷" in t] or [t for t in _said_to(bot, "u1") if "问候" not in t]


@pytest.mark.parametrize("line", [
    "早上好 吃了没",
    "下午好 今天冷不冷 出门多穿点",
    "大家早上好 没什么事 来看看大家",
    "早上好各位姐妹 今天也要开开心心的",
    "老姐妹们早上好 有什么开心事说说",
])
async def test_a_plain_hello_asks_nobody_to_answer(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message(line, sender="u1", name="吴大爷")
    await bot.wait(minutes=4)
    assert not [t for t in _to(bot, "op1") if "⏰ 吴大爷" in t]
    assert not [t for t in _said(bot) if "工作人员" in t]
