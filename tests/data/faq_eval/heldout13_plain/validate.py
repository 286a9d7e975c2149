#!/usr/bin/env python3
"""Validate the held-out FAQ eval set 13, written plainly (pet_grooming, fishing_pond, outdoor_club). Data tooling only.

Checks: each YAML parses with a stdlib reader for this plain format (same rules as ../heldout12/validate.py:
a comment line, `entries:`, `  - id: ...` items whose keys are scalars or one-line `[a, b]` lists; cross-checked
with PyYAML when it is installed); entries have id/question/answer (+ optional questions/keywords lists);
exactly 25 entries, entry ids unique and in the FAQ's id style (english_snake / Chinese / hyphenated);
JSONL lines have exactly id/text/expected; query ids `<prefix>-qNNN` and texts unique; exactly 100 queries;
every expected is an entry id or null; every entry expected by 2-4 queries; null share 30-36%;
some entries with keywords, a few (2-6) with extra questions.
Notes answerable queries whose character-bigram overlap with their entry question(s) is >= 0.6.
Prints the counts table used in README.md. Run: python3 validate.py
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAQS = ["pet_grooming", "fishing_pond", "outdoor_club"]
PREFIX = {"pet_grooming": "pg", "fishing_pond": "fp", "outdoor_club": "oc"}
ID_STYLE = {
    "pet_grooming": re.compile(r"^[a-z]+(_[a-z]+)*$"),      # english_snake
    "fishing_pond": re.compile(r"^[\u4e00-\u9fff]+$"),       # Chinese
    "outdoor_club": re.compile(r"^[a-z]+(-[a-z]+)*$"),      # hyphenated
}
N_ENTRIES, N_QUERIES, HITS, NULL_SHARE = 25, 100, (2, 4), (0.30, 0.36)
ok = True


def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)


def bigrams(s):
    s = "".join(ch for ch in s if ch.strip() and ch not in "，。？！?!,. 、：:")
    return {s[i:i + 2] for i in range(len(s) - 1)}


def overlap(q, ref):
    a, b = bigrams(q), bigrams(ref)
    return len(a & b) / len(b) if b else 0.0


def load_faq(path):
    entries, cur = [], None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#") or line == "entries:":
            continue
        if line.startswith("  - "):
            cur = {}
            entries.append(cur)
            line = "    " + line[4:]
        if cur is None or not line.startswith("    ") or ": " not in line:
            fail(f"{path.name}: line {n} not understood: {raw!r}")
            continue
        key, val = line.strip().split(": ", 1)
        if key in cur:
            fail(f"{path.name}: line {n} repeats key {key}")
        if val.startswith("["):
            if not val.endswith("]"):
                fail(f"{path.name}: line {n} unclosed list")
            val = [x.strip() for x in val[1:-1].split(",") if x.strip()]
        cur[key] = val
    try:
        import yaml  # optional cross-check
    except ImportError:
        return entries
    if yaml.safe_load(path.read_text(encoding="utf-8")) != {"entries": entries}:
        fail(f"{path.name}: stdlib reading differs from PyYAML")
    return entries


rows = []
for name in FAQS:
    entries = load_faq(HERE / f"{name}.yaml")
    ids = [e.get("id") for e in entries]
    if len(entries) != N_ENTRIES:
        fail(f"{name}: {len(entries)} entries (want {N_ENTRIES})")
    for e in entries:
        if not all(isinstance(e.get(k), str) and e[k].strip() for k in ("id", "question", "answer")):
            fail(f"{name}: bad entry {e}")
            continue
        if not ID_STYLE[name].match(e["id"]):
            fail(f"{name}: entry id {e['id']!r} not in this FAQ's id style")
        extra = set(e) - {"id", "question", "answer", "questions", "keywords"}
        if extra:
            fail(f"{name}: unknown keys {extra}")
        for k in ("questions", "keywords"):
            if k in e and not (isinstance(e[k], list) and e[k] and all(isinstance(x, str) and x for x in e[k])):
                fail(f"{name}: {e['id']} {k} must be a non-empty list of strings")
    for i, c in Counter(ids).items():
        if c > 1:
            fail(f"{name}: duplicate entry id {i}")
    byid = {e.get("id"): e for e in entries}

    qs = []
    for n, line in enumerate((HERE / f"{name}.queries.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            q = json.loads(line)
        except json.JSONDecodeError as exc:
            fail(f"{name}: line {n} {exc}")
            continue
        if set(q) != {"id", "text", "expected"}:
            fail(f"{name}: line {n} keys {set(q)}")
            continue
        if not isinstance(q["text"], str) or not q["text"].strip() or q["text"] != q["text"].strip():
            fail(f"{name}: line {n} empty or padded text")
        if q["expected"] is not None and q["expected"] not in byid:
            fail(f"{name}: line {n} unknown expected {q['expected']!r}")
        if not re.fullmatch(PREFIX[name] + r"-q\d{3}", str(q["id"])):
            fail(f"{name}: query id {q['id']!r} (want {PREFIX[name]}-qNNN)")
        qs.append(q)
    for k in ("id", "text"):
        for v, c in Counter(q[k] for q in qs).items():
            if c > 1:
                fail(f"{name}: duplicate query {k} {v!r}")
    if len(qs) != N_QUERIES:
        fail(f"{name}: {len(qs)} queries (want {N_QUERIES})")
    nulls = sum(q["expected"] is None for q in qs)
    share = nulls / len(qs) if qs else 0
    if not NULL_SHARE[0] <= share <= NULL_SHARE[1]:
        fail(f"{name}: null share {share:.2f}")
    hits = Counter(q["expected"] for q in qs if q["expected"] is not None)
    for i in ids:
        if not HITS[0] <= hits[i] <= HITS[1]:
            fail(f"{name}: entry {i} expected by {hits[i]} queries (want {HITS[0]}-{HITS[1]})")
    kw = sum("keywords" in e for e in entries)
    xq = sum("questions" in e for e in entries)
    if not 0.3 <= kw / max(len(entries), 1) <= 0.7:
        fail(f"{name}: {kw} entries with keywords (want some, about half)")
    if not 2 <= xq <= 6:
        fail(f"{name}: {xq} entries with extra questions (want 2-6)")
    for q in qs:
        if q["expected"] in byid:
            e = byid[q["expected"]]
            best = max(overlap(q["text"], r) for r in [e["question"], *e.get("questions", [])])
            if best >= 0.6:
                print(f"note: {name} {q['id']} close to its entry question ({best:.2f}): {q['text']}")
    rows.append((name, len(entries), kw, xq, len(qs), len(qs) - nulls, nulls,
                 min(hits[i] for i in ids) if ids else 0, max(hits.values()) if hits else 0))

print("| FAQ | entries | w/ keywords | w/ questions | queries | answerable | null | hits/entry |")
print("|---|---|---|---|---|---|---|---|")
for r in rows:
    print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]}-{r[8]} |")
t = [sum(r[i] for r in rows) for i in range(1, 7)]
print(f"| **total** | {t[0]} | {t[1]} | {t[2]} | {t[3]} | {t[4]} | {t[5]} | |")
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
