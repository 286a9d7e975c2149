"""Several WeChat accounts on one PostgreSQL store: three `qunbot run` processes, each against its own fake puppet
service; two sit in the same groups. Every join, question and ad is acted on exactly once, by one account, also
when the account acting for a group is killed mid-stream: the other takes the group over within 30 seconds."""
from __future__ import annotations

import asyncio
import itertools
import os
import shutil
import signal
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from bot.testing import on_postgres, store_url
from tests.fake_puppet import FakePuppet

pytestmark = pytest.mark.skipif(not on_postgres(), reason="several accounts share a PostgreSQL store (SQLite takes one "
                                                          "process only): run `make test-postgres`")
ROOT = Path(__file__).resolve().parent.parent
CONFIG = """
bot:
  adapter: wechaty
  timezone: Asia/Shanghai
  owners: [boss]
  operators: [op1]
  quiet_hours: "00:00-00:00"
{account}
store:
  url: '{url}'
outbox:
  room_min_interval_s: 0
  room_per_minute: 200
  global_per_minute: 400
  room_switch_gap_s: [0, 0]
  retry_s: 0.2
wechaty:
  ding_every_s: 10   # a loaded test machine may block a start-up for seconds: no false drop
  backoff_start_s: 0.1
  backoff_max_s: 0.4
console:
  enabled: false
plugins:
  welcome: {{window_s: 0}}
  faq: {{file: faq.yaml, cooldown_min: 0}}
  moderation: {{keyword_files: [ad_keywords.txt], wave_s: 0}}  # every ad its own notice: each seller mentioned once
"""
QUESTIONS = ["门店几点开门？", "门店地址在哪里？", "坐几路公交车可以到？", "门口可以停车吗？", "活动怎么报名？"]
SHARED, ALONE = ["r1", "r2"], ["r3"]


async def until(check, timeout: float, what: str = "") -> float:
    """Poll `check` until it holds; the seconds it took."""
    start = time.monotonic()
    while not check():
        if time.monotonic() - start > timeout:
            raise AssertionError(f"timed out waiting {what}")
        await asyncio.sleep(0.05)
    return time.monotonic() - start


class Account:
    """One WeChat account: its fake puppet service and its `qunbot run` process."""

    def __init__(self, name: str, folder: Path, url: str, configured: bool) -> None:
        self.name, self.folder = name, folder
        self.puppet = FakePuppet()
        self.puppet.self_id = name
        self.puppet.contact(name, "小助手", friend=False)
        folder.mkdir()
        for file in ("faq.yaml", "ad_keywords.txt"):
            shutil.copy(ROOT / file, folder / file)
        account = f"  account: {name}" if configured else ""  # else the logged-in id, as a wechaty login gives it
        (folder / "config.yaml").write_text(CONFIG.format(account=account, url=url), encoding="utf-8")
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        port = await self.puppet.serve()
        env = {**os.environ, "WECHATY_PUPPET_SERVICE_ENDPOINT": f"127.0.0.1:{port}",
               "WECHATY_PUPPET_SERVICE_TOKEN": "test-token", "WECHATY_LOG": "error", "CACHE_DIR": str(self.folder)}
        self.log = (self.folder / "bot.log").open("wb")
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--config", str(self.folder / "config.yaml"), cwd=ROOT, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=self.log)

    def said(self) -> list[tuple[str, list[str]]]:
        """(room, mentioned ids) of every message the account said in a room."""
        return [(r.conversation_id, list(r.mentonal_ids)) for r in self.puppet.sent("MessageSendText")
                if r.conversation_id in self.puppet.rooms]

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), 20)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()
        self.log.close()
        if self.puppet.server is not None:
            await self.puppet.kill()


