"""What the bot sent, as typed records with readable filters: `bot.sent.in_room("r1").by_plugin("faq").texts()`."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from bot.actions import Action

Kind = Literal["say", "private", "remove", "image"]


@dataclass(frozen=True, slots=True)
class Sent:
    """One delivered action: a message in a room, a private message, or a member removed."""

    kind: Kind
    at: datetime  # when it was delivered
    text: str
    plugin: str
    ref: str = ""
    room: str | None = None  # say and remove
    to: str | None = None  # private and remove
    mentions: tuple[str, ...] = ()
    cause: str | None = None  # the event that led to it

    @classmethod
    def of(cls, action: Action) -> Sent:
        """The record of a delivered action."""
        assert action.delivered_at is not None, "only delivered actions are sent"
        kinds: dict[str, Kind] = {"say": "say", "private": "private", "image": "image"}
        kind = kinds.get(action.kind, "remove")
        return cls(kind=kind, at=action.delivered_at, text=action.text, plugin=action.plugin, ref=action.ref,
                   room=action.room if kind != "private" else None, to=action.to if kind != "say" else None,
                   mentions=tuple(action.mentions.split()), cause=action.cause)


class SentLog(tuple[Sent, ...]):
    """Delivered actions, oldest first; every filter gives another SentLog."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        """Equal to a tuple or a list of the same records (`assert bot.sent.by_plugin("faq") == []`)."""
        return tuple.__eq__(self, tuple(other) if isinstance(other, list) else other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = tuple.__hash__

    def where(self, keep: Callable[[Sent], bool]) -> SentLog:
        """Those for which `keep` is true."""
        return SentLog(s for s in self if keep(s))

    def in_room(self, room: str) -> SentLog:
        """Said in (or removed from) `room`."""
        return self.where(lambda s: s.room == room)

    def to(self, contact: str) -> SentLog:
        """Private messages to `contact`, and `contact` removed."""
        return self.where(lambda s: s.to == contact)

    def mentioning(self, contact: str) -> SentLog:
        """Messages that @mention `contact`."""
        return self.where(lambda s: contact in s.mentions)

    def by_plugin(self, plugin: str) -> SentLog:
        """Sent by one plugin (`commands` for slash-command answers)."""
        return self.where(lambda s: s.plugin == plugin)

    def with_ref(self, ref: str) -> SentLog:
        """Sent with this ref (the template or rule behind it)."""
        return self.where(lambda s: s.ref == ref)

    def says(self) -> SentLog:
        """Messages in rooms."""
        return self.where(lambda s: s.kind == "say")

    def privates(self) -> SentLog:
        """Private messages."""
        return self.where(lambda s: s.kind == "private")

    def images(self) -> SentLog:
        """Images sent (`text` is the file's path)."""
        return self.where(lambda s: s.kind == "image")

    def removals(self) -> SentLog:
        """Members removed."""
        return self.where(lambda s: s.kind == "remove")

    def texts(self) -> list[str]:
        """The texts, in order."""
        return [s.text for s in self]
