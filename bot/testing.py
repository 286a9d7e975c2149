"""The test kit for plugins: a bot on the memory adapter and a virtual clock, events to send, records of what it sent.

Load it with `pytest_plugins = ["bot.testing"]` in a conftest; the `make_bot` fixture then builds bots:

    async def test_thanks_gets_an_answer(make_bot):
        bot = make_bot("plugins:\\n  thanks: {}\\n", thanks.plugin)
        await bot.start()
        await bot.send_message("谢谢大家", name="李叔")
        await bot.settle()
        assert bot.sent.by_plugin("thanks").texts() == ["不客气，李叔！"]
"""
from __future__ import annotations

import itertools
import os
import textwrap
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from bot.adapters.memory import MemoryAdapter
from bot.app import App, find_plugin
from bot.driver import ClockDriver
from bot.events import Event, MessageReceived
from bot.plugin import Plugin
from bot.sample_events import NINE_AM, TZ, command, image, join, leave, link, message, mini_program, private, voice
from bot.sent import Sent, SentLog

__all__ = ["BASE_CONFIG", "NINE_AM", "STORE_URL_ENV", "TZ", "BotMaker", "Sent", "SentLog", "TestBot", "command",
           "image", "join", "leave", "link", "make_bot", "message", "mini_program", "on_postgres", "private",
           "store_url", "voice"]

BASE_CONFIG = """
bot:
  timezone: Asia/Shanghai
  owners: [boss]
  operators: [op1]
  vips: [vip1]
store:
  url: sqlite:///bot.db
"""

STORE_URL_ENV = "QUNBOT_TEST_STORE_URL"  # a PostgreSQL database: every test folder gets a schema of its own in it


class TestStores:
    """Stores on the server named by QUNBOT_TEST_STORE_URL: one schema per test folder, dropped when the test ends."""

    __test__ = False
    _numbers = itertools.count(1)

    def __init__(self, server: str) -> None:
        self.server = make_url(server)
        if self.server.drivername == "postgresql":
            self.server = self.server.set(drivername="postgresql+psycopg")
        self.schemas: dict[Path, str] = {}
        self._admin: Any = None

    def _execute(self, sql: str) -> None:
        if self._admin is None:
            import psycopg
            plain = self.server.set(drivername="postgresql").render_as_string(hide_password=False)
            self._admin = psycopg.connect(plain, autocommit=True)
        self._admin.execute(sql)

    def url(self, folder: Path) -> str:
        """The store of the bots in this folder (made on first use; a restart finds the same one)."""
        schema = self.schemas.get(folder)
        if schema is None:
            schema = self.schemas[folder] = f"t{os.getpid()}_{next(self._numbers)}"
            self._execute(f"CREATE SCHEMA {schema}")
        # search_path puts every table in the schema; application_name finds the connections left open
        url = self.server.update_query_dict({"options": f"-csearch_path={schema}", "application_name": schema})
        return url.render_as_string(hide_password=False)

    def drop(self) -> None:
        """Drop every schema made, first ending connections a test left open (a bot that was never stopped)."""
        for schema in self.schemas.values():
            self._execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{schema}'")
            self._execute(f"DROP SCHEMA {schema} CASCADE")
        self.schemas.clear()
        if self._admin is not None:
            self._admin.close()
            self._admin = None


_stores: TestStores | None = None


def on_postgres() -> bool:
    """The tests run against PostgreSQL (QUNBOT_TEST_STORE_URL is set)."""
    return bool(os.environ.get(STORE_URL_ENV))


stores_asked = 0  # stores asked for so far (store_url, a TestBot's config): what a PostgreSQL run would make there


def store_url(folder: Path) -> str:
    """The store URL for bots in `folder`: `sqlite:///bot.db` there, or under QUNBOT_TEST_STORE_URL a fresh schema
    of that PostgreSQL database, one per folder, dropped after the test."""
    global stores_asked
    stores_asked += 1
    if _stores is None:
        return f"sqlite:///{folder / 'bot.db'}"
    return _stores.url(folder)


@pytest.fixture(autouse=True)
def _store_per_test() -> Iterator[None]:
    """Under QUNBOT_TEST_STORE_URL, stores made during a test are schemas of that database, dropped after it."""
    global _stores
    server = os.environ.get(STORE_URL_ENV)
    if not server:
        yield
        return
    _stores = TestStores(server)
    try:
        yield
    finally:
        stores, _stores = _stores, None
        stores.drop()

SCRIPTS = "test_scripts"  # a test's own scripts, over the shipped ones (bot.scripts_override)
Plugins = Mapping[str, Plugin] | Iterable[Plugin]


