"""What the store already says about emergencies, read back after a restart: who was told, who answered, who was
reminded. The emergency steps keep nothing of their own in memory that a restart could lose: the alerts and reminders
are in the action log, the answered emergencies in the pending responses."""
from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlmodel import col, or_, select

from bot.keeping import Records, query
from bot.models import ActionLog, Message
from plugins.nudge.store import Pending

# the action log's refs the emergency steps write and read back after a restart: defined here only
ALERT = "emergency_alert.j2"  # an emergency's first alert (also the script's name)
ESCALATED = f"{ALERT}:escalated"  # an emergency's alert to the next on the roster or the owners
REMINDER = "emergency_still.j2"  # a reminder to the person who answered (the member pleads again; the script's name)
OWN_WORDS = "nudge/emergency_own_words.j2"  # a deaf member's own "我听不见" passed on, once (the script's name)


class Told(NamedTuple):
    to: str
    created_at: datetime


class Answered(NamedTuple):
    room_id: str
    member_id: str
    member_name: str
    topic: str
    closed_by: str
    closed_at: datetime


_TOLD = query(lambda p: select(ActionLog.to, ActionLog.created_at).where(
    col(ActionLog.cause) == p.cause, col(ActionLog.kind) == "private",
    or_(col(ActionLog.ref) == ALERT, col(ActionLog.ref) == ESCALATED),
).order_by(col(ActionLog.id)), shape=Told)
_OWN_WORDS_SENT = query(lambda p: select(ActionLog.to, ActionLog.created_at).where(
    col(ActionLog.cause) == p.cause, col(ActionLog.kind) == "private", col(ActionLog.ref) == OWN_WORDS,
).limit(1), shape=Told)
_ANSWERED = query(lambda p: select(*(getattr(Pending, name) for name in Answered._fields)).where(
    col(Pending.kind) == "emergency", col(Pending.state) == "answered", col(Pending.closed_at) >= p.since,
    col(Pending.room_id) != "").order_by(col(Pending.closed_at)), shape=Answered)
_REMINDED = query(lambda p: select(ActionLog.to, ActionLog.created_at).join(
    Message, col(Message.id) == col(ActionLog.cause)).where(  # the plea that caused it: this member, this room
    col(ActionLog.ref) == REMINDER, col(ActionLog.kind) == "private", col(ActionLog.to) == p.to,
    col(ActionLog.created_at) >= p.since, col(Message.room_id) == p.room, col(Message.sender) == p.member,
).order_by(col(ActionLog.id).desc()).limit(1), shape=Told)


class EmergencyLog(Records):
    """Reads over the action log and the pending responses, for the emergency steps after a restart."""

    def told(self, first_message: str) -> list[Told]:
        """Everyone told of the emergency that `first_message` opened, first to last (queued alerts included)."""
        return self.rows(_TOLD, cause=first_message)

    def own_words_passed(self, first_message: str) -> bool:
        """Whether the member's own words that she cannot hear were already passed on for this emergency."""
        return self.first(_OWN_WORDS_SENT, cause=first_message) is not None

    def answered_since(self, since: datetime) -> list[Answered]:
        """The emergencies a person answered in a group since then, the latest last."""
        return [row for row in self.rows(_ANSWERED, since=since) if row.closed_by]

    def reminded(self, to: str, room: str, member: str, since: datetime) -> datetime | None:
        """When the person was last reminded of the emergency they answered for this member in this room, since then
        (a reminder about another member's emergency is not this one's)."""
        found = self.first(_REMINDED, to=to, room=room, member=member, since=since)
        return found.created_at if found is not None else None
