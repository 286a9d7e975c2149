"""The real python-wechaty client against a fake puppet service on loopback, for the wechaty tests: the config, an
app on a live clock with its adapter and the fake service (`Live`), the `world` fixture of one logged-in bot, and the
watchdog and back-off a new user gets (`DEFAULTS`)."""
from __future__ import annotations

import asyncio
import textwrap
from collections.abc import Callable

import pytest

from bot.adapters.wechaty.adapter import WechatyAdapter
from bot.adapters.wechaty.run import connect_owners
from bot.app import App, find_plugin, load_config
from bot.testing import store_url
from tests.fake_puppet import FakePuppet
from tests.probe_plugins import ALL

CONFIG = """
bot:
  timezone: Asia/Shanghai
  owners: [boss]
  operators: [op1]
  quiet_hours: "00:00-00:00"
store:
  url: sqlite:///bot.db
outbox:
  room_min_interval_s: 0
  room_switch_gap_s: [0, 0]
  retry_s: 0.2
wechaty:
  accept_friends: true
  ding_every_s: 0.5
  backoff_start_s: 0.1
  backoff_max_s: 0.4
  tell_owners_after_s: 0.2
  login_wait_s: 1
plugins:
  echo: {}
  welcome: {window_s: 0}
  moderation: {remove_from: 1}
"""


async def until(check: Callable[[], object], timeout: float = 15.0) -> None:
    """Wait for something the client does over the network (polling, bounded)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not check():
        if loop.time() > deadline:
            raise AssertionError("timed out waiting")
        await asyncio.sleep(0.02)


class Live:
    """An app on a live clock, its wechaty adapter, and the fake puppet service."""

    def __init__(self, folder, puppet: FakePuppet, port: int, config: str = CONFIG) -> None:
        config = textwrap.dedent(config).replace("sqlite:///bot.db", f"'{store_url(folder)}'")
        (folder / "config.yaml").write_text(config, encoding="utf-8")
        self.puppet = puppet
        self.adapter = WechatyAdapter(f"127.0.0.1:{port}", "test-token", _settings(folder))
        self.app = App(folder / "config.yaml", self.adapter, find=lambda n: ALL.get(n) or find_plugin(n))
        self.adapter.sink = self.app.handle
        self.back: list[float] = []
        connect_owners(self.app, self.adapter)
        tell = self.adapter.on_back

        async def back(seconds: float) -> None:
            self.back.append(seconds)
            assert tell is not None
            await tell(seconds)
        self.adapter.on_back = back

        async def logged_out() -> None:
            await self.app.tell_owners("system/logged_out.j2", at="09:00")
        self.adapter.on_logout = logged_out
        self.task: asyncio.Task | None = None

    async def start(self) -> None:
        await self.app.start()
        self.task = asyncio.create_task(self.adapter.supervise())

    async def stop(self) -> None:
        self.adapter.stop()
        assert self.task is not None
        self.task.cancel()
        await asyncio.gather(self.task, return_exceptions=True)
        if self.adapter.connection is not None:
            await self.adapter.connection.close()
        await self.app.stop()

    def texts(self) -> list[tuple[str, str, list[str]]]:
        return [(r.conversation_id, r.text, list(r.mentonal_ids)) for r in self.puppet.sent("MessageSendText")]


def _settings(folder):
    return load_config(folder / "config.yaml", lambda n: ALL.get(n) or find_plugin(n)).settings.wechaty


@pytest.fixture(name="world")
async def logged_in(tmp_path):
    """`world`: one bot logged in through the fake service, with 李叔, 王阿姨 and the owner in 金秋俱乐部1群."""
    puppet = FakePuppet()
    puppet.contact("u1", "李叔")
    puppet.contact("u2", "王阿姨")
    puppet.contact("boss", "店长")
    puppet.room("r1", "金秋俱乐部1群", ["u1", "boss", puppet.self_id])
    port = await puppet.serve()
    live = Live(tmp_path, puppet, port)
    await live.start()
    await until(lambda: puppet.sent("Start"))
    puppet.login()
    await until(lambda: live.adapter.connection and live.adapter.connection.logged_in.is_set())
    yield live
    await live.stop()
    if puppet.server is not None:
        await puppet.kill()


# the watchdog and back-off a new user gets: drops detected in seconds
FAST = "  ding_every_s: 0.5\n  backoff_start_s: 0.1\n  backoff_max_s: 0.4\n  tell_owners_after_s: 0.2\n"
assert FAST in CONFIG
DEFAULTS = CONFIG.replace(FAST, "  tell_owners_after_s: 2\n")  # the watchdog and back-off a new user gets


async def live_world(tmp_path, config: str = DEFAULTS) -> tuple[Live, FakePuppet, int]:
    puppet = FakePuppet()
    puppet.contact("u1", "李叔")
    puppet.contact("boss", "店长")
    puppet.room("r1", "金秋俱乐部1群", ["u1", "boss", puppet.self_id])
    port = await puppet.serve()
    live = Live(tmp_path, puppet, port, config)
    await live.start()
    await until(lambda: puppet.sent("Start"))
    puppet.login()
    await until(lambda: live.adapter.connection and live.adapter.connection.logged_in.is_set())
    return live, puppet, port


async def handled_after_login(live: Live, puppet: FakePuppet, text: str, starts: int) -> None:
    await until(lambda: len(puppet.sent("Start")) >= starts, timeout=20)
    puppet.login()
    puppet.say("u1", text, room="r1")
    await until(lambda: ("r1", f"@李叔 收到：{text}", ["u1"]) in live.texts(), timeout=5)
