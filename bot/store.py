"""The one SQLModel store: engine, session factory, and migrations applied at start-up."""
from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.script import ScriptDirectory
from sqlalchemy import CursorResult, Executable, event, text
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

from bot.backup import backup, default_folder, pending
from bot.discovery import migration_folders
from bot.migrations.linear_chain import join_branches
from bot.store_guard import ProcessLock, check_file

log = logging.getLogger("qunbot.store")
MIGRATIONS = Path(__file__).parent / "migrations"
CORE_VERSIONS = MIGRATIONS / "versions"  # the core's branch, `core`; each plugin's is in its own migrations/


def alembic_config(plugin_migrations: Iterable[Path]) -> AlembicConfig:
    """Alembic's settings: our environment, the core's branch and these plugins' branches."""
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("path_separator", "os")
    locations = [str(CORE_VERSIONS), *(str(p) for p in plugin_migrations)]
    cfg.set_main_option("version_locations", os.pathsep.join(locations).replace("%", "%%"))
    return cfg


MIGRATION_LOCK = 0x716E62  # PostgreSQL advisory lock key ("qnb") held while migrating
THROWAWAY = "sqlite://"  # a store in a temporary file, deleted on close (replay, sandbox)


def _sqlite_pragmas(durable: bool):
    def apply(dbapi_conn, _record) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA synchronous={'NORMAL' if durable else 'OFF'}")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()
    return apply


class StoreSession(Session):
    """The store's ORM session (`ctx.db`); made by the unit of work on its connection (bot.work)."""


class Store:
    """Engine and sessions over a SQLite (WAL mode, the default) or PostgreSQL (psycopg 3) URL."""

    def __init__(self, url: str, base_dir: Path | None = None, *, lock: bool = True) -> None:
        """`lock`: the one bot process on this SQLite file (tools that only read or copy it pass False)."""
        parsed = make_url(url)
        kwargs: dict = {}
        self._tmp: tempfile.TemporaryDirectory | None = None
        self._lock: ProcessLock | None = None
        durable = True
        if parsed.get_backend_name() == "sqlite":
            kwargs["connect_args"] = {"check_same_thread": False}
            if parsed.database in (None, "", ":memory:"):
                self._tmp = tempfile.TemporaryDirectory(prefix="qunbot-")
                db, durable = Path(self._tmp.name) / "throwaway.db", False
            else:
                db = Path(parsed.database)
                if not db.is_absolute() and base_dir is not None:
                    db = base_dir / db
                db.parent.mkdir(parents=True, exist_ok=True)
                check_file(db)
                self._lock = ProcessLock(db) if lock else None
            parsed = parsed.set(database=str(db))
        elif parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3: `pip install qunbot[postgres]`
        # PostgreSQL takes several processes by design (leases and claims in the store keep work once),
        # so only a SQLite file gets the one-process lock
        self.url = parsed
        self.alone = parsed.get_backend_name() == "sqlite"  # one process only (its lock): no account to share with
        self.throwaway = self._tmp is not None  # deleted on close: nothing in it outlives the process
        self.backups = default_folder(parsed, base_dir or Path.cwd())  # where `qunbot backup` and migrations copy it
        self.engine: Engine = create_engine(parsed, **kwargs)
        if parsed.get_backend_name() == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas(durable))

    def migrate(self, plugin_migrations: Iterable[Path] | None = None) -> None:
        """Bring the core's and the plugins' branches to their newest versions; never drops what is there.

        `plugin_migrations` are the plugins' migrations folders (default: those of every installed plugin).
        """
        folders = migration_folders() if plugin_migrations is None else list(plugin_migrations)
        cfg = alembic_config(folders)
        with self._migrating():
            self._migrate(cfg)

    @contextmanager
    def _migrating(self) -> Iterator[None]:
        """On PostgreSQL, one process at a time migrates (several accounts start together on one store)."""
        if self.url.get_backend_name() != "postgresql":
            yield
            return
        with self.engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
                conn.commit()

    def _migrate(self, cfg: AlembicConfig) -> None:
        if self._tmp is None:  # a kept store is copied before anything changes it
            with self.engine.connect() as conn:
                behind = pending(conn, ScriptDirectory.from_config(cfg))
            if behind:
                backup(self.url, self.backups, "before-migration")
        with self.engine.begin() as conn:
            join_branches(conn)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")

    def session(self) -> StoreSession:
        """A session on a connection of its own, for reading the store from outside the bot (tests, tools).

        The bot itself works through `bot.work.Work`, on one connection.
        """
        return StoreSession(self.engine, expire_on_commit=False)

    def close(self) -> None:
        """Release connections (and delete a throw-away store)."""
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None


def claim(db: Session, model: type, **key_and_values) -> bool:
    """Insert a row unless its key exists; True only for the one caller that inserted it (atomic across processes)."""
    backend = db.get_bind().dialect.name
    if backend == "sqlite":
        stmt: Executable = sqlite_insert(model).values(**key_and_values).on_conflict_do_nothing()
    elif backend == "postgresql":
        stmt = postgresql_insert(model).values(**key_and_values).on_conflict_do_nothing()
    else:
        raise NotImplementedError(f"claim() needs SQLite or PostgreSQL, not {backend}")
    result = db.execute(stmt, execution_options={"preserve_rowcount": True})  # an INSERT's rowcount is kept only so
    return isinstance(result, CursorResult) and result.rowcount == 1
