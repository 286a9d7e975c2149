"""What a replay keeps as the day goes on: Python allocations made after event START still alive at event END.

python bench/memory_growth.py EVENTS.jsonl --config CONFIG [--start 20000] [--end 60000] [--top 25]

Replays like `qunbot replay` (virtual clock, throw-away store, commits grouped), starts tracemalloc at event
START (after the first morning's one-offs: plugins' indexes, the weekly review) and at event END prints the
allocations made since and still alive, grouped by the line that made them (largest first, with their callers),
and resident memory at both points. Memory that grows with history shows here; memory C libraries keep
outside Python's allocator (SQLite's page cache, the allocator's own) shows only in the resident figures.
"""
from __future__ import annotations

import argparse
import asyncio
import gc
import itertools
import os
import sys
import tracemalloc
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.adapters.replay import REPLAY_COMMIT_EVERY, ReplayAdapter, read_events  # noqa: E402
from bot.app import App  # noqa: E402
from bot.driver import ClockDriver  # noqa: E402
from bot.store import THROWAWAY  # noqa: E402


def rss_mb() -> float:
    """Resident memory now (Linux)."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def report(snapshot: tracemalloc.Snapshot, top: int) -> None:
    """The allocations still alive, by the line that made them, with two callers each."""
    snapshot = snapshot.filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
    stats = snapshot.statistics("traceback")
    total = sum(s.size for s in stats)
    print(f"alive since the start: {total / 2**20:.1f} MB in {sum(s.count for s in stats)} blocks")
    for stat in stats[:top]:
        print(f"{stat.size / 2**20:7.2f} MB {stat.count:8d} blocks")
        for line in stat.traceback.format(limit=4, most_recent_first=True):
            print("        " + line.strip())


async def main(events_path: Path, config: Path, start: int, end: int, top: int) -> None:
    """Replay; trace from `start` to `end`."""
    events = read_events(events_path, sys.stderr)
    head = next(events)
    with open(os.devnull, "w", encoding="utf-8") as out:
        assert head.ts.tzinfo is not None
        adapter = ReplayAdapter(out, head.ts.tzinfo, events_path.parent)
        app = App(config, adapter, start=head.ts, store_url=THROWAWAY, seed=0, commit_every=REPLAY_COMMIT_EVERY)
        driver = ClockDriver(app)
        await app.start()
        n, last = 0, head.ts
        for event in itertools.chain([head], events):
            await driver.advance_to(event.ts)
            await driver.feed(event)
            n, last = n + 1, event.ts
            if n == start:
                gc.collect()
                print(f"{n} events ({event.ts:%H:%M}): {rss_mb():.1f} MB; tracing from here", flush=True)
                tracemalloc.start(4)
            elif n == end:
                gc.collect()
                print(f"{n} events ({event.ts:%H:%M}): {rss_mb():.1f} MB", flush=True)
                report(tracemalloc.take_snapshot(), top)
                tracemalloc.stop()
        await driver.advance_to(last + timedelta(minutes=10))
        await app.stop()
    print(f"{n} events, {rss_mb():.1f} MB at the end")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", type=Path)
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--start", type=int, default=20000)
    parser.add_argument("--end", type=int, default=60000)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    asyncio.run(main(args.events, args.config.resolve(), args.start, args.end, args.top))
