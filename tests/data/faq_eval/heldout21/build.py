#!/usr/bin/env python3
"""Build the held-out FAQ eval set 21 query files from src/<name>.tsv (`<expected><TAB><text>`, `-` = null).
Shuffles with a fixed seed per FAQ and numbers the queries <prefix>-qNNN. Stdlib only. Run: python3 build.py"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQS = {"hardware_store": ("jh", 2101), "quilt_shop": ("mb", 2102), "aquarium_shop": ("yg", 2103)}

for name, (prefix, seed) in FAQS.items():
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
