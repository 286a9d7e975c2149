#!/usr/bin/env python3
"""Build <name>.queries.jsonl from the hand-written <name>.src.txt (lines `expected|text`, `-` = null;
a literal \\n in text = a line break inside one message).
Shuffles with a fixed seed and numbers the ids <prefix>-qNNN. Stdlib only. Run: python3 build.py"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = {"irrigation": "gg", "vehicle_inspection": "cj", "study_room": "zs"}
for name, pre in PREFIX.items():
    rows = []
    for line in (HERE / f"{name}.src.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        exp, text = line.split("|", 1)
        # a literal \n in the source is a line break inside one WeChat message
        rows.append((text.strip().replace("\\n", "\n"), None if exp == "-" else exp))
    random.Random(26).shuffle(rows)
    with open(HERE / f"{name}.queries.jsonl", "w", encoding="utf-8") as f:
        for i, (text, exp) in enumerate(rows, 1):
            f.write(json.dumps({"id": f"{pre}-q{i:03d}", "text": text, "expected": exp}, ensure_ascii=False) + "\n")
