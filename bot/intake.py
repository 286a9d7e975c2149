"""Intake: record every event before any plugin sees it (rooms, members, messages; duplicates dropped)."""
from __future__ import annotations

from sqlmodel import Session

from bot.events import Event, MemberJoined, MemberLeft, MessageReceived, RoomTopicChanged
from bot.models import Member, Message, Room


def _room(db: Session, room_id: str, topic: str | None, event: Event) -> None:
    room = db.get(Room, room_id)
    if room is None:
        db.add(Room(id=room_id, topic=topic, first_seen=event.ts, last_active=event.ts))
        return
    room.last_active = event.ts
    if topic:
        room.topic = topic
    db.add(room)


def _member(db: Session, room_id: str, contact: str, name: str, event: Event) -> Member:
    member = db.get(Member, (room_id, contact))
    if member is None:
        member = Member(room_id=room_id, contact_id=contact, name=name, first_seen=event.ts)
    elif name:
        member.name = name
    db.add(member)
    return member


def record(db: Session, event: Event) -> bool:
    """Store the event; False when it is a message id seen before (and so must not be dispatched)."""
    if isinstance(event, MessageReceived):
        if db.get(Message, event.id) is not None:
            return False
        db.add(Message(id=event.id, ts=event.ts, room_id=event.room, sender=event.sender,
                       sender_name=event.sender_name, type=event.type, text=event.text))
        if event.room is not None:
            _room(db, event.room, event.room_topic, event)
            member = _member(db, event.room, event.sender, event.sender_name, event)
            member.last_spoke = event.ts
            member.message_count += 1
    elif isinstance(event, MemberJoined):
        _room(db, event.room, event.room_topic, event)
        for person in event.members:
            member = _member(db, event.room, person.id, person.name, event)
            member.joined_at, member.left_at = event.ts, None
    elif isinstance(event, RoomTopicChanged):
        _room(db, event.room, event.room_topic, event)
    elif isinstance(event, MemberLeft):
        _room(db, event.room, event.room_topic, event)
        for person in event.members:
            _member(db, event.room, person.id, person.name, event).left_at = event.ts
    return True
