"""Plain rules for handlers: each a named check of (ctx, event) that must pass."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bot.events import Event, MessageReceived

if TYPE_CHECKING:
    from bot.context import Context


SLASHES = ("/", "／")  # a full-width slash from a Chinese keyboard is a slash too


def is_command_text(text: str) -> bool:
    """The text is a slash-command ('/help' or '／help')."""
    return text.lstrip().startswith(SLASHES)


def in_room(ctx: Context, event: Event) -> bool:
    """The event happened in a group."""
    return getattr(event, "room", None) is not None


def private_chat(ctx: Context, event: Event) -> bool:
    """A one-to-one chat with the bot."""
    return isinstance(event, MessageReceived) and event.room is None


def text_message(ctx: Context, event: Event) -> bool:
    """A text message that is not a slash-command."""
    return isinstance(event, MessageReceived) and event.type == "text" and not is_command_text(event.text)


def from_member(ctx: Context, event: Event) -> bool:
    """Sent by an ordinary member, not an operator or owner."""
    return isinstance(event, MessageReceived) and ctx.role_of(event.sender) == "member"


def slash_command(ctx: Context, event: Event) -> bool:
    """A text message starting with '/'."""
    return isinstance(event, MessageReceived) and event.type == "text" and is_command_text(event.text)
