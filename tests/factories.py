"""Event factories with sensible defaults, and a harness: one bot on a memory adapter and a virtual clock."""
from __future__ import annotations

import itertools
import textwrap
from collections.abc import Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.adapters.memory import MemoryAdapter
from bot.app import App, find_plugin
from bot.events import MemberJoined, MemberLeft, MessageReceived, Person
from bot.plugin import Plugin

TZ = ZoneInfo("Asia/Shanghai")
NINE_AM = datetime(2026, 11, 23, 9, 0, tzinfo=TZ)
_ids = itertools.count(1)

BASE_CONFIG = """
bot:
  timezone: Asia/Shanghai
  owners: [boss]
  operators: [op1]
  vips: [vip1]
store:
  url: sqlite:///bot.db
"""


def message(text: str, *, sender: str = "u1", name: str = "张姐", room: str | None = "r1",
            ts: datetime = NINE_AM, id: str | None = None, **extra: Any) -> MessageReceived:
    """A member's text message in room r1 unless told otherwise."""
    return MessageReceived(id=id or f"m{next(_ids)}", ts=ts, room=room, room_topic="金秋俱乐部1群" if room else None,
                           sender=sender, sender_name=name, text=text, **extra)


def join(*people: tuple[str, str], room: str = "r1", ts: datetime = NINE_AM) -> MemberJoined:
    """People (id, name) joining room r1."""
    return MemberJoined(id=f"j{next(_ids)}", ts=ts, room=room, members=tuple(Person(*p) for p in people))


def leave(*people: tuple[str, str], room: str = "r1", ts: datetime = NINE_AM) -> MemberLeft:
    """People (id, name) leaving room r1."""
    return MemberLeft(id=f"l{next(_ids)}", ts=ts, room=room, members=tuple(Person(*p) for p in people))


class Harness:
    """A bot in a temporary folder: write its config, feed it events, read what it sent."""

    def __init__(self, folder: Path, config: str = "", plugins: Mapping[str, Plugin] | None = None,
                 start: datetime = NINE_AM) -> None:
        self.folder, self.plugins, self.begin = folder, dict(plugins or {}), start
        self.config_path = folder / "config.yaml"
        if not self.config_path.exists():
            self.write_config(config)
        self.adapter = MemoryAdapter()
        self.app: App | None = None

    def write_config(self, extra: str) -> None:
        """Write config.yaml: the base sections plus `extra` (YAML text)."""
        from bot.testing import on_postgres, store_url  # not at import: pytest loads the kit as a plugin first

        base = textwrap.dedent(BASE_CONFIG)
        if on_postgres():
            base = base.replace("sqlite:///bot.db", f"'{store_url(self.folder)}'")
        self.config_path.write_text(base + textwrap.dedent(extra), encoding="utf-8")

    def find(self, name: str) -> Plugin | None:
        """Test plugins first, then the real ones."""
        return self.plugins.get(name) or find_plugin(name)

    async def start(self, at: datetime | None = None) -> App:
        """Start (or restart) the bot on the same folder and store."""
        self.app = App(self.config_path, self.adapter, start=at or self.begin, seed=7, find=self.find)
        await self.app.start()
        return self.app

    async def stop(self) -> None:
        """Stop the bot, as a process exit would."""
        assert self.app is not None
        await self.app.stop()

    @property
    def now(self) -> datetime:
        """The bot's virtual time."""
        assert self.app is not None
        return self.app.clock.now()

    async def send(self, event) -> None:
        """Deliver an event at its time and let replies due by then go out."""
        assert self.app is not None
        await self.app.timers.advance_to(event.ts)
        await self.app.handle(event)
        await self.app.timers.advance_to(event.ts)

    async def say(self, text: str, **kw: Any) -> MessageReceived:
        """A message at the current virtual time."""
        event = message(text, ts=self.now, **kw)
        await self.send(event)
        return event

    async def wait(self, **delta: float) -> None:
        """Let virtual time pass (timedelta keywords)."""
        assert self.app is not None
        await self.app.timers.advance_to(self.now + timedelta(**delta))

    async def settle(self) -> None:
        """Let the clock run until every queued reply has gone out (at most two minutes)."""
        assert self.app is not None
        limit = self.now + timedelta(minutes=2)
        while self.app.outbox.queued and (due := self.app.timers.next_due()) is not None and due <= limit:
            await self.app.timers.advance_to(due)

    @property
    def sent(self) -> list[dict[str, Any]]:
        """Everything delivered so far, in the replay actions format."""
        return self.adapter.sent

    def texts(self, plugin: str | None = None) -> list[str]:
        """Texts delivered (by one plugin)."""
        return [a["text"] for a in self.sent if plugin is None or a["plugin"] == plugin]
