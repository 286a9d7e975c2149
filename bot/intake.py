"""Intake: record every event before any plugin sees it (rooms, members, messages; duplicates dropped).

Plain SQL upserts, one statement per row, in the event's own transaction: this runs for every event.
"""
from __future__ import annotations

from sqlalchemy import insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from bot.events import Event, MemberJoined, MemberLeft, MessageReceived, RoomTopicChanged
from bot.models import Member, Message, Room


def _insert(db: Session, model: type):
    dialect = db.get_bind().dialect.name
    return {"sqlite": sqlite.insert, "postgresql": postgresql.insert}.get(dialect, insert)(model)


def _room(db: Session, room_id: str, topic: str | None, event: Event) -> None:
    stmt = _insert(db, Room).values(id=room_id, topic=topic, first_seen=event.ts, last_active=event.ts)
    updates = {"last_active": event.ts, **({"topic": topic} if topic else {})}
    db.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=updates))


def _member(db: Session, room_id: str, contact: str, name: str, event: Event, spoke: bool = False,
            **changes) -> None:
    values = {"room_id": room_id, "contact_id": contact, "name": name, "role": "member", "first_seen": event.ts,
              "message_count": 1 if spoke else 0, **changes}
    updates = {**({"name": name} if name else {}), **changes}
    if spoke:
        updates["message_count"] = Member.message_count + 1
    stmt = _insert(db, Member).values(**values)
    db.execute(stmt.on_conflict_do_update(index_elements=["room_id", "contact_id"], set_=updates))


def record(db: Session, event: Event) -> bool:
    """Store the event; False when it is a message id seen before (and so must not be dispatched)."""
    if isinstance(event, MessageReceived):
        inserted = db.execute(_insert(db, Message).values(
            id=event.id, ts=event.ts, room_id=event.room, sender=event.sender, sender_name=event.sender_name,
            type=event.type, text=event.text).on_conflict_do_nothing())
        if inserted.rowcount != 1:
            return False
        if event.room is not None:
            _room(db, event.room, event.room_topic, event)
            _member(db, event.room, event.sender, event.sender_name, event, spoke=True, last_spoke=event.ts)
    elif isinstance(event, MemberJoined):
        _room(db, event.room, event.room_topic, event)
        for person in event.members:
            _member(db, event.room, person.id, person.name, event, joined_at=event.ts, left_at=None)
    elif isinstance(event, RoomTopicChanged):
        _room(db, event.room, event.room_topic, event)
    elif isinstance(event, MemberLeft):
        _room(db, event.room, event.room_topic, event)
        for person in event.members:
            _member(db, event.room, person.id, person.name, event, left_at=event.ts)
    return True
