"""Segments as the store keeps them: each member's, computed set by set in the store, and the day's counts."""
from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Integer, String, and_, case, delete, func, literal, or_
from sqlalchemy import insert as sql_insert
from sqlalchemy import select as select_columns
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import col, select

from bot.keeping import Records
from bot.models import Member
from plugins.members.tables import SEGMENTS, SIGNUPS, MemberDay, Segment, SegmentCount


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


class SegmentRecords(Records):
    """Each member's segment in a room and how many were in each segment on a day."""

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
