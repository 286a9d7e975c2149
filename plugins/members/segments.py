"""Segments: how each member takes part (KOL, active, ordinary, lurker, newcomer), from their figures."""
from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel, Field

from plugins.members.store import Activity, Person, Seg

SEGMENTS = ("kol", "active", "ordinary", "lurker", "newcomer")
RANK = {s: i for i, s in enumerate(("lurker", "newcomer", "ordinary", "active", "kol"))}


class Thresholds(BaseModel):
    """What puts a member in a segment, over the last `window_days`."""

    window_days: int = Field(30, ge=7, le=365, description="figures are counted over this many days")
    newcomer_days: int = Field(14, ge=0, description="joined within this many days: a newcomer")
    kol_messages: int = Field(60, ge=1, description="a KOL sends at least this many messages ...")
    kol_replies: int = Field(15, ge=0, description="... and gets at least this many replies")
    active_days: int = Field(8, ge=1, description="active: speaks on at least this many days ...")
    active_messages: int = Field(30, ge=1, description="... or sends this many messages ...")
    active_signups: int = Field(2, ge=1, description="... or signs up for this many activities")
    lurker_days: int = Field(30, ge=1, description="a lurker has not spoken for this many days nor signed up")


def score(a: Activity) -> int:
    """How much a member gives the group: messages, replies they drew, sign-ups."""
    return a.messages + 3 * a.replies + 5 * a.signups


def classify(person: Person, a: Activity, t: Thresholds, now: datetime) -> str:
    """The segment of one member."""
    if now - person.joined < timedelta(days=t.newcomer_days):
        return "newcomer"
    if a.messages >= t.kol_messages and a.replies >= t.kol_replies:
        return "kol"
    if a.days >= t.active_days or a.messages >= t.active_messages or a.signups >= t.active_signups:
        return "active"
    silent = person.last_spoke is None or now - person.last_spoke >= timedelta(days=t.lurker_days)
    if silent and a.signups == 0:
        return "lurker"
    return "ordinary"


def compute(room: str, day: int, people: list[Person], now_figures: dict[str, Activity],
            before: dict[str, Activity], old: dict[str, Seg], t: Thresholds,
            now: datetime) -> tuple[list[Seg], dict[str, int]]:
    """New segments for a room's members, keeping when each entered their segment; and the counts."""
    counts = dict.fromkeys(SEGMENTS, 0)
    fresh: list[Seg] = []
    for person in people:
        a = now_figures.get(person.contact_id) or Activity()
        segment = classify(person, a, t, now)
        counts[segment] += 1
        was = old.get(person.contact_id)
        moved = was is None or was.segment != segment
        fresh.append(Seg(room, person.contact_id, segment,
                         was.segment if was and moved else was.previous if was else "",
                         day if moved or was is None else was.since,
                         score(a), score(before.get(person.contact_id) or Activity())))
    return fresh, counts
