"""`qunbot understanding eval FILE...`: per-class precision and recall of `bot.understanding.read` on labelled chat.

Each file holds conversations as JSON Lines: the replay format's message fields plus `conv`
(conversation id), `role` (`member` or `operator`), `label` (a `Kind`) and `addresses` (the id
of the message it responds to, or null). Messages are read in order, each conversation with a
fresh `Conversation`, so context is exactly what the bot would have had. A fragment is scored as
the thought it turned out to be part of (`Reading.revises`), as the bot acts on the thought.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from bot.conversation import Conversation
from bot.events import MessageReceived
from bot.understanding import Kind, Reading, read


def _message(obj: dict) -> MessageReceived:
    return MessageReceived(
        id=str(obj["id"]), ts=datetime.fromisoformat(obj["ts"]), sender=str(obj["sender"]),
        sender_name=obj.get("sender_name", ""), room=obj.get("room"), type=obj.get("type", "text"),
        text=obj.get("text") or "", url=obj.get("url"), title=obj.get("title"),
        mentions=tuple(obj.get("mentions") or ()), reply_to=obj.get("reply_to"))


def score(lines: list[dict]) -> dict:
    """Confusion counts, per-class precision/recall/F1, macro-F1 and addressing accuracy."""
    conversations: dict[str, Conversation] = {}
    readings: dict[str, Reading] = {}
    addressed = addressed_right = 0
    for obj in lines:
        conversation = conversations.setdefault(str(obj.get("conv") or obj.get("room")), Conversation())
        message = _message(obj)
        operator = obj.get("role") == "operator"
        reading = readings[message.id] = read(message, conversation, operator=operator)
        conversation.add(reading.said(message, operator=operator))
        conversation.revise((s.id for s in reading.revises), reading.kind)
        for earlier in (s.id for s in reading.revises):  # a fragment is scored as the thought it is part of
            readings[earlier] = replace(readings[earlier], kind=reading.kind, why=f"revised: {reading.why}")
        if obj.get("addresses") and obj["label"] in ("answer", "thanks"):
            addressed += 1
            addressed_right += bool(reading.addresses and reading.addresses.id == obj["addresses"])
    pairs = [(obj["label"], readings[str(obj["id"])].kind.value) for obj in lines]
    misses = [{"id": obj["id"], "text": obj.get("text"), "label": obj["label"], "read": r.kind.value, "why": r.why}
              for obj in lines if (r := readings[str(obj["id"])]).kind.value != obj["label"]]
    per_class = {}
    for kind in Kind:
        k = kind.value
        tp = sum(1 for t, p in pairs if t == k and p == k)
        fp = sum(1 for t, p in pairs if t != k and p == k)
        fn = sum(1 for t, p in pairs if t == k and p != k)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[k] = {"n": tp + fn, "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}
    present = [v for v in per_class.values() if v["n"]]
    return {"messages": len(pairs), "accuracy": round(sum(t == p for t, p in pairs) / max(1, len(pairs)), 3),
            "macro_f1": round(sum(v["f1"] for v in present) / max(1, len(present)), 3),
            "per_class": per_class, "addressing": round(addressed_right / max(1, addressed), 3),
            "confusions": Counter(f"{t}->{p}" for t, p in pairs if t != p).most_common(12), "misses": misses}


def main(argv: list[str]) -> int:
    """Print the figures for each file and for all of them together."""
    parser = argparse.ArgumentParser(prog="qunbot understanding eval")
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--misses", action="store_true", help="list every message read wrongly")
    args = parser.parse_args(argv[1:] if argv and argv[0] == "eval" else argv)
    everything: list[dict] = []
    for path in args.files:
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        everything += lines
        result = score(lines)
        print(f"{path.name}: {result['messages']} messages, accuracy {result['accuracy']:.1%}, "
              f"macro-F1 {result['macro_f1']:.3f}, addressing {result['addressing']:.1%}")
        if args.misses:
            for miss in result["misses"]:
                print(f"  {miss['id']}: {miss['label']} read as {miss['read']} ({miss['why']}): {miss['text']}")
    result = score(everything)
    print(f"all: {result['messages']} messages, accuracy {result['accuracy']:.1%}, macro-F1 {result['macro_f1']:.3f}, "
          f"addressing {result['addressing']:.1%}")
    print(f"{'kind':<10} {'n':>4} {'precision':>9} {'recall':>7} {'f1':>6}")
    for kind, figures in result["per_class"].items():
        print(f"{kind:<10} {figures['n']:>4} {figures['precision']:>9.3f} {figures['recall']:>7.3f} "
              f"{figures['f1']:>6.3f}")
    print("most confused:", ", ".join(f"{pair} ({n})" for pair, n in result["confusions"]))
    return 0
