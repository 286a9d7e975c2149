#!/usr/bin/env python3
"""Build the held-out FAQ eval set 25 query files from src/<name>.tsv. Data tooling only.

Each src line is `<expected><TAB><text>`; `-` means null (the bot must stay silent). Lines are shuffled
with a fixed seed per FAQ and numbered `<prefix>-qNNN`. Run: python3 build.py && python3 validate.py
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQS = [("lottery_station", "lt", 2501), ("pawnshop", "pw", 2502), ("fireworks_shop", "fw", 2503)]

for name, prefix, seed in FAQS:
    rows = []
    for n, line in enumerate((HERE / "src" / f"{name}.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        exp, text = line.split("\t", 1)
        rows.append((None if exp == "-" else exp, text.strip()))
    random.Random(seed).shuffle(rows)
    with open(HERE / f"{name}.queries.jsonl", "w", encoding="utf-8") as f:
        for i, (exp, text) in enumerate(rows, 1):
            f.write(json.dumps({"id": f"{prefix}-q{i:03d}", "text": text, "expected": exp}, ensure_ascii=False) + "\n")
    print(name, len(rows))
