"""bench/faq_by_reading.py on the three example events: the member's "请问活动怎么报名?" is the one message the FAQ
decides on, the reader calls it a question, and the FAQ finds its entry."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.testing import on_postgres

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(on_postgres(), reason="the replay's throw-away store is SQLite")
def test_each_faq_decision_is_counted_by_the_readers_kind() -> None:
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "faq_by_reading.py"),
                          str(ROOT / "tests" / "data" / "example_events.jsonl"), "--config", str(ROOT / "config.yaml")],
                         capture_output=True, text=True, cwd=ROOT, timeout=300, check=True)
    rows = [line.split() for line in run.stdout.splitlines()[1:]]
    assert rows == [["1", "question", "True", "False"]]
