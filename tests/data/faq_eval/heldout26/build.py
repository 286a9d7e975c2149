#!/usr/bin/env python3
"""Build the held-out FAQ query files of set 26 from src/<name>.tsv. Data tooling only.

Each src line is `<expected><TAB><text>`; `-` means null (the bot must stay silent).
Lines are shuffled with a fixed seed per FAQ and numbered <prefix>-q001... Run: python3 build.py
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQS = {  # name: (query-id prefix, seed)
    "rice_cake_workshop": ("ng", 2601),
    "vet_station": ("sv", 2602),
    "waterproofing": ("bl", 2603),
}

for name, (prefix, seed) in FAQS.items():
    rows = []
    for n, line in enumerate((HERE / "src" / f"{name}.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        expected, text = line.split("\t")
        rows.append((None if expected == "-" else expected, text.strip()))
    random.Random(seed).shuffle(rows)
    with open(HERE / f"{name}.queries.jsonl", "w", encoding="utf-8") as f:
        for i, (expected, text) in enumerate(rows, 1):
            f.write(json.dumps({"id": f"{prefix}-q{i:03d}", "text": text, "expected": expected},
                               ensure_ascii=False) + "\n")
    print(name, len(rows))
