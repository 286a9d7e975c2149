"""Action: something the bot does (say in a room, message privately, remove a member), as the pipeline carries it.

Plugins make actions through the context (`ctx.say`, `ctx.reply`, ...); the outbox stores each in
the action log (`bot.models.ActionLog`), paces it and hands it to the adapter. A plain dataclass:
the outbox compares, sorts and reads these thousands of times a second.
"""
from __future__ import annotations

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
    status: str = "pending"  # pending | delivered | dropped | failed
    delivered_at: datetime | None = None
    note: str = ""
    id: int | None = None
    account: str = ""  # the WeChat account that sends it (bot.account); in a shared room, the room's lease holder
    # Follow-ups, kept in memory only (`Context.once_done`): sent once this action went through, or instead when it
    # failed for good. After a restart they are gone: nothing is said about what nobody saw happen.
    then: tuple[Action, ...] = ()
    otherwise: tuple[Action, ...] = ()

    @classmethod
    def of(cls, row: Any) -> Action:
        """An action read back from the action log."""
        return cls(**{f.name: getattr(row, f.name) for f in fields(cls) if f.name not in FOLLOW_UPS})


FOLLOW_UPS = ("then", "otherwise")
