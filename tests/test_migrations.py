"""Migrations: each branch builds exactly its tables, and a store made by the old linear chain upgrades intact."""
from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config as AlembicConfig
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from bot import discovery
from bot.migrations.linear_chain import LINEAR_CHAIN
from bot.store import MIGRATIONS, Store
from bot.testing import on_postgres, store_url

CHAIN_0005 = Path(__file__).parent / "data" / "chain_0005"  # the migrations as they were, frozen
CORE_TABLES = {"actions", "console_links", "event_claims", "members", "messages", "room_changes", "room_leases",
               "rooms", "scheduled_jobs"}
BRANCH_HEADS = {"core_0007", "welcome_0001", "posts_0002", "faq_0002", "moderation_0002", "nudge_0003",
                "members_0002", "activities_0003"}


def _every_model() -> None:
    for name in discovery.installed():
        discovery.find_plugin(name)


old_chain_only = pytest.mark.skipif(
    on_postgres(), reason="stores on the old linear chain were only ever SQLite files: PostgreSQL came after it")


def _tables(store: Store) -> set[str]:
    with store.engine.connect() as conn:
        return set(inspect(conn).get_table_names()) - {"alembic_version"}


def _stamped(store: Store) -> set[str]:
    with store.engine.connect() as conn:
        return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}


def _old_store(path: Path, revision: str) -> Store:
    """A store built by the linear chain of before (0001..0005 in bot/migrations/versions), up to `revision`."""
    store = Store(f"sqlite:///{path}")
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("version_locations", str(CHAIN_0005))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return store


def test_the_migrations_match_every_model(tmp_path):
    _every_model()
    store = Store(store_url(tmp_path))
    store.migrate()
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), SQLModel.metadata) == []
    assert _stamped(store) == BRANCH_HEADS
    store.close()


def test_the_core_branch_holds_only_core_tables(tmp_path):
    store = Store(store_url(tmp_path))
    store.migrate(plugin_migrations=[])
    assert _tables(store) == CORE_TABLES
    store.close()


def test_each_shipped_plugin_with_tables_brings_its_own_branch():
    folders = {p.parent.name: p for p in discovery.migration_folders()}
    assert set(folders) == {"activities", "faq", "members", "moderation", "nudge", "posts", "welcome"}
    for name, folder in folders.items():
        names = sorted(p.name for p in folder.glob("*.py"))
        assert names[0] == f"{name}_0001_tables.py" and all(n.startswith(f"{name}_") for n in names)


def test_migrating_again_keeps_what_is_stored(tmp_path):
    store = Store(store_url(tmp_path))
    store.migrate()
    with store.engine.begin() as conn:
        conn.execute(text("INSERT INTO rooms (id, topic, first_seen, last_active) "
                          "VALUES ('r1', '金秋1群', '2026-11-23 00:00:00', '2026-11-23 00:00:00')"))
    store.close()
    again = Store(store_url(tmp_path))
    again.migrate()
    with again.engine.connect() as conn:
        assert conn.execute(text("SELECT topic FROM rooms")).scalar_one() == "金秋1群"
    again.close()


@old_chain_only
def test_a_store_on_the_old_linear_chain_upgrades_with_nothing_lost(tmp_path):
    old = _old_store(tmp_path / "q.db", "0005")  # SQLite, like every store of that time
    assert _stamped(old) == {"0005"}
    with old.engine.begin() as conn:
        conn.execute(text("INSERT INTO rooms (id, topic, first_seen, last_active) "
                          "VALUES ('r1', '金秋1群', '2026-11-23 00:00:00', '2026-11-23 00:00:00')"))
        conn.execute(text("INSERT INTO welcome_newcomers (room_id, contact_id, name, joined_at, pending) "
                          "VALUES ('r1', 'u1', '李叔', '2026-11-23 01:00:00', 0)"))
        conn.execute(text("INSERT INTO faq_hidden (id, hidden_at) VALUES ('price', '2026-11-23 02:00:00')"))
        conn.execute(text("INSERT INTO post_ledger (room_id, schedule, slot, outcome) "
                          "VALUES ('r1', 'morning', '2026-11-23', 'posted')"))
    old.close()
    _every_model()
    store = Store(f"sqlite:///{tmp_path / 'q.db'}")
    store.migrate()
    assert _stamped(store) == BRANCH_HEADS
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT topic FROM rooms")).scalar_one() == "金秋1群"
        assert conn.execute(text("SELECT name FROM welcome_newcomers")).scalar_one() == "李叔"
        assert conn.execute(text("SELECT id FROM faq_hidden")).scalar_one() == "price"
        assert conn.execute(text("SELECT outcome FROM post_ledger")).scalar_one() == "posted"
        assert compare_metadata(MigrationContext.configure(conn), SQLModel.metadata) == []
    store.close()


@old_chain_only
@pytest.mark.parametrize("revision", sorted(LINEAR_CHAIN))
def test_a_store_stopped_anywhere_on_the_old_chain_gets_the_missing_tables(tmp_path, revision):
    old = _old_store(tmp_path / "q.db", revision)
    before = _tables(old)
    old.close()
    store = Store(f"sqlite:///{tmp_path / 'q.db'}")
    store.migrate()
    assert before <= _tables(store) and _stamped(store) == BRANCH_HEADS
    assert "nudge_pending" in _tables(store)
    store.close()
