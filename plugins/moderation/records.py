"""What moderation keeps: every incident (original and normalised text, rule, action) and words added in chat."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import bindparam, insert
from sqlmodel import Field, Session, SQLModel, col, func, select

from bot.statements import Statement
from bot.work import Work


class Incident(SQLModel, table=True):
    """One ad caught: who, where, which rule, what the bot did; a counted incident is a strike."""

    __tablename__ = "moderation_incidents"
    id: int | None = Field(default=None, primary_key=True)
    ts: datetime = Field(index=True)
    room_id: str = Field(index=True)
    member_id: str = Field(index=True)
    member_name: str = ""
    message_id: str | None = None
    rule: str
    detail: str = ""
    original: str = ""
    normalized: str = ""
    action: str = ""
    strike: int = 0  # which strike this was (1st, 2nd, ...)
    revoked: str | None = None  # pardon | false_positive


class ModWord(SQLModel, table=True):
    """A phrase operators added in chat: `block` (an ad phrase) or `allow` (never counts)."""

    __tablename__ = "moderation_words"
    word: str = Field(primary_key=True)
    kind: str  # block | allow
    added_by: str = ""
    added_at: datetime


def _strikes_query(anywhere: bool):
    query = select(func.count()).select_from(Incident).where(
        Incident.member_id == bindparam("member"), Incident.ts >= bindparam("since"),
        col(Incident.revoked).is_(None), Incident.strike > 0)
    return Statement(query if anywhere else query.where(Incident.room_id == bindparam("room")))


_STRIKES_HERE, _STRIKES_ANYWHERE = _strikes_query(False), _strikes_query(True)
_INCIDENT_COLUMNS = ("ts", "room_id", "member_id", "member_name", "message_id", "rule", "detail", "original",
                     "normalized", "action", "strike")
_RECORD = Statement(insert(Incident).values({c: bindparam(c) for c in _INCIDENT_COLUMNS}))


def strikes(work: Work, room: str | None, member: str, since: datetime) -> int:
    """Strikes in force for a member since a time, in one room or all (pardons and false positives don't count)."""
    if room is None:
        return work.run(_STRIKES_ANYWHERE, member=member, since=since).fetchone()[0]
    return work.run(_STRIKES_HERE, member=member, since=since, room=room).fetchone()[0]


def record(work: Work, **values) -> None:
    """Store one incident (the Incident fields but id and revoked)."""
    work.defer(_RECORD, **values)


def latest_strike(db: Session, room: str | None, member: str, since: datetime) -> Incident | None:
    """The member's most recent strike still in force (in a room, or anywhere)."""
    query = select(Incident).where(Incident.member_id == member, Incident.ts >= since,
                                   col(Incident.revoked).is_(None), Incident.strike > 0)
    if room is not None:
        query = query.where(Incident.room_id == room)
    return db.exec(query.order_by(col(Incident.ts).desc(), col(Incident.id).desc())).first()


def window(now: datetime, days: int) -> datetime:
    """The start of the strike window."""
    return now - timedelta(days=days)
