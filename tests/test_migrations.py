"""The migrations build exactly the tables the models describe, and an existing store survives an upgrade."""
from __future__ import annotations

import importlib
import pkgutil

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

import plugins
from bot.store import Store


def test_the_migrations_match_every_model(tmp_path):
    for module in pkgutil.iter_modules(plugins.__path__):
        importlib.import_module(f"plugins.{module.name}")
    store = Store(f"sqlite:///{tmp_path / 'q.db'}")
    store.migrate()
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), SQLModel.metadata) == []
    store.close()


def test_migrating_again_keeps_what_is_stored(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'q.db'}")
    store.migrate()
    with store.engine.begin() as conn:
        conn.execute(text("INSERT INTO rooms (id, topic, first_seen, last_active) "
                          "VALUES ('r1', '金秋1群', '2026-11-23 00:00:00', '2026-11-23 00:00:00')"))
    store.close()
    again = Store(f"sqlite:///{tmp_path / 'q.db'}")
    again.migrate()
    with again.engine.connect() as conn:
        assert conn.execute(text("SELECT topic FROM rooms")).scalar_one() == "金秋1群"
    again.close()
