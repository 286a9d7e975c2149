"""What posts keep: items queued for a schedule, and the ledger that makes each slot post once per room."""
from __future__ import annotations

from datetime import datetime

from sqlmodel import Field as Column
from sqlmodel import SQLModel, col, select

from bot.keeping import Records
from bot.models import Room


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


class Posts(Records):
    """Queued items, the rooms to post in, and the once-per-slot ledger."""

    def rooms(self) -> list[str]:
        """Every room the bot is in, by id."""
        return [r.id for r in self.db.exec(select(Room).order_by(col(Room.id))).all()]

    def topic(self, room: str) -> str:
        """A room's topic ("" when unknown)."""
        found = self.db.get(Room, room)
        return (found.topic or "") if found else ""

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