class TestBot:
    """One bot in a folder of its own: its config, a store that survives restarts, and what it sent."""

    __test__ = False  # not a test class, whatever its name

    def __init__(self, folder: Path, config: str = "", plugins: Plugins = (), start: datetime = NINE_AM,
                 scripts: Mapping[str, str] | None = None) -> None:
        self.folder, self.begin = folder, start
        self.plugins = dict(plugins) if isinstance(plugins, Mapping) else {p.name: p for p in plugins}
        self.config_path = folder / "config.yaml"
        self.scripts = dict(scripts or {})
        for name, text in self.scripts.items():
            (folder / SCRIPTS / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / SCRIPTS / name).write_text(text, encoding="utf-8")
        if not self.config_path.exists():
            self.write_config(config)
        self.adapter = MemoryAdapter()
        self._app: App | None = None
        self._driver: ClockDriver | None = None
        self._forgotten = 0  # how many delivered actions `forget_sent` has put behind `sent`

    # -- the bot's life ------------------------------------------------------------------------

    def write_config(self, extra: str) -> None:
        """Write config.yaml: the base sections (owner boss, operator op1, VIP vip1) plus `extra` (YAML)."""
        global stores_asked
        stores_asked += 1
        base = textwrap.dedent(BASE_CONFIG)
        if on_postgres():
            base = base.replace("sqlite:///bot.db", f"'{store_url(self.folder)}'")
        if self.scripts:
            base = base.replace("\nbot:\n", f"\nbot:\n  scripts_override: {SCRIPTS}\n", 1)
        self.config_path.write_text(base + textwrap.dedent(extra), encoding="utf-8")

    def find(self, name: str) -> Plugin | None:
        """The plugins under test first, then those installed."""
        return self.plugins.get(name) or find_plugin(name)

    async def start(self, at: datetime | None = None) -> App:
        """Start (or restart) the bot on the same folder and store, on a virtual clock at `at`."""
        self._app = App(self.config_path, self.adapter, start=at or self.begin, seed=7, find=self.find)
        self._driver = ClockDriver(self._app)
        await self._app.start()
        return self._app

    async def stop(self) -> None:
        """Stop the bot, as a process exit would."""
        await self.app.stop()

    @property
    def app(self) -> App:
        """The running app (after `start`)."""
        assert self._app is not None, "start the bot first: await bot.start()"
        return self._app

    @property
    def clock(self) -> ClockDriver:
        """The clock driver: `advance`, `advance_to`, `run_until`, `drain`."""
        assert self._driver is not None, "start the bot first: await bot.start()"
        return self._driver

    @property
    def now(self) -> datetime:
        """The bot's virtual time."""
        return self.clock.now()

    # -- time ----------------------------------------------------------------------------------

    async def wait(self, **delta: float) -> None:
        """Let virtual time pass (timedelta keywords: `await bot.wait(minutes=3)`); due timers run."""
        await self.clock.advance(timedelta(**delta))

    async def settle(self) -> None:
        """Let the clock run until every queued reply has gone out (at most two minutes)."""
        await self.clock.drain()

    # -- events in -----------------------------------------------------------------------------

    async def send(self, event: Event) -> Event:
        """Deliver an event at its time and let what is due by then go out."""
        await self.clock.feed(event)
        return event

    async def _at_now(self, make: Callable[..., Event], *args: Any, **kw: Any) -> Any:
        return await self.send(make(*args, ts=self.now, **kw))

    async def send_message(self, text: str, **kw: Any) -> MessageReceived:
        """A member's text message in room r1 now (sender u1 张姐 unless told)."""
        return await self._at_now(message, text, **kw)

    async def send_private(self, text: str, **kw: Any) -> MessageReceived:
        """A private message to the bot now."""
        return await self._at_now(private, text, **kw)

    async def send_command(self, text: str, sender: str = "boss", **kw: Any) -> MessageReceived:
        """A slash-command typed now, by the owner unless told (`/help`, `/faq list`)."""
        return await self._at_now(command, text, sender=sender, **kw)

    async def send_image(self, **kw: Any) -> MessageReceived:
        """A photo posted now."""
        return await self._at_now(image, **kw)

    async def send_voice(self, text: str, **kw: Any) -> MessageReceived:
        """A voice message now, with the text WeChat transcribed."""
        return await self._at_now(voice, text, **kw)

    async def send_link(self, url: str, title: str = "", **kw: Any) -> MessageReceived:
        """A shared link now."""
        return await self._at_now(link, url, title, **kw)

    async def send_mini_program(self, title: str, **kw: Any) -> MessageReceived:
        """A shared mini program now."""
        return await self._at_now(mini_program, title, **kw)

    async def send_join(self, *people: tuple[str, str], room: str = "r1") -> Event:
        """People (id, name) joining the room now."""
        return await self._at_now(join, *people, room=room)

    async def send_leave(self, *people: tuple[str, str], room: str = "r1") -> Event:
        """People (id, name) leaving the room now."""
        return await self._at_now(leave, *people, room=room)

    # -- what came out -------------------------------------------------------------------------

    @property
    def sent(self) -> SentLog:
        """Everything delivered so far (since `forget_sent`), oldest first."""
        return SentLog(Sent.of(a) for a in self.adapter.delivered[self._forgotten:])

    def forget_sent(self) -> None:
        """Start `sent` afresh: what was delivered until now no longer shows (the bot's action log keeps it)."""
        self._forgotten = len(self.adapter.delivered)

    def texts(self, plugin: str | None = None) -> list[str]:
        """Texts delivered (by one plugin)."""
        return (self.sent if plugin is None else self.sent.by_plugin(plugin)).texts()


class BotMaker:
    """Makes test bots in one folder (a restart is a second bot on the same folder) and closes their stores."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.made: list[TestBot] = []

    def __call__(self, config: str = "", *plugins: Plugin | Mapping[str, Plugin], start: datetime = NINE_AM,
                 scripts: Mapping[str, str] | None = None) -> TestBot:
        """A bot with this config (YAML under the base sections), these plugins besides the installed ones,
        and scripts of its own (`{"thanks/answer.j2": "不客气，{{ name }}！"}`) over the shipped ones."""
        found: dict[str, Plugin] = {}
        for p in plugins:
            found.update(p if isinstance(p, Mapping) else {p.name: p})
        bot = TestBot(self.folder, config, found, start, scripts)
        self.made.append(bot)
        return bot

    def close(self) -> None:
        """Close every store opened (a stopped bot's store is already closed)."""
        for bot in self.made:
            if bot._app is not None:
                bot._app.store.close()


@pytest.fixture
def make_bot(tmp_path: Path) -> Iterator[BotMaker]:
    """`make_bot(config_yaml, *plugins)` builds a bot in this test's folder; its store is closed at the end."""
    maker = BotMaker(tmp_path)
    yield maker
    maker.close()
