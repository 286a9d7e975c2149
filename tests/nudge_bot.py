"""The nudge bot the room-reading tests meet: its config, what it sent, when, and the words of praise it must
never use for a complaint."""
from __future__ import annotations

from bot.testing import Sent, TestBot

NUDGE = """
plugins:
  nudge: {}
"""


PRAISE = ("分享", "真好", "棒", "赞", "好问题")


def _nudge(bot: TestBot, action: str | None = None) -> list[Sent]:
    return [a for a in bot.sent if a.plugin == "nudge" and (action is None or a.kind == action)]


def _at(bot: TestBot, action: Sent) -> float:
    return (action.at - bot.begin).total_seconds()
