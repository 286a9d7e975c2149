#!/usr/bin/env python3
"""Build <name>.queries.jsonl from src/<name>.tsv (`<expected><TAB><text>`, `-` = null).
Shuffles with a fixed seed per FAQ and numbers the queries <prefix>-qNNN. Data tooling only, stdlib."""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLAN = [("goji_farm", "gq", 2301), ("braised_goose_shop", "le", 2302), ("wig_shop", "jf", 2303)]

for name, prefix, seed in PLAN:
    rows = []
    for n, line in enumerate((HERE / "src" / f"{name}.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        exp, text = line.split("\t", 1)
        text = text.strip()
        if not text:
            raise SystemExit(f"{name}.tsv line {n}: empty text")
        rows.append((None if exp == "-" else exp, text))
    random.Random(seed).shuffle(rows)
    out = [json.dumps({"id": f"{prefix}-q{i:03d}", "text": t, "expected": e}, ensure_ascii=False)
           for i, (e, t) in enumerate(rows, 1)]
    (HERE / f"{name}.queries.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{name}: {len(out)} queries -> {name}.queries.jsonl")
