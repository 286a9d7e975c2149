"""A reading: what a message is, whom it addresses, and whether a person should respond to it."""
from __future__ import annotations

from dataclasses import dataclass

from bot.conversation import Kind, Said
from bot.events import MessageReceived
from bot.reading_model import NEGATIVE_DOUBT

__all__ = ["CARD_TYPES", "MEDIA_TYPES", "NEEDS_PERSON", "WORDED_TYPES", "Reading"]

NEEDS_PERSON = frozenset({Kind.QUESTION, Kind.REQUEST, Kind.COMPLAINT, Kind.SHARING, Kind.MEDIA})
MEDIA_TYPES = ("image", "voice", "emoticon", "video")
CARD_TYPES = ("url", "mini_program", "file", "contact_card")
WORDED_TYPES = ("text", "voice")  # read for their words: typed, or the transcript WeChat made of a voice message


@dataclass(frozen=True, slots=True)
class Reading:
    """What a message is, whom it addresses, and whether a person should respond to it."""

    kind: Kind
    addresses: Said | None = None  # the earlier message it responds to (a quote, a mention, or context)
    needs_person: bool = False
    why: str = ""  # the cue that decided, for operators and tests
    revises: tuple[Said, ...] = ()  # earlier fragments of the same thought, now read as `kind` too
    negative: float = 0.0  # how likely the message is a complaint or a problem, whatever it was read as
    thought: bool = False  # the rules read it as the end of a thought typed in several lines
    follows_blocked: bool = False  # goes on with the sender's caught ad (a line that asks, "为什么删我", does not)

    @property
    def possibly_negative(self) -> bool:
        """The message may be a complaint or a problem: never praise it, whatever else it is."""
        return self.kind is Kind.COMPLAINT or self.negative >= NEGATIVE_DOUBT

    def said(self, message: MessageReceived, *, operator: bool = False) -> Said:
        """How the conversation remembers the message this reading is of."""
        return Said(message.id, message.sender, message.ts, self.kind, operator,
                    self.addresses.id if self.addresses else None,
                    message.type in MEDIA_TYPES or message.type in CARD_TYPES, message.text[:80])
