"""Work: the app's one connection to the store, one unit of work at a time, commits grouped.

Every event, job and outbox step is a unit of work (`async with app.work:`). Units run one at a
time on one connection inside an open transaction. A unit is a savepoint: when it fails, its
writes are undone and earlier units stay. Inside a unit each plugin handler gets its own savepoint
(`work.savepoint()`), so a failing handler loses only its own writes.

The transaction is committed after `commit_every` units. Live that is 1: every unit is durable
when it ends and the store is never locked between units. Replay into its throw-away store
groups many units per commit, and `close()` commits what is left.

Handlers reach the store through a Session bound to this connection (`work.session()`, which
`ctx.db` uses) or, for writes on every message, through prepared `Statement`s (`work.run`).
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.engine import Connection, Dialect

from bot.statements import Statement
from bot.store import Store, StoreSession

log = logging.getLogger("qunbot.work")


class Savepoint:
    """A nested scope of writes; `undo()` throws away what was written in it."""

    def __init__(self, work: Work, name: str) -> None:
        self.work, self.name, self.undone = work, name, False

    def undo(self) -> None:
        """Roll the store back to where this scope began."""
        if not self.undone:
            self.work._exec(f"ROLLBACK TO SAVEPOINT {self.name}")
            self.undone = True


class Work:
    """One lock, one connection, one open transaction; see the module docstring."""

    def __init__(self, store: Store, commit_every: int = 1) -> None:
        self.store, self.commit_every = store, max(1, commit_every)
        self.lock = asyncio.Lock()
        self._conn: Connection | None = None
        self._raw: Any = None
        self._cursor: Any = None
        self._sqlite = store.engine.dialect.name == "sqlite"
        self._depth = 0
        self._units = 0
        self.commits = 0

    @property
    def dialect(self) -> Dialect:
        """The store's SQL dialect."""
        return self.store.engine.dialect

    def _connection(self) -> Connection:
        if self._conn is None:
            self._conn = self.store.engine.connect()
            self._conn.begin()
            self._raw = self._conn.connection.driver_connection
            self._cursor = self._raw.cursor()
        if self._sqlite and not self._raw.in_transaction:
            # pysqlite begins only before DML; a SAVEPOINT outside a transaction would commit on release
            self._cursor.execute("BEGIN")
        return self._conn

    def _exec(self, sql: str) -> None:
        self._connection()
        self._cursor.execute(sql)

    # -- units ----------------------------------------------------------------------------------

    async def __aenter__(self) -> Work:
        await self.lock.acquire()
        try:
            self._exec("SAVEPOINT unit")
        except BaseException:
            self.lock.release()
            raise
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is not None:
                self._exec("ROLLBACK TO SAVEPOINT unit")
            self._exec("RELEASE SAVEPOINT unit")
            self._units += 1
            if self._units >= self.commit_every:
                self.commit()
        finally:
            self.lock.release()

    @contextmanager
    def savepoint(self) -> Iterator[Savepoint]:
        """A scope inside the current unit whose writes can be undone alone (one per plugin handler)."""
        name = f"sp{self._depth}"
        self._depth += 1
        self._exec(f"SAVEPOINT {name}")
        scope = Savepoint(self, name)
        try:
            yield scope
        except BaseException:
            scope.undo()
            raise
        finally:
            self._depth -= 1
            self._exec(f"RELEASE SAVEPOINT {name}")

    def commit(self) -> None:
        """Make everything done so far durable."""
        self._units = 0
        if self._conn is None:
            return
        transaction = self._conn.get_transaction()
        if transaction is not None:
            transaction.commit()
        self.commits += 1
        self._conn.begin()

    def close(self) -> None:
        """Commit what is left and let the connection go."""
        if self._conn is None:
            return
        self.commit()
        self._conn.close()
        self._conn = self._raw = self._cursor = None

    # -- statements and sessions ----------------------------------------------------------------

    def run(self, statement: Statement, **values: Any) -> Any:
        """Run a prepared statement with these values; returns the driver's cursor (rowcount, fetchone)."""
        compiled = statement.compiled(self.dialect)
        self._connection()
        self._cursor.execute(compiled.sql, compiled.parameters(values))
        return self._cursor

    def session(self) -> StoreSession:
        """An ORM session on this connection; its commit ends a savepoint, the unit decides the real commit."""
        return StoreSession(bind=self._connection(), join_transaction_mode="create_savepoint",
                            expire_on_commit=False)
