"""Where a replay's CPU goes: CPU seconds per plugin handler, job and core step, and memory as the day goes on.

python bench/replay_cpu.py EVENTS.jsonl --config CONFIG [--every 10000] [--caches]

Replays like `qunbot replay` (virtual clock, throw-away store, commits grouped) with each handler, job and
core step wrapped to add up its own CPU time (`time.process_time`, its wrapped callees taken out), and
prints the table largest first; every `--every` events it prints the resident memory and how many
objects the collector tracks (with `--caches`, the entries of our lru caches holding 500 or more), so growth
with the day shows. The wrappers cost ~1 µs each, so the total
is a few per cent above a plain replay's; compare rows, not the total, with `/usr/bin/time qunbot replay`.
"""
from __future__ import annotations

import argparse
import asyncio
import collections
import functools
import gc
import itertools
import os
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.adapters.replay import REPLAY_COMMIT_EVERY, ReplayAdapter, read_events  # noqa: E402
from bot.app import App  # noqa: E402
from bot.driver import ClockDriver  # noqa: E402
from bot.store import THROWAWAY  # noqa: E402

spent: collections.defaultdict[str, float] = collections.defaultdict(float)
calls: collections.Counter[str] = collections.Counter()
_inner: list[float] = []  # per open wrapper: CPU its wrapped callees took


def _account(name: str, started: float) -> None:
    took = time.process_time() - started
    spent[name] += took - _inner.pop()
    calls[name] += 1
    if _inner:
        _inner[-1] += took


def timed(name: str, func: Any) -> Any:
    """`func` (a function or a coroutine function) adding its own CPU time to `spent[name]`."""
    if asyncio.iscoroutinefunction(func):
        @functools.wraps(func)
        async def run_async(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            _inner.append(0.0)
            try:
                return await func(*args, **kwargs)
            finally:
                _account(name, started)
        return run_async

    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        _inner.append(0.0)
        try:
            return func(*args, **kwargs)
        finally:
            _account(name, started)
    return run


def rss_mb() -> float:
    """Resident memory now (Linux)."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def caches(least: int = 500) -> str:
    """The functools caches of our modules holding at least `least` entries: what fills as the day goes on."""
    sizes: dict[str, int] = {}
    for name, module in list(sys.modules.items()):
        if name.startswith(("bot", "plugins")):
            for obj in list(vars(module).values()):
                if type(obj).__name__ == "_lru_cache_wrapper" and obj.cache_info().currsize >= least:
                    sizes[f"{obj.__module__}.{obj.__qualname__}"] = obj.cache_info().currsize
    return ", ".join(f"{k} {v}" for k, v in sorted(sizes.items(), key=lambda kv: -kv[1]))


def instrument(app: App) -> None:
    """Wrap every handler, job and starter of the included plugins, and the core's steps."""
    for plugin in app.plugins.values():
        for handler in plugin.handlers:
            object.__setattr__(handler, "func", timed(f"handler {plugin.name}.{handler.func.__name__}", handler.func))
        for name, job in list(plugin.jobs.items()):
            plugin.jobs[name] = timed(f"job {plugin.name}.{name}", job)
    app._include_plugins()  # the dispatcher keeps the wrapped handlers
    import bot.pipeline as pipeline_module  # intake is called through the module
    steps = [
        (app.dispatcher, 'dispatch', "core: dispatch (contexts, rules, savepoints)"),
        (app, 'handle', "core: handle (unit of work)"),
        (app, '_handle', "core: names, shared rooms"),
        (app, 'act_on', "core: act_on"),
        (app, '_isolated', "core: jobs' unit of work"),
        (app.reader, 'take', "core: reader (bot.understanding)"),
        (app.outbox, 'accept', "core: outbox.accept (action log)"),
        (app.outbox, '_pump', "core: outbox pump"),
        (app.outbox, '_send', "core: outbox send (adapter)"),
        (app.work, 'commit', "core: commit"),
        (app.work, '_flush', "core: batched writes"),
        (app.timers, '_run', "core: timers"),
        (pipeline_module.intake, 'record', "core: intake.record"),
    ]
    for owner, name, label in steps:  # the core's steps, each by its own name
        setattr(owner, name, timed(label, getattr(owner, name)))


async def main(events_path: Path, config: Path, every: int, show_caches: bool = False) -> None:
    """Replay and print the table."""
    started = time.process_time()
    events = read_events(events_path, sys.stderr)
    head = next(events)
    with open(os.devnull, "w", encoding="utf-8") as out:
        assert head.ts.tzinfo is not None
        adapter = ReplayAdapter(out, head.ts.tzinfo, events_path.parent)
        app = App(config, adapter, start=head.ts, store_url=THROWAWAY, seed=0, commit_every=REPLAY_COMMIT_EVERY)
        instrument(app)
        driver = ClockDriver(app)
        await app.start()
        ready = time.process_time()
        print(f"start-up {ready - started:.2f} CPU s, {rss_mb():.1f} MB")
        n, last = 0, head.ts
        stream = itertools.chain([head], events)
        while True:
            t0 = time.process_time()
            _inner.append(0.0)
            event = next(stream, None)
            _account("replay: reading the events file", t0)
            if event is None:
                break
            t0 = time.process_time()
            _inner.append(0.0)
            await driver.advance_to(event.ts)
            await driver.feed(event)
            _account("replay: clock and driver", t0)
            n, last = n + 1, event.ts
            if every and n % every == 0:
                print(f"{n} events ({event.ts:%H:%M}): {rss_mb():.1f} MB, {len(gc.get_objects())} tracked objects"
                      + (f"; caches: {caches()}" if show_caches else ""), flush=True)
        await driver.advance_to(last + timedelta(minutes=10))
        await app.stop()
    total = time.process_time() - started
    print(f"{n} events, {total:.2f} CPU s in all ({ready - started:.2f} start-up), {rss_mb():.1f} MB at the end")
    print(f"{'CPU s':>7} {'share':>6} {'calls':>7}  what")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"{seconds:7.2f} {100 * seconds / total:5.1f}% {calls[name]:7d}  {name}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", type=Path)
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--every", type=int, default=10000, help="print memory every N events (0: never)")
    parser.add_argument("--caches", action="store_true", help="with the memory, the sizes of our fuller lru caches")
    args = parser.parse_args()
    asyncio.run(main(args.events, args.config.resolve(), args.every, args.caches))
