"""Group health per room over four weeks, and the craft's death signals (warnings for the operator on duty)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from statistics import median
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import func
from sqlmodel import col, select

from bot.models import Member
from plugins.members.store import MemberDay, OwnerPost, Roster, Segment

WEEKS = 4


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
                is_member: Callable[[str], bool]) -> Health:
    """Four weeks of figures for one room (each week ends the day before `today`), and its signals.

    Owners and operators (`is_member` false) are not counted among its members.
    """
    db = roster.db
    weeks: list[Week] = []
    people = [p for p in db.exec(select(Member).where(Member.room_id == room)) if is_member(p.contact_id)]
    segments = {s.contact_id: s.segment for s in db.exec(select(Segment).where(Segment.room_id == room))}
    for back in range(WEEKS - 1, -1, -1):
        last_day, end = today - 1 - 7 * back, now - timedelta(days=7 * back)
        start = end - timedelta(days=7)
        w = Week()
        for p in people:
            joined = p.joined_at or p.first_seen
            if joined is not None and joined < end and (p.left_at is None or p.left_at >= end):
                w.members += 1
            if p.joined_at is not None and start <= p.joined_at < end:
                w.joins += 1
            if p.left_at is not None and start <= p.left_at < end:
                w.leaves += 1
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
    present = [p for p in people if p.left_at is None and p.contact_id in segments]
    lurkers = sum(1 for p in present if segments[p.contact_id] == "lurker")
    health = Health(room, roster.topic(room), weeks, lurkers / len(present) if present else 0.0)
    week_ago = now - timedelta(days=7)
    health.leavers = [p.name or p.contact_id for p in people if p.left_at is not None and p.left_at > week_ago
                      and segments.get(p.contact_id) in ("kol", "active")]
    if len(health.leavers) >= limits.active_leavers:
        health.warnings.append("leavers")
    w = health.now
    if w.posts >= limits.min_posts and w.unanswered / w.posts >= limits.unanswered_share:
        health.warnings.append("unanswered")
    shares = [x.active_share for x in weeks]
    if all(a > b for a, b in zip(shares, shares[1:], strict=False)):
        health.warnings.append("falling")
    return health
