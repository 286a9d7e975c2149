"""Complaint precision and recall of the whole reader over the labelled conversations in the tree (this session's
held-out folders and `sealed` left out): each conversation replayed through `Reader`, a member's line counted.

Run from a worktree: `PYTHONPATH=$PWD .venv/bin/python bench/complaint_pr.py` (fixconv25's ad-hoc script, kept).
"""
from __future__ import annotations

import glob
import json
from datetime import datetime

from bot.events import MessageReceived
from bot.understanding import Reader

LEFT_OUT = ("heldout26", "sealed")


def main() -> None:
    files = sorted(f for f in glob.glob("tests/data/conversation_eval/**/*.jsonl", recursive=True)
                   + glob.glob("tests/data/conversation_train/**/*.jsonl", recursive=True)
                   if not any(part in f for part in LEFT_OUT))
    tp = fp = fn = 0
    for name in files:
        talks: dict[str, list[dict]] = {}
        with open(name, encoding="utf-8") as lines:
            for line in lines:
                if line.strip() and "label" in (d := json.loads(line)) and "text" in d:
                    talks.setdefault(d.get("conv") or d.get("room"), []).append(d)
        for said in talks.values():
            reader = Reader()
            for d in said:
                try:
                    message = MessageReceived(
                        id=d["id"], ts=datetime.fromisoformat(d["ts"]), sender=d["sender"],
                        sender_name=d.get("sender_name", ""), room=d.get("room"), type=d.get("type", "text"),
                        text=d.get("text", ""), mentions=tuple(d.get("mentions") or ()), reply_to=d.get("reply_to"))
                except (KeyError, TypeError, ValueError):
                    continue
                operator = d.get("role") == "operator"
                got = reader.take(message, operator=operator).kind.value == "complaint"
                if operator:
                    continue
                gold = d["label"] == "complaint"
                tp, fp, fn = tp + (gold and got), fp + (got and not gold), fn + (gold and not got)
    print(f"files {len(files)} complaints P {tp / (tp + fp):.4f} R {tp / (tp + fn):.4f} tp {tp} fp {fp} fn {fn}")


if __name__ == "__main__":
    main()
