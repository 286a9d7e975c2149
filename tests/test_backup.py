"""Backups: `qunbot backup` copies a live SQLite store; a store is copied before a migration changes it."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime

from bot.cli import main
from bot.discovery import migration_folders
from bot.models import Message
from bot.store import Store
from bot.workdir import init


def _messages(db) -> list[str]:
    with closing(sqlite3.connect(db)) as conn:  # closed here, not whenever the collector gets to it
        return [row[0] for row in conn.execute("SELECT text FROM messages")]


def test_qunbot_backup_copies_the_store_while_it_is_open(tmp_path, capsys):
    init(tmp_path)
    store = Store("sqlite:///data/qunbot.db", base_dir=tmp_path)
    store.migrate()
    with store.session() as db:  # the bot still has the store open
        db.add(Message(id="m1", ts=datetime.now(UTC), sender="u1", text="早上好"))
        db.commit()
        assert main(["backup", "--config", str(tmp_path / "config.yaml")]) == 0
    store.close()
    (copy,) = (tmp_path / "data" / "backups").glob("qunbot-*-manual.db")
    assert capsys.readouterr().out.strip() == str(copy)
    assert _messages(copy) == ["早上好"]


def test_no_store_yet_is_said_plainly(tmp_path, capsys):
    init(tmp_path)
    assert main(["backup", "--config", str(tmp_path / "config.yaml")]) == 1
    assert "nothing to back up" in capsys.readouterr().err


def test_a_store_is_copied_before_a_migration_and_not_when_fresh_or_current(tmp_path):
    url = "sqlite:///bot.db"
    store = Store(url, base_dir=tmp_path)
    store.migrate(plugin_migrations=[])  # an older release: the core's tables only
    with store.session() as db:
        db.add(Message(id="m1", ts=datetime.now(UTC), sender="u1", text="旧版本的消息"))
        db.commit()
    assert not (tmp_path / "backups").exists()  # a fresh store needs no copy
    store.migrate(plugin_migrations=migration_folders())  # the upgrade adds the plugins' tables
    (copy,) = (tmp_path / "backups").glob("qunbot-*-before-migration.db")
    assert _messages(copy) == ["旧版本的消息"]
    store.migrate()
    assert len(list((tmp_path / "backups").iterdir())) == 1  # nothing to migrate, nothing copied
    store.close()
