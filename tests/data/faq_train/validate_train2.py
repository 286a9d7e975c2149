#!/usr/bin/env python3
"""Check the four FAQs added by data-faq-train2 (telecom_store, hair_salon,
community_library, supermarket_delivery): YAML/JSONL parse, ids unique, every
expected id exists, entry/query counts as asked, every entry targeted 2-3 times.
Prints the counts table used in README2.md. Data tooling only."""
import collections, json, os, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = ["telecom_store", "hair_salon", "community_library", "supermarket_delivery"]
errors = []

def err(msg):
    errors.append(msg)

rows = []
all_qids = set()
for name in NAMES:
    with open(os.path.join(HERE, name + ".yaml"), encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    entries = doc["entries"]
    ids = []
    for e in entries:
        for k in ("id", "question", "answer"):
            if not isinstance(e.get(k), str) or not e[k].strip():
                err(f"{name}: entry {e.get('id')!r} bad {k}")
        for k in ("questions", "keywords"):
            if k in e and not (isinstance(e[k], list) and e[k] and all(isinstance(x, str) and x for x in e[k])):
                err(f"{name}: entry {e['id']} bad {k}")
        extra = set(e) - {"id", "question", "answer", "questions", "keywords"}
        if extra:
            err(f"{name}: entry {e['id']} unknown fields {extra}")
        ids.append(e["id"])
    if len(set(ids)) != len(ids):
        err(f"{name}: duplicate entry ids")
    if not 25 <= len(entries) <= 35:
        err(f"{name}: {len(entries)} entries")
    idset = set(ids)
    hits = collections.Counter()
    n = ans = null = 0
    texts = set()
    with open(os.path.join(HERE, name + ".queries.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            q = json.loads(line)
            if set(q) != {"id", "text", "expected"}:
                err(f"{name}:{i} keys {set(q)}")
            if q["id"] in all_qids:
                err(f"{name}:{i} duplicate query id {q['id']}")
            all_qids.add(q["id"])
            if not q["text"].strip() or q["text"] in texts:
                err(f"{name}:{i} empty or duplicate text")
            texts.add(q["text"])
            n += 1
            if q["expected"] is None:
                null += 1
            elif q["expected"] not in idset:
                err(f"{name}:{i} unknown expected {q['expected']!r}")
            else:
                ans += 1
                hits[q["expected"]] += 1
    for e in ids:
        if not 2 <= hits[e] <= 3:
            err(f"{name}: entry {e} targeted {hits[e]} times")
    if n < 90 or ans < 60 or null < 30:
        err(f"{name}: counts {n}/{ans}/{null}")
    rows.append((name, len(entries), sum("keywords" in e for e in entries),
                 sum("questions" in e for e in entries), n, ans, null))

print("| FAQ | entries | w/ keywords | w/ questions | queries | answerable | null |")
print("|---|---|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(map(str, r)) + " |")
print("| **total** | %d | %d | %d | %d | %d | %d |" % tuple(sum(r[i] for r in rows) for i in range(1, 7)))
if errors:
    print("\n".join(errors), file=sys.stderr)
    sys.exit(1)
print("OK")
