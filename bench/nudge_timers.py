"""100,000 pending responses due over three minutes on a live clock: how late do nudges fire, how much memory?

python bench/nudge_timers.py [--pending 100000] [--spread-s 180]
The pendings are written to a fresh SQLite store as a restart would find them; the nudge plugin re-arms them on the
one timer heap at start-up; every nudge records how late it ran (time it ran minus time it was due).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from bot.adapters.memory import MemoryAdapter  # noqa: E402
from bot.app import App  # noqa: E402

CONFIG = """bot:
  timezone: Asia/Shanghai
  owners: [boss]
  operators: [op1]
  quiet_hours: "00:00-00:00"
store:
  url: sqlite:///nudge.db
plugins:
  nudge: {stale_after_min: 60}
"""


async def run(pending: int, spread_s: float) -> dict:
    """Arm, wait until every nudge has fired, report lateness and memory."""
    from plugins.nudge import alerts as plugin_module
    from plugins.nudge.store import Pending
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "config.yaml").write_text(CONFIG, encoding="utf-8")
        app = App(Path(tmp) / "config.yaml", MemoryAdapter())
        app.store.migrate()
        start = app.clock.now() + timedelta(seconds=5)
        step = spread_s / pending
        with app.store.engine.begin() as conn:  # as a restart finds them: opened 60 s before their nudge is due
            conn.execute(insert(Pending), [
                {"room_id": f"room{i % 500}", "topic": "", "member_id": f"m{i}", "member_name": "", "excerpt": "x",
                 "kind": "question", "message_ids": f"msg{i}", "opened_at": start + timedelta(seconds=i * step - 60),
                 "state": "open"} for i in range(pending)])
        late: list[float] = []
        original = plugin_module.nudge

        def timed(ctx, waiter):
            due = waiter.opened_at + timedelta(seconds=60)
            late.append((app.clock.now() - due).total_seconds())
            original(ctx, waiter)
        plugin_module.nudge = timed
        armed_at = time.perf_counter()
        await app.start()
        arm_s = time.perf_counter() - armed_at
        rss_armed = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        deadline = time.monotonic() + spread_s + 120
        while len(late) < pending and time.monotonic() < deadline:
            await asyncio.sleep(1)
        await app.stop()
        plugin_module.nudge = original
    late.sort()
    return {"pending": pending, "spread_s": spread_s, "fired": len(late), "arm_s": round(arm_s, 2),
            "late_p50_ms": round(statistics.median(late) * 1000, 1) if late else None,
            "late_p99_ms": round(late[int(0.99 * (len(late) - 1))] * 1000, 1) if late else None,
            "late_max_ms": round(late[-1] * 1000, 1) if late else None,
            "peak_rss_mb_after_arming": round(rss_armed, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    """Print one JSON line."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--pending", type=int, default=100_000)
    parser.add_argument("--spread-s", type=float, default=180.0)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args.pending, args.spread_s))))


if __name__ == "__main__":
    main()
