"""A unit of work the store refused (bot.work): whether the store itself failed or the data written was refused."""
from __future__ import annotations

from sqlalchemy.exc import OperationalError


class StoreFailed(Exception):
    """The store refused a unit of work (a full disk, a read-only folder, a lock held elsewhere): it was undone.

    `outage` is true when the store itself could not work (the driver's OperationalError: disk full, read-only,
    locked, connection lost): the same unit would pass once the store is back. Otherwise the unit's own data was
    refused (a constraint, a bad value) and trying it again cannot help."""

    def __init__(self, message: str, outage: bool = False) -> None:
        super().__init__(message)
        self.outage = outage


def outage(exc: BaseException) -> bool:
    """Whether a store error is the store's condition rather than the data written (see StoreFailed)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OperationalError) or type(seen).__name__ == "OperationalError":
            return True  # SQLAlchemy's wrapper, sqlite3's and psycopg's own class all carry this name
        seen = seen.__cause__ or seen.__context__
    return False
