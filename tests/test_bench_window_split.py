"""bench/window_split.py on the three example events: every part of the replay's window is named, with its calls,
and the store's statements are counted (its figures are the benchmark's to show, never a timed test)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.testing import on_postgres

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(on_postgres(), reason="the replay's throw-away store is SQLite")
def test_the_window_is_split_into_its_parts_and_the_statements_counted():
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "window_split.py"),
                          str(ROOT / "tests" / "data" / "example_events.jsonl"), "--config", str(ROOT / "config.yaml")],
                         capture_output=True, text=True, cwd=ROOT, timeout=300, check=True)
    lines = run.stdout.splitlines()
    assert lines[0].startswith("3 events, ")
    assert any("events handled (App.handle)  (3 calls)" in line for line in lines)
    assert any("app.start()" in line for line in lines) and any("before the window" in line for line in lines)
    assert any("timer run: outbox" in line for line in lines)  # the replies were sent by the outbox's timer
    statements = next(line for line in lines if "the store's statements" in line)
    assert "driver calls 0," not in statements
