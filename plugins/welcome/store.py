"""What the welcome ritual keeps: each newcomer's arrival, welcome and first words."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlmodel import Field as Column
from sqlmodel import SQLModel, col, select

from bot.events import Person
from bot.keeping import Records, Write, change, query, upsert
from bot.models import Room
from bot.undo import Group


class Newcomer(SQLModel, table=True):
    """A member's arrival in a room: when they joined, were welcomed, and first spoke."""

    __tablename__ = "welcome_newcomers"
    room_id: str = Column(primary_key=True)
    contact_id: str = Column(primary_key=True)
    name: str = ""
    joined_at: datetime = Column(index=True)
    welcomed_at: datetime | None = None
    pending: bool = True  # not welcomed yet (the stored column keeps its name)
    first_spoke_at: datetime | None = None


class Welcomed(NamedTuple):
    """When a member was last welcomed in a room (None: joined, not welcomed yet)."""

    welcomed_at: datetime | None


class Waiting(NamedTuple):
    """A newcomer waiting for the next welcome."""

    contact_id: str
    name: str
    first_spoke_at: datetime | None = None  # spoke before the welcome went out (one held over the night)


class FirstWords(NamedTuple):
    """A newcomer who just spoke for the first time: when they had joined."""

    joined_at: datetime


_SEEN = query(lambda p: select(Newcomer.welcomed_at).where(Newcomer.room_id == p.room,
                                                           Newcomer.contact_id == p.contact), shape=Welcomed)
_REJOINED: Write[Any] = change(Newcomer, lambda p: [Newcomer.room_id == p.room, Newcomer.contact_id == p.contact],
                   lambda p: {"joined_at": p.joined_at})
_ARRIVED = upsert(Newcomer, key=("room_id", "contact_id"))
_WAITING = query(lambda p: select(Newcomer.contact_id, Newcomer.name, Newcomer.first_spoke_at).where(
    Newcomer.room_id == p.room, col(Newcomer.pending)).order_by(col(Newcomer.joined_at), col(Newcomer.contact_id)),
    shape=Waiting)  # people who joined in the same second: in one order on every store
_WELCOMED: Write[Any] = change(Newcomer, lambda p: [Newcomer.room_id == p.room, col(Newcomer.pending)],
                   lambda p: {"pending": False, "welcomed_at": p.at})
_HANDED: Write[Any] = change(Newcomer, lambda p: [Newcomer.room_id == p.room, col(Newcomer.pending)],
                             lambda p: {"pending": False})
_FIRST_WORDS = change(Newcomer, lambda p: [Newcomer.room_id == p.room, Newcomer.contact_id == p.contact,
                                           col(Newcomer.first_spoke_at).is_(None)],
                      lambda p: {"first_spoke_at": p.at}, returning=(Newcomer.joined_at,), shape=FirstWords)


class Newcomers(Records):
    """Arrivals, welcomes and first words, per room."""

    def _silent(self) -> Group[tuple[str, str]]:
        """(room, member) of newcomers who have not spoken yet: read once, then written through."""
        return self.cached(lambda: Group((n.room_id, n.contact_id) for n in self.db.exec(
            select(Newcomer).where(col(Newcomer.first_spoke_at).is_(None))).all()))

    def welcomed_since(self, room: str, contact: str, since: datetime) -> bool:
        """Whether the member was welcomed in the room at or after `since` (a quick rejoin)."""
        seen = self.first(_SEEN, room=room, contact=contact)
        return seen is not None and seen.welcomed_at is not None and seen.welcomed_at >= since

    def rejoined(self, room: str, contact: str, at: datetime) -> None:
        """A member welcomed lately came back: note when, without a second welcome."""
        self.write(_REJOINED, room=room, contact=contact, joined_at=at)

    def arrived(self, room: str, person: Person, at: datetime) -> None:
        """A newcomer joined: waiting for the next welcome and for their first words."""
        self.write(_ARRIVED, room_id=room, contact_id=person.id, name=person.name, joined_at=at,
                   welcomed_at=None, pending=True, first_spoke_at=None)
        self._silent().add((room, person.id))

    def waiting(self, room: str) -> list[Waiting]:
        """Newcomers in the room not welcomed yet, earliest first."""
        return self.rows(_WAITING, room=room)

    def welcomed(self, room: str, at: datetime) -> None:
        """Everyone waiting in the room was welcomed at `at`."""
        self.write(_WELCOMED, room=room, at=at)

    def first_words(self, room: str, contact: str, at: datetime) -> FirstWords | None:
        """The member spoke at `at`: their first words as a newcomer (None when not a silent newcomer)."""
        silent = self._silent()
        if (room, contact) not in silent:
            return None
        silent.discard((room, contact))
        return self.first(_FIRST_WORDS, room=room, contact=contact, at=at)

    def all_waiting(self) -> list[Newcomer]:
        """Newcomers not welcomed yet, in every room, earliest first."""
        waiting = select(Newcomer).where(col(Newcomer.pending))
        return list(self.db.exec(waiting.order_by(col(Newcomer.joined_at), col(Newcomer.contact_id))))

    def handed_over(self, room: str) -> None:
        """A person greets the room's waiting newcomers (their welcome was missed): no late welcome from the bot."""
        self.write(_HANDED, room=room)

    def topic(self, room: str) -> str:
        """The room's name as the bot last saw it (its id when unknown)."""
        found = self.db.get(Room, room)
        return found.topic or room if found is not None else room

    def since(self, at: datetime, room: str | None) -> list[Newcomer]:
        """Newcomers who joined at or after `at`, in one room or all."""
        found = select(Newcomer).where(Newcomer.joined_at >= at)
        if room is not None:
            found = found.where(Newcomer.room_id == room)
        return list(self.db.exec(found).all())


def spoke_within(newcomer: Newcomer, within: timedelta) -> bool:
    """Whether a newcomer spoke within `within` of joining."""
    return newcomer.first_spoke_at is not None and newcomer.first_spoke_at - newcomer.joined_at <= within
