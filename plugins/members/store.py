"""The members plugin's two doors to the store: every message's figures (Activities), and the Roster the night's
jobs and the operators' commands read (people, segments, health; the tables are in tables.py)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import select

from bot.keeping import Read, Records, Write, change, insert, query, upsert
from bot.models import Message
from plugins.members.health_records import HealthRecords
from plugins.members.people import People
from plugins.members.segment_records import SegmentRecords
from plugins.members.tables import MemberDay, OwnerPost

_SPOKE = upsert(MemberDay, key=("room_id", "day", "contact_id"), update=(), increment=("messages",), batched=True)
_REPLIED = upsert(MemberDay, key=("room_id", "day", "contact_id"), update=(), increment=("replies",), batched=True)
_QUOTED: Read[str] = query(lambda p: select(Message.sender).where(Message.id == p.id))
_POSTED = insert(OwnerPost, batched=True)
_ANSWERED: Write[Any] = change(OwnerPost, lambda p: [OwnerPost.id == p.id], lambda p: {"answered_s": p.after},
                              batched=True)


class Activities(Records):
    """Every message feeds the day's figures; owners' posts wait for their first answer."""

    def spoke(self, room: str, day: int, contact: str) -> None:
        """A member sent a message."""
        self.write(_SPOKE, room_id=room, day=day, contact_id=contact, replies=0)

    def replied_to(self, room: str, day: int, contact: str) -> None:
        """Someone answered this member (a mention or a quote)."""
        self.write(_REPLIED, room_id=room, day=day, contact_id=contact, messages=0)

    def quoted_sender(self, message_id: str) -> str | None:
        """Who sent a quoted message."""
        return self.first(_QUOTED, id=message_id)

    def owner_posted(self, room: str, message_id: str, at: datetime) -> None:
        """An owner or operator posted; it waits for an answer."""
        self.write(_POSTED, id=message_id, room_id=room, posted_at=at, answered_s=None)

    def answered(self, message_id: str, after_s: int) -> None:
        """A member answered an owner's post after this many seconds."""
        self.write(_ANSWERED, id=message_id, after=after_s)


class Roster(People, SegmentRecords, HealthRecords):
    """Who is in each room, their figures over a window, and the segments computed from them."""
