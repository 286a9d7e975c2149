"""How many lines of the training conversations the nudge reads as a scam warning to everyone, and its CPU cost.

Run from the repository root: `.venv/bin/python bench/warning_check.py` (training data only).
"""
from __future__ import annotations

import json
import time
from pathlib import Path

from plugins.nudge.warnings import warns_everyone


def lines(folder: Path) -> list[str]:
    """Every message text of the folder's JSONL files."""
    texts = []
    for path in sorted(folder.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            if isinstance(obj, dict) and isinstance(obj.get("text"), str) and obj["text"]:
                texts.append(obj["text"])
    return texts


def main() -> None:
    texts = lines(Path("tests/data/conversation_train"))
    began = time.process_time()
    hits = [t for t in texts if warns_everyone(t)]
    cpu = time.process_time() - began
    print(f"{len(texts)} lines, {len(hits)} read as a scam warning to everyone, "
          f"{cpu * 1e6 / max(1, len(texts)):.1f} us CPU each")
    for hit in hits:
        print("  ", hit[:70])


if __name__ == "__main__":
    main()
