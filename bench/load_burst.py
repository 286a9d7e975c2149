"""Load: a burst of 1,000 messages a second for a minute into a live bot (real plugins, a SQLite file store, a live
clock), through the memory adapter, which stands in for the puppet service and records each send with its time.

    .venv/bin/python bench/load_burst.py [--rate 1000] [--seconds 60] [--rooms 50]

Events arrive as the wechaty client hands them over: each as its own task, without waiting for the bot. Reported:
events offered and handled, the most waiting at once, memory (RSS) every 10 s, the outbox backlog against its limit,
the busiest minute's sends per room and in all against the limits, what the outbox gave up under pressure, counted
by plugin and kind (also in the log line "backlog full: gave up ..."; `folded`: alerts folded into one summary per
operator), and what was still queued at the end, by plugin and kind. CPU time is process time.
"""
from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import logging
import subprocess
import sys
import tempfile
import time
from collections import Counter, deque
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.actions import Action  # noqa: E402
from bot.adapters.memory import MemoryAdapter  # noqa: E402
from bot.adapters.replay import read_events  # noqa: E402
from bot.app import App  # noqa: E402


def rss_mb() -> float:
    """The resident memory of this process now."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * 4096 / 2**20


class TimedAdapter(MemoryAdapter):
    """The memory adapter, keeping when each send went out (real time) and where."""

    def __init__(self) -> None:
        super().__init__()
        self.times: list[tuple[float, str]] = []

    async def deliver(self, action: Action) -> None:
        await super().deliver(action)
        self.times.append((time.monotonic(), action.room or action.to or ""))


def busiest_minute(times: list[tuple[float, str]]) -> tuple[int, int]:
    """The most sends in any 60 s window: per room, and in all."""
    window: deque[tuple[float, str]] = deque()
    per_room: Counter = Counter()
    most_room = most_all = 0
    for at, where in times:
        window.append((at, where))
        per_room[where] += 1
        while window[0][0] <= at - 60:
            _, gone = window.popleft()
            per_room[gone] -= 1
        most_all = max(most_all, len(window))
        most_room = max(most_room, per_room[where])
    return most_room, most_all


async def run(rate: int, seconds: int, rooms: int) -> dict:
    total = rate * seconds
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        subprocess.run([sys.executable, str(ROOT / "bench" / "workload.py"), str(folder / "w"), "--rooms", str(rooms),
                        "--messages-per-room", str(total // rooms + 1)], check=True, stdout=subprocess.DEVNULL)
        events = list(read_events(folder / "w" / "events.jsonl", sys.stderr))[:total]
        config = (folder / "w" / "config.yaml").read_text(encoding="utf-8").replace(
            "sqlite:///bench.db", f"sqlite:///{tmp}/live.db")
        for name in ("faq.yaml", "ad_keywords.txt"):
            (folder / name).write_text((folder / "w" / name).read_text(encoding="utf-8"), encoding="utf-8")
        (folder / "config.yaml").write_text(config, encoding="utf-8")
        adapter = TimedAdapter()
        app = App(folder / "config.yaml", adapter)
        await app.start()
        kinds = Counter(type(e).__name__ for e in events)
        handled = 0
        waiting = most_waiting = most_backlog = 0
        memory: list[float] = [round(rss_mb(), 1)]
        tasks: set[asyncio.Task] = set()

        async def take(event) -> None:
            nonlocal handled, waiting
            try:
                await app.handle(dataclasses.replace(event, ts=app.clock.now()))
                handled += 1
            finally:
                waiting -= 1

        cpu0, t0 = time.process_time(), time.monotonic()
        next_sample = t0 + 10
        for i, event in enumerate(events):
            due = t0 + i / rate
            if (delay := due - time.monotonic()) > 0:
                await asyncio.sleep(delay)
            waiting += 1
            most_waiting = max(most_waiting, waiting)
            task = asyncio.create_task(take(event))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
            most_backlog = max(most_backlog, len(app.outbox))
            if time.monotonic() >= next_sample:
                memory.append(round(rss_mb(), 1))
                next_sample = time.monotonic() + 10
                print(f"{time.monotonic() - t0:.0f} s: offered {i + 1}, handled {handled}, backlog {len(app.outbox)}",
                      file=sys.stderr)
        offered_s = time.monotonic() - t0
        while tasks and time.monotonic() - t0 < seconds + 600:  # the bot catches up with what came
            most_backlog = max(most_backlog, len(app.outbox))
            if time.monotonic() >= next_sample:
                memory.append(round(rss_mb(), 1))
                next_sample = time.monotonic() + 10
                print(f"{time.monotonic() - t0:.0f} s: handled {handled}, waiting {waiting}", file=sys.stderr)
            await asyncio.sleep(0.1)
        caught_up_s = time.monotonic() - t0
        memory.append(round(rss_mb(), 1))
        cpu = time.process_time() - cpu0
        settings = app.config.settings.outbox
        room_most, all_most = busiest_minute(adapter.times)
        given_up = {status: dict(app.outbox.given_up.by(status)) for status in ("dropped", "folded", "failed")}
        queued_by = Counter(f"{a.plugin}/{a.kind}" for a in app.outbox.queued)
        result = {
            "offered": len(events), "kinds": dict(kinds), "offered_in_s": round(offered_s, 1),
            "handled": handled, "caught_up_after_s": round(caught_up_s, 1), "cpu_s": round(cpu, 1),
            "most_waiting": most_waiting, "rss_mb_every_10s": memory,
            "outbox_backlog_most": most_backlog, "outbox_max_backlog": settings.max_backlog,
            "sent": len(adapter.times), "busiest_minute_per_room": room_most,
            "room_per_minute": settings.room_per_minute, "busiest_minute_all": all_most,
            "global_per_minute": settings.global_per_minute, "given_up": given_up,
            "queued_at_end": len(app.outbox), "queued_at_end_by": dict(sorted(queued_by.items())),
            "still_waiting": len(tasks)}
        print(json.dumps(result, ensure_ascii=False), flush=True)
        for task in tasks:
            task.cancel()
        try:
            await asyncio.wait_for(app.stop(), 60)
        except TimeoutError:
            print("the app did not stop within 60 s", file=sys.stderr)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rate", type=int, default=1000)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--rooms", type=int, default=50)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s %(message)s",
                        stream=sys.stderr)
    asyncio.run(run(args.rate, args.seconds, args.rooms))


if __name__ == "__main__":
    main()
