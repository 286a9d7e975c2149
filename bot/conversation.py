"""Conversation: what was said lately in one room, as understanding needs it (who asked, who answered, when)."""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.understanding import Kind

KEEP = 40  # messages remembered per room: enough for a few minutes of a busy group


@dataclass(frozen=True, slots=True)
class Said:
    """One message as the conversation remembers it."""

    id: str
    sender: str
    ts: datetime
    kind: Kind
    operator: bool = False
    addresses: str | None = None  # id of the message it responded to


class Conversation:
    """The last few dozen messages of one room, newest last."""

    def __init__(self, said: Iterable[Said] = ()) -> None:
        self.said: deque[Said] = deque(said, maxlen=KEEP)

    def add(self, said: Said) -> None:
        """Remember a message that was just read."""
        self.said.append(said)

    def find(self, message_id: str | None) -> Said | None:
        """The remembered message with this id."""
        return next((s for s in reversed(self.said) if s.id == message_id), None)

    def last_from(self, senders: Iterable[str]) -> Said | None:
        """The latest message by any of `senders` (for a mention: what they said last)."""
        wanted = set(senders)
        return next((s for s in reversed(self.said) if s.sender in wanted), None)

    def fragment_before(self, sender: str, ts: datetime, gap_s: int) -> Said | None:
        """The sender's previous line, if it is the last thing said in the room and came within `gap_s`."""
        if self.said and self.said[-1].sender == sender and ts - self.said[-1].ts <= timedelta(seconds=gap_s):
            return self.said[-1]
        return None

    def open_question(self, answerer: str, ts: datetime, window_s: int) -> Said | None:
        """The latest question or request from someone else, within `window_s`, that nobody has answered yet."""
        from bot.understanding import ASKING, Kind

        answered = {s.addresses for s in self.said if s.kind is Kind.ANSWER}
        for said in reversed(self.said):
            if ts - said.ts > timedelta(seconds=window_s):
                return None
            if said.sender != answerer and said.kind in ASKING and said.id not in answered:
                return said
        return None

    def last_answer_to(self, asker: str, ts: datetime, window_s: int) -> Said | None:
        """The latest answer given to `asker` within `window_s` (what their thanks is for)."""
        from bot.understanding import Kind

        asked = {s.id for s in self.said if s.sender == asker}
        for said in reversed(self.said):
            if ts - said.ts > timedelta(seconds=window_s):
                return None
            if said.kind is Kind.ANSWER and said.addresses in asked:
                return said
        return None
