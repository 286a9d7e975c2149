"""The memory adapter for tests: records every delivered action in the replay format."""
from __future__ import annotations

from typing import Any

from bot.actions import Action
from bot.adapters.base import Adapter, Offline, Undeliverable, action_record
from bot.events import MessageReceived


class MemoryAdapter(Adapter):
    """Keeps what the bot sent in `sent`; capabilities can be switched off per room or contact."""

    name = "memory"

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []  # in the replay actions format
        self.delivered: list[Action] = []  # the same, as actions (bot.testing reads these)
        self.no_remove: set[str] = set()
        self.no_private: set[str] = set()
        self.offline = False
        self.gone: set[str] = set()  # rooms the bot was removed from
        self.failing: set[str] = set()  # rooms (or private contacts) whose sends fail
        self.images: dict[str, bytes] = {}  # message id -> image bytes

    async def deliver(self, action: Action) -> None:
        """Record the action; refuse it while `offline`, for a room in `gone`, or fail it for one in `failing`."""
        if self.offline:
            raise Offline("memory adapter is offline")
        if action.room in self.gone:
            raise Undeliverable(f"the bot is no longer in room {action.room}")
        if (action.room or action.to) in self.failing:
            raise RuntimeError("the platform refused the message")
        self.sent.append(action_record(action))
        self.delivered.append(action)

    async def image_bytes(self, event: MessageReceived, limit: int) -> bytes | None:
        """Bytes registered in `images` for this message."""
        data = self.images.get(event.id)
        return data if data is not None and len(data) <= limit else None

    def can_remove(self, room: str) -> bool:
        """False for rooms in `no_remove`."""
        return room not in self.no_remove

    def can_private(self, contact: str) -> bool:
        """False for contacts in `no_private`."""
        return contact not in self.no_private
