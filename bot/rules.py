"""Plain rules for handlers: each a named check of (ctx, event) that must pass."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bot.events import Event, MessageReceived

if TYPE_CHECKING:
    from bot.context import Context


def in_room(ctx: Context, event: Event) -> bool:
    """The event happened in a group."""
    return getattr(event, "room", None) is not None


def private_chat(ctx: Context, event: Event) -> bool:
    """A one-to-one chat with the bot."""
    return isinstance(event, MessageReceived) and event.room is None


def text_message(ctx: Context, event: Event) -> bool:
    """A text message that is not a slash-command."""
    return isinstance(event, MessageReceived) and event.type == "text" and not event.text.startswith("/")


def from_member(ctx: Context, event: Event) -> bool:
    """Sent by an ordinary member, not an operator or owner."""
    return isinstance(event, MessageReceived) and ctx.role_of(event.sender) == "member"


def slash_command(ctx: Context, event: Event) -> bool:
    """A text message starting with '/'."""
    return isinstance(event, MessageReceived) and event.type == "text" and event.text.lstrip().startswith("/")
