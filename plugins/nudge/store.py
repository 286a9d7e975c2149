"""What the nudge plugin keeps: pending responses (a member's message nobody answered yet), read for the SLA."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import Field, SQLModel, col, or_, select

from bot.keeping import Params, Read, Records, change, insert, query
from bot.models import ActionLog
from bot.undo import Journaled
from plugins.nudge.sla import Asked, Counted, Sla, Wait, handed_over, owed_by, sla

if TYPE_CHECKING:
    from plugins.nudge.timeline import Waiting

URGENCY = {"emergency": 9, "complaint": 5, "care": 4, "sorrow": 4, "request": 4, "question": 3, "voice": 2, "video": 2,
           "photo": 1, "sharing": 1, "joy": 2}  # joy: a photo's caption of good news (满月照) makes it joy
# an emergency's danger that outranks another on the same wait: despair any other danger, an act done despair
DANGER_RANK = {"despair": 1, "despair_close": 1, "despair_act": 2, "despair_act_close": 2}
OPEN_STATES = ("open", "nudged", "covered")  # covered: the bot answered warmly; a person still owes an answer
HELD = (*OPEN_STATES, "night")  # states a wait is still remembered in
# Left out of the SLA: held for or handed over in the morning digest. A wait that expired unanswered is a miss and
# counts (a complaint nobody took up all day is exactly what the daily report must show).
UNCOUNTED = ("night", "handed_over")


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
    kind: str = "question"  # question | request | complaint | sharing | photo | voice | video | private | care | sorrow
    # (news of an illness: never covered) | grief (a loss told at night) | emergency
    opened_at: datetime = Field(index=True)
    state: str = Field(default="open", index=True)  # open | nudged | covered | answered | night | handed_over | expired
    nudged_to: str | None = None
    closed_at: datetime | None = None
    closed_by: str | None = None  # who answered: an operator's or a member's id
    covered_at: datetime | None = None  # when the bot covered (the wait stayed open for a person)
    danger: str = ""  # what was read when the wait became an emergency: despair | despair_close (someone close) | ""


@dataclass(slots=True)
class Waiter(Journaled):
    """A pending response still waiting, as the plugin keeps it in memory (the store row is written through)."""

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
    covered_at: datetime | None = None
    danger: str = ""

    @classmethod
    def of(cls, row: Pending) -> Waiter:
        """The in-memory view of a stored row."""
        assert row.id is not None
        return cls(row.id, row.room_id, row.topic, row.member_id, row.member_name, row.message_ids, row.excerpt,
                   row.kind, row.opened_at, row.state, row.nudged_to, row.covered_at, row.danger)


_OPEN = insert(Pending, new_id=True)
_EXTEND = change(Pending, lambda p: [col(Pending.id) == p.pid],
                 lambda p: {"message_ids": p.message_ids, "excerpt": p.excerpt, "kind": p.kind,
                                   "danger": p.danger}, batched=True)
_TROUBLED = query(lambda p: select(Pending.id).where(
    col(Pending.room_id) == p.room, col(Pending.member_id) == p.member,
    or_(col(Pending.kind) == "complaint", col(Pending.kind) == "request"),  # no IN: statements run precompiled
    col(Pending.opened_at) >= p.since).limit(1))
_SETTLE = change(Pending, lambda p: [col(Pending.id) == p.pid], lambda p: {
    "state": p.state, "nudged_to": p.nudged_to, "closed_at": p.closed_at, "closed_by": p.closed_by,
    "covered_at": p.covered_at}, batched=True)


class Pendings(Records):
    """Pending responses: opened, extended and settled (written through from the waiting members in memory)."""

    def waiting(self) -> Waiting:
        """Everyone still waiting (open, nudged or from the night), read once, then kept in step."""
        from plugins.nudge.timeline import Waiting
        return self.cached(lambda: Waiting(list(self.db.exec(
            select(Pending).where(col(Pending.state).in_(HELD))).all())))

    def opened(self, **values: Any) -> Waiter:
        """Store a new pending response (values: the fields of Waiter but id) and return it, now waiting."""
        values.setdefault("danger", "")
        pid = self.new_id(_OPEN, nudged_to=None, closed_at=None, closed_by=None, covered_at=None, **values)
        waiter = Waiter(id=pid, **values)
        self.waiting().add(waiter)
        return waiter

    def extend(self, waiter: Waiter, message_id: str, text: str, kind: str, danger: str = "") -> None:
        """The same member said more before anyone answered: one pending covers it all, as its most urgent kind (and
        the danger read when it first became an emergency)."""
        waiter.message_ids = " ".join((waiter.message_ids.split() + [message_id])[-20:])
        waiter.excerpt = (waiter.excerpt + " " + text)[-80:] if text else waiter.excerpt
        if URGENCY.get(kind, 0) > URGENCY.get(waiter.kind, 0):
            waiter.kind, waiter.danger = kind, danger
        elif kind == waiter.kind and DANGER_RANK.get(danger, 0) > DANGER_RANK.get(waiter.danger, 0):
            waiter.danger = danger  # a fall, then 想一了百了: despair; then 药都吃了: an act done
        self.write(_EXTEND, pid=waiter.id, message_ids=waiter.message_ids, excerpt=waiter.excerpt, kind=waiter.kind,
                   danger=waiter.danger)

    def unanswered_emergencies(self, since: datetime) -> list[Waiter]:
        """The emergencies opened since then that no person answered in the group (alerted, maybe expired since),
        first to last: the morning digest lists them before anything else."""
        return [Waiter.of(row) for row in self.db.exec(select(Pending).where(
            col(Pending.kind) == "emergency", col(Pending.opened_at) >= since, col(Pending.state) != "answered",
        ).order_by(col(Pending.opened_at))).all()]

    def troubled(self, room: str, member: str, since: datetime) -> bool:
        """Whether the member complained or asked for help in the room since then (answered or not)."""
        return self.first(_TROUBLED, room=room, member=member, since=since) is not None

    def settle(self, waiter: Waiter, state: str, closed_at: datetime | None = None,
               closed_by: str | None = None) -> None:
        """Write a new state (nudged, covered, answered, night, handed_over, expired); a closed one stops waiting."""
        waiter.state = state
        self.write(_SETTLE, pid=waiter.id, state=state, nudged_to=waiter.nudged_to, closed_at=closed_at,
                   closed_by=closed_by, covered_at=waiter.covered_at)
        if state not in HELD:
            self.waiting().drop(waiter)

    def sla(self, since: datetime, until: datetime, room: str | None = None, operator: str | None = None,
            staff: Sequence[str] = ()) -> Sla:
        """SLA over the pendings opened in [since, until), for one room or operator or all (all: with the private
        chats handed to a person, which no room holds)."""
        figures = sla(self.counted(since, until, room), until, operator, staff)
        if room is None:
            figures.private = handed_over([r for r in self.rows(_HANDED, since=since, until=until)
                                           if operator is None or r.nudged_to == operator])
        return figures

    def counted(self, since: datetime, until: datetime, room: str | None = None) -> list[Counted]:
        """The pendings opened in [since, until) that count for the SLA, as `sla()` reads them (for figures over
        several periods from one read: a prepared query, no ORM objects)."""
        if room is None:
            return self.rows(_COUNTED, since=since, until=until)
        return self.rows(_COUNTED_IN_ROOM, since=since, until=until, room=room)

    def sla_by_operator(self, since: datetime, until: datetime, operators: list[str]) -> dict[str, Sla]:
        """Each operator's SLA over the pendings opened in [since, until) (`owed_by`: those they were nudged about,
        asked to take up when a complaint went up the roster, or closed, and in their rooms those a member answered).

        Two prepared queries for the period, whatever the number of operators: the nightly report used to load
        every wait of the period through the ORM once per operator.
        """
        asked: dict[str, set[str]] = {}  # a complaint's first message -> who was asked to take it up
        for to, cause in self.rows(_ESCALATED, since=since, until=until):
            asked.setdefault(cause, set()).add(to)
        mine = owed_by(self.rows(_OPENED, since=since, until=until), operators, asked)
        handed = self.rows(_HANDED, since=since, until=until)
        found = {operator: sla(rows, until) for operator, rows in mine.items()}
        for operator, figures in found.items():
            figures.private = handed_over([r for r in handed if r.nudged_to == operator])
        return found


def _counted(in_room: bool) -> Read[Counted]:
    def build(p: Params) -> Any:
        found = select(*(getattr(Pending, f) for f in Counted._fields)).where(
            col(Pending.opened_at) >= p.since, col(Pending.opened_at) < p.until,
            *(col(Pending.state) != state for state in UNCOUNTED))  # prepared: no IN
        return found.where(col(Pending.room_id) == p.room) if in_room else found
    return query(build, shape=Counted)


_COUNTED, _COUNTED_IN_ROOM = _counted(False), _counted(True)

ESCALATED = "complaint.j2:escalated"  # the ref of a complaint's alert to the next on the roster, then the owners


_ESCALATED = query(lambda p: select(ActionLog.to, ActionLog.cause).where(
    col(ActionLog.plugin) == "nudge", col(ActionLog.ref) == ESCALATED, col(ActionLog.created_at) >= p.since,
    col(ActionLog.created_at) < p.until), shape=Asked)
_OPENED = query(lambda p: select(*(getattr(Pending, name) for name in Wait.__dataclass_fields__))
                .where(col(Pending.opened_at) >= p.since, col(Pending.opened_at) < p.until,
                       *(col(Pending.state) != state for state in UNCOUNTED))
                .order_by(col(Pending.id)), shape=Wait)
# private chats handed to a person (answered where the bot cannot see): listed in /sla and the daily report
_HANDED = query(lambda p: select(*(getattr(Pending, name) for name in Wait.__dataclass_fields__))
                .where(col(Pending.opened_at) >= p.since, col(Pending.opened_at) < p.until,
                       col(Pending.state) == "handed_over")
                .order_by(col(Pending.id)), shape=Wait)
