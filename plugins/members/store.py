"""What the members plugin keeps: daily activity per member, segments, the owners' posts and their answers, tags."""
from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Integer, String, and_, case, column, delete, func, literal, or_, table
from sqlalchemy import insert as sql_insert
from sqlalchemy import select as select_columns
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Field, SQLModel, col, select

from bot.keeping import Read, Records, Write, change, insert, query, upsert
from bot.models import Member, Message, Room

SEGMENTS = ("kol", "active", "ordinary", "lurker", "newcomer")
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


class Warned(SQLModel, table=True):
    """The day a room's operator was last warned of a death signal (kept so a restart repeats none)."""

    __tablename__ = "members_warned"
    room_id: str = Field(primary_key=True)
    signal: str = Field(primary_key=True)
    day: int


class HealthNote(SQLModel, table=True):
    """A room's health as the night's job last found it (JSON of health.Health): the console lists rooms from these."""

    __tablename__ = "members_health"
    room_id: str = Field(primary_key=True)
    day: int
    figures: str


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


class Rules(NamedTuple):
    """One night's segment rules as plain bounds (see segments.rules): days are ordinals, times are instants."""

    day: int  # today: the windows end the day before
    first_day: int  # the window starts
    before_day: int  # the window before it starts
    newcomer_since: datetime  # joined after this: a newcomer
    lurker_since: datetime  # last spoke at or before this, and signed up for nothing: a lurker
    signups_since: datetime
    kol_messages: int
    kol_replies: int
    active_days: int
    active_messages: int
    active_signups: int


_SPOKE = upsert(MemberDay, key=("room_id", "day", "contact_id"), update=(), increment=("messages",), batched=True)
_REPLIED = upsert(MemberDay, key=("room_id", "day", "contact_id"), update=(), increment=("replies",), batched=True)
_QUOTED: Read[str] = query(lambda p: select(Message.sender).where(Message.id == p.id))
_POSTED = insert(OwnerPost, batched=True)
_ANSWERED: Write[Any] = change(OwnerPost, lambda p: [OwnerPost.id == p.id], lambda p: {"answered_s": p.after},
                              batched=True)
