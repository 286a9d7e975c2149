"""How often conv17's new readings fire on the training conversations, and their CPU per line.

`python -m bench.signals17 [-v]`: every worded line of tests/data/conversation_eval/{tune,heldout*} and
tests/data/conversation_train (training data only), read by each signal on its own; `-v` lists the lines each fires
on (all but health_matter, which is only consulted when a member answers a waiting member).
"""
from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bot.grievance import returns_own_slip
from bot.offers import gives_away, sets_a_task
from plugins.nudge.addressing import health_matter, owns_the_trouble
from plugins.nudge.warnings import tells_of_illness

DATA = Path("tests/data")
SIGNALS: list[tuple[str, Callable[[str], bool]]] = [
    ("tells_of_illness", tells_of_illness), ("gives_away", gives_away), ("returns_own_slip", returns_own_slip),
    ("sets_a_task", sets_a_task), ("owns_the_trouble", owns_the_trouble), ("health_matter", health_matter)]


def lines() -> list[tuple[str, str]]:
    """(label, text) of every worded line of the training conversations."""
    files = sorted((DATA / "conversation_eval").glob("tune/*.jsonl")) + sorted(
        (DATA / "conversation_eval").glob("heldout*/*.jsonl")) + sorted((DATA / "conversation_train").glob("*.jsonl"))
    found = []
    for path in files:
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip() and (text := json.loads(raw).get("text")):
                found.append((json.loads(raw).get("label", ""), text))
    return found


def main() -> None:
    every = lines()
    print(f"{len(every)} worded lines")
    for name, signal in SIGNALS:
        start = time.process_time()
        hits = [(label, text) for label, text in every if signal(text)]
        cpu = (time.process_time() - start) / len(every) * 1e6
        print(f"{name}: {len(hits)} of {len(every)} ({cpu:.1f} µs CPU a line)")
        if "-v" in sys.argv and name != "health_matter":
            for label, text in hits:
                print(f"    {label}: {text[:70]}")


if __name__ == "__main__":
    main()
