"""Cost against size, one dimension at a time: per-event p50/p99, throughput, start-up and peak memory.

python bench/scaling.py [--only rooms,days] [--events 1500] [--repeat 1]      (from the repository root)

Every point starts from the smallest shape (BASE) and changes one dimension (POINTS): rooms, members
per room, operators, FAQ entries, ad keywords, days of stored history (about 27,400 messages a day:
365 days is 10 million) and waits in the nudge log. The store is built directly with bulk inserts into
a SQLite file (never by replay), then one fresh process starts the whole bot on it (every plugin of
config.yaml, virtual clock) and feeds the same kind of morning: about `--events` events from
bench/workload.py (chat, questions, ads, joins, operators answering), spread over every room. Each point
runs in its own process, so its peak memory is its own. Prints one JSON line per point, then a table.

Figures: startup_s (App() and start: migrations, loading, starters), p50/p99 of one event (record,
every plugin), events/s over the whole morning (timers and the outbox included), CPU ms per event,
peak RSS. Where the work per event does not change, these must stay flat as the dimension grows.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import workload  # noqa: E402

BASE = {"rooms": 10, "members": 50, "operators": 1, "faq": 10, "keywords": 100, "days": 1, "waits": 1000}
POINTS = {"rooms": [10, 50, 200, 500], "members": [50, 200, 500, 2000], "operators": [1, 10, 50],
          "faq": [10, 100, 1000], "keywords": [100, 1000, 10000], "days": [1, 30, 365],
          "waits": [1000, 10000, 100000]}
MESSAGES_PER_DAY = 27_400  # of stored history: 365 days is about 10 million messages
DAY = datetime(2026, 11, 23, 7, 0, tzinfo=ZoneInfo("Asia/Shanghai"))  # the morning fed (workload.events' day)


def _utc(t: datetime) -> str:
    """A time as the store keeps it (UTC text, microseconds)."""
    return t.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def write_folder(folder: Path, shape: dict[str, int], events: int, seed: int = 7) -> int:
    """Config, FAQ, keywords and the morning's events for this shape; the number of events."""
    from ruamel.yaml import YAML
    rng = random.Random(seed)
    faq = workload.faq_entries(shape["faq"], rng)
    per_room = max(2, events // shape["rooms"])
    evs = workload.events(shape["rooms"], shape["members"], per_room, rng, faq)
    operators = [f"op{i + 1}" for i in range(shape["operators"])]
    for ev in evs:  # each room's answers come from its own operator
        if ev.get("sender") == "op1":
            ev["sender"] = operators[int(ev["room"][4:]) % len(operators)]
    (folder / "events.jsonl").write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in evs),
                                         encoding="utf-8")
    (folder / "ad_keywords.txt").write_text("\n".join(workload.keywords(shape["keywords"], rng)) + "\n",
                                            encoding="utf-8")
    yaml = YAML()
    yaml.allow_unicode = True
    with (folder / "faq.yaml").open("w", encoding="utf-8") as fh:
        yaml.dump({"entries": faq}, fh)
    config = YAML().load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    config["bot"].update({"operators": operators, "owners": ["boss"], "vips": []})
    config["store"] = {"url": "sqlite:///bot.db"}
    config.setdefault("console", {})["enabled"] = False
    plugins = config["plugins"]
    plugins["faq"]["file"] = "faq.yaml"
    plugins["moderation"]["keyword_files"] = ["ad_keywords.txt"]
    plugins["members"]["charts_dir"] = "charts"
    with (folder / "config.yaml").open("w", encoding="utf-8") as fh:
        yaml.dump(config, fh)
    return len(evs)


async def _migrate(folder: Path) -> None:
    from bot.adapters.memory import MemoryAdapter
    from bot.app import App
    app = App(folder / "config.yaml", MemoryAdapter(), start=DAY - timedelta(days=1))
    await app.start()
    await app.stop()


