"""Crash safety, shown: `qunbot run` against the fake puppet service with a real SQLite file, killed with SIGKILL at
random points of a busy scripted hour and started again; the fake's journal of what it was asked to send is then
checked against what the bot decided (its action log).

The hour runs on a fast clock (QUNBOT_FAST_CLOCK: 30x by default, so an hour is two minutes): members ask the FAQ's
questions, chat, ask what the FAQ cannot answer (a wait for an operator: nudged after 60 s), join (welcomed); posts
go out every 15 minutes. Figures per run and in total: kills, actions decided, delivered once, lost, doubled (the
send in flight at a kill, which at-least-once delivery may repeat), posts due and sent, waits left open.

    .venv/bin/python bench/kill_test.py                 # 20 runs of an hour, 3 kills each (about 25 minutes)
    .venv/bin/python bench/kill_test.py --runs 2 --minutes 20 --kills 2
The suite's short version is tests/test_crash_safety.py.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import signal
import sqlite3
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from wechaty_grpc.wechaty import puppet as pb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.fake_puppet import FakePuppet  # noqa: E402

TZ = ZoneInfo("Asia/Shanghai")
MENTIONS = re.compile(r"^(@\S+[ \u2005])+")  # the client writes "@name " before a room message for each mention
START = datetime(2026, 11, 23, 9, 1, tzinfo=TZ)  # a Monday morning, a minute past a post's time
ROOMS = {"r1": "金秋俱乐部1群", "r2": "金秋俱乐部2群"}
POST_EVERY_MIN = 15
GRACE_MIN = 14  # posts.late_grace_min: longer than a restart takes on the fast clock, so none is skipped
NUDGE_AFTER_S = 60
FAQ_QUESTIONS = ["门店几点开门？", "门店地址在哪里？", "坐几路公交车可以到？", "门口可以停车吗？", "活动怎么报名？"]
CHAT = ["大家早上好", "今天天气真好", "谢谢大家", "我刚到家", "这个不错", "哈哈", "收到", "好的好的"]
OPEN_ASKS = ["请问下周的讲座换老师了吗", "我的会员卡积分怎么少了", "上次说的体检报告什么时候能拿", "能帮我查一下订单吗"]

CONFIG = """\
bot:
  name: 小助手
  adapter: wechaty
  timezone: Asia/Shanghai
  owners: [boss]
  operators: [op1]
  quiet_hours: "23:59-00:00"
store:
  url: sqlite:///bot.db
outbox:
  room_min_interval_s: 1
  room_per_minute: 20
  global_per_minute: 60
  room_switch_gap_s: [0, 1]
wechaty:
  ding_every_s: 1
  backoff_start_s: 0.2
  backoff_max_s: 1
  tell_owners_after_s: 3600
console:
  enabled: false
plugins:
  welcome: {window_s: 0}
  faq: {file: faq.yaml, cooldown_min: 0}
  nudge: {nudge_after_s: %(nudge)s, cover_after_s: 3000, nudge_gap_s: 0, daily_report: null, morning_digest: false}
  posts:
    schedules:
      tick: {cron: "*/%(every)s * * * *", template: topic.j2, draw: questions}
    late_grace_min: %(grace)s
