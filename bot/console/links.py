"""Used sign-in links, kept in the store: a link works once, also across a restart, and is forgotten when it expires."""
from __future__ import annotations

from typing import Any

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import col

from bot.keeping import Records
from bot.models import ConsoleLink


class UsedLinks(Records):
    """The nonces of the links already used."""

    def spend(self, nonce: str, contact: str, expires: float, now: float) -> bool:
        """Mark a link used; False when it was used before. Links past their time are forgotten here."""
        self.db.execute(delete(ConsoleLink).where(col(ConsoleLink.expires_at) < now))
        make: Any = {"sqlite": sqlite_insert, "postgresql": postgresql_insert}[self.db.connection().dialect.name]
        added = self.db.execute(make(ConsoleLink).values(nonce=nonce, contact_id=contact, expires_at=expires)
                                .on_conflict_do_nothing(index_elements=["nonce"]).returning(ConsoleLink.nonce))
        return added.first() is not None  # a row comes back only when it was new
