"""Commands get parsed arguments; input their parse refuses is answered with the usage and why."""
from __future__ import annotations

import shutil
from pathlib import Path

DATA = Path(__file__).parent / "data"


async def test_a_refused_argument_gets_the_usage_and_why(make_bot):
    bot = make_bot("plugins:\n  faq:\n    file: faq.yaml\n  moderation: {}\n")
    shutil.copy(DATA / "faq.yaml", bot.folder / "faq.yaml")
    await bot.start()
    await bot.send_message("/faq add 充电宝能借吗 前台可以免费借", sender="op1", room=None)
    await bot.send_message("/mod fp abc", sender="op1", room=None)
    await bot.send_message("/faq add 充电宝能借吗 ｜ 前台可以免费借", sender="op1", room=None)
    await bot.settle()
    no_bar, not_a_number, added = bot.texts()
    assert "/faq add 问题 | 答案" in no_bar and "竖线" in no_bar
    assert "/mod fp 记录编号" in not_a_number and "没有编号为 abc 的记录" in not_a_number
    assert "充电宝能借吗" in added and "竖线" not in added
