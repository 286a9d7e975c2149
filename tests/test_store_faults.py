"""The store survives its own errors: a failed commit is undone, the owners are told, the next event is handled."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event as sa_event
from sqlalchemy import text

from bot.context import Context
from bot.events import Event, MessageReceived
from bot.keeping import Records
from bot.plugin import Plugin
from bot.store_guard import StoreRefused
from bot.testing import BASE_CONFIG, on_postgres
from tests.probe_plugins import ALL, PLUGINS_ON

ROOT = Path(__file__).resolve().parent.parent


def sqlite_only(why: str) -> pytest.MarkDecorator:
    """Skip under QUNBOT_TEST_STORE_URL (PostgreSQL), saying why the test is about SQLite."""
    return pytest.mark.skipif(on_postgres(), reason=f"SQLite only: {why}")


bomb = Plugin(name="bomb", description="writes a row that the store refuses at commit")


def says_boom(ctx: Context, event: Event) -> bool:
    """The message is 炸."""
    return isinstance(event, MessageReceived) and event.text == "炸"


@bomb.on(MessageReceived, says_boom)
async def explode(ctx: Context, event: MessageReceived) -> None:
    """A row whose deferred foreign key fails only when the transaction commits."""
    ctx.records(Records).db.execute(text("INSERT INTO boom (parent) VALUES (42)"))


PLUGINS = {**ALL, "bomb": bomb}


def _foreign_keys_on(dbapi_conn, _record) -> None:
    dbapi_conn.execute("PRAGMA foreign_keys=ON")


async def test_a_commit_that_fails_is_undone_and_the_next_event_is_handled(make_bot, caplog):
    bot = make_bot(PLUGINS_ON + "  bomb: {}\n", PLUGINS)
    app = await bot.start()
    app.work.close()
    with app.store.engine.begin() as db:
        db.execute(text("CREATE TABLE parent (id INTEGER PRIMARY KEY)"))
        db.execute(text("CREATE TABLE boom (parent INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)"))
    if app.store.engine.dialect.name == "sqlite":
        sa_event.listen(app.store.engine, "connect", _foreign_keys_on)
        app.store.engine.dispose()
    with caplog.at_level(logging.WARNING):
        await bot.send_message("炸")
        await bot.send_message("炸")
    await bot.send_message("还在吗")
    await bot.settle()
    assert "收到：还在吗" in bot.texts() and "收到：炸" not in bot.texts()
    alerts = [a for a in bot.sent if a.to == "boss"]
    assert len(alerts) == 1 and "foreign key" in alerts[0].text.lower()
    errors = [r for r in caplog.records if r.levelno == logging.ERROR and r.name == "qunbot.app"]
    assert len(errors) == 1 and "store failed" in errors[0].getMessage()
    with app.store.session() as db:
        kept = db.execute(text("SELECT text FROM messages ORDER BY ts")).scalars().all()
    assert kept == ["还在吗"]


@sqlite_only("fills the disk with SQLite's max_page_count")
async def test_a_full_disk_loses_the_one_event_and_handling_resumes(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    app = await bot.start()
    await bot.send_message("第一条")
    app.work._connection()
    pages = app.work._raw.execute("PRAGMA page_count").fetchone()[0]
    app.work._raw.execute(f"PRAGMA max_page_count={pages}")  # this connection may not grow the file: a full disk
    await bot.send_message("很长的消息" * 5000)
    await bot.send_message("第三条")  # a fresh connection: the space is back
    await bot.settle()
    assert bot.texts("echo") == ["收到：第一条", "收到：第三条"]
    assert [a.to for a in bot.sent if a.plugin == "system"] == ["boss"]


@sqlite_only("several processes on one PostgreSQL store are meant to work (test_posts runs two)")
async def test_a_second_bot_on_the_same_sqlite_store_is_refused_until_the_first_stops(make_bot):
    first = make_bot(PLUGINS_ON, ALL)
    await first.start()
    second = make_bot("", ALL)
    with pytest.raises(StoreRefused, match=rf"in use by another qunbot process \(pid {os.getpid()}\).*PostgreSQL"):
        await second.start()
    await first.stop()
    await second.start()


@sqlite_only("about the SQLite file itself")
@pytest.mark.parametrize("content, why", [(b"", "is empty"), (b"garbage" * 100, "not a SQLite database")])
def test_an_empty_or_damaged_store_file_is_refused_not_recreated(tmp_path, content, why):
    (tmp_path / "config.yaml").write_text(BASE_CONFIG, encoding="utf-8")
    (tmp_path / "bot.db").write_bytes(content)
    env = {**os.environ, "QUNBOT_ADAPTER": "wechaty", "WECHATY_PUPPET_SERVICE_ENDPOINT": "127.0.0.1:9",
           "WECHATY_PUPPET_SERVICE_TOKEN": "t"}
    done = subprocess.run([sys.executable, "-m", "bot", "run", "--config", str(tmp_path / "config.yaml")],
                          capture_output=True, text=True, timeout=60, cwd=ROOT, env=env)
    assert done.returncode == 2 and why in done.stderr and "backup" in done.stderr
    assert (tmp_path / "bot.db").read_bytes() == content
