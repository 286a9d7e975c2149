"""bench/memos_off.py on the three example events: with every per-text memo off the bot does exactly what it does
with them on (the memos keep pure readings only), and the run says how many cached readings it worked out afresh
(its CPU figures are the benchmark's to show, never a timed test)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.testing import on_postgres

ROOT = Path(__file__).resolve().parent.parent


def _run(out: Path, *extra: str) -> str:
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "memos_off.py"),
                          str(ROOT / "tests" / "data" / "example_events.jsonl"), "--config", str(ROOT / "config.yaml"),
                          "--out", str(out), *extra], capture_output=True, text=True, cwd=ROOT, timeout=300, check=True)
    return run.stdout.strip().splitlines()[-1]


@pytest.mark.skipif(on_postgres(), reason="the replay's throw-away store is SQLite")
def test_with_the_memos_off_the_bot_says_and_does_the_same(tmp_path: Path) -> None:
    on, off = _run(tmp_path / "on.jsonl"), _run(tmp_path / "off.jsonl", "--off")
    assert on.startswith("memos on: ") and " 0 cached functions unwrapped" in on
    assert off.startswith("memos off: ")
    unwrapped = int(off.split(" CPU s, ")[1].split()[0])
    assert unwrapped >= 10  # simplify, emergency, grievance, kind_of_words, the FAQ's cut, moderation's cues...
    actions = (tmp_path / "on.jsonl").read_text(encoding="utf-8")
    assert actions and "3 events" in on and actions == (tmp_path / "off.jsonl").read_text(encoding="utf-8")
