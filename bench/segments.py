"""Segments for many rooms: 500 rooms x 500 members and a year of daily counts, computed off the event path.

python bench/segments.py [--rooms 500] [--members 500] [--days 365]

Builds a store (SQLite file) with the rooms, their members and a year of members_days rows (10% of
members speak on 60% of days, 30% on 8%, the rest never), then runs the members plugin's nightly job
through the whole bot on its virtual clock. The job does `rooms_per_step` rooms at a time and hands the
rest to a timer, so a message waits at most one step: the figure that matters for message handling is
the longest step. Prints one JSON line: rows, build_s, total_s (all rooms: segments and health), max_step_s.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import plugins.members as members  # noqa: E402
from bot.testing import NINE_AM, TestBot  # noqa: E402

CONFIG = """
plugins:
  members: {rooms_per_step: 20, review_cron: null, tell_on_leave: false}
"""


def build(db: Path, rooms: int, people: int, days: int, seed: int = 0) -> int:
    """Fill the store: rooms, members (joined a year ago), and their daily counts; the number of day rows."""
    rnd = random.Random(seed)
    today = NINE_AM.date().toordinal()
    joined = (NINE_AM - timedelta(days=days)).isoformat(sep=" ")
    con = sqlite3.connect(db)
    con.execute("PRAGMA synchronous=OFF")
    con.executemany("INSERT INTO rooms (id, topic, first_seen, last_active) VALUES (?, ?, ?, ?)",
                    [(f"r{r:04d}", f"群{r}", joined, joined) for r in range(rooms)])
    n = 0
    for r in range(rooms):
        room = f"r{r:04d}"
        member_rows, day_rows = [], []
        for m in range(people):
            kind = rnd.random()
            rate = 0.6 if kind < 0.1 else 0.08 if kind < 0.4 else 0.0
            last = None
            for d in range(today - days, today):
                if rate and rnd.random() < rate:
                    day_rows.append((room, d, f"c{m}", rnd.randint(1, 12), rnd.randint(0, 3)))
                    last = d
            spoke = None if last is None else (NINE_AM - timedelta(days=today - last)).isoformat(sep=" ")
            member_rows.append((room, f"c{m}", f"成员{m}", "member", joined, joined, spoke))
        con.executemany("INSERT INTO members (room_id, contact_id, name, role, first_seen, joined_at, last_spoke, "
                        "message_count) VALUES (?, ?, ?, ?, ?, ?, ?, 0)", member_rows)
        con.executemany("INSERT INTO members_days (room_id, day, contact_id, messages, replies) VALUES (?, ?, ?, ?, ?)",
                        day_rows)
        n += len(day_rows)
    con.commit()
    con.close()
    return n


async def run(rooms: int, people: int, days: int, folder: Path) -> dict:
    """Build the store, then time the nightly job over every room, step by step."""
    bot = TestBot(folder, CONFIG)
    await bot.start()
    await bot.stop()
    t0 = time.perf_counter()
    rows = build(folder / "bot.db", rooms, people, days)
    build_s = time.perf_counter() - t0
    steps: list[float] = []
    done: list[str] = []
    real_segment_rooms, real_warn = members.segment_rooms, members.warn

    def timed(ctx, roster, rooms, now):
        t = time.perf_counter()
        real_segment_rooms(ctx, roster, rooms, now)
        real_warn(ctx, roster, rooms, now)
        steps.append(time.perf_counter() - t)
        done.extend(rooms)

    members.segment_rooms = timed
    members.warn = lambda *a: None  # timed above, with its rooms' segments
    try:
        await bot.start()
        c0, t0 = time.process_time(), time.perf_counter()
        await bot.wait(hours=20)  # past 04:30: the whole job, a step at a time
        total_s, cpu_s = time.perf_counter() - t0, time.process_time() - c0
        await bot.stop()
    finally:
        members.segment_rooms, members.warn = real_segment_rooms, real_warn
    assert len(done) == rooms, (len(done), rooms)
    return {"rooms": rooms, "members": people, "days": days, "day_rows": rows, "build_s": round(build_s, 1),
            "total_s": round(total_s, 2), "cpu_s": round(cpu_s, 2), "max_step_s": round(max(steps), 3),
            "steps": len(steps)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rooms", type=int, default=500)
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qunbot-bench-") as folder:
        print(json.dumps(asyncio.run(run(args.rooms, args.members, args.days, Path(folder)))))


if __name__ == "__main__":
    main()
