"""What posts keep: queued items, the ledger that makes each slot post once per room, what each room was given."""
from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field as Column
from sqlmodel import SQLModel, col, select

from bot.keeping import Read, Records, query, upsert
from bot.models import Message, Room


class PostItem(SQLModel, table=True):
    """A piece of content operators queued for a schedule (`/post add morning ...`)."""

    __tablename__ = "post_items"
    id: int | None = Column(default=None, primary_key=True)
    schedule: str = Column(index=True)
    text: str
    created_at: datetime
    used_at: datetime | None = None


class PostLedger(SQLModel, table=True):
    """One row per room per schedule per slot: what makes a post happen exactly once."""

    __tablename__ = "post_ledger"
    room_id: str = Column(primary_key=True)
    schedule: str = Column(primary_key=True)
    slot: str = Column(primary_key=True)  # the local due time, "2026-11-23T07:30"
    outcome: str = "posted"  # posted | skipped


class PostDrawn(SQLModel, table=True):
    """The last day an item of a bank was posted in a room (one row per room, bank and item)."""

    __tablename__ = "post_drawn"
    room_id: str = Column(primary_key=True)
    bank: str = Column(primary_key=True)  # "tips:seniors", "questions"
    key: str = Column(primary_key=True)  # content.Item.key
    text: str
    drawn_on: date = Column(index=True)


class PostNotice(SQLModel, table=True):
    """A word to the owners that is said once only (e.g. the holiday data running out): its key and when."""

    __tablename__ = "post_notices"
    key: str = Column(primary_key=True)  # "holidays-end:2026"
    given_at: datetime


_ROOMS: Read[str] = query(lambda p: select(col(Room.id)).order_by(col(Room.id)))
_TOPIC: Read[str | None] = query(lambda p: select(col(Room.topic)).where(Room.id == p.room))
_SLOTS = query(lambda p: select(col(PostLedger.slot), col(PostLedger.schedule)).where(
    PostLedger.room_id == p.room, PostLedger.outcome == "posted", col(PostLedger.slot).startswith(p.day)),
    shape=lambda slot, schedule: (slot, schedule))
_HISTORY = query(lambda p: select(col(PostDrawn.key), col(PostDrawn.drawn_on)).where(
    PostDrawn.room_id == p.room, PostDrawn.bank == p.bank), shape=lambda key, drawn_on: (key, drawn_on))
_DRAWN = upsert(PostDrawn, key=("room_id", "bank", "key"))
_DRAWN_ON: Read[str] = query(lambda p: select(col(PostDrawn.text)).where(
    PostDrawn.room_id == p.room, PostDrawn.bank == p.bank, PostDrawn.drawn_on == p.day))
_SPOKE = query(lambda p: select(col(Message.sender), col(Message.sender_name)).where(
    Message.room_id == p.room, Message.ts >= p.since, Message.ts < p.until).order_by(col(Message.ts)),
    shape=lambda sender, sender_name: (sender, sender_name))


class Posts(Records):
    """Queued items, the rooms to post in, and the once-per-slot ledger."""

    def rooms(self) -> list[str]:
        """Every room the bot is in, by id."""
        return self.rows(_ROOMS)

    def topic(self, room: str) -> str:
        """A room's topic ("" when unknown)."""
        return self.first(_TOPIC, room=room) or ""

    def queued(self, schedule: str) -> list[PostItem]:
        """Items queued for a schedule and not used yet, oldest first."""
        return list(self.db.exec(select(PostItem).where(PostItem.schedule == schedule, col(PostItem.used_at).is_(None))
                                 .order_by(col(PostItem.id))).all())

    def queue(self, schedule: str, text: str, at: datetime) -> None:
        """Queue an item for a schedule."""
        self.db.add(PostItem(schedule=schedule, text=text, created_at=at))

    def use(self, item: PostItem, at: datetime) -> None:
        """An item was posted: it is not used again."""
        item.used_at = at
        self.db.add(item)

    def claim_slot(self, room: str, schedule: str, slot: str, outcome: str) -> bool:
        """Mark a slot done in a room (`posted` or `skipped`); False when it was done already (by any bot)."""
        return self.claim(PostLedger, room_id=room, schedule=schedule, slot=slot, outcome=outcome)

    def posted_slots(self, room: str, schedules: list[str], day: date) -> list[str]:
        """The slots ("2026-11-23T10:30") of these schedules posted in a room on `day`."""
        return [slot for slot, schedule in self.rows(_SLOTS, room=room, day=day.isoformat()) if schedule in schedules]

    def history(self, room: str, bank: str) -> dict[str, date]:
        """Item key -> the last day it was drawn from `bank` in this room."""
        return dict(self.rows(_HISTORY, room=room, bank=bank))

    def drawn(self, room: str, bank: str, key: str, text: str, day: date) -> None:
        """Remember that this item was posted in this room on `day`."""
        self.write(_DRAWN, room_id=room, bank=bank, key=key, text=text, drawn_on=day)

    def drawn_on(self, room: str, bank: str, day: date) -> str | None:
        """The text drawn from `bank` in this room on `day` (e.g. today's question), if any."""
        return self.first(_DRAWN_ON, room=room, bank=bank, day=day)

    def spoke_since(self, room: str, since: datetime, until: datetime, staff: list[str]) -> list[str]:
        """Names of members (not staff) who spoke in the room in [since, until), in the order they first spoke."""
        names: dict[str, str] = {}
        for sender, name in self.rows(_SPOKE, room=room, since=since, until=until):
            if sender not in staff and sender not in names:
                names[sender] = name or sender
        return list(names.values())

    def first_notice(self, key: str, at: datetime) -> bool:
        """True for the one caller that gives this notice first (across processes); False ever after."""
        return self.claim(PostNotice, key=key, given_at=at)
