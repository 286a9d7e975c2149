"""The whole bot on a live clock through the memory adapter: events pushed as fast as the bot takes them.

python bench/live_memory.py WORKLOAD_DIR   (a folder written by bench/workload.py)
Latency per event is the time `App.handle` takes (record, every plugin, actions stored and handed to
the outbox); the outbox then paces delivery in real time, so deliveries are not waited for.
"""
from __future__ import annotations

import asyncio
import dataclasses
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.adapters.memory import MemoryAdapter  # noqa: E402
from bot.adapters.replay import read_events  # noqa: E402
from bot.app import App  # noqa: E402


async def run(folder: Path) -> dict:
    """Push every event, report throughput, latency and memory."""
    events = list(read_events(folder / "events.jsonl", sys.stderr))
    with tempfile.TemporaryDirectory() as tmp:
        config = (folder / "config.yaml").read_text(encoding="utf-8").replace("sqlite:///bench.db",
                                                                              f"sqlite:///{tmp}/live.db")
        for name in ("faq.yaml", "ad_keywords.txt"):
            (Path(tmp) / name).write_text((folder / name).read_text(encoding="utf-8"), encoding="utf-8")
        (Path(tmp) / "config.yaml").write_text(config, encoding="utf-8")
        t0 = time.perf_counter()
        app = App(Path(tmp) / "config.yaml", MemoryAdapter())
        await app.start()
        ready_s = time.perf_counter() - t0
        latencies = []
        started = time.perf_counter()
        for event in events:
            event = dataclasses.replace(event, ts=app.clock.now())  # live: it happens now
            t = time.perf_counter()
            await app.handle(event)
            latencies.append((time.perf_counter() - t) * 1000)
            await asyncio.sleep(0)  # let timers and the outbox run between events, as live
        wall = time.perf_counter() - started
        await app.stop()
    latencies.sort()
    return {"events": len(events), "wall_s": round(wall, 2), "events_per_s": round(len(events) / wall, 1),
            "p50_ms": round(latencies[len(latencies) // 2], 3),
            "p99_ms": round(latencies[int(0.99 * (len(latencies) - 1))], 3), "ready_s": round(ready_s, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


if __name__ == "__main__":
    print(json.dumps(asyncio.run(run(Path(sys.argv[1])))))