def build_store(folder: Path, shape: dict[str, int], seed: int = 7) -> dict[str, int]:
    """The schema by the bot's own migrations, then rooms, members, history and waits by bulk inserts."""
    asyncio.run(_migrate(folder))
    rng = random.Random(seed)
    con = sqlite3.connect(folder / "bot.db")
    con.execute("PRAGMA synchronous=OFF")
    year_ago = _utc(DAY - timedelta(days=400))
    rooms = [f"room{r}" for r in range(shape["rooms"])]
    con.executemany("INSERT INTO rooms (id, topic, first_seen, last_active) VALUES (?, ?, ?, ?)",
                    [(room, f"金秋俱乐部{r + 1}群", year_ago, year_ago) for r, room in enumerate(rooms)])
    con.executemany(
        "INSERT INTO members (room_id, contact_id, name, role, first_seen, joined_at, message_count) "
        "VALUES (?, ?, ?, 'member', ?, ?, 0)",
        ((room, f"r{r}m{i}", f"会员{r}-{i}", year_ago, year_ago)
         for r, room in enumerate(rooms) for i in range(shape["members"])))
    messages = shape["days"] * MESSAGES_PER_DAY
    step = 86_400 / MESSAGES_PER_DAY
    start = DAY - timedelta(days=shape["days"], hours=7)  # midnight, `days` days ago

    def history():
        for n in range(messages):
            r = n % len(rooms)
            sender = f"r{r}m{rng.randrange(shape['members'])}"
            yield (f"h{n}", _utc(start + timedelta(seconds=n * step)), rooms[r], sender, "会员", "text",
                   workload._chat(rng))
    con.executemany("INSERT INTO messages (id, ts, room_id, sender, sender_name, type, text) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)", history())
    week = 7 * 86_400 / shape["waits"]

    def waits():
        for n in range(shape["waits"]):
            r = n % len(rooms)
            opened = DAY - timedelta(hours=7, seconds=(n + 1) * week)
            yield (rooms[r], f"金秋俱乐部{r + 1}群", f"r{r}m{rng.randrange(shape['members'])}", "会员", f"h{n}",
                   "请问活动怎么报名", "question", _utc(opened), "answered", None, _utc(opened + timedelta(minutes=2)),
                   f"op{r % shape['operators'] + 1}")
    con.executemany("INSERT INTO nudge_pending (room_id, topic, member_id, member_name, message_ids, excerpt, kind, "
                    "opened_at, state, nudged_to, closed_at, closed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    waits())
    con.commit()
    con.close()
    return {"messages_stored": messages, "waits_stored": shape["waits"]}


async def measure(folder: Path) -> dict[str, Any]:
    """Start the bot on the built store and feed the morning; the figures of this point."""
    from bot.adapters.memory import MemoryAdapter
    from bot.adapters.replay import read_events
    from bot.app import App
    from bot.driver import ClockDriver
    events = list(read_events(folder / "events.jsonl", sys.stderr))
    wall0, cpu0 = time.perf_counter(), time.process_time()
    adapter = MemoryAdapter()
    app = App(folder / "config.yaml", adapter, start=events[0].ts, seed=0, commit_every=1)
    await app.start()
    startup_s, startup_cpu_s = time.perf_counter() - wall0, time.process_time() - cpu0
    driver = ClockDriver(app)
    latencies: list[float] = []
    cpu_latencies: list[float] = []  # the same in CPU time: steadier on a shared machine
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for event in events:
        await driver.advance_to(event.ts)
        t, c = time.perf_counter(), time.process_time()
        await driver.feed(event)
        latencies.append((time.perf_counter() - t) * 1000)
        cpu_latencies.append((time.process_time() - c) * 1000)
    await driver.advance_to(events[-1].ts + timedelta(minutes=10))
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    actions = len(adapter.sent)
    await app.stop()
    latencies.sort()
    cpu_latencies.sort()
    return {"events": len(events), "actions": actions, "startup_s": round(startup_s, 3),
            "startup_cpu_s": round(startup_cpu_s, 3), "p50_ms": round(latencies[len(latencies) // 2], 3),
            "p99_ms": round(latencies[int(0.99 * (len(latencies) - 1))], 3),
            "cpu_p50_ms": round(cpu_latencies[len(latencies) // 2], 3),
            "cpu_p99_ms": round(cpu_latencies[int(0.99 * (len(latencies) - 1))], 3),
            "events_per_s": round(len(events) / wall, 1), "cpu_ms_per_event": round(1000 * cpu / len(events), 3),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def point(dimension: str, value: int, events: int, folder: Path, in_process: bool = False) -> dict[str, Any]:
    """Build and measure one point (the measuring in a process of its own unless `in_process`)."""
    shape = {**BASE, dimension: value}
    t0 = time.perf_counter()
    count = write_folder(folder, shape, events)
    built = build_store(folder, shape)
    build_s = round(time.perf_counter() - t0, 1)
    if in_process:
        figures = asyncio.run(measure(folder))
    else:
        out = subprocess.run([sys.executable, __file__, "--measure", str(folder)], check=True, capture_output=True,
                             text=True).stdout
        figures = json.loads(out.strip().splitlines()[-1])
    assert figures["events"] == count
    return {"dimension": dimension, "value": value, **figures, **built, "build_s": build_s}


def table(rows: list[dict[str, Any]]) -> str:
    """The points as a Markdown table."""
    head = ("| dimension | value | events | p50 / p99 ms | CPU p50 / p99 ms | events/s | CPU ms/event | "
            "start-up s (CPU s) | peak RSS MB |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n")
    return head + "".join(
        f"| {r['dimension']} | {r['value']:,} | {r['events']:,} | {r['p50_ms']} / {r['p99_ms']} | "
        f"{r['cpu_p50_ms']} / {r['cpu_p99_ms']} | "
        f"{r['events_per_s']:,} | {r['cpu_ms_per_event']} | {r['startup_s']} ({r['startup_cpu_s']}) | "
        f"{r['peak_rss_mb']} |\n" for r in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(POINTS), help="dimensions to vary, comma-separated")
    parser.add_argument("--events", type=int, default=1500, help="events in the morning fed at every point")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure is not None:
        print(json.dumps(asyncio.run(measure(args.measure))))
        return
    rows = []
    for dimension in args.only.split(","):
        for value in POINTS[dimension]:
            with tempfile.TemporaryDirectory(prefix="qunbot-scaling-") as folder:
                rows.append(point(dimension, value, args.events, Path(folder)))
            print(json.dumps(rows[-1]), flush=True)
    print(table(rows))


if __name__ == "__main__":
    main()
