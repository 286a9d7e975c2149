"""Group health per room over four weeks, and the craft's death signals (warnings for the operator on duty)."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from statistics import median
from typing import Any, NamedTuple

from pydantic import BaseModel, Field
from sqlalchemy import and_, case, func, literal_column, or_
from sqlalchemy import select as select_columns
from sqlmodel import col

from bot.models import Member
from plugins.members.store import Roster
from plugins.members.tables import MemberDay, OwnerPost, Segment

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


def as_json(health: Health) -> str:
    """A room's health as JSON, to keep."""
    return json.dumps(asdict(health), ensure_ascii=False)


def from_json(text: str) -> Health:
    """A room's health as kept."""
    data = json.loads(text)
    data["weeks"] = [Week(**w) for w in data["weeks"]]
    return Health(**data)


def room_health(roster: Roster, room: str, today: int, now: datetime, limits: HealthLimits,
                staff: set[str]) -> Health:
    """One room's health (see rooms_health)."""
    return rooms_health(roster, [room], today, now, {room: limits}, staff)[0]


def rooms_health(roster: Roster, rooms: list[str], today: int, now: datetime, limits: dict[str, HealthLimits],
                 staff: set[str]) -> list[Health]:
    """Four weeks of figures for these rooms (each week ends the day before `today`), and their signals.

    Owners and operators (`staff`) are not counted among the members. Counted in SQL, a few grouped
    queries for all the rooms at once: a night's job does this for every room.
    """
    db = roster.db
    m: Any = Member
    mine = [col(m.room_id).in_(rooms), col(m.contact_id).not_in(staff)]
    joined = func.coalesce(m.joined_at, m.first_seen)
    figures: list[Any] = []
    for back in range(WEEKS - 1, -1, -1):
        end = now - timedelta(days=7 * back)
        start = end - timedelta(days=7)
        figures += [
            func.sum(case((and_(joined < end, or_(col(m.left_at).is_(None), col(m.left_at) >= end)), 1), else_=0)),
            func.sum(case((and_(col(m.joined_at) >= start, col(m.joined_at) < end), 1), else_=0)),
            func.sum(case((and_(col(m.left_at) >= start, col(m.left_at) < end), 1), else_=0))]
    counted: dict[str, Any] = {r[0]: r[1:] for r in db.execute(
        select_columns(m.room_id, *figures).where(*mine).group_by(m.room_id))}
    seg = and_(col(Segment.room_id) == col(m.room_id), col(Segment.contact_id) == col(m.contact_id))
    lurk: dict[str, Any] = {r[0]: r[1:] for r in db.execute(
        select_columns(m.room_id, func.count(), func.sum(case((col(Segment.segment) == "lurker", 1), else_=0)))
        .select_from(m).join(Segment, seg).where(*mine, col(m.left_at).is_(None)).group_by(m.room_id))}
    leaver_columns: tuple[Any, ...] = (m.room_id, m.name, m.contact_id)
    leavers: dict[str, list[str]] = {}
    for room, name, contact in db.execute(
            select_columns(*leaver_columns).select_from(m).join(Segment, seg)
            .where(*mine, col(m.left_at) > now - timedelta(days=7), col(Segment.segment).in_(("kol", "active")))
            .order_by(m.room_id, m.left_at)):
        leavers.setdefault(room, []).append(name or contact)
    d: Any = MemberDay
    # 0: the last seven days; numbers inlined so that PostgreSQL sees one expression in SELECT and GROUP BY
    back_of: Any = ((literal_column(str(int(today) - 1)) - col(d.day)) // literal_column("7")).label("back")
    spoken: dict[tuple[str, int], Any] = {(r, int(b)): (n, x) for r, b, n, x in db.execute(
        select_columns(d.room_id, back_of, func.count(func.distinct(d.contact_id)), func.sum(d.messages))
        .where(col(d.room_id).in_(rooms), col(d.day) > today - 1 - 7 * WEEKS, col(d.day) <= today - 1)
        .group_by(d.room_id, back_of))}
    first = now - timedelta(days=7 * WEEKS)
    posts: dict[str, list[tuple[datetime, int | None]]] = {}
    post_columns: tuple[Any, ...] = (OwnerPost.room_id, OwnerPost.posted_at, OwnerPost.answered_s)
    for room, at, after in db.execute(select_columns(*post_columns).where(
            col(OwnerPost.room_id).in_(rooms), col(OwnerPost.posted_at) >= first, col(OwnerPost.posted_at) < now)):
        posts.setdefault(room, []).append((at, after))
    topics = roster.topics(rooms)
    found = []
    for room in rooms:
        within = limits[room].answer_within_min * 60
        weeks: list[Week] = []
        row = counted.get(room) or (0,) * (3 * WEEKS)
        for i, back in enumerate(range(WEEKS - 1, -1, -1)):
            end = now - timedelta(days=7 * back)
            start = end - timedelta(days=7)
            w = Week(members=row[3 * i] or 0, joins=row[3 * i + 1] or 0, leaves=row[3 * i + 2] or 0)
            w.speakers, w.messages = (int(v or 0) for v in spoken.get((room, back), (0, 0)))
            mine_posts = [a for at, a in posts.get(room, []) if start <= _aware(at, now) < end]
            answered = [a for a in mine_posts if a is not None and a <= within]
            w.posts, w.unanswered = len(mine_posts), len(mine_posts) - len(answered)
            w.response_s = median(answered) if answered else None
            weeks.append(w)
        total, lurkers = lurk.get(room, (0, 0))
        health = Health(room, topics.get(room, room), weeks, (lurkers or 0) / total if total else 0.0,
                        leavers.get(room, []))
        signals(health, limits[room])
        found.append(health)
    return found


def _aware(at: datetime, like: datetime) -> datetime:
    """A stored time comparable with `like` (SQLite gives back naive UTC)."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None and like.tzinfo is not None else at


def signals(health: Health, limits: HealthLimits) -> None:
    """The craft's death signals: active members leaving, owners' posts unanswered, active share falling."""
    if len(health.leavers) >= limits.active_leavers:
        health.warnings.append("leavers")
    w = health.now
    if w.posts >= limits.min_posts and w.unanswered / w.posts >= limits.unanswered_share:
        health.warnings.append("unanswered")
    shares = [x.active_share for x in health.weeks]
    if all(a > b for a, b in zip(shares, shares[1:], strict=False)):
        health.warnings.append("falling")
