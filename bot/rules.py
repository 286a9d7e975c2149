"""Plain rules for handlers: each a named check of (ctx, event) that must pass."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from bot.events import Event, MessageReceived

if TYPE_CHECKING:
    from bot.context import Context

R = TypeVar("R", bound=Callable[..., bool])
EVENT_ONLY: set[Callable[..., bool]] = set()  # rules that read the event alone (see `event_rule`)


def event_rule(rule: R) -> R:
    """Mark a rule that reads the event alone, never its context: the dispatcher checks it before making a context
    for the handler (most handlers do not apply to most events, and a context per handler per event adds up)."""
    EVENT_ONLY.add(rule)
    return rule


SLASHES = ("/", "／")  # a full-width slash from a Chinese keyboard is a slash too


def is_command_text(text: str) -> bool:
    """The text is a slash-command ('/help' or '／help')."""
    return text.lstrip().startswith(SLASHES)


@event_rule
def in_room(ctx: Context, event: Event) -> bool:
    """The event happened in a group."""
    return getattr(event, "room", None) is not None


@event_rule
def private_chat(ctx: Context, event: Event) -> bool:
    """A one-to-one chat with the bot."""
    return isinstance(event, MessageReceived) and event.room is None


@event_rule
def text_message(ctx: Context, event: Event) -> bool:
    """A text message that is not a slash-command."""
    return isinstance(event, MessageReceived) and event.type == "text" and not is_command_text(event.text)


def from_member(ctx: Context, event: Event) -> bool:
    """Sent by an ordinary member, not an operator or owner."""
    return isinstance(event, MessageReceived) and ctx.role_of(event.sender) == "member"


@event_rule
def slash_command(ctx: Context, event: Event) -> bool:
    """A text message starting with '/'."""
    return isinstance(event, MessageReceived) and event.type == "text" and is_command_text(event.text)
