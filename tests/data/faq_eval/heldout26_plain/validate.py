#!/usr/bin/env python3
"""Validate the held-out FAQ eval set 26, written plainly (irrigation, vehicle_inspection, study_room). Data tooling only.

Checks: YAML parses (stdlib reader for this plain format; cross-checked with PyYAML when it is installed), entries have id/question/answer (+ optional questions/keywords lists),
entry ids unique, 24-28 entries; JSONL lines parse with exactly id/text/expected, query ids and texts unique,
every expected is an entry id or null, 95-110 queries, null share 30-36%, every entry targeted by 2-3 queries,
one query-id prefix per FAQ (gg / cj / zs), the entry-id style of each FAQ (Chinese / english_snake / hyphenated), about half the entries with keywords, 2-6 with extra questions.
Reports answerable queries whose character-bigram overlap with their entry question(s) is >= 0.6.
Prints the counts table used in README.md. Run: python3 validate.py
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
import re

FAQS = ["irrigation", "vehicle_inspection", "study_room"]
PREFIX = {"irrigation": "gg", "vehicle_inspection": "cj", "study_room": "zs"}
ID_STYLE = {
    "irrigation": re.compile(r"^[\u4e00-\u9fff]+$"),          # Chinese
    "vehicle_inspection": re.compile(r"^[a-z]+(_[a-z]+)*$"),         # english_snake
    "study_room": re.compile(r"^[a-z]+(-[a-z]+)*$"),              # hyphenated
}
HITS = (2, 3)  # every entry is the answer of 2-3 queries
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
    """Read the plain FAQ YAML used here: a comment line, `entries:`, then `  - id: ...` items whose
    keys are scalars or one-line `[a, b]` lists. Stdlib only."""
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
        return {"entries": entries}
    ref = yaml.safe_load(path.read_text(encoding="utf-8"))
    if ref != {"entries": entries}:
        fail(f"{path.name}: stdlib reading differs from PyYAML")
    return {"entries": entries}


rows = []
for name in FAQS:
    doc = load_faq(HERE / f"{name}.yaml")
    entries = doc["entries"]
    ids = [e.get("id") for e in entries]
    if not 24 <= len(entries) <= 28:
        fail(f"{name}: {len(entries)} entries")
    for i in ids:
        if not (isinstance(i, str) and ID_STYLE[name].match(i)):
            fail(f"{name}: entry id {i!r} not in this FAQ's id style")
    for e in entries:
        if not all(isinstance(e.get(k), str) and e[k].strip() for k in ("id", "question", "answer")):
            fail(f"{name}: bad entry {e}")
        extra = set(e) - {"id", "question", "answer", "questions", "keywords"}
        if extra:
            fail(f"{name}: unknown keys {extra}")
        for k in ("questions", "keywords"):
            if k in e and not (isinstance(e[k], list) and all(isinstance(x, str) and x for x in e[k])):
                fail(f"{name}: {e['id']} {k} must be a list of strings")
    for i, c in Counter(ids).items():
        if c > 1:
            fail(f"{name}: duplicate entry id {i}")
    byid = {e["id"]: e for e in entries}

    qs = []
    for n, line in enumerate((HERE / f"{name}.queries.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            q = json.loads(line)
        except json.JSONDecodeError as exc:
            fail(f"{name}: line {n} {exc}")
            continue
        if set(q) != {"id", "text", "expected"}:
            fail(f"{name}: line {n} keys {set(q)}")
        if not isinstance(q.get("text"), str) or not q["text"].strip():
            fail(f"{name}: line {n} empty text")
        if q.get("expected") is not None and q["expected"] not in byid:
            fail(f"{name}: line {n} unknown expected {q['expected']!r}")
        qs.append(q)
    for k in ("id", "text"):
        for v, c in Counter(q[k] for q in qs).items():
            if c > 1:
                fail(f"{name}: duplicate query {k} {v!r}")
    if not 95 <= len(qs) <= 110:
        fail(f"{name}: {len(qs)} queries")
    nulls = sum(q["expected"] is None for q in qs)
    share = nulls / len(qs)
    if not 0.30 <= share <= 0.36:
        fail(f"{name}: null share {share:.2f}")
    hits = Counter(q["expected"] for q in qs if q["expected"] is not None)
    for i in ids:
        if not HITS[0] <= hits[i] <= HITS[1]:
            fail(f"{name}: entry {i} expected by {hits[i]} queries (want {HITS[0]}-{HITS[1]})")
    for q in qs:
        if not re.fullmatch(PREFIX[name] + r"-q\d{3}", str(q.get("id"))):
            fail(f"{name}: query id {q.get('id')!r} (want {PREFIX[name]}-qNNN)")
    kw = sum("keywords" in e for e in entries)
    if not 0.4 <= kw / len(entries) <= 0.6:
        fail(f"{name}: {kw} entries with keywords (want about half)")
    if not 2 <= sum("questions" in e for e in entries) <= 6:
        fail(f"{name}: want a few entries with extra questions")
    for q in qs:
        if q["expected"] is None:
            continue
        e = byid[q["expected"]]
        best = max(overlap(q["text"], r) for r in [e["question"], *e.get("questions", [])])
        if best >= 0.6:
            print(f"note: {name} {q['id']} close to its entry question ({best:.2f}): {q['text']}")
    rows.append((name, len(entries), sum("keywords" in e for e in entries),
                 sum("questions" in e for e in entries), len(qs), len(qs) - nulls, nulls,
                 min(hits[i] for i in ids), max(hits.values())))

print("| FAQ | entries | w/ keywords | w/ questions | queries | answerable | null | hits/entry |")
print("|---|---|---|---|---|---|---|---|")
for r in rows:
    print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]}-{r[8]} |")
t = [sum(r[i] for r in rows) for i in range(1, 7)]
print(f"| **total** | {t[0]} | {t[1]} | {t[2]} | {t[3]} | {t[4]} | {t[5]} | |")
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