"""


class JournalPuppet(FakePuppet):
    """The fake service, keeping its journal across the bot's lives: logs the account in again on each new event
    stream (as the official server does) and stamps members' messages with the bot's fast time."""

    def __init__(self, fast_now) -> None:
        super().__init__()
        self.fast_now = fast_now
        self.logged = True  # the bot's account is logged in on the service from the start
        self.said: list[str] = []  # ids of members' messages emitted
        self.generation = 0  # event streams opened so far; only the newest is the live bot's
        self.opened: list[int] = []  # where in `calls` each event stream was opened
        self.sends: list[tuple[str, str, int, float]] = []  # (text, conversation, stream generation, when) per send
        self.kills: list[float] = []  # when the bot was killed (monotonic)

    def say(self, sender: str, text: str, room: str | None = None, kind: int = 7, mentions=(),
            mid: str | None = None) -> str:
        mid = super().say(sender, text, room, kind, mentions, mid)
        self.messages[mid]["ts"] = int(self.fast_now().timestamp() * 1000)
        self.said.append(mid)
        return mid

    async def _event_stream(self, stream) -> None:
        """As the fake's, but a stream whose client was killed hands the event it took back to the newest one
        (the fake keeps events for the next connection; a real service would drop what came while none was open)."""
        self._check_token(stream)
        await stream.recv_message()
        self.calls.append(("Event", None))
        self.generation += 1
        self.opened.append(len(self.calls))
        mine = self.generation
        if self.logged:  # as the official server does on a new stream: the account is logged in
            self.events._queue.appendleft(pb.EventResponse(  # type: ignore[attr-defined]
                type=pb.EventType.EVENT_TYPE_LOGIN, payload=json.dumps({"contactId": self.self_id})))
        while True:
            response = await self.events.get()
            if mine != self.generation:
                self.events._queue.appendleft(response)  # type: ignore[attr-defined]
                return
            try:
                await stream.send_message(response)
            except Exception:
                self.events._queue.appendleft(response)  # type: ignore[attr-defined]
                raise

    def _send_text(self, request):
        self.sends.append((MENTIONS.sub("", request.text), request.conversation_id, self.generation, time.monotonic()))
        return super()._send_text(request)

    def _message(self, request):
        response = super()._message(request)
        response.timestamp = self.messages[request.id].get("ts", 0)
        return response


@dataclass
class Figures:
    """One run's (or all runs') figures."""

    runs: int = 1
    kills: int = 0
    down_s: int = 0  # fast-clock seconds from a kill to the next life's login
    events: int = 0  # members' messages and joins sent to the bot
    events_not_recorded: int = 0  # taken off the stream by a bot that was killed before it recorded them
    decided: int = 0  # actions in the bot's action log (say, private)
    delivered_once: int = 0
    lost: int = 0  # decided, never sent
    doubled: int = 0  # sent more often than decided
    doubled_in_one_life: int = 0  # of those, sent twice by one life of the bot (not explained by a kill)
    doubled_ms_before_kill: list[int] = field(default_factory=list)  # the send of each closest to a kill, this long
    doubled_what: list[str] = field(default_factory=list)  # where, what, how often decided, which lives sent it
    unexplained: int = 0  # sent, never decided
    given_up: int = 0  # decided, then dropped or failed by the outbox (counted, never silently)
    posts_due: int = 0  # every 15 minutes in each room
    posts_decided: int = 0
    posts_skipped: int = 0  # due while the bot was down longer than the late grace: skipped by design, logged
    posts_delivered: int = 0
    waits_opened: int = 0
    waits_left_open: int = 0  # still open well after they were due a nudge: not re-armed
    problems: list[str] = field(default_factory=list)

    def add(self, other: Figures) -> None:
        for name, value in asdict(other).items():
            if isinstance(value, int) and name != "runs":
                setattr(self, name, getattr(self, name) + value)
        self.doubled_ms_before_kill += other.doubled_ms_before_kill
        self.doubled_what += other.doubled_what
        self.runs += other.runs
        self.problems += other.problems


def _script(rng: random.Random, minutes: int) -> list[tuple[float, str, dict]]:
    """(virtual seconds from the start, kind, details): a busy hour in two rooms."""
    plan: list[tuple[float, str, dict]] = [  # every room known before the first post
        (1.0 + i, "say", {"room": room, "who": "m1", "text": f"大家早上好（{room}）"}) for i, room in enumerate(ROOMS)]
    t, n = 5.0, 0
    while t < minutes * 60 - 90:  # the last minute and a half is left for nudges to come due
        n += 1
        room = rng.choice(list(ROOMS))
        member = f"m{rng.randrange(1, 13)}"
        roll = rng.random()
        if roll < 0.08:
            plan.append((t, "join", {"room": room, "who": f"new{n}", "name": f"新朋友{n}"}))
        elif roll < 0.30:
            plan.append((t, "say", {"room": room, "who": member, "text": rng.choice(FAQ_QUESTIONS)}))
        elif roll < 0.40:
            plan.append((t, "say", {"room": room, "who": member, "text": f"{rng.choice(OPEN_ASKS)}（{n}）"}))
        else:
            plan.append((t, "say", {"room": room, "who": member, "text": f"{rng.choice(CHAT)}（{n}）"}))
        t += rng.uniform(6, 18)
    return plan


class Bot:
    """`qunbot run` in a child process."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.folder, self.env = folder, env
        self.process: asyncio.subprocess.Process | None = None
        self.lives = 0
        self.logins_before = 0

    async def start(self, puppet: JournalPuppet) -> None:
        self.lives += 1
        self.logins_before = self._logins(puppet)
        log = (self.folder / f"bot-{self.lives}.log").open("wb")
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--config", str(self.folder / "config.yaml"), cwd=ROOT, env=self.env,
            stdout=log, stderr=log)
        log.close()

    @staticmethod
    def _logins(puppet: JournalPuppet) -> int:
        """Logins the bot has handled: its client asks for the account's own contact on each (and on a few other
        occasions, so only the first after a new stream counts)."""
        bounds = [*puppet.opened, len(puppet.calls)]
        return sum(1 for start, end in zip(bounds, bounds[1:], strict=False)
                   if any(name == "ContactPayload" and getattr(request, "id", None) == puppet.self_id
                          for name, request in puppet.calls[start:end]))

    def logged_in(self, puppet: JournalPuppet) -> bool:
        """This life of the bot has logged in."""
        return self._logins(puppet) > self.logins_before

    async def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        await self.process.wait()

    async def stop(self) -> int:
        assert self.process is not None
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), 30)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()
        return self.process.returncode or 0

    def log_text(self) -> str:
        return "".join(p.read_text(errors="replace") for p in sorted(self.folder.glob("bot-*.log")))


