#!/usr/bin/env python3
"""Validate the FAQ training data in this folder (data tooling only).

Checks: YAML/JSONL parse, entry ids unique, 25-35 entries, query ids unique,
every `expected` is an entry id or null, every entry targeted >= 1 time,
>= 75 queries, >= 50 answerable, >= 25 null. Prints the counts table."""
import collections
import json
import pathlib
import sys

import yaml

HERE = pathlib.Path(__file__).parent
NAMES = ["bank_branch", "kindergarten", "pet_hospital", "dental_clinic"]
ok = True
def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)

print("| FAQ | entries | w/ keywords | w/ questions | queries | answerable | null | entries hit >=2 |")
print("|---|---|---|---|---|---|---|---|")
tot = collections.Counter()
all_qids = set()
for name in NAMES:
    faq = yaml.safe_load((HERE / f"{name}.yaml").read_text(encoding="utf-8"))
    entries = faq["entries"]
    ids = [e["id"] for e in entries]
    for e in entries:
        if not isinstance(e["id"], str):
            fail(f"{name}: id {e['id']!r} is not a string")
        for k in ("question", "answer"):
            if not isinstance(e.get(k), str) or not e[k].strip():
                fail(f"{name}/{e['id']}: missing {k}")
        for k in ("questions", "keywords"):
            if k in e and not (isinstance(e[k], list) and all(isinstance(x, str) for x in e[k])):
                fail(f"{name}/{e['id']}: {k} must be a list of strings")
        extra = set(e) - {"id", "question", "answer", "questions", "keywords"}
        if extra:
            fail(f"{name}/{e['id']}: unknown fields {extra}")
    if len(set(ids)) != len(ids):
        fail(f"{name}: duplicate entry ids")
    if not 25 <= len(ids) <= 35:
        fail(f"{name}: {len(ids)} entries")
    hits = collections.Counter()
    n = ans = nul = 0
    texts = set()
    for ln, line in enumerate((HERE / f"{name}.queries.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        q = json.loads(line)
        if set(q) != {"id", "text", "expected"}:
            fail(f"{name}:{ln} keys {set(q)}")
        if q["id"] in all_qids:
            fail(f"{name}:{ln} duplicate query id {q['id']}")
        all_qids.add(q["id"])
        if q["text"] in texts:
            fail(f"{name}:{ln} duplicate text {q['text']}")
        texts.add(q["text"])
        n += 1
        if q["expected"] is None:
            nul += 1
        elif q["expected"] in ids:
            ans += 1
            hits[q["expected"]] += 1
        else:
            fail(f"{name}:{ln} unknown expected {q['expected']!r}")
    missing = [i for i in ids if hits[i] == 0]
    if missing:
        fail(f"{name}: entries never targeted: {missing}")
    if n < 75 or ans < 50 or nul < 25:
        fail(f"{name}: counts {n}/{ans}/{nul}")
    kw = sum("keywords" in e for e in entries)
    qs = sum("questions" in e for e in entries)
    two = sum(hits[i] >= 2 for i in ids)
    print(f"| {name} | {len(ids)} | {kw} | {qs} | {n} | {ans} | {nul} | {two} |")
    tot.update(entries=len(ids), queries=n, answerable=ans, null=nul)
print(f"| **total** | {tot['entries']} | | | {tot['queries']} | {tot['answerable']} | {tot['null']} | |")
print("OK" if ok else "ERRORS")
sys.exit(0 if ok else 1)
