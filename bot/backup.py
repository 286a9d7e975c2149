"""`qunbot backup`: a consistent copy of the store while the bot runs (SQLite's online backup, or pg_dump)."""
from __future__ import annotations

import logging
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import URL

log = logging.getLogger("qunbot.backup")


class BackupError(Exception):
    """The store could not be copied; says why and what to do."""


def default_folder(url: URL, base_dir: Path) -> Path:
    """`backups/` beside a SQLite file, else beside the config."""
    if url.get_backend_name() == "sqlite" and url.database:
        return Path(url.database).parent / "backups"
    return base_dir / "backups"


def backup(url: URL, folder: Path, reason: str = "manual") -> Path:
    """Copy the store at `url` into `folder` as one timestamped file; returns its path."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    backend = url.get_backend_name()
    folder.mkdir(parents=True, exist_ok=True)
    if backend == "sqlite":
        if not url.database or not Path(url.database).is_file():
            raise BackupError(f"no store at {url.database or 'a temporary file'} yet: nothing to back up")
        target = _unused(folder / f"qunbot-{stamp}-{reason}.db")
        source = sqlite3.connect(str(url.database))
        copy = sqlite3.connect(target)
        try:
            with copy:
                source.backup(copy)  # page by page, consistent even while the bot writes
        finally:
            copy.close()
            source.close()
    elif backend == "postgresql":
        target = _unused(folder / f"qunbot-{stamp}-{reason}.dump")
        if shutil.which("pg_dump") is None:
            raise BackupError("pg_dump not found: install the PostgreSQL client tools (e.g. apt install "
                              "postgresql-client) so the store can be backed up")
        plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
        done = subprocess.run(["pg_dump", "--format=custom", "--file", str(target), plain],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise BackupError(f"pg_dump failed: {done.stderr.strip()}")
    else:
        raise BackupError(f"no backup for {backend} stores: use the database's own tools")
    log.info("store backed up to %s (%s)", target, reason)
    return target


def _unused(path: Path) -> Path:
    """`path`, or `path` with -2, -3, … when a copy of the same second is there already (never overwrite one)."""
    n, found = 1, path
    while found.exists():
        n += 1
        found = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return found


def pending(conn, scripts: ScriptDirectory) -> bool:
    """True when the store has tables and migrations are waiting for it (a fresh store needs no backup)."""
    stamped = set(MigrationContext.configure(conn).get_current_heads())
    return bool(stamped) and not set(scripts.get_heads()) <= stamped
