#!/usr/bin/env python3
"""Build the held-out FAQ query files of set 24 from src/<name>.tsv. Data tooling only.

Each src line is `<expected><TAB><text>`; `-` means null (the bot must stay silent).
Lines are shuffled with a fixed seed per FAQ and numbered <prefix>-qNNN.
Run: python3 build.py
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQS = [("seal_shop", "fz", 2401), ("carpet_shop", "xd", 2402), ("yak_products", "qm", 2403)]

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
