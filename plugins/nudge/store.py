"""What the nudge plugin keeps: pending responses (a member's message nobody answered yet) and the SLA from them."""
from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Field, SQLModel, col, select

from bot.keeping import Records, Write, change, insert
from bot.undo import Map, assign

OPEN_STATES = ("open", "nudged")


class Pending(SQLModel, table=True):
    """One member waiting for an answer in a room; consecutive messages coalesce into one."""

    __tablename__ = "nudge_pending"
    id: int | None = Field(default=None, primary_key=True)
    room_id: str = Field(index=True)
    topic: str = ""
    member_id: str
    member_name: str = ""
    message_ids: str = ""  # space-separated, the member's messages this pending covers (at most 20)
    excerpt: str = ""
    kind: str = "other"  # question | share | greeting | other
    opened_at: datetime = Field(index=True)
    state: str = Field(default="open", index=True)  # open | nudged | answered | covered | night | handed_over | expired
    nudged_to: str | None = None
    closed_at: datetime | None = None
    closed_by: str | None = None  # an operator id, "bot" (answered by another plugin) or "cover"


@dataclass(slots=True)
class Waiter:
    """A pending response still waiting, as the plugin keeps it in memory (the store row is written through).

    Changed only through the store's verbs, which journal each change (bot.undo.assign).
    """

    id: int
    room_id: str
    topic: str
    member_id: str
    member_name: str
    message_ids: str
    excerpt: str
    kind: str
    opened_at: datetime
    state: str
    nudged_to: str | None = None

    @classmethod
    def of(cls, row: Pending) -> Waiter:
        """The in-memory view of a stored row."""
        assert row.id is not None
        return cls(row.id, row.room_id, row.topic, row.member_id, row.member_name, row.message_ids, row.excerpt,
                   row.kind, row.opened_at, row.state, row.nudged_to)


_NOBODY: dict[str, Waiter] = {}


class Waiting:
    """Members still waiting for an answer (open, nudged or from the night), by room and by id.

    Kept in memory so a message costs no query; after a restart they are loaded back.
    """

    def __init__(self, rows: list[Pending]) -> None:
        self.rooms: Map[str, Map[str, Waiter]] = Map()
        self.ids: Map[int, Waiter] = Map()
        for row in rows:
            self.add(Waiter.of(row))

    def add(self, waiter: Waiter) -> None:
        """Remember a pending response."""
        self.rooms.setdefault(waiter.room_id, Map())[waiter.member_id] = waiter
        self.ids[waiter.id] = waiter

    def drop(self, waiter: Waiter) -> None:
        """Forget a settled one."""
        self.rooms.get(waiter.room_id, _NOBODY).pop(waiter.member_id, None)
        self.ids.pop(waiter.id, None)

    def get(self, room: str, member: str) -> Waiter | None:
        """A member's pending response in a room."""
        return self.rooms.get(room, _NOBODY).get(member)


_OPEN = insert(Pending, new_id=True)
_EXTEND: Write[Any] = change(Pending, lambda p: [col(Pending.id) == p.pid],
                 lambda p: {"message_ids": p.message_ids, "excerpt": p.excerpt}, batched=True)
_SETTLE: Write[Any] = change(Pending, lambda p: [col(Pending.id) == p.pid], lambda p: {
    "state": p.state, "nudged_to": p.nudged_to, "closed_at": p.closed_at, "closed_by": p.closed_by}, batched=True)


class Pendings(Records):
    """Pending responses: opened, extended and settled (written through from the waiting members in memory)."""

    def waiting(self) -> Waiting:
        """Everyone still waiting (open, nudged or from the night), read once, then kept in step."""
        return self.cached(lambda: Waiting(list(self.db.exec(
            select(Pending).where(col(Pending.state).in_((*OPEN_STATES, "night")))).all())))

    def opened(self, **values: Any) -> Waiter:
        """Store a new pending response (values: the fields of Waiter but id) and return it, now waiting."""
        pid = self.new_id(_OPEN, nudged_to=None, closed_at=None, closed_by=None, **values)
        waiter = Waiter(id=pid, **values)
        self.waiting().add(waiter)
        return waiter

    def extend(self, waiter: Waiter, message_id: str, text: str) -> None:
        """The same member said more before anyone answered: one pending covers it all."""
        assign(waiter, message_ids=" ".join((waiter.message_ids.split() + [message_id])[-20:]),
               excerpt=(waiter.excerpt + " " + text)[-80:])
        self.write(_EXTEND, pid=waiter.id, message_ids=waiter.message_ids, excerpt=waiter.excerpt)

    def hand_to(self, waiter: Waiter, operator: str | None) -> None:
        """The operator the member's wait was passed to (written with the next settle)."""
        assign(waiter, nudged_to=operator)

    def settle(self, waiter: Waiter, state: str, closed_at: datetime | None = None,
               closed_by: str | None = None) -> None:
        """Write a new state (nudged, answered, covered, night, handed_over, expired); a closed one stops waiting."""
        assign(waiter, state=state)
        self.write(_SETTLE, pid=waiter.id, state=state, nudged_to=waiter.nudged_to, closed_at=closed_at,
                   closed_by=closed_by)
        if state not in (*OPEN_STATES, "night"):
            self.waiting().drop(waiter)

    def sla(self, since: datetime, until: datetime, room: str | None = None, operator: str | None = None) -> Sla:
        """SLA over the pendings opened in [since, until), for one room or operator or all."""
        return sla(list(self.db.exec(_opened_between(since, until, room)).all()), until, operator)


def _opened_between(since: datetime, until: datetime, room: str | None) -> Any:
    found = select(Pending).where(Pending.opened_at >= since, Pending.opened_at < until,
                                  col(Pending.state).not_in(("night", "handed_over", "expired")))
    return found if room is None else found.where(Pending.room_id == room)


@dataclass
class Sla:
    """Figures for a period: how fast members got an answer."""

    total: int
    answered: int
    within_3m: int
    covers: int
    nudges: int
    p50_s: float | None
    p90_s: float | None
    worst: list[tuple[str, str, float]]  # (member name, room topic, seconds)

    @property
    def share_within_3m(self) -> float | None:
        """Share of members answered by a person within three minutes."""
        return self.within_3m / self.total if self.total else None


def sla(rows: list[Pending], until: datetime, operator: str | None = None) -> Sla:
    """SLA over these pendings (for one operator, or all)."""
    if operator is not None:
        rows = [r for r in rows if r.closed_by == operator or r.nudged_to == operator]
    answered = [r for r in rows if r.state == "answered" and r.closed_at is not None]
    waits = sorted((r.closed_at - r.opened_at).total_seconds() for r in answered)  # type: ignore[operator]
    quantiles = statistics.quantiles(waits, n=10, method="inclusive") if len(waits) >= 2 else None
    worst = sorted(((r.member_name or r.member_id, r.topic or r.room_id,
                     ((r.closed_at or until) - r.opened_at).total_seconds()) for r in rows
                    if r.state in ("answered", "covered")), key=lambda w: -w[2])[:3]
    return Sla(total=len(rows), answered=len(answered), within_3m=sum(1 for w in waits if w <= 180),
               covers=sum(1 for r in rows if r.state == "covered"),
               nudges=sum(1 for r in rows if r.nudged_to is not None),
               p50_s=statistics.median(waits) if waits else None,
               p90_s=quantiles[8] if quantiles else (waits[0] if waits else None), worst=worst)
