"""The daily topic: today's question in a room, and who joined in after it was posted (thanked in the evening)."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from bot.models import Message
from plugins.posts.drawn import drawn_on

QUESTIONS = "questions"  # the bank of open questions, shared by every audience


def question_today(db: Session, room: str, day: date) -> str | None:
    """Today's question in this room, when the topic slot posted one."""
    return drawn_on(db, room, QUESTIONS, day)


def joined_since(db: Session, room: str, since: datetime, until: datetime, staff: list[str]) -> list[str]:
    """Names of members (not staff) who spoke in the room in [since, until), in the order they first spoke."""
    rows = db.exec(select(Message.sender, Message.sender_name)
                   .where(Message.room_id == room, Message.ts >= since, Message.ts < until)
                   .order_by(col(Message.ts))).all()
    names: dict[str, str] = {}
    for sender, name in rows:
        if sender not in staff and sender not in names:
            names[sender] = name or sender
    return list(names.values())


def posted_at(slot_keys: list[str], tz: ZoneInfo) -> datetime | None:
    """The earliest of today's topic slots ("2026-11-23T10:30") as a time, if any was posted."""
    if not slot_keys:
        return None
    return datetime.strptime(min(slot_keys), "%Y-%m-%dT%H:%M").replace(tzinfo=tz)