async def until(check, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.05)
    return True


def prepare(folder: Path, every: int = POST_EVERY_MIN, nudge: int = NUDGE_AFTER_S) -> None:
    """The bot's folder: config.yaml, the FAQ; the store is made by the bot."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.yaml").write_text(CONFIG % {"every": every, "nudge": nudge, "grace": GRACE_MIN},
                                         encoding="utf-8")
    (folder / "faq.yaml").write_text((ROOT / "faq.yaml").read_text(encoding="utf-8"), encoding="utf-8")


async def scripted_hour(folder: Path, seed: int, kills: int, minutes: int = 60, speed: float = 30.0) -> Figures:
    """One run: the scripted period with `kills` SIGKILLs at random points, then the journal checked."""
    rng = random.Random(seed)
    prepare(folder)
    epoch = time.time() + 8  # the fast clock's START is this real moment (the bot starts and logs in before it)

    def fast_now() -> datetime:
        return START + timedelta(seconds=(time.time() - epoch) * speed)

    puppet = JournalPuppet(fast_now)
    for member in [f"m{i}" for i in range(1, 13)]:
        puppet.contact(member, f"会员{member[1:]}")
    puppet.contact("boss", "店长")
    puppet.contact("op1", "小王")
    for rid, topic in ROOMS.items():
        puppet.room(rid, topic, [*(f"m{i}" for i in range(1, 13)), "op1", "boss", puppet.self_id])
    port = await puppet.serve()
    env = {**os.environ, "WECHATY_PUPPET_SERVICE_ENDPOINT": f"127.0.0.1:{port}",
           "WECHATY_PUPPET_SERVICE_TOKEN": "test-token", "WECHATY_LOG": "error", "QUNBOT_LOG": "INFO",
           "QUNBOT_FAST_CLOCK": f"{START.isoformat()},{speed},{epoch}"}
    env.pop("QUNBOT_ADAPTER", None)
    bot = Bot(folder, env)
    figures = Figures(kills=kills)
    downs: list[tuple[datetime, datetime]] = []  # (killed, logged in again) on the fast clock
    plan = _script(rng, minutes)
    period = minutes * 60
    kill_at = _kill_points(rng, kills, period, apart=6 * speed)
    try:
        await bot.start(puppet)
        await _connected(puppet, bot)
        first_up = fast_now()  # on a busy machine the first start can take past the first post's time
        for t, kind, detail in plan:
            while kill_at and kill_at[0] <= t:
                await _wait_fast(fast_now, kill_at.pop(0))
                await until(lambda: bot.logged_in(puppet), timeout=120)  # a start takes seconds on a busy machine
                puppet.kills.append(time.monotonic())
                await bot.kill()
                if os.environ.get("KILL_TEST_DEBUG"):
                    print(f"killed at {fast_now():%H:%M:%S}", file=sys.stderr)
                await asyncio.sleep(rng.uniform(0.1, 1.0))  # dead for a moment; the service keeps what arrives
                down_at = fast_now()
                await bot.start(puppet)
                await until(lambda: bot.logged_in(puppet), timeout=120)
                downs.append((down_at, fast_now()))
                if os.environ.get("KILL_TEST_DEBUG"):
                    print(f"back at {fast_now():%H:%M:%S}", file=sys.stderr)
            await _wait_fast(fast_now, t)
            # as busy as the bot can take on this machine: at most a few messages on the wire not yet recorded
            await until(lambda: _count(folder, "SELECT count(*) FROM messages") >= len(puppet.said) - 3, timeout=3)
            figures.events += 1
            if kind == "join":
                puppet.contact(detail["who"], detail["name"])
                puppet.join(detail["room"], [detail["who"]], inviter="m1")
            else:
                puppet.say(detail["who"], detail["text"], room=detail["room"])
        await _wait_fast(fast_now, period)
        await _settled(folder, puppet, bot)
        stopped_at = fast_now()
        await bot.stop()
    finally:
        if bot.process is not None and bot.process.returncode is None:
            bot.process.kill()
            await bot.process.wait()
        await puppet.kill()
    _check(folder, puppet, figures, max(first_up, START), stopped_at, downs)
    if figures.lost or figures.unexplained or figures.doubled > figures.kills or figures.waits_left_open \
            or not figures.posts_due == figures.posts_decided == figures.posts_delivered:
        figures.problems.append(f"seed {seed}: see {folder}")
    return figures


def _kill_points(rng: random.Random, kills: int, period: float, apart: float) -> list[float]:
    """Random points of the period (seconds in), at least `apart` from each other, so that the bot is never down
    across two posts' times (a post missed by more than the late grace is skipped by design, and logged)."""
    while True:
        points = sorted(rng.uniform(0.1 * period, 0.85 * period) for _ in range(kills))
        if all(b - a >= apart for a, b in zip(points, points[1:], strict=False)):
            return points


