"""What the members plugin keeps: daily activity per member, segments, the owners' posts and their answers, tags."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import case, column, func, table
from sqlalchemy import select as select_columns
from sqlmodel import Field, SQLModel, col, select

from bot.keeping import Read, Records, Write, change, insert, query, upsert
from bot.models import Member, Message, Room

SIGNUPS = table("activities_signups", column("room_id"), column("contact_id"), column("signed_at"),
                column("cancelled_at"))  # the activities plugin's sign-ups, met in the store


class MemberDay(SQLModel, table=True):
    """One member's day in one room: messages sent and replies received (mentions and quotes)."""

    __tablename__ = "members_days"
    room_id: str = Field(primary_key=True)
    day: int = Field(primary_key=True)  # date.toordinal() in the bot's timezone
    contact_id: str = Field(primary_key=True)
    messages: int = 0
    replies: int = 0


class Segment(SQLModel, table=True):
    """A member's segment in a room as last computed, with the one before and the score behind it."""

    __tablename__ = "members_segments"
    room_id: str = Field(primary_key=True)
    contact_id: str = Field(primary_key=True)
    segment: str
    previous: str = ""
    since: int  # the day it entered this segment
    score: int = 0
    score_before: int = 0  # the same score over the window before


class SegmentCount(SQLModel, table=True):
    """How many members of a room were in each segment on a day."""

    __tablename__ = "members_segment_counts"
    room_id: str = Field(primary_key=True)
    day: int = Field(primary_key=True)
    segment: str = Field(primary_key=True)
    count: int = 0


class OwnerPost(SQLModel, table=True):
    """A post of an owner or operator in a room, and how long until a member answered it."""

    __tablename__ = "members_owner_posts"
    id: str = Field(primary_key=True)
    room_id: str = Field(index=True)
    posted_at: datetime = Field(index=True)
    answered_s: int | None = None


class Tag(SQLModel, table=True):
    """Something known about a person: city, interests, age group, trade."""

    __tablename__ = "members_tags"
    contact_id: str = Field(primary_key=True)
    key: str = Field(primary_key=True)
    value: str = Field(primary_key=True)
    source: str = "intro"  # intro | operator


class Seg(NamedTuple):
    """A member's segment as plain values (no ORM object: a night's job makes 250,000 of them)."""

    room_id: str
    contact_id: str
    segment: str
    previous: str
    since: int
    score: int
    score_before: int


SEG_COLUMNS: tuple[Any, ...] = (Segment.room_id, Segment.contact_id, Segment.segment, Segment.previous, Segment.since,
                                Segment.score, Segment.score_before)


class Person(NamedTuple):
    """A current member of a room, as the core tables know them."""

    contact_id: str
    name: str
    joined: datetime
    last_spoke: datetime | None


@dataclass
class Activity:
    """A member's figures over a window."""

    messages: int = 0
    replies: int = 0
    days: int = 0
    signups: int = 0


_SPOKE = upsert(MemberDay, key=("room_id", "day", "contact_id"), update=(), increment=("messages",), batched=True)
_REPLIED = upsert(MemberDay, key=("room_id", "day", "contact_id"), update=(), increment=("replies",), batched=True)
_QUOTED: Read[str] = query(lambda p: select(Message.sender).where(Message.id == p.id))
_POSTED = insert(OwnerPost, batched=True)
_ANSWERED: Write[Any] = change(OwnerPost, lambda p: [OwnerPost.id == p.id], lambda p: {"answered_s": p.after},
                              batched=True)
_SEGMENT = upsert(Segment, key=("room_id", "contact_id"))
_COUNT = upsert(SegmentCount, key=("room_id", "day", "segment"))
_TAG = upsert(Tag, key=("contact_id", "key", "value"))


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


