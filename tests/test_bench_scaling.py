"""A short version of bench/scaling.py: a point is built by bulk inserts and measured through the whole bot."""
from __future__ import annotations

import sqlite3

import pytest

from bench import scaling
from bot.testing import on_postgres


@pytest.mark.skipif(on_postgres(), reason="the benchmark writes its store straight into a SQLite file")
def test_a_point_of_stored_history_gives_every_figure(tmp_path, monkeypatch):
    monkeypatch.setattr(scaling, "MESSAGES_PER_DAY", 500)
    row = scaling.point("days", 3, 120, tmp_path, in_process=True)
    assert row["dimension"] == "days" and row["value"] == 3 and row["messages_stored"] == 1500
    con = sqlite3.connect(tmp_path / "bot.db")
    assert con.execute("SELECT count(*) FROM messages WHERE id LIKE 'h%'").fetchone()[0] == 1500
    assert con.execute("SELECT count(*) FROM nudge_pending").fetchone()[0] >= scaling.BASE["waits"]
    assert row["events"] > 100 and row["actions"] > 0  # the morning was handled: welcomes, answers, notices
    for key in ("startup_s", "startup_cpu_s", "p50_ms", "p99_ms", "cpu_p50_ms", "events_per_s", "cpu_ms_per_event",
                "peak_rss_mb"):
        assert row[key] > 0, key
    assert "| days | 3 |" in scaling.table([row])