async def _wait_fast(fast_now, seconds: float) -> None:
    """Sleep until the fast clock is `seconds` into the period."""
    while (fast_now() - START).total_seconds() < seconds:
        await asyncio.sleep(0.02)


async def _connected(puppet: JournalPuppet, bot: Bot) -> None:
    """The first start: the bot connects and its account is logged in (the service says so on each new stream)."""
    if not await until(lambda: bot.logged_in(puppet), timeout=120):
        raise RuntimeError(f"the bot never connected:\n{bot.log_text()[-3000:]}")


async def _settled(folder: Path, puppet: JournalPuppet, bot: Bot, timeout: float = 90) -> None:
    """The last bot logged in, every message taken (or lost with a killed bot), nothing pending, nothing sent and
    nothing recorded for 1.5 s."""
    deadline = time.monotonic() + timeout
    quiet_since, seen = time.monotonic(), None
    while time.monotonic() < deadline:
        now = (len(puppet.sent("MessageSendText")), _count(folder, "SELECT count(*) FROM messages"))
        if now != seen:
            quiet_since, seen = time.monotonic(), now
        if puppet.events.empty() and bot.logged_in(puppet) and time.monotonic() - quiet_since > 1.5 \
                and _count(folder, "SELECT count(*) FROM actions WHERE status = 'pending'") == 0:
            return
        await asyncio.sleep(0.2)
    raise RuntimeError(f"the bot did not settle in {timeout} s: see {folder}")


def _count(folder: Path, sql: str) -> int:
    try:
        with sqlite3.connect(f"file:{folder / 'bot.db'}?mode=ro", uri=True, timeout=5) as db:
            return db.execute(sql).fetchone()[0]
    except sqlite3.Error:
        return -1