class Roster(Records):
    """Who is in each room, their figures over a window, and the segments computed from them."""

    def rooms(self, after: str = "", limit: int = 1000) -> list[str]:
        """Rooms by id, after `after`."""
        return list(self.db.exec(select(Room.id).where(Room.id > after).order_by(Room.id).limit(limit)).all())

    def topic(self, room: str) -> str:
        """A room's name (its id when unnamed)."""
        return self.db.exec(select(Room.topic).where(Room.id == room)).first() or room

    def present(self, room: str) -> list[Person]:
        """The room's current members."""
        m = Member
        columns: tuple[Any, ...] = (m.contact_id, m.name, m.joined_at, m.first_seen, m.last_spoke)
        rows = self.db.execute(select_columns(*columns).where(col(m.room_id) == room, col(m.left_at).is_(None)))
        return [Person(c, n, j or f, s) for c, n, j, f, s in rows]

    def activity(self, room: str, first_day: int, last_day: int) -> dict[str, Activity]:
        """Each member's messages, replies received and days active in [first_day, last_day]."""
        rows = self.db.exec(select(MemberDay.contact_id, func.sum(MemberDay.messages), func.sum(MemberDay.replies),
                                   func.sum(case((col(MemberDay.messages) > 0, 1), else_=0)))
                            .where(MemberDay.room_id == room, MemberDay.day >= first_day, MemberDay.day <= last_day)
                            .group_by(MemberDay.contact_id))
        return {c: Activity(m or 0, r or 0, d or 0) for c, m, r, d in rows}

    def signups(self, room: str, since: datetime) -> dict[str, int]:
        """Activity sign-ups per member since `since` (not cancelled; none without the activities plugin)."""
        if not self.db.connection().dialect.has_table(self.db.connection(), SIGNUPS.name):
            return {}
        rows = self.db.exec(select(SIGNUPS.c.contact_id, func.count()).where(
            SIGNUPS.c.room_id == room, SIGNUPS.c.signed_at >= since, SIGNUPS.c.cancelled_at.is_(None))
            .group_by(SIGNUPS.c.contact_id))
        return {c: n for c, n in rows}

    def segments(self, room: str) -> dict[str, Seg]:
        """The room's segments as last computed."""
        rows = self.db.execute(select_columns(*SEG_COLUMNS).where(col(Segment.room_id) == room))
        return {r[1]: Seg(*r) for r in rows}

    def segment_of(self, room: str, contact: str) -> Seg | None:
        """One member's segment."""
        row = self.db.execute(select_columns(*SEG_COLUMNS).where(
            col(Segment.room_id) == room, col(Segment.contact_id) == contact)).first()
        return Seg(*row) if row is not None else None

    def save(self, room: str, day: int, segments: list[Seg], counts: dict[str, int]) -> None:
        """Keep the new segments and the day's counts."""
        for s in segments:
            self.write(_SEGMENT, **s._asdict())
        for segment, count in counts.items():
            self.write(_COUNT, room_id=room, day=day, segment=segment, count=count)

    def counts(self, room: str, day: int) -> dict[str, int]:
        """The counts per segment on the latest day computed up to `day`."""
        latest = self.db.exec(select(func.max(SegmentCount.day)).where(
            SegmentCount.room_id == room, SegmentCount.day <= day)).first()
        if latest is None:
            return {}
        rows = self.db.exec(select(SegmentCount.segment, SegmentCount.count).where(
            SegmentCount.room_id == room, SegmentCount.day == latest))
        return {s: c for s, c in rows}

    def last_words(self, room: str, contact: str) -> str:
        """What a member last said in a room."""
        return self.db.exec(select(Message.text).where(Message.room_id == room, Message.sender == contact)
                            .order_by(col(Message.ts).desc()).limit(1)).first() or ""

    def tag(self, contact: str, key: str, value: str, source: str) -> None:
        """Note something about a person."""
        self.write(_TAG, contact_id=contact, key=key, value=value, source=source)

    def tags(self, contact: str) -> dict[str, list[str]]:
        """What is known about a person, by key."""
        found: dict[str, list[str]] = {}
        for t in self.db.exec(select(Tag).where(Tag.contact_id == contact).order_by(Tag.key, Tag.value)):
            found.setdefault(t.key, []).append(t.value)
        return found
