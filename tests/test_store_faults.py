"""The store survives its own errors: a failed commit is undone, the owners are told, the next event is handled."""
from __future__ import annotations

import logging
import os
import sqlite3
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
async def test_a_full_disk_holds_the_events_and_handles_them_in_order_once_space_is_back(make_bot, caplog):
    bot = make_bot(PLUGINS_ON, ALL)
    app = await bot.start()
    await bot.send_message("第一条")
    app.work._connection()
    disk = app.work._raw  # the store's one connection (kept in the pool): the file may not grow, a full disk
    pages = disk.execute("PRAGMA page_count").fetchone()[0]
    disk.execute(f"PRAGMA max_page_count={pages}")
    with caplog.at_level(logging.WARNING):
        await bot.send_message("很长的消息" * 5000)
        await bot.send_message("第三条")  # held behind the first, not tried before it
        await bot.wait(seconds=5)  # tried again, still full
        assert bot.texts("echo") == ["收到：第一条"] and len(app.held) == 2
        disk.execute("PRAGMA max_page_count=1073741823")  # space is freed
        await bot.wait(seconds=3)  # the held events are handled by themselves, in order
    await bot.settle()
    echoed = bot.texts("echo")
    assert len(echoed) == 3 and echoed[0] == "收到：第一条" and echoed[2] == "收到：第三条"
    assert [a.to for a in bot.sent if a.plugin == "system"] == ["boss"]
    assert "先记着" in next(a.text for a in bot.sent if a.plugin == "system")
    assert any("store is back: 2 events held" in r.getMessage() for r in caplog.records)


@sqlite_only("a write lock on the SQLite file held by another connection")
async def test_a_store_locked_elsewhere_holds_the_events_and_handling_resumes_by_itself(make_bot, caplog):
    bot = make_bot(PLUGINS_ON, ALL)
    app = await bot.start()
    await bot.send_message("锁之前")
    other = sqlite3.connect(app.store.engine.url.database, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program writing: the bot waits its busy timeout, then gives up
    try:
        with caplog.at_level(logging.WARNING):
            await bot.send_message("锁住时一")
            await bot.send_message("锁住时二")
            await bot.send_message("锁住时三")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert bot.texts("echo") == ["收到：锁之前"] and len(app.held) == 3
    await bot.wait(seconds=3)  # nothing to do by hand: the retry finds the store free again
    await bot.settle()
    assert bot.texts("echo") == ["收到：锁之前", "收到：锁住时一", "收到：锁住时二", "收到：锁住时三"]
    with app.store.session() as db:
        kept = db.execute(text("SELECT text FROM messages ORDER BY rowid")).scalars().all()
    assert kept == ["锁之前", "锁住时一", "锁住时二", "锁住时三"]
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR and r.name == "qunbot.app"]
    assert len(errors) == 1 and "locked" in errors[0].getMessage() and "held" in errors[0].getMessage()
    alerts = [a for a in bot.sent if a.plugin == "system"]
    assert len(alerts) == 1 and alerts[0].to == "boss" and "按顺序" in alerts[0].text


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
