"""Action: something the bot does (say in a room, message privately, remove a member), as the pipeline carries it.

Plugins make actions through the context (`ctx.say`, `ctx.reply`, ...); the outbox stores each in
the action log (`bot.models.ActionLog`), paces it and hands it to the adapter. A plain dataclass:
the outbox compares, sorts and reads these thousands of times a second.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any


@dataclass(slots=True, eq=False)
class Action:
    """One action; `id` is its row in the action log once the outbox has stored it."""

    created_at: datetime
    plugin: str
    kind: str  # say | private | remove | image (text: the image file's path; room or to)
    ref: str = ""
    cause: str | None = None
    room: str | None = None
    to: str | None = None
    mentions: str = ""  # space-separated contact ids
    text: str = ""
    priority: int = 3
    status: str = "pending"  # pending | waiting (a follow-up) | delivered | dropped | failed
    delivered_at: datetime | None = None
    note: str = ""
    id: int | None = None
    account: str = ""  # the WeChat account that sends it (bot.account); in a shared room, the room's lease holder
    # A follow-up (`Context.once_done`) is stored "waiting" for the action `follows` and goes once that one ends as
    # `follows_if` ("delivered", or "failed"); else it is dropped. The outbox releases it, after a restart too.
    follows: int | None = None
    follows_if: str = ""
    leader: Action | None = None  # the action it follows, until the outbox has stored that one (not stored)
    # a private acknowledgement to someone who has just written to the bot (`Context.reply(at_night=True)`): they
    # are awake, so quiet hours do not hold it (not stored: after a restart it waits like its plugin's messages)
    to_the_awake: bool = False

    @classmethod
    def of(cls, row: Any) -> Action:
        """An action read back from the action log."""
        return cls(**{f.name: getattr(row, f.name) for f in fields(cls) if f.name not in _NOT_STORED})


_NOT_STORED = ("leader", "to_the_awake")


WAITING = "waiting"


def follow(first: Action, then: Sequence[Action], otherwise: Sequence[Action] = ()) -> None:
    """Make `then` wait for `first` to be delivered and `otherwise` for it to fail for good (`Context.once_done`):
    accepted together, they are stored waiting, and the outbox queues the ones whose turn came when `first` ends."""
    for actions, goes_if in ((then, "delivered"), (otherwise, "failed")):
        for action in actions:
            action.leader, action.follows_if, action.status = first, goes_if, WAITING
