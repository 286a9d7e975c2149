"""Validate the heldout5 FAQ eval data (data tooling only; run: python3 validate_heldout5.py)."""
import json, os, sys
from collections import Counter
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = ["car_service", "elderly_care_station"]
ok = True


def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)


print("| FAQ | entries | w/ keywords | w/ questions | queries | answerable | null |")
for name in NAMES:
    faq = yaml.safe_load(open(os.path.join(HERE, name + ".yaml"), encoding="utf-8"))
    entries = faq["entries"]
    ids = [e["id"] for e in entries]
    if len(ids) != len(set(ids)):
        fail(f"{name}: duplicate entry ids")
    for e in entries:
        for k in ("id", "question", "answer"):
            if not isinstance(e.get(k), str) or not e[k].strip():
                fail(f"{name}: entry {e.get('id')} missing {k}")
        for k in ("questions", "keywords"):
            if k in e and not (isinstance(e[k], list) and all(isinstance(x, str) for x in e[k])):
                fail(f"{name}: entry {e['id']} bad {k}")
        extra = set(e) - {"id", "question", "answer", "questions", "keywords"}
        if extra:
            fail(f"{name}: entry {e['id']} unknown fields {extra}")
    if not 25 <= len(entries) <= 35:
        fail(f"{name}: {len(entries)} entries")
    qs = [json.loads(l) for l in open(os.path.join(HERE, name + ".queries.jsonl"), encoding="utf-8") if l.strip()]
    qids = [q["id"] for q in qs]
    if len(qids) != len(set(qids)):
        fail(f"{name}: duplicate query ids")
    texts = Counter(q["text"] for q in qs)
    for t, c in texts.items():
        if c > 1:
            fail(f"{name}: duplicate query text {t}")
    for q in qs:
        if set(q) != {"id", "text", "expected"}:
            fail(f"{name}: bad keys {q}")
        if q["expected"] is not None and q["expected"] not in ids:
            fail(f"{name}: unknown expected {q['expected']}")
    targets = {q["expected"] for q in qs if q["expected"] is not None}
    missing = set(ids) - targets
    if missing:
        fail(f"{name}: entries with no query {missing}")
    ans = sum(q["expected"] is not None for q in qs)
    nul = len(qs) - ans
    if len(qs) < 75 or ans < 50 or nul < 25:
        fail(f"{name}: counts {len(qs)}/{ans}/{nul}")
    kw = sum("keywords" in e for e in entries)
    qq = sum("questions" in e for e in entries)
    print(f"| {name} | {len(entries)} | {kw} | {qq} | {len(qs)} | {ans} | {nul} |")

print("OK" if ok else "ERRORS")
sys.exit(0 if ok else 1)
