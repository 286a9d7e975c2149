"""Precision and recall of the emergency reading (bot.danger.emergency) on tests/data/emergency_eval, per half and
group.

    python -m bench.emergency_eval [tune|test|all|FOLDER] [--misses]
    python -m bench.emergency_eval scan GLOB... [--lines]
    python -m bench.emergency_eval pieces GLOB... [--lines]
    python -m bench.emergency_eval unwell [GLOB...] [--lines]

`--misses` lists the wrong lines, and only of the tune half: the test half is read for its figures alone.
`scan` counts the messages of other data (jsonl with `text` or `query`) read as emergencies: on data where they are
rare it bounds the false alarms; `--lines` shows them (training data only: never on report/, sealed/ or held out).
`pieces` replays conversations (room, sender, ts) and counts a member's lines read together as an emergency that no
line of them is alone (the fragments reading's own alarms).
`unwell` counts the members' messages read as a person unwell now and not in danger (bot.danger.unwell: at night, a kind
word at once); with no GLOB, on the emergency sets: the lines that are no emergency, and the emergencies missed.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

from bot.danger.emergency import emergency
from bot.danger.grief import bereaved, dying
from bot.danger.typed_in_pieces import Pieces
from bot.danger.unwell import unwell

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "emergency_eval"


def figures(rows: list[dict]) -> str:
    """Precision / recall / false alarms of one set of lines."""
    tp = sum(1 for r in rows if r["emergency"] and emergency(r["text"]))
    fp = sum(1 for r in rows if not r["emergency"] and emergency(r["text"]))
    fn = sum(1 for r in rows if r["emergency"] and not emergency(r["text"]))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return (f"precision {p:.3f} recall {r:.3f} (emergencies {tp + fn}, caught {tp}, "
            f"false alarms {fp} of {len(rows) - tp - fn})")


UNREAD = {"report", "sealed"}  # run for counts only, never read line by line


def scan(patterns: list[str], lines: bool) -> None:
    """How many messages of other data are read as emergencies."""
    total, found = 0, []
    for pattern in patterns:
        for path in sorted(Path().glob(pattern)):
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    continue
                text = row.get("text") or row.get("query") if isinstance(row, dict) else None
                if isinstance(text, str) and text:
                    total += 1
                    if (danger := emergency(text)) is not None:
                        found.append(f"{danger.kind:12} {path.parent.name}/{path.name}: "
                                     + ("(not shown)" if UNREAD & set(path.parts) else text))
    print(f"{total} messages, {len(found)} read as emergencies")
    if lines:
        print("\n".join(found))


def pieces(patterns: list[str], lines: bool) -> None:
    """How many runs of a member's lines in conversations (room, sender, ts) are read together as an emergency that
    no line of them is alone: the false alarms the fragments reading (bot.danger.typed_in_pieces) adds."""
    total, found = 0, []
    for pattern in patterns:
        for path in sorted(Path().glob(pattern)):
            reader = Pieces()
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    row = json.loads(line)
                    ts = datetime.fromisoformat(row["ts"])
                except (json.JSONDecodeError, KeyError, TypeError, ValueError):
                    continue
                member = row.get("role", "member") == "member" and row.get("type", "text") in ("text", "voice")
                words = row.get("text") or "" if member else ""
                total += bool(words)
                together = reader.danger(str(row.get("room")), str(row.get("sender")), ts, words)
                if together is not None and emergency(words) is None:
                    found.append(f"{together.kind:12} {path.parent.name}/{path.name}: "
                                 + ("(not shown)" if UNREAD & set(path.parts) else together.pieces))
    print(f"{total} member lines, {len(found)} runs read together as an emergency no line of them is")
    if lines:
        print("\n".join(found))


def unwell_figures(patterns: list[str], lines: bool) -> None:
    """How many members' messages are read as unwell now (and not as an emergency): on other data, the night's kind
    words to lines that may be no worry; on the emergency sets (no pattern), to lines that are none, and the
    emergencies the emergency reading misses that at least get the kind word."""
    if not patterns:
        rows = [json.loads(line) for path in [DATA / "tune.jsonl", DATA / "test.jsonl", *sorted(DATA.glob("*/*.jsonl"))]
                for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        calm = [r for r in rows if not r["emergency"] and unwell(r["text"]) and not emergency(r["text"])]
        missed = [r for r in rows if r["emergency"] and not emergency(r["text"])]
        kind = [r for r in missed if unwell(r["text"])]
        print(f"emergency sets: {len(calm)} of {sum(not r['emergency'] for r in rows)} lines that are no emergency "
              f"read as unwell; {len(kind)} of {len(missed)} missed emergencies get the kind word")
        if lines:
            print("\n".join(f"{'CALM' if r in calm else 'MISS'} {r['group']}: {r['text']}" for r in calm + kind))
        return
    total, found = 0, []
    for pattern in patterns:
        for path in sorted(Path().glob(pattern)):
            if UNREAD & set(path.parts) or "heldout16" in path.parts:
                continue  # training data only: report/, sealed/ and the session's held-out set are never read
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if not isinstance(row, dict) or row.get("role", "member") != "member":
                    continue
                text = row.get("text") or row.get("query")
                if isinstance(text, str) and text:
                    total += 1
                    if (said := unwell(text)) and emergency(text) is None:
                        found.append(f"{said:4} {path.parent.name}/{path.name}: {text}")
    print(f"{total} member messages, {len(found)} read as unwell now")
    if lines:
        print("\n".join(found))


def bereavements(patterns: list[str], lines: bool) -> None:
    """How many messages of other data are read as a bereavement or a relative dying (bot.danger.grief): each one tells
    an operator privately."""
    total, found = 0, []
    for pattern in patterns:
        for path in sorted(Path().glob(pattern)):
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    continue
                text = row.get("text") or row.get("query") if isinstance(row, dict) else None
                if isinstance(text, str) and text and (bereaved(text) is not None or dying(text) is not None):
                    found.append(f"{path.parent.name}/{path.name}: "
                                 + ("(not shown)" if UNREAD & set(path.parts) else text))
                total += isinstance(text, str) and bool(text)
    print(f"{total} messages, {len(found)} read as a bereavement or a relative dying")
    if lines:
        print("\n".join(found))


def main(argv: list[str]) -> None:
    if argv and argv[0] == "grief":
        bereavements([a for a in argv[1:] if not a.startswith("-")], "--lines" in argv)
        return
    if argv and argv[0] == "unwell":
        unwell_figures([a for a in argv[1:] if not a.startswith("-")], "--lines" in argv)
        return
    if argv and argv[0] == "pieces":
        pieces([a for a in argv[1:] if not a.startswith("-")], "--lines" in argv)
        return
    if argv and argv[0] == "scan":
        scan([a for a in argv[1:] if not a.startswith("-")], "--lines" in argv)
        return
    half = argv[0] if argv and not argv[0].startswith("-") else "test"
    halves = ("tune", "test") if half == "all" else (half,)
    # a half (tune.jsonl, test.jsonl) or a folder of files beside them (heldout15/: a later helper's set)
    files = [path for h in halves for path in ([DATA / f"{h}.jsonl"] if (DATA / f"{h}.jsonl").exists()
                                               else sorted((DATA / h).glob("*.jsonl")))]
    if not files:
        sys.exit(f"no {half}.jsonl and no {half}/*.jsonl in {DATA}")
    rows = [json.loads(line) for path in files for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    print(f"{half}: {figures(rows)}")
    by_group: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_group[row["group"]].append(row)
    for group, items in sorted(by_group.items()):
        print(f"  {group}: {figures(items)}")
    if "--misses" in argv and half == "tune":
        for row in rows:
            got = emergency(row["text"])
            if bool(got) != row["emergency"]:
                print(("MISS " if row["emergency"] else "FALSE") + f" {row['category']:12} {got} {row['text']}")


if __name__ == "__main__":
    main(sys.argv[1:])
