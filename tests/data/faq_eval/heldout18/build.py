#!/usr/bin/env python3
"""Build the held-out FAQ query files (set 18) from the hand-written sources in src/. Data tooling only.

src/<faq>.tsv has one query a line: `<expected entry id><TAB><text>`, or `-<TAB><text>` for null (bot stays silent).
The lines are shuffled with a fixed seed per FAQ and numbered `<prefix>-qNNN`. Run: python3 build.py
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQS = {"hospital_escort": ("pz", 1801), "marriage_agency": ("hy", 1802), "island_ferry": ("ld", 1803)}

for name, (prefix, seed) in FAQS.items():
    rows = []
    for n, line in enumerate((HERE / "src" / f"{name}.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        exp, text = line.split("\t", 1)
        rows.append((None if exp == "-" else exp, text.strip()))
    random.Random(seed).shuffle(rows)
    out = [json.dumps({"id": f"{prefix}-q{i:03d}", "text": t, "expected": e}, ensure_ascii=False)
           for i, (e, t) in enumerate(rows, 1)]
    (HERE / f"{name}.queries.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(name, len(out))
