"""A bot with the shipped config.yaml's plugins, every one of them, and their files, for tests where a second alert or
a word from another plugin must show (the care and despair tests)."""
from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from bot.testing import TestBot

ROOT = Path(__file__).resolve().parents[1]


def shipped_bot(make_bot, start: datetime) -> TestBot:
    shipped = (ROOT / "config.yaml").read_text(encoding="utf-8")
    bot = make_bot(shipped[shipped.index("\nplugins:"):shipped.index("\nrooms:")], start=start)
    for name in ("faq.yaml", "ad_keywords.txt"):
        shutil.copy(ROOT / name, bot.folder / name)
    return bot


def to(bot: TestBot, who: str) -> list[str]:
    """What `who` was told privately."""
    return [a.text for a in bot.sent if a.kind == "private" and a.to == who]


def said(bot: TestBot) -> list[str]:
    """What the bot said in the groups."""
    return [a.text for a in bot.sent if a.kind == "say"]


async def started_bot(make_bot, start: datetime) -> TestBot:
    """`shipped_bot`, started."""
    bot = shipped_bot(make_bot, start)
    await bot.start()
    return bot


def complaint_alerts(bot: TestBot, name: str) -> list[str]:
    """The complaint alerts about the member `name` to the operator and the owner."""
    return [t for t in to(bot, "op1") + to(bot, "boss") if "投诉" in t and name in t]


def apologies(bot: TestBot) -> list[str]:
    """What the bot said in the groups that says sorry."""
    return [t for t in said(bot) if "抱歉" in t or "添麻烦" in t]
