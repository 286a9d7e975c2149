"""What moderation keeps: every incident (original and normalised text, rule, action) and words added in chat."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Field, SQLModel, col, func, select

from bot.keeping import Params, Read, Records, insert, query
from bot.models import Member, Room


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


class RemovalAsk(SQLModel, table=True):
    """A removal the bot asked a person to decide: who, where, whom it asked, and what they decided."""

    __tablename__ = "moderation_removal_asks"
    id: int | None = Field(default=None, primary_key=True)
    ts: datetime = Field(index=True)
    room_id: str
    member_id: str = Field(index=True)
    member_name: str = ""
    asked: str = ""  # the contact ids asked, space-separated
    decision: str | None = None  # removed | kept
    decided_by: str | None = None
    decided_at: datetime | None = None


class ModWord(SQLModel, table=True):
    """A phrase operators added in chat: `block` (an ad phrase) or `allow` (never counts)."""

    __tablename__ = "moderation_words"
    word: str = Field(primary_key=True)
    kind: str  # block | allow
    added_by: str = ""
    added_at: datetime


def _strikes(anywhere: bool) -> Read[int]:
    def build(p: Params) -> Any:
        found = select(func.count()).select_from(Incident).where(
            Incident.member_id == p.member, Incident.ts >= p.since, col(Incident.revoked).is_(None),
            Incident.strike > 0)
        return found if anywhere else found.where(Incident.room_id == p.room)
    return query(build)


_STRIKES_HERE, _STRIKES_ANYWHERE = _strikes(False), _strikes(True)
_LAST_AD = query(lambda p: select(func.max(Incident.ts)).where(
    Incident.room_id == p.room, Incident.member_id == p.member, col(Incident.revoked).is_(None)))
_LAST_NOTICE = query(lambda p: select(func.max(Incident.ts)).where(
    Incident.room_id == p.room, col(Incident.action).contains("notice")))


_RECORD = insert(Incident, batched=True)


@dataclass(frozen=True)
class Known:
    """Since when the bot has known a member in a room: first seen (joining or speaking), and their last join."""

    first_seen: datetime
    joined_at: datetime | None


_KNOWN = query(lambda p: select(Member.first_seen, Member.joined_at).where(
    Member.room_id == p.room, Member.contact_id == p.contact), shape=Known)


class Incidents(Records):
    """Every ad caught, and the strikes they count as."""

    def strikes(self, room: str | None, member: str, since: datetime) -> int:
        """Strikes in force for a member since a time, in one room or all (pardons and false positives don't count)."""
        if room is None:
            return self.first(_STRIKES_ANYWHERE, member=member, since=since) or 0
        return self.first(_STRIKES_HERE, member=member, since=since, room=room) or 0

    def last_ad(self, room: str, member: str) -> datetime | None:
        """When the member's last ad in this room was caught (kept in the store, so a restart forgets no burst)."""
        return self.first(_LAST_AD, room=room, member=member)

    def last_notice(self, room: str) -> datetime | None:
        """When the group was last told about an ad (anyone's)."""
        return self.first(_LAST_NOTICE, room=room)

    def record(self, **values: Any) -> None:
        """Store one incident (the Incident fields but id and revoked)."""
        self.write(_RECORD, revoked=None, **values)

    def latest_strike(self, room: str | None, member: str, since: datetime) -> Incident | None:
        """The member's most recent strike still in force (in a room, or anywhere)."""
        found = select(Incident).where(Incident.member_id == member, Incident.ts >= since,
                                       col(Incident.revoked).is_(None), Incident.strike > 0)
        if room is not None:
            found = found.where(Incident.room_id == room)
        return self.db.exec(found.order_by(col(Incident.ts).desc(), col(Incident.id).desc())).first()

    def latest(self, room: str | None, limit: int = 10) -> list[Incident]:
        """The newest incidents, in one room or all."""
        found = select(Incident).order_by(col(Incident.id).desc()).limit(limit)
        if room is not None:
            found = found.where(Incident.room_id == room)
        return list(self.db.exec(found).all())

    def of_member(self, member: str, limit: int = 5) -> list[Incident]:
        """A member's newest incidents anywhere."""
        return list(self.db.exec(select(Incident).where(Incident.member_id == member)
                                 .order_by(col(Incident.id).desc()).limit(limit)).all())

    def last_room(self, member: str) -> str | None:
        """The room of the member's newest incident."""
        found = self.db.exec(select(Incident.room_id).where(Incident.member_id == member)
                             .order_by(col(Incident.id).desc()).limit(1)).first()
        return found

    def topic(self, room: str) -> str:
        """A group's name, as operators know it (its id when unnamed)."""
        return self.db.exec(select(Room.topic).where(Room.id == room)).first() or room

    def numbered(self, number: int) -> Incident | None:
        """The incident with this number (its id)."""
        return self.db.get(Incident, number)

    def standing_lines(self, room: str, member: str) -> set[str]:
        """The messages of the member's ads in the room that still count as strikes (not pardoned, not a false
        positive; a later line of the same burst, strike 0, hangs on its burst's strike)."""
        found = select(Incident.message_id).where(
            Incident.room_id == room, Incident.member_id == member, col(Incident.revoked).is_(None),
            Incident.strike > 0, col(Incident.message_id).is_not(None))
        return {line for line in self.db.exec(found) if line is not None}

    def revoke(self, incident: Incident, why: str) -> None:
        """The incident no longer counts: `pardon` or `false_positive`."""
        incident.revoked = why
        self.db.add(incident)

    def per_rule(self, revoked: str | None = None) -> dict[str, int]:
        """Incidents per rule (only those revoked as `revoked`, when given)."""
        found = select(Incident.rule, func.count()).group_by(Incident.rule)
        if revoked is not None:
            found = found.where(Incident.revoked == revoked)
        return dict(self.db.exec(found).all())


class RemovalAsks(Records):
    """Removals waiting for a person's word, and what they decided."""

    def ask(self, ts: datetime, room: str, member: str, name: str, asked: list[str]) -> None:
        """Note that these people were asked whether to remove the member (an older open ask about them is kept)."""
        open_ask = self.open_about(room, member)
        if open_ask is not None:  # asked again: the same question, now with the newest evidence
            open_ask.ts, open_ask.asked = ts, " ".join(asked)
            self.db.add(open_ask)
            return
        self.db.add(RemovalAsk(ts=ts, room_id=room, member_id=member, member_name=name, asked=" ".join(asked)))

    def open_about(self, room: str, member: str) -> RemovalAsk | None:
        """The undecided ask about this member in this room."""
        return self.db.exec(select(RemovalAsk).where(RemovalAsk.room_id == room, RemovalAsk.member_id == member,
                                                     col(RemovalAsk.decision).is_(None))).first()

    def latest_to(self, person: str, since: datetime) -> RemovalAsk | None:
        """The newest ask put to this person since a time, decided or not."""
        found = select(RemovalAsk).where(RemovalAsk.ts >= since, col(RemovalAsk.asked).contains(person))
        for row in self.db.exec(found.order_by(col(RemovalAsk.ts).desc(), col(RemovalAsk.id).desc())):
            if person in row.asked.split():
                return row
        return None

    def open_to(self, person: str, since: datetime) -> list[RemovalAsk]:
        """Undecided asks put to this person since a time, newest first."""
        found = select(RemovalAsk).where(RemovalAsk.ts >= since, col(RemovalAsk.decision).is_(None),
                                         col(RemovalAsk.asked).contains(person))
        rows = self.db.exec(found.order_by(col(RemovalAsk.ts).desc(), col(RemovalAsk.id).desc())).all()
        return [r for r in rows if person in r.asked.split()]

    def decide(self, ask: RemovalAsk, decision: str, by: str, at: datetime) -> None:
        """Record what the person decided: `removed` or `kept`."""
        ask.decision, ask.decided_by, ask.decided_at = decision, by, at
        self.db.add(ask)


class Words(Records):
    """Phrases operators added in chat."""

    def all(self) -> list[ModWord]:
        """Every added phrase."""
        return list(self.db.exec(select(ModWord)).all())

    def put(self, word: str, kind: str, by: str, at: datetime) -> None:
        """Add a phrase as `block` or `allow` (or change its kind)."""
        row = self.db.get(ModWord, word) or ModWord(word=word, kind=kind, added_at=at)
        row.kind, row.added_by = kind, by
        self.db.add(row)


class Members(Records):
    """The members the core keeps, as moderation looks them up."""

    def by_id(self, contact: str) -> Member | None:
        """A member by contact id (in any room)."""
        return self.db.exec(select(Member).where(Member.contact_id == contact)).first()

    def known(self, room: str, contact: str) -> Known | None:
        """Since when the bot has known the member in this room (None: never seen join or speak here)."""
        return self.first(_KNOWN, room=room, contact=contact)

    def named(self, name: str) -> list[Member]:
        """Members whose name or contact id is `name`, in every room."""
        return list(self.db.exec(select(Member).where((Member.name == name) | (Member.contact_id == name))).all())


def window(now: datetime, days: int) -> datetime:
    """The start of the strike window."""
    return now - timedelta(days=days)
