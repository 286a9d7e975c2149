"""What each room was given from the banks, and when: so nothing repeats for as long as the bank allows."""
from __future__ import annotations

from datetime import date

from sqlmodel import Field as Column
from sqlmodel import Session, SQLModel, select


class PostDrawn(SQLModel, table=True):
    """The last day an item of a bank was posted in a room (one row per room, bank and item)."""

    __tablename__ = "post_drawn"
    room_id: str = Column(primary_key=True)
    bank: str = Column(primary_key=True)  # "tips:seniors", "questions:seniors"
    key: str = Column(primary_key=True)  # content.Item.key
    text: str
    drawn_on: date = Column(index=True)


def history(db: Session, room: str, bank: str) -> dict[str, date]:
    """Item key -> the last day it was drawn in this room."""
    rows = db.exec(select(PostDrawn.key, PostDrawn.drawn_on).where(PostDrawn.room_id == room,
                                                                    PostDrawn.bank == bank)).all()
    return dict(rows)


def drawn(db: Session, room: str, bank: str, key: str, text: str, day: date) -> None:
    """Remember that this item was posted in this room on `day`."""
    row = db.get(PostDrawn, (room, bank, key))
    if row is None:
        row = PostDrawn(room_id=room, bank=bank, key=key, text=text, drawn_on=day)
    row.text, row.drawn_on = text, day
    db.add(row)


def drawn_on(db: Session, room: str, bank: str, day: date) -> str | None:
    """The text drawn from `bank` in this room on `day` (e.g. today's question), if any."""
    row = db.exec(select(PostDrawn.text).where(PostDrawn.room_id == room, PostDrawn.bank == bank,
                                               PostDrawn.drawn_on == day)).first()
    return row
