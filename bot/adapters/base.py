"""The adapter protocol, and an action's record in the replay format (chat-events.md)."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from bot.actions import Action
from bot.events import MessageReceived


class Offline(ConnectionError):
    """The platform cannot be reached now: nothing was tried, so it is no attempt (the outbox waits and retries)."""


class Undeliverable(Exception):
    """This action can never be delivered (e.g. the bot is no longer in the room): it fails at once."""


class Adapter:
    """Delivers actions to a platform and says what the bot may do there."""

    name = "base"
    delivers_at_once = False  # deliver() never waits on anything outside (replay writes a line): no send deadline
    on_account: Callable[[str], Awaitable[None]] | None = None  # the app, told the account once it is known

    @property
    def account(self) -> str | None:
        """The account this adapter speaks as when config names none; None until known (a login)."""
        return self.name

    async def deliver(self, action: Action) -> None:
        """Send one action; raise Offline, Undeliverable, or anything else for a failed attempt (retried, bounded)."""
        raise NotImplementedError

    def can_remove(self, room: str) -> bool:
        """Whether the bot may remove members in `room`."""
        return True

    def can_private(self, contact: str) -> bool:
        """Whether the bot may message `contact` privately."""
        return True

    async def image_bytes(self, event: MessageReceived, limit: int) -> bytes | None:
        """The bytes of an image message, or None when unavailable or larger than `limit`."""
        return None


def action_record(action: Action) -> dict[str, Any]:
    """One line of the actions file, fields in the contract's order; `ts` is when it was delivered.

    An image is a `say` (in a room) or `private` line with empty text and the optional field `file`: its path.
    """
    assert action.delivered_at is not None
    if action.kind == "image":
        return {"ts": action.delivered_at.isoformat(), "action": "say" if action.room else "private",
                "room": action.room, "to": action.to if not action.room else None, "mentions": [], "text": "",
                "plugin": action.plugin, "ref": action.ref, "cause": action.cause, "file": action.text}
    return {
        "ts": action.delivered_at.isoformat(),
        "action": action.kind,
        "room": action.room if action.kind != "private" else None,
        "to": action.to if action.kind != "say" else None,
        "mentions": action.mentions.split() if action.mentions else [],
        "text": action.text,
        "plugin": action.plugin,
        "ref": action.ref,
        "cause": action.cause,
    }
