"""A short version of bench/segments.py: the nightly job does every room, a step at a time (its speed is the
benchmark's to show, never a timed test)."""
from __future__ import annotations

import sqlite3

import pytest

from bench.segments import run
from bot.testing import on_postgres


@pytest.mark.skipif(on_postgres(), reason="the benchmark writes its year of counts straight into a SQLite file")
async def test_the_nightly_job_does_every_room_in_steps(tmp_path):
    figures = await run(rooms=45, people=100, days=90, folder=tmp_path)
    assert figures["steps"] == 3 and figures["day_rows"] > 10_000
    con = sqlite3.connect(tmp_path / "bot.db")
    counts = dict(con.execute("SELECT segment, sum(count) FROM members_segment_counts GROUP BY segment").fetchall())
    assert set(counts) == {"kol", "active", "ordinary", "lurker"}  # everyone joined a year ago: no newcomer
    assert counts["lurker"] > counts["kol"] > 0 and sum(counts.values()) == 45 * 100
