"""Looking at a store without changing it: driver installed, reachable, migrated (for check-config and doctor)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError


@dataclass(frozen=True)
class StoreState:
    """What was found: `problem` is a catalog key (bot.terminal_text) with its values, or None when all is well."""

    problem: str | None = None
    detail: str = ""
    fresh: bool = False  # nothing there yet: the first start creates it
    behind: bool = False  # reachable, but migrations are waiting


def resolve(url: str, base_dir: Path) -> URL:
    """The URL as the bot opens it: a relative SQLite file lies beside the config."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        db = Path(parsed.database)
        parsed = parsed.set(database=str(db if db.is_absolute() else base_dir / db))
    return parsed


def driver_missing(url: str) -> str | None:
    """The name of the database driver this URL needs when it is not installed (or the URL is unusable)."""
    try:
        parsed = make_url(url)
        parsed.get_dialect().import_dbapi()
    except (ArgumentError, NoSuchModuleError, ValueError):
        return url
    except ImportError as exc:
        return exc.name or parsed.drivername
    return None


def inspect_store(url: str, base_dir: Path, timeout_s: float = 5) -> StoreState:
    """Connect (read-only in spirit: nothing is created) and compare the stamped revisions with the shipped ones."""
    if (missing := driver_missing(url)) is not None:
        return StoreState("store_driver", missing)
    parsed = resolve(url, base_dir)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database in (None, "", ":memory:"):
            return StoreState(fresh=True)
        db = Path(str(parsed.database))
        if not db.exists():
            folder = next((p for p in (db.parent, *db.parent.parents) if p.exists()), db.parent)
            ok = os.access(folder, os.W_OK)
            return StoreState(None if ok else "store_unwritable", str(folder), fresh=True)
        args: dict = {"timeout": timeout_s}
    else:
        args = {"connect_timeout": int(timeout_s)}
    engine = create_engine(parsed, connect_args=args)
    try:
        with engine.connect() as conn:
            stamped = set(MigrationContext.configure(conn).get_current_heads())
    except SQLAlchemyError as exc:
        return StoreState("store_unreachable", str(getattr(exc, "orig", None) or exc).splitlines()[0])
    finally:
        engine.dispose()
    if not stamped:
        return StoreState(fresh=True)
    return StoreState(behind=not set(_shipped_heads()) <= stamped)


def _shipped_heads() -> list[str]:
    from bot.discovery import migration_folders
    from bot.store import alembic_config
    return list(ScriptDirectory.from_config(alembic_config(migration_folders())).get_heads())
