"""What the moderation tests share: a bot screening room r1 with the shipped ad keyword list, and what it said."""
from __future__ import annotations

import shutil
from pathlib import Path

from bot.testing import Sent, TestBot

ROOT = Path(__file__).parent.parent
CONFIG = """
plugins:
  moderation:
    keyword_files: [ad_keywords.txt]
"""


def screened(make_bot, extra: str = "", *, config: str = CONFIG) -> TestBot:
    """A test bot moderating with the shipped `ad_keywords.txt` (`extra`: more config after `config`)."""
    bot = make_bot(config + extra)
    shutil.copy(ROOT / "ad_keywords.txt", bot.folder / "ad_keywords.txt")
    return bot


def moderation_said(bot: TestBot) -> list[Sent]:
    """Everything the moderation plugin sent: notices, private words, alerts."""
    return [a for a in bot.sent if a.plugin == "moderation"]
