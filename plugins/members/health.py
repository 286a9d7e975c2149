"""Group health per room over four weeks, and the craft's death signals (warnings for the operator on duty)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from statistics import median
from typing import Any, NamedTuple

from pydantic import BaseModel, Field
from sqlalchemy import and_, case, func, or_
from sqlalchemy import select as select_columns
from sqlmodel import col, select

from bot.models import Member
from plugins.members.store import MemberDay, OwnerPost, Roster, Segment

WEEKS = 4


class Joined(NamedTuple):
    """A member of a room, past or present, as plain values."""

    contact_id: str
    name: str
    joined_at: datetime | None
    first_seen: datetime
    left_at: datetime | None


class HealthLimits(BaseModel):
    """When a group shows the craft's death signals."""

    active_leavers: int = Field(2, ge=1, description="this many KOL or active members leaving in a week")
    answer_within_min: int = Field(120, ge=1, description="an owner's post answered later than this is unanswered")
    unanswered_share: float = Field(0.5, ge=0, le=1, description="share of owners' posts unanswered in a week")
    min_posts: int = Field(3, ge=1, description="owners' posts in a week before their answers are judged")


@dataclass
class Week:
    """One room's figures over seven days."""

    members: int = 0  # present at the week's end
    joins: int = 0
    leaves: int = 0
    speakers: int = 0
    messages: int = 0
    posts: int = 0  # owners' and operators' posts
    unanswered: int = 0
    response_s: float | None = None  # median first answer to those posts

    @property
    def active_share(self) -> float:
        """Share of members who spoke this week."""
        return self.speakers / self.members if self.members else 0.0

    @property
    def per_day(self) -> float:
        """Messages per day."""
        return self.messages / 7


@dataclass
class Health:
    """A room's health: four weeks oldest first, the lurker share now, and the warnings."""

    room: str
    topic: str
    weeks: list[Week]
    lurker_share: float
    leavers: list[str] = field(default_factory=list)  # KOL or active members who left in the last week
    warnings: list[str] = field(default_factory=list)  # signal names: leavers | unanswered | falling

    @property
    def now(self) -> Week:
        """The last seven days."""
        return self.weeks[-1]


def room_health(roster: Roster, room: str, today: int, now: datetime, limits: HealthLimits,
                staff: set[str]) -> Health:
    """Four weeks of figures for one room (each week ends the day before `today`), and its signals.

    Owners and operators (`staff`) are not counted among its members. Counted in SQL: a night's job
    does this for every room.
    """
    db = roster.db
    weeks: list[Week] = []
    m = Member
    mine = [col(m.room_id) == room, col(m.contact_id).not_in(staff)]
    joined = func.coalesce(m.joined_at, m.first_seen)
    figures: list[Any] = []
    for back in range(WEEKS - 1, -1, -1):
        end = now - timedelta(days=7 * back)
        start = end - timedelta(days=7)
        figures += [
            func.sum(case((and_(joined < end, or_(col(m.left_at).is_(None), col(m.left_at) >= end)), 1), else_=0)),
            func.sum(case((and_(col(m.joined_at) >= start, col(m.joined_at) < end), 1), else_=0)),
            func.sum(case((and_(col(m.left_at) >= start, col(m.left_at) < end), 1), else_=0))]
    counted: Any = db.execute(select_columns(*figures).where(*mine)).one()
    present = and_(*mine, col(m.left_at).is_(None))
    seg = and_(col(Segment.room_id) == col(m.room_id), col(Segment.contact_id) == col(m.contact_id))
    lurk: Any = db.execute(select_columns(func.count(), func.sum(case((col(Segment.segment) == "lurker", 1), else_=0)))
                           .select_from(m).join(Segment, seg).where(present)).one()
    week_ago = now - timedelta(days=7)
    leaver_columns: tuple[Any, ...] = (m.name, m.contact_id)
    leavers = [n or c for n, c in db.execute(
        select_columns(*leaver_columns).select_from(m).join(Segment, seg)
        .where(*mine, col(m.left_at) > week_ago, col(Segment.segment).in_(("kol", "active"))))]
    for i, back in enumerate(range(WEEKS - 1, -1, -1)):
        last_day, end = today - 1 - 7 * back, now - timedelta(days=7 * back)
        start = end - timedelta(days=7)
        w = Week(members=counted[3 * i] or 0, joins=counted[3 * i + 1] or 0, leaves=counted[3 * i + 2] or 0)
        row: Any = db.exec(select(func.count(func.distinct(MemberDay.contact_id)), func.sum(MemberDay.messages))
                           .where(MemberDay.room_id == room, MemberDay.day > last_day - 7,
                                  MemberDay.day <= last_day)).one()
        w.speakers, w.messages = row[0] or 0, row[1] or 0
        posts = list(db.exec(select(OwnerPost.answered_s).where(
            OwnerPost.room_id == room, col(OwnerPost.posted_at) >= start, col(OwnerPost.posted_at) < end)))
        answered = [s for s in posts if s is not None and s <= limits.answer_within_min * 60]
        w.posts, w.unanswered = len(posts), len(posts) - len(answered)
        w.response_s = median(answered) if answered else None
        weeks.append(w)
    health = Health(room, roster.topic(room), weeks, (lurk[1] or 0) / lurk[0] if lurk[0] else 0.0, leavers)
    if len(health.leavers) >= limits.active_leavers:
        health.warnings.append("leavers")
    w = health.now
    if w.posts >= limits.min_posts and w.unanswered / w.posts >= limits.unanswered_share:
        health.warnings.append("unanswered")
    shares = [x.active_share for x in weeks]
    if all(a > b for a, b in zip(shares, shares[1:], strict=False)):
        health.warnings.append("falling")
    return health
