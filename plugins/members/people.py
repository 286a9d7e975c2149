"""Who is in each room and what is known about them: the members, their last words, sign-ups and tags."""
from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import delete, func
from sqlalchemy import select as select_columns
from sqlmodel import col, select

from bot.keeping import Records, upsert
from bot.models import Member, Message, Room
from plugins.members.tables import SIGNUPS, Tag


class Person(NamedTuple):
    """A current member of a room, as the core tables know them."""

    contact_id: str
    name: str
    joined: datetime
    last_spoke: datetime | None


_TAG = upsert(Tag, key=("contact_id", "key", "value"))


class People(Records):
    """The rooms, their current members and what is noted about each person."""

    def rooms(self, after: str = "", limit: int = 1000) -> list[str]:
        """Rooms by id, after `after`."""
        return list(self.db.exec(select(Room.id).where(Room.id > after).order_by(Room.id).limit(limit)).all())

    def topic(self, room: str) -> str:
        """A room's name (its id when unnamed)."""
        return self.db.exec(select(Room.topic).where(Room.id == room)).first() or room

    def topics(self, rooms: list[str]) -> dict[str, str]:
        """These rooms' names (an unnamed room is left out)."""
        rows = self.db.exec(select(Room.id, Room.topic).where(col(Room.id).in_(rooms)))
        return {r: t for r, t in rows if t}

    def newcomers(self, since: datetime) -> list[tuple[str, str, datetime]]:
        """(room, contact, joined) of everyone who joined a room since `since` and is still there."""
        columns: tuple[Any, ...] = (Member.room_id, Member.contact_id, Member.joined_at)
        return [(r, c, j) for r, c, j in self.db.execute(select_columns(*columns).where(
            col(Member.joined_at) >= since, col(Member.left_at).is_(None)))]

    def present(self, room: str) -> list[Person]:
        """The room's current members."""
        m = Member
        columns: tuple[Any, ...] = (m.contact_id, m.name, m.joined_at, m.first_seen, m.last_spoke)
        rows = self.db.execute(select_columns(*columns).where(col(m.room_id) == room, col(m.left_at).is_(None)))
        return [Person(c, n, j or f, s) for c, n, j, f, s in rows]

    def person(self, room: str, contact: str) -> Person | None:
        """One current member of a room."""
        m = Member
        columns: tuple[Any, ...] = (m.contact_id, m.name, m.joined_at, m.first_seen, m.last_spoke)
        row = self.db.execute(select_columns(*columns).where(
            col(m.room_id) == room, col(m.contact_id) == contact, col(m.left_at).is_(None))).first()
        return Person(row[0], row[1], row[2] or row[3], row[4]) if row is not None else None

    def last_words(self, room: str, contact: str) -> str:
        """What a member last said in a room."""
        return self.db.exec(select(Message.text).where(Message.room_id == room, Message.sender == contact)
                            .order_by(col(Message.ts).desc()).limit(1)).first() or ""

    def signups(self, room: str, since: datetime) -> dict[str, int]:
        """Activity sign-ups per member since `since` (not cancelled; none without the activities plugin)."""
        if not self.db.connection().dialect.has_table(self.db.connection(), SIGNUPS.name):
            return {}
        rows = self.db.exec(select(SIGNUPS.c.contact_id, func.count()).where(
            SIGNUPS.c.room_id == room, SIGNUPS.c.signed_at >= since, SIGNUPS.c.cancelled_at.is_(None))
            .group_by(SIGNUPS.c.contact_id))
        return {c: n for c, n in rows}

    def tag(self, contact: str, key: str, value: str, source: str) -> None:
        """Note something about a person."""
        self.write(_TAG, contact_id=contact, key=key, value=value, source=source)

    def untag(self, contact: str, key: str, value: str) -> None:
        """Forget one thing noted about a person."""
        self.db.execute(delete(Tag).where(col(Tag.contact_id) == contact, col(Tag.key) == key,
                                          col(Tag.value) == value))

    def tags(self, contact: str) -> dict[str, list[str]]:
        """What is known about a person, by key."""
        found: dict[str, list[str]] = {}
        for t in self.db.exec(select(Tag).where(Tag.contact_id == contact).order_by(Tag.key, Tag.value)):
            found.setdefault(t.key, []).append(t.value)
        return found
