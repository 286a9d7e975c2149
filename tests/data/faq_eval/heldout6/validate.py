#!/usr/bin/env python3
"""Validate the heldout6 FAQ eval data (data tooling, not bot code).

Checks for each FAQ: YAML parses, 25-35 entries, unique entry ids, every entry has
question + answer, `questions`/`keywords` are plain lists of strings; JSONL parses,
unique query ids, >=80 queries, >=25 null, every `expected` exists, every entry is
the expected answer of at least two queries. Prints a counts table. Exit 1 on error.
"""
import json
import os
import sys

try:
    import yaml
except ImportError:  # run with /work/main/.venv/bin/python if system python lacks PyYAML
    sys.exit("PyYAML missing: run with a python that has `yaml`")

HERE = os.path.dirname(os.path.abspath(__file__))
FAQS = ["scenic_park", "renovation_aftersales"]
MIN_E, MAX_E, MIN_Q, MIN_NULL, MIN_PER_ENTRY = 25, 35, 80, 25, 2

errors = []


def err(msg):
    errors.append(msg)


def is_str_list(v):
    return isinstance(v, list) and v and all(isinstance(x, str) and x.strip() for x in v)


rows = []
for name in FAQS:
    with open(os.path.join(HERE, name + ".yaml"), encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    entries = doc.get("entries") if isinstance(doc, dict) else None
    if not isinstance(entries, list):
        err(f"{name}: no `entries` list")
        continue
    ids = []
    n_kw = n_q = 0
    for i, e in enumerate(entries):
        if not isinstance(e, dict):
            err(f"{name}: entry {i} not a mapping")
            continue
        eid = e.get("id")
        if not isinstance(eid, str) or not eid.strip():
            err(f"{name}: entry {i} id missing or not a string: {eid!r}")
        ids.append(eid)
        for k in ("question", "answer"):
            if not isinstance(e.get(k), str) or not e[k].strip():
                err(f"{name}: entry {eid} missing {k}")
        extra = set(e) - {"id", "question", "questions", "answer", "keywords"}
        if extra:
            err(f"{name}: entry {eid} unknown fields {sorted(extra)}")
        if "keywords" in e:
            n_kw += 1
            if not is_str_list(e["keywords"]):
                err(f"{name}: entry {eid} keywords not a list of strings")
        if "questions" in e:
            n_q += 1
            if not is_str_list(e["questions"]):
                err(f"{name}: entry {eid} questions not a list of strings")
    if len(set(ids)) != len(ids):
        err(f"{name}: duplicate entry ids {sorted({x for x in ids if ids.count(x) > 1})}")
    if not MIN_E <= len(ids) <= MAX_E:
        err(f"{name}: {len(ids)} entries, want {MIN_E}-{MAX_E}")
    idset = set(ids)

    qids, hits, n_null, n_total = [], {x: 0 for x in ids}, 0, 0
    texts = []
    with open(os.path.join(HERE, name + ".queries.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}.queries.jsonl:{ln}: blank line")
                continue
            try:
                q = json.loads(line)
            except json.JSONDecodeError as ex:
                err(f"{name}.queries.jsonl:{ln}: bad JSON ({ex})")
                continue
            if set(q) != {"id", "text", "expected"}:
                err(f"{name}.queries.jsonl:{ln}: keys {sorted(q)}")
            n_total += 1
            qids.append(q.get("id"))
            if not isinstance(q.get("text"), str) or not q["text"].strip():
                err(f"{name}.queries.jsonl:{ln}: empty text")
            texts.append(q.get("text"))
            exp = q.get("expected")
            if exp is None:
                n_null += 1
            elif exp not in idset:
                err(f"{name}.queries.jsonl:{ln}: expected {exp!r} is not an entry id")
            else:
                hits[exp] += 1
    if len(set(qids)) != len(qids):
        err(f"{name}: duplicate query ids")
    if len(set(texts)) != len(texts):
        err(f"{name}: duplicate query texts")
    if n_total < MIN_Q:
        err(f"{name}: {n_total} queries, want >= {MIN_Q}")
    if n_null < MIN_NULL:
        err(f"{name}: {n_null} null queries, want >= {MIN_NULL}")
    for eid, c in hits.items():
        if c < MIN_PER_ENTRY:
            err(f"{name}: entry {eid} targeted by {c} queries, want >= {MIN_PER_ENTRY}")
    rows.append((name, len(ids), n_kw, n_q, n_total, n_total - n_null, n_null,
                 min(hits.values()) if hits else 0, max(hits.values()) if hits else 0))

hdr = ("faq", "entries", "w/ keywords", "w/ questions", "queries", "answerable", "null", "min/entry", "max/entry")
print("| " + " | ".join(hdr) + " |")
print("|" + "---|" * len(hdr))
for r in rows:
    print("| " + " | ".join(str(x) for x in r) + " |")
if rows:
    print("| **total** | %d | %d | %d | %d | %d | %d | | |" % tuple(sum(r[i] for r in rows) for i in range(1, 7)))
if errors:
    print("\nERRORS:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nOK")