_TAG = upsert(Tag, key=("contact_id", "key", "value"))
_WARNED = upsert(Warned, key=("room_id", "signal"))
_HEALTH = upsert(HealthNote, key=("room_id",))


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

    def topics(self, rooms: list[str]) -> dict[str, str]:
        """These rooms' names (an unnamed room is left out)."""
        rows = self.db.exec(select(Room.id, Room.topic).where(col(Room.id).in_(rooms)))
        return {r: t for r, t in rows if t}

    def newcomers(self, since: datetime) -> list[tuple[str, str, datetime]]:
        """(room, contact, joined) of everyone who joined a room since `since` and is still there."""
        columns: tuple[Any, ...] = (Member.room_id, Member.contact_id, Member.joined_at)
        return [(r, c, j) for r, c, j in self.db.execute(select_columns(*columns).where(
            col(Member.joined_at) >= since, col(Member.left_at).is_(None)))]

    def warned(self, rooms: list[str]) -> dict[tuple[str, str], int]:
        """The day each (room, signal) was last warned of."""
        rows = self.db.exec(select(Warned.room_id, Warned.signal, Warned.day).where(col(Warned.room_id).in_(rooms)))
        return {(r, s): d for r, s, d in rows}

    def warn(self, room: str, signal: str, day: int) -> None:
        """Remember that a room's operator was warned of a signal today."""
        self.write(_WARNED, room_id=room, signal=signal, day=day)

    def keep_health(self, room: str, day: int, figures: str) -> None:
        """Keep a room's health as computed tonight."""
        self.write(_HEALTH, room_id=room, day=day, figures=figures)

    def health_notes(self) -> dict[str, tuple[int, str]]:
        """Every room's health as last kept: room -> (day, figures)."""
        return {r: (d, f) for r, d, f in self.db.exec(select(HealthNote.room_id, HealthNote.day, HealthNote.figures))}

    def present(self, room: str) -> list[Person]:
        """The room's current members."""
        m = Member
        columns: tuple[Any, ...] = (m.contact_id, m.name, m.joined_at, m.first_seen, m.last_spoke)
        rows = self.db.execute(select_columns(*columns).where(col(m.room_id) == room, col(m.left_at).is_(None)))
        return [Person(c, n, j or f, s) for c, n, j, f, s in rows]

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

    def resegment(self, rooms: list[str], rules: Rules, staff: set[str]) -> None:
        """These rooms' segments and the day's counts, computed in the store set by set (no member goes through Python).

        One grouped pass over the two windows' daily rows; a member's row is written only when their
        segment or scores changed; `previous` and `since` move only with the segment.
        """
        d: Any = MemberDay
        m: Any = Member
        s: Any = Segment
        inside = col(d.day) >= rules.first_day
        figures = (select_columns(
            d.room_id, d.contact_id, func.sum(case((inside, d.messages), else_=0)).label("messages"),
            func.sum(case((inside, d.replies), else_=0)).label("replies"),
            func.sum(case((and_(inside, col(d.messages) > 0), 1), else_=0)).label("days"),
            func.sum(case((inside, 0), else_=col(d.messages) + 3 * col(d.replies))).label("before"))
            .where(col(d.room_id).in_(rooms), col(d.day) >= rules.before_day, col(d.day) < rules.day)
            .group_by(d.room_id, d.contact_id).subquery())
        signed = self._signed(rooms, rules.signups_since)
        messages, replies = func.coalesce(figures.c.messages, 0), func.coalesce(figures.c.replies, 0)
        days = func.coalesce(figures.c.days, 0)
        signups: Any = func.coalesce(signed.c.n, 0) if signed is not None else literal(0, Integer)
        segment = case(
            (func.coalesce(m.joined_at, m.first_seen) > rules.newcomer_since, "newcomer"),
            (and_(messages >= rules.kol_messages, replies >= rules.kol_replies), "kol"),
            (or_(days >= rules.active_days, messages >= rules.active_messages, signups >= rules.active_signups),
             "active"),
            (and_(or_(col(m.last_spoke).is_(None), col(m.last_spoke) <= rules.lurker_since), signups == 0), "lurker"),
            else_="ordinary")
        rows = (select_columns(m.room_id, m.contact_id, segment, literal("", String), literal(rules.day, Integer),
                               messages + 3 * replies + 5 * signups, func.coalesce(figures.c.before, 0))
                .select_from(m).outerjoin(figures, and_(figures.c.room_id == m.room_id,
                                                        figures.c.contact_id == m.contact_id)))
        if signed is not None:
            rows = rows.outerjoin(signed, and_(signed.c.room_id == m.room_id, signed.c.contact_id == m.contact_id))
        rows = rows.where(col(m.room_id).in_(rooms), col(m.left_at).is_(None), col(m.contact_id).not_in(staff))
        add = self._insert()(Segment).from_select([c.key for c in SEG_COLUMNS], rows)
        new = add.excluded
        moved = col(s.segment) != new.segment
        self.db.execute(add.on_conflict_do_update(
            index_elements=["room_id", "contact_id"],
            set_={"segment": new.segment, "previous": case((moved, s.segment), else_=s.previous),
                  "since": case((moved, new.since), else_=s.since), "score": new.score,
                  "score_before": new.score_before},
            where=or_(moved, col(s.score) != new.score, col(s.score_before) != new.score_before)))
        self.db.execute(delete(SegmentCount).where(col(SegmentCount.room_id).in_(rooms),
                                                   col(SegmentCount.day) == rules.day))
        tally = (select_columns(m.room_id, literal(rules.day, Integer), s.segment, func.count())
                 .select_from(m).join(Segment, and_(col(s.room_id) == m.room_id, col(s.contact_id) == m.contact_id))
                 .where(col(m.room_id).in_(rooms), col(m.left_at).is_(None), col(m.contact_id).not_in(staff))
                 .group_by(m.room_id, s.segment))
        self.db.execute(sql_insert(SegmentCount).from_select(["room_id", "day", "segment", "count"], tally))

    def _insert(self) -> Any:
        """This store's INSERT .. ON CONFLICT builder."""
        return {"sqlite": sqlite_insert, "postgresql": postgresql_insert}[self.db.connection().dialect.name]

    def _signed(self, rooms: list[str], since: datetime) -> Any:
        """Sign-ups per member of these rooms since `since`, as a subquery (None without the activities plugin)."""
        if not self.db.connection().dialect.has_table(self.db.connection(), SIGNUPS.name):
            return None
        return (select_columns(SIGNUPS.c.room_id, SIGNUPS.c.contact_id, func.count().label("n"))
                .where(SIGNUPS.c.room_id.in_(rooms), SIGNUPS.c.signed_at >= since, SIGNUPS.c.cancelled_at.is_(None))
                .group_by(SIGNUPS.c.room_id, SIGNUPS.c.contact_id).subquery())

    def counts(self, room: str, day: int) -> dict[str, int]:
        """The counts per segment on the latest day computed up to `day`."""
        latest = self.db.exec(select(func.max(SegmentCount.day)).where(
            SegmentCount.room_id == room, SegmentCount.day <= day)).first()
        if latest is None:
            return {}
        rows = self.db.exec(select(SegmentCount.segment, SegmentCount.count).where(
            SegmentCount.room_id == room, SegmentCount.day == latest))
        return dict.fromkeys(SEGMENTS, 0) | {s: c for s, c in rows}

    def counts_all(self, day: int) -> dict[str, dict[str, int]]:
        """Every room's counts per segment on its latest day computed up to `day`."""
        c: Any = SegmentCount
        latest = (select_columns(c.room_id, func.max(c.day).label("day")).where(col(c.day) <= day)
                  .group_by(c.room_id).subquery())
        found: dict[str, dict[str, int]] = {}
        for room, segment, count in self.db.execute(
                select_columns(c.room_id, c.segment, c.count)
                .join(latest, and_(latest.c.room_id == c.room_id, latest.c.day == c.day))):
            found.setdefault(room, dict.fromkeys(SEGMENTS, 0))[segment] = count
        return found

    def person(self, room: str, contact: str) -> Person | None:
        """One current member of a room."""
        m = Member
        columns: tuple[Any, ...] = (m.contact_id, m.name, m.joined_at, m.first_seen, m.last_spoke)
        row = self.db.execute(select_columns(*columns).where(
            col(m.room_id) == room, col(m.contact_id) == contact, col(m.left_at).is_(None))).first()
        return Person(row[0], row[1], row[2] or row[3], row[4]) if row is not None else None

    def last_words(self, room: str, contact: str) -> str:
        """What a member last said in a room."""
        return self.db.exec(select(Message.text).where(Message.room_id == room, Message.sender == contact)
                            .order_by(col(Message.ts).desc()).limit(1)).first() or ""

    def tag(self, contact: str, key: str, value: str, source: str) -> None:
        """Note something about a person."""
        self.write(_TAG, contact_id=contact, key=key, value=value, source=source)

    def untag(self, contact: str, key: str, value: str) -> None:
        """Forget one thing noted about a person."""
        self.db.execute(delete(Tag).where(col(Tag.contact_id) == contact, col(Tag.key) == key,
                                          col(Tag.value) == value))

    def tags(self, contact: str) -> dict[str, list[str]]:
        """What is known about a person, by key."""
        found: dict[str, list[str]] = {}
        for t in self.db.exec(select(Tag).where(Tag.contact_id == contact).order_by(Tag.key, Tag.value)):
            found.setdefault(t.key, []).append(t.value)
        return found
