"""Work: the app's one connection to the store, one unit of work at a time, commits grouped.

Every event, job and outbox step is a unit of work (`async with app.work:`). Units run one at a
time on one connection inside an open transaction. Inside a unit each plugin handler gets its
own savepoint (`work.savepoint()`), so a failing handler loses only its own writes; savepoints
are sent lazily, before the first write in them, so a handler that only reads costs nothing.

The transaction is committed after `commit_every` units. Live that is 1: every unit is durable
when it ends, a unit that fails outside its handlers (the app's own bookkeeping) is rolled back
whole, and the store is never locked between units. Replay into its throw-away store groups
many units per commit (a failure there keeps the unit's bookkeeping written so far, logged),
and `close()` commits what is left.

Plugins reach the store through their own store (bot.keeping): its verbs run declared statements
here (`work.run`, `work.insert`, `work.rows`) or use a Session bound to this connection
(`work.session()`); state changed in memory is journaled in the same savepoints (bot.undo).
Writes nothing reads back at once (counters, state changes, delivery marks; declared `batched` in a
plugin's store) can be deferred (`work.defer`): batched into one `executemany` per statement, run
before anything that may read or change those rows, and, inside a handler, thrown away with it if
it fails.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from itertools import groupby
from typing import Any

from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import SQLAlchemyError

from bot.savepoints import Savepoint
from bot.statements import Compiled, Statement, Upsert
from bot.store import Store, StoreSession
from bot.store_failed import StoreFailed, outage
from bot.undo import Scope

log = logging.getLogger("qunbot.work")


def _runs(writes: list[tuple[str, Any]]) -> list[tuple[str, list]]:
    """Writes to one table, in order, as runs of the same statement: one `executemany` each."""
    return [(sql, [parameters for _, parameters in run]) for sql, run in groupby(writes, key=lambda w: w[0])]


class Work:
    """One lock, one connection, one open transaction; see the module docstring."""

    def __init__(self, store: Store, commit_every: int = 1) -> None:
        self.store, self.commit_every = store, max(1, commit_every)
        self.lock = asyncio.Lock()
        self._conn: Connection | None = None
        self._raw: Any = None
        self._cursor: Any = None
        self._sqlite = store.engine.dialect.name == "sqlite"
        self._scopes: list[Savepoint] = []  # innermost last
        self._unsent = 0  # how many of the innermost scopes have not sent their SAVEPOINT yet
        self._units = 0
        self._journal = Scope()
        self.memo: dict[Any, Any] = {}  # what callers remember of their own writes on this connection
        self._batched: dict[str, list[tuple[str, Any]]] = {}  # table -> (sql, parameters) in order (see `defer`)
        self._batched_tables: set[str] = set()  # tables with batched writes anywhere (here or in a scope)
        self._prepared: dict[int, tuple[Statement | Upsert, Compiled]] = {}  # id -> (statement kept alive, compiled)
        self.after_commit: list[Callable[[], None]] = []  # told when what was written became durable
        self.after_rollback: list[Callable[[], None]] = []  # told when what was written was thrown away
        self.failing = False  # the last unit failed in the store; the next good commit clears it

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

    def _before_write(self) -> Connection:
        """Send the SAVEPOINTs of the scopes we are in that have not sent theirs yet, outermost first."""
        conn = self._connection()
        if self._unsent:
            for scope in self._scopes[len(self._scopes) - self._unsent:]:
                self._cursor.execute(f"SAVEPOINT {scope.name}")
                scope.opened = True
            self._unsent = 0
        return conn

    # -- units ----------------------------------------------------------------------------------

    async def __aenter__(self) -> Work:
        await self.lock.acquire()
        self._journal = Scope().open()
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        try:
            store_error = exc is not None and self._is_store_error(exc)
            undone = exc_type is not None and (self.commit_every == 1 or store_error)
            self._journal.close(keep=not undone)  # state changed by a unit rolled back whole goes with it
            if store_error:
                self._recover()
                raise StoreFailed(str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
                                  outage(exc)) from exc
            if undone:
                self.rollback()  # live: the transaction holds this unit only, so it is undone whole
            self._units += 1
            if self._units >= self.commit_every:
                try:
                    self.commit()
                except Exception as error:  # the commit itself failed: start the next unit clean
                    self._recover()
                    raise StoreFailed(str(error).splitlines()[0] if str(error) else type(error).__name__,
                                      outage(error)) from error
                if self.failing:
                    self.failing = False
                    log.warning("store works again")
        finally:
            self.lock.release()

    def _is_store_error(self, exc: BaseException) -> bool:
        dbapi = self.dialect.dbapi
        return isinstance(exc, SQLAlchemyError) or (dbapi is not None and isinstance(exc, dbapi.Error))

    def _recover(self) -> None:
        """After the store failed: throw the unit away and let the connection go; the next unit opens a fresh one."""
        self.failing = True
        self._units = 0
        self._batched.clear()
        self._batched_tables = set()
        self.memo.clear()
        conn, self._conn, self._raw, self._cursor = self._conn, None, None, None
        if conn is not None:
            try:
                conn.rollback()
                conn.close()
            except Exception as exc:
                log.debug("closing a failed store connection: %r", exc)
                conn.invalidate()
        for told in self.after_rollback:
            told()

    def savepoint(self) -> Savepoint:
        """A scope inside the current unit whose writes can be undone alone (one per plugin handler)."""
        return Savepoint(self, f"sp{len(self._scopes)}")

    def commit(self) -> None:
        """Make everything done so far durable."""
        self._units = 0
        self._flush()
        if self._conn is not None:
            transaction = self._conn.get_transaction()
            if transaction is not None:
                transaction.commit()
            self._conn.begin()
        for told in self.after_commit:
            told()

    def rollback(self) -> None:
        """Throw away everything not yet committed."""
        self._units = 0
        self._batched.clear()
        self._batched_tables = set()
        self.memo.clear()
        for told in self.after_rollback:
            told()
        if self._conn is None:
            return
        transaction = self._conn.get_transaction()
        if transaction is not None:
            transaction.rollback()
        self._conn.begin()

    def close(self) -> None:
        """Commit what is left and let the connection go."""
        if self._conn is None:
            return
        self.commit()
        self._conn.close()
        self._conn = self._raw = self._cursor = None

    # -- statements and sessions ----------------------------------------------------------------

    def _compiled(self, statement: Statement | Upsert) -> Compiled:
        """The statement as this store's dialect runs it (looked up once per statement)."""
        found = self._prepared.get(id(statement))
        if found is None:
            plain = statement.statement(self.dialect.name) if isinstance(statement, Upsert) else statement
            found = self._prepared[id(statement)] = (statement, plain.compiled(self.dialect))
        return found[1]

    def run(self, statement: Statement | Upsert, **values: Any) -> Any:
        """Run a prepared statement with these values; returns the driver's cursor (rowcount, fetchone)."""
        compiled = self._compiled(statement)
        if self._batched_tables and not compiled.adds_rows_only and compiled.tables & self._batched_tables:
            self._flush(compiled.tables)
        if self._unsent or self._conn is None or (self._sqlite and not self._raw.in_transaction):
            self._before_write()
        self._cursor.execute(compiled.sql, compiled.parameters(values))
        return self._cursor

    def defer(self, statement: Statement | Upsert, **values: Any) -> None:
        """A write nothing needs to read back at once (counters, state changes, delivery marks): batched.

        The batch runs as one `executemany` per statement when the transaction commits, or sooner
        when a statement that may read or change those rows runs (anything on the same table but a
        plain INSERT) or an ORM session opens. Inside a handler's savepoint the write waits with that
        handler: thrown away if it fails, kept if it succeeds; the savepoint itself is only sent if the
        batch has to run while the handler is still going. Committing every unit (live) runs it at once.
        """
        if self.commit_every == 1:
            self.run(statement, **values)
            return
        compiled = self._compiled(statement)
        self._batched_tables |= compiled.tables
        table = min(compiled.tables)  # what a write statement changes: one table
        if self._scopes:
            self._scopes[-1].deferred.append((table, compiled.sql, compiled.parameters(values)))
        else:
            self._batched.setdefault(table, []).append((compiled.sql, compiled.parameters(values)))

    def _flush(self, tables: frozenset[str] | None = None) -> None:
        """Run the batched writes to these tables (all of them when None), in the order they were made.

        Writes to other tables wait on: no table's rows depend on another's (no foreign keys, no triggers), so a
        statement sees every write to the tables it reads (bot.statements names them, subqueries included)."""
        wanted = self._batched_tables if tables is None else self._batched_tables & tables
        if not wanted:
            return
        self._batched_tables = self._batched_tables - wanted
        if self._batched:
            batched = [run for table, writes in self._batched.items() if table in wanted for run in _runs(writes)]
            for table in wanted:
                self._batched.pop(table, None)
            if batched:
                self._connection()  # outside the savepoints not sent yet: these belong to no handler
                for sql, rows in batched:
                    self._cursor.executemany(sql, rows)
                opened = [s for s in self._scopes if s.opened]
                if opened:  # flushed inside a handler's savepoint: an undo there must put these back
                    opened[-1].carried.extend(batched)
        if any(entry[0] in wanted for scope in self._scopes for entry in scope.deferred):
            self._before_write()  # a handler's own batch runs inside its savepoint, so an undo still undoes it
            for scope in self._scopes:
                for sql, rows in _runs([entry[1:] for entry in scope.deferred if entry[0] in wanted]):
                    self._cursor.executemany(sql, rows)
                scope.deferred[:] = [entry for entry in scope.deferred if entry[0] not in wanted]

    def insert(self, statement: Statement, **values: Any) -> int:
        """Run an INSERT made with `Statement(..., new_id=Table.id)` and return the new row's id."""
        cursor = self.run(statement, **values)
        return cursor.fetchone()[0] if self._compiled(statement).results else cursor.lastrowid

    def rows(self, statement: Statement, **values: Any) -> list[tuple]:
        """Run a prepared SELECT and return its rows, each column read back as its type."""
        compiled = self._compiled(statement)
        return [compiled.row(r) for r in self.run(statement, **values).fetchall()]

    def session(self) -> StoreSession:
        """An ORM session on this connection; its commit ends a savepoint, the unit decides the real commit."""
        self._flush()
        return StoreSession(bind=self._before_write(), join_transaction_mode="create_savepoint",
                            expire_on_commit=False)
