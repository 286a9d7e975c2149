"""A handler's scope of writes inside a unit of work (bot.work): undone alone when the handler fails.

Savepoints are sent lazily, before the first write in them, so a handler that only reads costs nothing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.undo import mark, undo_to

if TYPE_CHECKING:
    from bot.work import Work


class Savepoint:
    """A nested scope of writes (`with work.savepoint() as scope:`); `undo()` throws away what was written in it.

    Nothing is sent to the store until the first write inside it: most handlers only read, and
    then the savepoint costs nothing.
    """

    __slots__ = ("work", "name", "opened", "undone", "carried", "deferred", "journal")

    def __init__(self, work: Work, name: str) -> None:
        self.work, self.name = work, name
        self.opened = False  # SAVEPOINT sent
        self.undone = False
        self.carried: list[tuple[str, list]] = []  # batched writes from outside that were flushed in here
        self.deferred: list[tuple[str, str, Any]] = []  # (table, sql, parameters) batched here (see Work.defer)
        self.journal = 0  # where the unit's journal of in-memory changes stood when this began (bot.undo)

    def undo(self) -> None:
        """Roll the store and the journaled state back to where this scope began (outside batched writes are kept)."""
        self.deferred.clear()
        undo_to(self.journal)
        if self.opened and not self.undone:
            self.work._exec(f"ROLLBACK TO SAVEPOINT {self.name}")
            for sql, rows in self.carried:
                self.work._cursor.executemany(sql, rows)
        self.undone = True

    def __enter__(self) -> Savepoint:
        self.work._scopes.append(self)
        self.work._unsent += 1
        self.journal = mark()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        work = self.work
        if exc_type is not None:
            self.undo()
        work._scopes.pop()
        if self.deferred:  # kept: they now belong to the enclosing scope, or to the unit
            if work._scopes:
                work._scopes[-1].deferred.extend(self.deferred)
            else:
                for entry in self.deferred:
                    work._batched.setdefault(entry[0], []).append(entry[1:])
        if self.opened:
            work._exec(f"RELEASE SAVEPOINT {self.name}")
            if self.carried and work._scopes:
                work._scopes[-1].carried.extend(self.carried)  # now inside the enclosing savepoint
        else:
            work._unsent -= 1
