"""How the per-text memos did on a day: each bounded lru_cache of bot/ and plugins/ with its size, hits and misses.

python bench/memo_stats.py EVENTS.jsonl --config CONFIG [--all]

Replays the day (as `qunbot replay`, the action log thrown away) and prints, most misses first, every bounded
`functools.lru_cache` found in bot.* and plugins.* that was called (`bot.memo.per_text` readings among them), with
its limit, what it holds at the end, hits and misses: a memo whose size is its limit and whose misses are near its
calls evicts texts that come again. Without --all, moderation's per-message caches (4 kept: the rules and the
learned layer asking about the same message) are left out.
"""
from __future__ import annotations

import argparse
import asyncio
import functools
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", type=Path)
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--all", action="store_true", help="the per-message caches of 4 as well")
    args = parser.parse_args()
    from bench.memos_off import _import_all
    _import_all()
    from bot.adapters.replay import replay
    with tempfile.TemporaryDirectory(prefix="memo-stats-") as folder, \
            (Path(folder) / "actions.jsonl").open("w", encoding="utf-8") as out:
        summary = asyncio.run(replay(args.events, args.config, out, sys.stderr))
    seen: set[int] = set()
    rows = []
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith(("bot", "plugins")):
            continue
        for owner in [module, *(v for v in vars(module).values() if isinstance(v, type))]:
            for name, value in list(vars(owner).items()):
                if not isinstance(value, functools._lru_cache_wrapper) or id(value) in seen:
                    continue
                seen.add(id(value))
                info = value.cache_info()
                if info.maxsize is not None and info.hits + info.misses and (args.all or info.maxsize > 4):
                    rows.append((info.misses, f"{module.__name__}.{name}", info))
    print(f"{summary.events} events; process CPU {time.process_time():.2f} s, peak {summary.peak_rss_mb:.0f} MB")
    for _, name, info in sorted(rows, reverse=True):
        print(f"{name:45s} limit {info.maxsize:6d}  kept {info.currsize:6d}  hits {info.hits:7d}  "
              f"misses {info.misses:7d}")


if __name__ == "__main__":
    main()
