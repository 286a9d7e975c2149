"""Segments for many rooms: 500 rooms x 500 members and a year of daily counts, computed off the event path.

python bench/segments.py [--rooms 500] [--members 500] [--days 365]
tools/with-postgres .venv/bin/python bench/segments.py   # the same on a throw-away PostgreSQL 15

Builds a store (SQLite file) with the rooms, their members and a year of members_days rows (10% of
members speak on 60% of days, 30% on 8%, the rest never; on PostgreSQL when QUNBOT_TEST_STORE_URL names one, as
tools/with-postgres does, filled by COPY), then runs the members plugin's nightly job
through the whole bot on its virtual clock. The job does `rooms_per_step` rooms at a time and hands the
rest to a timer, so a message waits at most one step: the figure that matters for message handling is
the longest step. Prints one JSON line: rows, build_s, total_s (wall, all rooms: segments and health), cpu_s (the
bot process), server_cpu_s (the PostgreSQL server's processes; 0 on SQLite), max_step_s (wall).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bot.testing  # noqa: E402
import plugins.members as members  # noqa: E402
from bot.testing import NINE_AM, TestBot, on_postgres, store_url  # noqa: E402

CONFIG = """
plugins:
  members: {rooms_per_step: 20, review_cron: null, tell_on_leave: false}
"""


def stored(at: datetime) -> str:
    """A time as the store keeps it: UTC, without an offset."""
    return at.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def rows(rooms: int, people: int, days: int, seed: int = 0) -> Iterator[tuple[list, list, list]]:
    """Per room: its row, its members (joined a year ago) and their daily counts."""
    rnd = random.Random(seed)
    today = NINE_AM.date().toordinal()
    joined = stored(NINE_AM - timedelta(days=days))
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
            spoke = None if last is None else stored(NINE_AM - timedelta(days=today - last))
            member_rows.append((room, f"c{m}", f"成员{m}", "member", joined, joined, spoke, 0))
        yield [(room, f"群{r}", joined, joined)], member_rows, day_rows


ROOMS = "rooms (id, topic, first_seen, last_active)"
MEMBERS = "members (room_id, contact_id, name, role, first_seen, joined_at, last_spoke, message_count)"
DAYS = "members_days (room_id, day, contact_id, messages, replies)"


def build(url: str, rooms: int, people: int, days: int) -> int:
    """Fill the store (a SQLite file, or PostgreSQL by COPY); the number of day rows."""
    n = 0
    if url.startswith("sqlite"):
        con = sqlite3.connect(make_url(url).database or "")
        con.execute("PRAGMA synchronous=OFF")
        for room, members, day_rows in rows(rooms, people, days):
            con.executemany(f"INSERT INTO {ROOMS} VALUES (?, ?, ?, ?)", room)
            con.executemany(f"INSERT INTO {MEMBERS} VALUES (?, ?, ?, ?, ?, ?, ?, ?)", members)
            con.executemany(f"INSERT INTO {DAYS} VALUES (?, ?, ?, ?, ?)", day_rows)
            n += len(day_rows)
        con.commit()
        con.close()
        return n
    import psycopg
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain) as pg, pg.cursor() as cur:
        for room, members, day_rows in rows(rooms, people, days):
            for table, values in ((ROOMS, room), (MEMBERS, members), (DAYS, day_rows)):
                with cur.copy(f"COPY {table} FROM STDIN") as copy:
                    for row in values:
                        copy.write_row(row)
            n += len(day_rows)
        cur.execute("ANALYZE")
    return n


def server_cpu_s() -> float:
    """CPU seconds used so far by the PostgreSQL server QUNBOT_TEST_STORE_URL names (its postmaster and backends,
    read from /proc; the bot's own CPU is counted apart); 0 on SQLite, whose work is the bot's own."""
    if not on_postgres():
        return 0.0
    folder = make_url(os.environ[bot.testing.STORE_URL_ENV]).query.get("host")
    postmaster = int(Path(str(folder), "data", "postmaster.pid").read_text().split()[0])
    tick, total = os.sysconf("SC_CLK_TCK"), 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat.parent.name) == postmaster or int(fields[1]) == postmaster:  # fields[1]: the parent's pid
            total += (int(fields[11]) + int(fields[12])) / tick  # utime + stime
    return total


async def run(rooms: int, people: int, days: int, folder: Path) -> dict:
    """Build the store, then time the nightly job over every room, step by step."""
    bot = TestBot(folder, CONFIG)
    await bot.start()
    await bot.stop()
    t0 = time.perf_counter()
    day_rows = build(store_url(folder), rooms, people, days)
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
        c0, s0, t0 = time.process_time(), server_cpu_s(), time.perf_counter()
        await bot.wait(hours=20)  # past 04:30: the whole job, a step at a time
        total_s, cpu_s, server_s = time.perf_counter() - t0, time.process_time() - c0, server_cpu_s() - s0
        await bot.stop()
    finally:
        members.segment_rooms, members.warn = real_segment_rooms, real_warn
    assert len(done) == rooms, (len(done), rooms)
    return {"rooms": rooms, "members": people, "days": days, "day_rows": day_rows,
            "store": "postgresql" if on_postgres() else "sqlite", "build_s": round(build_s, 1),
            "total_s": round(total_s, 2), "cpu_s": round(cpu_s, 2), "server_cpu_s": round(server_s, 2),
            "max_step_s": round(max(steps), 3),
            "steps": len(steps)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rooms", type=int, default=500)
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args()
    if on_postgres():  # a schema of the server QUNBOT_TEST_STORE_URL names, as the tests use it
        bot.testing._stores = bot.testing.TestStores(os.environ[bot.testing.STORE_URL_ENV])
    try:
        with tempfile.TemporaryDirectory(prefix="qunbot-bench-") as folder:
            print(json.dumps(asyncio.run(run(args.rooms, args.members, args.days, Path(folder)))))
    finally:
        if bot.testing._stores is not None:
            bot.testing._stores.drop()


if __name__ == "__main__":
    main()
