"""How the CPU of a replay's timed window splits: start-up, events, timers, the collector, the store's statements.

python bench/window_split.py EVENTS.jsonl --config CONFIG [--top 25]

`qunbot replay --stats` (and the peer bench's compare.py) time the window from `app.start()` to the last timer.
This runs that replay in this process with CPU clocks (`time.process_time`, so a loaded machine changes the
figures little) around its parts and prints, as CPU seconds and shares of the whole process:
- before the window (imports, config, plugins built), `app.start()` (migrations, starters), the read-ahead's one
  question to the store per batch (`App.expect`), events handled (`App.handle`), timers (`Timers.advance_to`,
  also those run inside `ClockDriver.feed` after an event) with each timer's run under the first part of its name
  (`plugin` for a plugin's timer, a stored job's id, `outbox` for the outbox's sends), `app.stop()`; each part's
  own time, without the parts it calls (a timer run from inside an event counts for the timers);
- the garbage collector by generation, inside and outside the window, with how many objects it freed;
- each statement the store ran (the unit of work's cursor and ORM sessions alike), with calls, rows (an
  `executemany` counts each row) and CPU, the SQL driver's time only (SQLite's own work; the Python that builds
  the parameters is outside it).
Each timed statement costs ~1 µs more than in a plain replay; bench/replay_sample.py gives the shares without
wrappers, by sampling.
"""
from __future__ import annotations

import argparse
import collections
import gc
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

cpu = time.process_time
own: dict[str, float] = collections.defaultdict(float)  # part -> CPU s spent in it, not in a part it called
calls: collections.Counter[str] = collections.Counter()
_stack: list[list[Any]] = []  # [part, started, CPU of the parts it called]
window: dict[str, float | None] = {"start": None, "end": None}
# collections, CPU s, objects freed
collector: dict[str, list[float]] = {g: [0, 0.0, 0] for g in ("outside the window", "in the window")}
by_generation: collections.Counter[int] = collections.Counter()
statements: dict[str, list[float]] = collections.defaultdict(lambda: [0, 0, 0.0])  # calls, rows, CPU s


def _timed(owner: type, name: str, part: str) -> None:
    """Count `owner.name` (a coroutine method) as `part`, less the parts it calls."""
    inner = getattr(owner, name)

    async def timed(*args: Any, **kwargs: Any) -> Any:
        started = cpu()
        frame: list[Any] = [part, started, 0.0]
        _stack.append(frame)
        try:
            return await inner(*args, **kwargs)
        finally:
            _stack.pop()
            spent = cpu() - started
            own[part] += spent - float(frame[2])
            calls[part] += 1
            if _stack:
                _stack[-1][2] += spent
    setattr(owner, name, timed)


def _gc(phase: str, info: dict[str, int]) -> None:
    if phase == "start":
        _gc.started = cpu()  # type: ignore[attr-defined]
        return
    spent = cpu() - _gc.started  # type: ignore[attr-defined]
    kept = collector["in the window" if window["start"] is not None and window["end"] is None else "outside the window"]
    kept[0] += 1
    kept[1] += spent
    kept[2] += info["collected"]
    by_generation[info["generation"]] += 1
    if _stack:  # a collection inside a part is not that part's own work
        _stack[-1][2] += spent
        own["garbage collector (inside parts)"] += spent


def _shape(sql: str) -> str:
    """A statement's text with its long IN lists folded, on one line."""
    return re.sub(r"\((\?, )+\?\)", "(?, ...)", " ".join(sql.split()))[:120]


