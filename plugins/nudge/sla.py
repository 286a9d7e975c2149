"""The SLA figures: how fast a person answered the members who waited, and how often the bot covered meanwhile."""
from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple, TypeVar

if TYPE_CHECKING:
    from plugins.nudge.store import Pending

# A person still owes the member an answer: waiting (open, nudged, covered by the bot) or given up on (expired).
# Not "handed_over": a private chat the operator answers where the bot cannot see (a night's private message the
# morning digest handed over too); the daily report must not tell the operator those members are unanswered. A
# night's item in a group stays "nudged" after the digest: its answer in the group is seen, and counted.
STILL_OWED = ("open", "nudged", "covered", "expired")


class Counted(NamedTuple):
    """A pending response with what the SLA figures read from it."""

    room_id: str
    topic: str
    member_id: str
    member_name: str
    opened_at: datetime
    state: str
    nudged_to: str | None
    closed_at: datetime | None
    closed_by: str | None
    kind: str
    covered_at: datetime | None


@dataclass(slots=True)
class Wait:
    """A pending response as the SLA reads it (no ORM object: the nightly report reads many)."""

    id: int
    room_id: str
    topic: str
    member_id: str
    member_name: str
    message_ids: str
    kind: str
    opened_at: datetime
    state: str
    nudged_to: str | None
    closed_at: datetime | None
    closed_by: str | None
    covered_at: datetime | None
    excerpt: str = ""  # what the member said: the daily report quotes those still waiting


class Asked(NamedTuple):
    """Someone asked to take up a complaint nobody answered (`cause`: the complaint's first message)."""

    to: str
    cause: str


@dataclass
class Sla:
    """Figures for a period: how fast a person answered members, and how often the bot covered meanwhile."""

    total: int
    answered: int  # by a person: an operator, or a member whose answer the asker took
    within_3m: int
    covers: int  # the bot covered; the wait stayed open for a person
    nudges: int
    p50_s: float | None
    p90_s: float | None
    worst: list[tuple[str, str, float]]  # (member name, room topic, seconds)
    complaints: int = 0
    complaints_answered: int = 0
    complaint_p50_s: float | None = None
    # each emergency: (member name, room topic or "" for a private chat, when, seconds until a person answered in
    # the group, or None: nobody did, or it was a private chat where an answer cannot be seen)
    emergencies: list[tuple[str, str, datetime, float | None]] = field(default_factory=list)
    # each member a person still owes an answer (STILL_OWED, emergencies aside): (member name, room topic, since
    # when, what they said)
    unanswered: list[tuple[str, str, datetime, str]] = field(default_factory=list)
    # each private chat handed to a person, who answers where the bot cannot see: (member name, since when, what
    # they said). Not in the figures above (no answer time can be known); listed so none is forgotten
    private: list[tuple[str, datetime, str]] = field(default_factory=list)
    # how long each member answered by a person waited, and each complaint, shortest first: with a few, the reports
    # say the waits themselves (30 秒、60 秒、4 分钟) rather than a median or a share that would read as more than it is
    waits: list[float] = field(default_factory=list)
    complaint_waits: list[float] = field(default_factory=list)

    @property
    def share_within_3m(self) -> float | None:
        """Share of members answered by a person within three minutes."""
        return self.within_3m / self.total if self.total else None


Row = TypeVar("Row", bound="Pending | Counted | Wait")


def owed_by(rows: Sequence[Row], operators: Sequence[str],
            asked: Mapping[str, set[str]] | None = None) -> dict[str, list[Row]]:
    """Each operator's waits: those they were nudged about, asked to take up (`asked`: a complaint's first message ->
    who was asked when it went up the roster) or closed; and, in a room where they have one of these, those met
    before any staff was told (a member answered), as /sla in that room counts them: one day told one way."""
    mine: dict[str, list[Row]] = {operator: [] for operator in operators}
    nobodys: list[Row] = []
    for row in rows:
        ids: str = getattr(row, "message_ids", "")
        first = ids.split()[0] if ids else ""
        told = {row.closed_by, row.nudged_to, *(asked or {}).get(first, ())}
        staff = [o for o in told if o is not None and o in mine]
        for operator in staff:
            mine[operator].append(row)
        if not staff:
            nobodys.append(row)
    for row in nobodys:
        for own in mine.values():
            if any(r.room_id == row.room_id for r in own):
                own.append(row)
    return mine


def sla(rows: Sequence[Pending | Counted | Wait], until: datetime, operator: str | None = None,
        staff: Sequence[str] = ()) -> Sla:
    """SLA over these pendings (for one operator among `staff`, or all). One operator's figures need the whole roster
    (`staff`): without it a wait a colleague closed would look like nobody's and be counted as theirs."""
    if operator is not None and not staff:
        raise ValueError(f"sla(operator={operator!r}) needs staff: every operator on duty in these rooms")
    if operator is not None:
        rows = owed_by(list(rows), [*dict.fromkeys([*staff, operator])])[operator]
    answered = [r for r in rows if r.state == "answered" and r.closed_at is not None]
    waits = sorted(_waited(r) for r in answered)
    quantiles = statistics.quantiles(waits, n=10, method="inclusive") if len(waits) >= 2 else None
    worst = sorted(((r.member_name or r.member_id, r.topic or r.room_id, ((r.closed_at or until) - r.opened_at)
                     .total_seconds()) for r in rows), key=lambda w: -w[2])[:3]
    complaint_waits = sorted(_waited(r) for r in answered if r.kind == "complaint")
    return Sla(total=len(rows), answered=len(answered), within_3m=sum(1 for w in waits if w <= 180),
               covers=len([r for r in rows if r.covered_at is not None]),
               nudges=len([r for r in rows if r.nudged_to is not None]),
               p50_s=statistics.median(waits) if waits else None,
               p90_s=quantiles[8] if quantiles else (waits[0] if waits else None), worst=worst,
               complaints=len([r for r in rows if r.kind == "complaint"]), complaints_answered=len(complaint_waits),
               complaint_p50_s=statistics.median(complaint_waits) if complaint_waits else None,
               emergencies=[(r.member_name or r.member_id, r.topic or r.room_id, r.opened_at,
                             _waited(r) if r.state == "answered" and r.closed_at is not None else None)
                            for r in sorted(rows, key=lambda r: r.opened_at) if r.kind == "emergency"],
               unanswered=[(r.member_name or r.member_id, r.topic or r.room_id, r.opened_at, getattr(r, "excerpt", ""))
                           for r in sorted(rows, key=lambda r: r.opened_at)
                           if r.state in STILL_OWED and r.kind != "emergency"],
               waits=waits, complaint_waits=complaint_waits)


def handed_over(rows: Sequence[Wait]) -> list[tuple[str, datetime, str]]:
    """The private chats handed to a person, as `Sla.private` lists them, oldest first."""
    return [(r.member_name or r.member_id, r.opened_at, r.excerpt) for r in sorted(rows, key=lambda r: r.opened_at)]


def _waited(row: Pending | Counted | Wait) -> float:
    assert row.closed_at is not None
    return (row.closed_at - row.opened_at).total_seconds()