def _check(folder: Path, puppet: JournalPuppet, figures: Figures, up_at: datetime, stopped_at: datetime,
           downs: list[tuple[datetime, datetime]]) -> None:
    db = sqlite3.connect(f"file:{folder / 'bot.db'}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT kind, room, \"to\", text, status, plugin, created_at FROM actions "
                          "WHERE kind IN ('say', 'private')").fetchall()
        recorded = {r[0] for r in db.execute("SELECT id FROM messages")}
        waits = db.execute("SELECT opened_at, state FROM nudge_pending").fetchall()
    finally:
        db.close()
    figures.events_not_recorded = sum(1 for mid in puppet.said if mid not in recorded)
    decided: Counter = Counter()
    posts: Counter = Counter()
    cutoff = stopped_at - timedelta(seconds=60)  # posts due by then have certainly run
    # every tick from the first start to the cutoff (a post goes to the rooms the bot knows: both from the start)
    first = up_at.replace(second=0, microsecond=0) + timedelta(minutes=1)
    ticks = [first + timedelta(minutes=m) for m in range(int((cutoff - first).total_seconds() // 60) + 1)]
    ticks = [t for t in ticks if t.minute % POST_EVERY_MIN == 0]
    for kind, room, to, text, status, plugin, created in rows:
        if status in ("dropped", "failed"):
            figures.given_up += 1
            continue
        key = (room if kind == "say" else to, text)
        decided[key] += 1
        if plugin == "posts" and ticks and ticks[0] <= _tick_of(created) <= ticks[-1]:
            posts[key] += 1  # a post for a tick counted as due: the same bounds on both sides of the check
    sent = Counter((r.conversation_id, MENTIONS.sub("", r.text)) for r in puppet.sent("MessageSendText"))
    figures.decided = sum(decided.values())
    for key in decided.keys() | sent.keys():
        d, s = decided[key], sent[key]
        figures.delivered_once += min(d, s)
        if d > s:
            figures.lost += d - s
        elif s > d and d:
            figures.doubled += s - d
            _explain_double(puppet, key, d, figures)
        elif s > d:
            figures.unexplained += s
    # a tick the bot was down for longer than the late grace after is skipped by design, and logged
    skipped = sum(p.read_text(errors="replace").count("job skipped id=posts:slot:") for p in folder.glob("bot-*.log"))
    figures.posts_skipped = len(ROOMS) * skipped
    figures.posts_due = len(ROOMS) * len(ticks) - figures.posts_skipped
    figures.posts_decided = sum(posts.values())
    figures.posts_delivered = sum(min(n, sent[key]) for key, n in posts.items())
    figures.down_s = round(sum((back - down).total_seconds() for down, back in downs))
    figures.waits_opened = len(waits)
    late = (stopped_at - timedelta(seconds=NUDGE_AFTER_S + 60)).astimezone(UTC).replace(tzinfo=None)
    figures.waits_left_open = sum(1 for opened, state in waits
                                  if state == "open" and datetime.fromisoformat(opened) < late)


def _tick_of(created: str) -> datetime:
    """The post tick an action recorded at `created` (UTC, as stored) was decided for: posts run at most the late
    grace (under one period) after their tick, so it is the period's start."""
    at = datetime.fromisoformat(created).replace(tzinfo=UTC)
    return at.replace(minute=at.minute - at.minute % POST_EVERY_MIN, second=0, microsecond=0)


def _explain_double(puppet: JournalPuppet, key: tuple, decided: int, figures: Figures) -> None:
    """Whether a doubled action went out twice from one life of the bot, and how long before a kill the send closest
    to one went (the one a crash caught in flight)."""
    sends = [(generation, at) for text, where, generation, at in puppet.sends if (where, text) == key]
    generations = [generation for generation, _ in sends]
    if len(set(generations)) < len(sends) - decided + 1:
        figures.doubled_in_one_life += 1
    before = [min(k for k in puppet.kills if k >= at) - at for _, at in sends if any(k >= at for k in puppet.kills)]
    if before:
        figures.doubled_ms_before_kill.append(round(min(before) * 1000))
    figures.doubled_what.append(f"{key[0]} {key[1][:20]!r} decided {decided}, sent by lives {generations}")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--minutes", type=int, default=60)
    parser.add_argument("--speed", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--folder", type=Path, default=Path("/tmp/qunbot-kill-test"))
    args = parser.parse_args()
    total = Figures(runs=0)
    for run in range(args.runs):
        seed = args.seed + run
        figures = await scripted_hour(args.folder / f"run-{seed}", seed, args.kills, args.minutes, args.speed)
        print(json.dumps({"seed": seed, **asdict(figures)}, ensure_ascii=False), flush=True)
        total.add(figures)
    print("total", json.dumps(asdict(total), ensure_ascii=False))


if __name__ == "__main__":
    asyncio.run(main())
