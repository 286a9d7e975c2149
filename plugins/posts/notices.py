"""Words to the owners that must be said once only (e.g. the holiday data running out), across processes."""
from __future__ import annotations

from datetime import datetime

from sqlmodel import Field as Column
from sqlmodel import Session, SQLModel

from bot.store import claim


class PostNotice(SQLModel, table=True):
    """One row per notice given: its key and when."""

    __tablename__ = "post_notices"
    key: str = Column(primary_key=True)  # "holidays-end:2026"
    given_at: datetime


def first_time(db: Session, key: str, now: datetime) -> bool:
    """True for the one caller that gives this notice first; False ever after."""
    return claim(db, PostNotice, key=key, given_at=now)