class Stream:
    """The scripted groups: each event reaches every account in the group, with the one id WeChat gives it."""

    def __init__(self, rooms: dict[str, list[Account]]) -> None:
        self.rooms = rooms
        self.ids = itertools.count(1)
        self.expected: list[str] = []  # the member each event must be answered for, once: joiners, askers, posters

    def _people(self, room: str, who: str, name: str) -> list[FakePuppet]:
        puppets = [a.puppet for a in self.rooms[room]]
        for p in puppets:
            p.contact(who, name)
        return puppets

    def join(self, room: str) -> None:
        n = next(self.ids)
        who = f"new{n}"
        for p in self._people(room, who, f"新朋友{n}"):
            p.join(room, [who], "boss", timestamp=1_700_000_000_000 + n)
        self.expected.append(who)

    def ask(self, room: str) -> None:
        n = next(self.ids)
        who = f"asker{n}"
        for p in self._people(room, who, f"王阿姨{n}"):
            p.say(who, QUESTIONS[n % len(QUESTIONS)], room=room, mid=f"wx-{n}")
        self.expected.append(who)

    def advertise(self, room: str) -> None:
        n = next(self.ids)
        who = f"seller{n}"
        for p in self._people(room, who, f"推广{n}"):
            p.say(who, f"加我薇信 138001{n:05d} 领鸡蛋", room=room, mid=f"wx-{n}")
        self.expected.append(who)

    def round(self) -> None:
        """A join, a question and an ad in every room."""
        for room in self.rooms:
            self.join(room)
            self.ask(room)
            self.advertise(room)


def _missing(stream: Stream, counts: Counter[str]) -> list[str]:
    return [who for who in stream.expected if not counts[who]]


def holders(url: str) -> dict[str, str]:
    engine = create_engine(url)
    try:
        with engine.connect() as db:
            return dict(db.execute(text("SELECT room_id, account FROM room_leases")).all())
    except SQLAlchemyError:
        return {}
    finally:
        engine.dispose()


async def test_two_accounts_in_the_same_groups_act_once_on_each_event_and_one_takes_over_when_the_other_is_killed(
        tmp_path):
    url = store_url(tmp_path)
    a, b = Account("wxid_a", tmp_path / "a", url, False), Account("wxid_b", tmp_path / "b", url, False)
    c = Account("wxid_c", tmp_path / "c", url, True)
    for room in SHARED:
        for account in (a, b):
            account.puppet.room(room, f"金秋俱乐部{room}", ["boss", "op1", a.name, b.name], owner="boss")
    c.puppet.room("r3", "金秋俱乐部r3", ["boss", "op1", c.name], owner="boss")
    stream = Stream({"r1": [a, b], "r2": [a, b], "r3": [c]})
    accounts = [a, b, c]
    try:
        for account in accounts:
            await account.start()
        for account in accounts:
            await until(lambda account=account: account.puppet.sent("Start"), 60)
            account.puppet.login()

        def answered() -> Counter[str]:
            return Counter(m for acc in accounts for _, mentions in acc.said() for m in mentions)

        def all_answered() -> bool:
            return all(answered()[who] for who in stream.expected)

        stream.round()
        await until(all_answered, 30, "for the first round")
        holder = holders(url)["r1"]
        assert holder in (a.name, b.name) and holders(url)["r3"] == c.name
        killed, survivor = (a, b) if holder == a.name else (b, a)

        stream.round()  # mid-stream: these are still being handled when the holder dies
        assert killed.process is not None
        killed.process.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        stream.round()  # the group hears these while nobody holds it for sure: the survivor acts on them late
        await until(lambda: holders(url).get("r1") == survivor.name, 40, "for the take-over")
        took_over = time.monotonic() - killed_at
        stream.round()
        await until(all_answered, 30, f"for every event to be acted on: {_missing(stream, answered())}")
        await asyncio.sleep(1.5)  # anything acted on twice would be said by now
    except AssertionError as failed:
        logs = "\n".join(f"--- {x.name}\n" + (x.folder / "bot.log").read_text(errors="replace")[-3000:]
                         for x in accounts)
        raise AssertionError(f"{failed}\n{logs}") from None
    finally:
        for account in accounts:
            await account.stop()

    print(f"took over after {took_over:.1f} s")
    assert took_over < 30
    counts = answered()
    twice = {who: n for who, n in counts.items() if who in stream.expected and n != 1}
    assert not twice, f"acted on more than once: {twice}"
    assert len(stream.expected) == 36
    spoke_in_r3 = {room for room, _ in a.said() + b.said()}
    assert "r3" not in spoke_in_r3 and {room for room, _ in c.said()} == {"r3"}
    assert survivor.said() and killed.said()  # both accounts acted before the kill: each for its own groups or turn
