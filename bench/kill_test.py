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
import sys
import time
from dataclasses import asdict
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.busy_hour import ROOMS, START, prepare, scripted_events  # noqa: E402
from bench.crash_figures import Figures, check_journal, count_in_store  # noqa: E402
from bench.live_bot import Bot, JournalPuppet, until  # noqa: E402


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
    plan = scripted_events(rng, minutes)
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
            await until(lambda: count_in_store(folder, "SELECT count(*) FROM messages") >= len(puppet.said) - 3,
                        timeout=3)
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
    check_journal(folder, puppet, figures, max(first_up, START), stopped_at, downs)
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
        now = (len(puppet.sent("MessageSendText")), count_in_store(folder, "SELECT count(*) FROM messages"))
        if now != seen:
            quiet_since, seen = time.monotonic(), now
        if puppet.events.empty() and bot.logged_in(puppet) and time.monotonic() - quiet_since > 1.5 \
                and count_in_store(folder, "SELECT count(*) FROM actions WHERE status = 'pending'") == 0:
            return
        await asyncio.sleep(0.2)
    raise RuntimeError(f"the bot did not settle in {timeout} s: see {folder}")


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
