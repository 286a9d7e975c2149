"""The nudge bot the care tests meet, and the day, the midnight and the words of despair they start from."""
from __future__ import annotations

from datetime import datetime

from bot.testing import TZ, TestBot
from tests.shipped_bot import to as _to

NUDGE = """
plugins:
  nudge: {}
"""


DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)


MIDNIGHT = datetime(2026, 11, 24, 0, 0, tzinfo=TZ)


DESPAIR = "活着真没意思 不想拖累孩子了 想一了百了"


def _digest(bot: TestBot) -> str:
    (digest,) = [t for t in _to(bot, "op1") if "早上好" in t]
    return digest
