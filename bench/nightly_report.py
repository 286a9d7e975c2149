"""The nightly per-operator report: one query per night against one ORM load per operator.

python bench/nightly_report.py [--waits 10500] [--operators 20] [--url postgresql://...]
Writes a day of waits (the benchmark day's size: about 10,500) nudged to and answered by `--operators` operators
into a throw-away store (SQLite unless --url names another, whose tables it must be free to create), then times
the report's figures both ways: `Pendings.sla(..., operator=op)` for each operator (what the report did) and
`Pendings.sla_by_operator` (what it does). Prints the median of three runs of each and checks they agree.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from bot.store import THROWAWAY, Store  # noqa: E402
from bot.work import Work  # noqa: E402
from plugins.nudge.store import Pending, Pendings  # noqa: E402

MIDNIGHT = datetime(2026, 11, 22, 16, 0, tzinfo=UTC)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--waits", type=int, default=10_500)
    parser.add_argument("--operators", type=int, default=20)
    parser.add_argument("--url", default=THROWAWAY)
    args = parser.parse_args()
    operators = [f"op{n}" for n in range(args.operators)]
    store = Store(args.url)
    store.migrate()
    rows = []
    for n in range(args.waits):
        opened = MIDNIGHT + timedelta(seconds=n * 20 * 3600 // args.waits)
        answered = n % 3 != 0
        rows.append({"room_id": f"r{n % 50}", "topic": f"群{n % 50}", "member_id": f"u{n}", "member_name": f"成员{n}",
                     "message_ids": "", "excerpt": "", "kind": "complaint" if n % 40 == 0 else "question",
                     "opened_at": opened, "state": "answered" if answered else "covered",
                     "nudged_to": operators[n % len(operators)],
                     "closed_by": operators[(n * 7) % len(operators)] if answered else None,
                     "closed_at": opened + timedelta(seconds=n % 400) if answered else None,
                     "covered_at": None if answered else opened + timedelta(minutes=3)})
    with store.engine.begin() as conn:
        conn.execute(insert(Pending), rows)
    work = Work(store)
    pendings = Pendings(work, work.session)
    until = MIDNIGHT + timedelta(hours=21)

    def each() -> dict:
        return {op: pendings.sla(MIDNIGHT, until, operator=op, staff=operators) for op in operators}

    def together() -> dict:
        return pendings.sla_by_operator(MIDNIGHT, until, operators)

    timings = {}
    for name, run in (("one ORM load per operator", each), ("one query per night", together)):
        took = []
        for _ in range(3):
            started = time.perf_counter()
            figures = run()
            took.append(time.perf_counter() - started)
        timings[name] = (statistics.median(took), figures)
    (_, old), (_, new) = timings.values()
    assert old == new, "the two ways disagree"
    print(f"store={store.engine.dialect.name} waits={args.waits} operators={args.operators}")
    for name, (seconds, _) in timings.items():
        print(f"  {name:28s} {seconds * 1000:8.1f} ms")
    work.close()
    store.close()


if __name__ == "__main__":
    main()
