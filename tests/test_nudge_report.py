"""The nightly per-operator report: one query for the night gives each operator what asking one at a time gave."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.store import Store
from bot.testing import store_url
from bot.work import Work
from plugins.nudge.store import Pending, Pendings

MIDNIGHT = datetime(2026, 11, 22, 16, 0, tzinfo=UTC)  # 00:00 in Beijing
STATES = ("answered", "covered", "nudged", "open", "night", "handed_over", "expired")
OPERATORS = ["op1", "op2", "op3", "nobody"]


def test_figures_by_operator_match_one_operator_at_a_time(tmp_path):
    store = Store(store_url(tmp_path))
    store.migrate()
    work = Work(store)
    with work.session() as db:
        for n in range(120):
            opened = MIDNIGHT + timedelta(minutes=7 * n)
            state = STATES[n % len(STATES)]
            db.add(Pending(room_id=f"r{n % 3}", topic=f"群{n % 3}", member_id=f"u{n}", member_name=f"成员{n}",
                           kind="complaint" if n % 5 == 0 else "question", opened_at=opened, state=state,
                           nudged_to=OPERATORS[n % 3] if n % 4 else None,
                           closed_by=OPERATORS[(n + 1) % 3] if state == "answered" else None,
                           closed_at=opened + timedelta(seconds=20 * (n % 17)) if state == "answered" else None,
                           covered_at=opened + timedelta(minutes=3) if state == "covered" else None))
        db.add(Pending(room_id="r1", member_id="late", opened_at=MIDNIGHT + timedelta(days=1), nudged_to="op1"))
        db.commit()
    pendings = Pendings(work, work.session)
    until = MIDNIGHT + timedelta(hours=21)
    together = pendings.sla_by_operator(MIDNIGHT, until, OPERATORS)
    assert together == {op: pendings.sla(MIDNIGHT, until, operator=op, staff=OPERATORS) for op in OPERATORS}
    assert together["op1"].total > 10 and together["nobody"].total == 0
    work.close()
    store.close()
