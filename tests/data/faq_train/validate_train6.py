#!/usr/bin/env python3
"""Check the set-6 FAQ training data (senior_university, appliance_repair, swimming_pool, parcel_station).

Data tooling only: parses each <name>.yaml and <name>.queries.jsonl in this folder, checks ids, references and
counts, and prints a counts table. Exit status 1 on any failure.
Run: python3 validate_train6.py   (needs PyYAML; if missing, use /work/main/.venv/bin/python)
"""
import json
import os
import sys
from collections import Counter

try:
    import yaml
except ImportError:
    sys.exit("PyYAML missing: run with a python that has it (e.g. /work/main/.venv/bin/python)")

HERE = os.path.dirname(os.path.abspath(__file__))
FAQS = ["senior_university", "appliance_repair", "swimming_pool", "parcel_station"]
MIN_ENTRIES, MAX_ENTRIES = 25, 35
MIN_QUERIES, MIN_NULL, MIN_PER_ENTRY = 75, 25, 2
ALLOWED_ENTRY_KEYS = {"id", "question", "answer", "questions", "keywords"}


def check(name, errors):
    with open(os.path.join(HERE, name + ".yaml"), encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    entries = doc.get("entries") if isinstance(doc, dict) else None
    if not isinstance(entries, list):
        errors.append(f"{name}: no entries list")
        return None
    ids = []
    for i, e in enumerate(entries):
        where = f"{name}.yaml entry {i}"
        if not isinstance(e, dict):
            errors.append(f"{where}: not a mapping")
            continue
        extra = set(e) - ALLOWED_ENTRY_KEYS
        if extra:
            errors.append(f"{where}: unexpected keys {sorted(extra)}")
        for k in ("id", "question", "answer"):
            if not isinstance(e.get(k), str) or not e.get(k).strip():
                errors.append(f"{where}: '{k}' missing or not a non-empty string (numeric ids must be quoted)")
        for k in ("questions", "keywords"):
            if k in e and not (isinstance(e[k], list) and e[k] and all(isinstance(x, str) and x for x in e[k])):
                errors.append(f"{where}: '{k}' must be a non-empty list of strings")
        ids.append(e.get("id"))
    dup = [k for k, v in Counter(ids).items() if v > 1]
    if dup:
        errors.append(f"{name}: duplicate entry ids {dup}")
    if not MIN_ENTRIES <= len(entries) <= MAX_ENTRIES:
        errors.append(f"{name}: {len(entries)} entries, want {MIN_ENTRIES}-{MAX_ENTRIES}")
    idset = set(ids)

    qids, texts, targets = [], [], Counter()
    n_null = 0
    with open(os.path.join(HERE, name + ".queries.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"{name}.queries.jsonl:{ln}: blank line")
                continue
            try:
                q = json.loads(line)
            except json.JSONDecodeError as ex:
                errors.append(f"{name}.queries.jsonl:{ln}: bad JSON ({ex})")
                continue
            if set(q) != {"id", "text", "expected"}:
                errors.append(f"{name}.queries.jsonl:{ln}: keys {sorted(q)} != id,text,expected")
            if not isinstance(q.get("text"), str) or not q.get("text", "").strip():
                errors.append(f"{name}.queries.jsonl:{ln}: empty text")
            qids.append(q.get("id"))
            texts.append(q.get("text"))
            exp = q.get("expected")
            if exp is None:
                n_null += 1
            elif not isinstance(exp, str) or exp not in idset:
                errors.append(f"{name}.queries.jsonl:{ln}: expected {exp!r} is not an entry id")
            else:
                targets[exp] += 1
    for label, seq in (("query ids", qids), ("query texts", texts)):
        d = [k for k, v in Counter(seq).items() if v > 1]
        if d:
            errors.append(f"{name}: duplicate {label} {d[:5]}")
    if len(qids) < MIN_QUERIES:
        errors.append(f"{name}: {len(qids)} queries, want >= {MIN_QUERIES}")
    if n_null < MIN_NULL:
        errors.append(f"{name}: {n_null} null queries, want >= {MIN_NULL}")
    thin = [i for i in ids if targets[i] < MIN_PER_ENTRY]
    if thin:
        errors.append(f"{name}: entries targeted fewer than {MIN_PER_ENTRY} times: {thin}")
    return {
        "entries": len(entries),
        "kw": sum(1 for e in entries if isinstance(e, dict) and "keywords" in e),
        "qs": sum(1 for e in entries if isinstance(e, dict) and "questions" in e),
        "queries": len(qids),
        "answerable": len(qids) - n_null,
        "null": n_null,
        "min_t": min(targets[i] for i in ids) if ids else 0,
        "max_t": max(targets[i] for i in ids) if ids else 0,
    }


def main():
    errors, rows = [], []
    for name in FAQS:
        r = check(name, errors)
        if r:
            rows.append((name, r))
    cols = ["entries", "kw", "qs", "queries", "answerable", "null", "min_t", "max_t"]
    print("| FAQ | entries | with keywords | with questions | queries | answerable | null | targets/entry |")
    print("|---|---|---|---|---|---|---|---|")
    tot = Counter()
    for name, r in rows:
        print(f"| {name} | {r['entries']} | {r['kw']} | {r['qs']} | {r['queries']} | {r['answerable']} | {r['null']} | {r['min_t']}-{r['max_t']} |")
        for c in cols[:6]:
            tot[c] += r[c]
    print(f"| **total** | {tot['entries']} | {tot['kw']} | {tot['qs']} | {tot['queries']} | {tot['answerable']} | {tot['null']} | |")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