class _TimedCursor:
    """The unit of work's DBAPI cursor with CPU clocks around execute and executemany."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def execute(self, sql: str, parameters: Any = ()) -> Any:
        t = cpu()
        result = self._cursor.execute(sql, parameters)
        entry = statements[_shape(sql)]
        entry[0] += 1
        entry[1] += 1
        entry[2] += cpu() - t
        return self if result is self._cursor else result

    def executemany(self, sql: str, rows: Any) -> Any:
        rows = list(rows)
        t = cpu()
        self._cursor.executemany(sql, rows)
        entry = statements[_shape(sql)]
        entry[0] += 1
        entry[1] += len(rows)
        entry[2] += cpu() - t
        return self

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


def _instrument() -> None:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from bot.app import App
    from bot.clock import Timers
    from bot.work import Work

    _timed(App, "start", "app.start() (migrations, starters)")
    _timed(App, "expect", "read-ahead (App.expect: which messages are stored)")
    _timed(App, "handle", "events handled (App.handle)")
    _timed(Timers, "advance_to", "timers (Timers.advance_to)")
    _timed(App, "stop", "app.stop() (the last commit)")
    run = Timers._run

    async def by_name(self: Timers, handle: Any) -> None:  # each timer's own time under its name's first part
        part = f"  timer run: {handle.name.split(':')[0]}"  # a plugin's timer `plugin:handler`, a job by its id
        started = cpu()
        frame: list[Any] = [part, started, 0.0]
        _stack.append(frame)
        try:
            await run(self, handle)
        finally:
            _stack.pop()
            spent = cpu() - started
            own[part] += spent - float(frame[2])
            calls[part] += 1
            if _stack:
                _stack[-1][2] += spent
    Timers._run = by_name  # type: ignore[method-assign]
    connection = Work._connection

    def timed_connection(self: Work) -> Any:
        conn = connection(self)
        if not isinstance(self._cursor, _TimedCursor):
            self._cursor = _TimedCursor(self._cursor)
        return conn
    Work._connection = timed_connection  # type: ignore[method-assign]

    @event.listens_for(Engine, "before_cursor_execute")
    def before(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        conn.info["perf15_started"] = cpu()

    @event.listens_for(Engine, "after_cursor_execute")
    def after(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        entry = statements["(ORM) " + _shape(statement)]
        entry[0] += 1
        entry[1] += len(parameters) if executemany else 1
        entry[2] += cpu() - conn.info.pop("perf15_started", cpu())

    start = App.start

    async def marked_start(self: App) -> None:
        window["start"] = cpu()
        await start(self)
    App.start = marked_start  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", type=Path)
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    gc.callbacks.append(_gc)
    _instrument()
    import asyncio

    from bot.adapters.replay import replay
    with tempfile.TemporaryDirectory(prefix="window-split-") as folder, \
            (Path(folder) / "actions.jsonl").open("w", encoding="utf-8") as out:
        summary = asyncio.run(replay(args.events, args.config, out, sys.stderr))
        window["end"] = cpu()
    total = cpu()
    begun, ended = window["start"] or 0.0, window["end"] or total
    print(f"{summary.events} events, {summary.actions} actions; process CPU {total:.2f} s, "
          f"of which the timed window {ended - begun:.2f} s")
    share = 100 / total
    print(f"{begun * share:5.1f}%  {begun:6.2f} s  before the window (imports, config, plugins)")
    for part, spent in sorted(own.items(), key=lambda kv: -kv[1]):
        print(f"{spent * share:5.1f}%  {spent:6.2f} s  {part}  ({calls[part] or '-'} calls)")
    for where, (n, spent, freed) in collector.items():
        print(f"{spent * share:5.1f}%  {spent:6.2f} s  garbage collector {where}: {int(n)} collections, "
              f"{int(freed)} objects freed")
    print(f"       collections by generation: {dict(sorted(by_generation.items()))}")
    sql = sum(float(entry[2]) for entry in statements.values())
    n_calls = sum(int(entry[0]) for entry in statements.values())
    n_rows = sum(int(entry[1]) for entry in statements.values())
    print(f"{sql * share:5.1f}%  {sql:6.2f} s  the store's statements (driver calls {n_calls}, rows {n_rows}, "
          f"{n_rows / max(summary.events, 1):.2f} rows an event), inside the parts above")
    for text, (n, rows, spent) in sorted(statements.items(), key=lambda kv: -kv[1][2])[:args.top]:
        print(f"  {spent * share:5.2f}%  {spent:6.3f} s  {int(n):6d} calls {int(rows):6d} rows "
              f"{1e6 * spent / max(rows, 1):6.1f} µs a row  {text}")


if __name__ == "__main__":
    main()
