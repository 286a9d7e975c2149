#!/usr/bin/env python3
"""Validate the held-out FAQ eval data in this folder (batch 8).

Standard library only (a small reader for the flat YAML used here); if PyYAML is
installed the reader's result is cross-checked against it.
Checks: YAML and JSONL parse, entry ids unique, 26-30 entries, every entry has
id/question/answer, query ids unique, every `expected` exists, every entry is
expected at least once, 100-115 queries per FAQ, null share roughly a third
(28%-40%), and no answerable query is a near copy of its entry's question(s)
(character-bigram overlap < 0.6).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAQS = {"nursing_home": "nh", "housekeeping": "hk"}


def parse_list(v):
    v = v.strip()
    assert v.startswith("[") and v.endswith("]"), v
    return [x.strip() for x in v[1:-1].split(",") if x.strip()]


def read_yaml(path):
    entries, cur = [], None
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.rstrip() == "entries:":
            continue
        m = re.match(r"^  - id: (.+)$", line.rstrip("\n"))
        if m:
            cur = {"id": m.group(1).strip().strip('"')}
            entries.append(cur)
            continue
        m = re.match(r"^    (\w+): (.+)$", line.rstrip("\n"))
        assert m and cur is not None, f"{path}:{n}: cannot parse: {line!r}"
        k, v = m.group(1), m.group(2)
        assert k not in cur, f"{path}:{n}: duplicate key {k}"
        cur[k] = parse_list(v) if k in ("questions", "keywords") else v.strip()
    return entries


def bigrams(s):
    s = re.sub(r"[\s\W_]+", "", s)
    return {s[i:i + 2] for i in range(len(s) - 1)}


def overlap(q, ref):
    a, b = bigrams(q), bigrams(ref)
    return len(a & b) / len(b) if b else 0.0


def main():
    ok = True
    def fail(msg):
        nonlocal ok
        ok = False
        print("FAIL:", msg)
    rows = []
    for name, prefix in FAQS.items():
        ypath = os.path.join(HERE, name + ".yaml")
        qpath = os.path.join(HERE, name + ".queries.jsonl")
        entries = read_yaml(ypath)
        try:
            import yaml  # optional cross-check
            ref = yaml.safe_load(open(ypath, encoding="utf-8"))["entries"]
            if ref != entries:
                fail(f"{name}: flat reader and PyYAML disagree")
        except ImportError:
            pass
        ids = [e["id"] for e in entries]
        if len(ids) != len(set(ids)):
            fail(f"{name}: duplicate entry ids")
        if not 26 <= len(entries) <= 30:
            fail(f"{name}: {len(entries)} entries (want 26-30)")
        for e in entries:
            for k in ("question", "answer"):
                if not e.get(k):
                    fail(f"{name}:{e['id']}: missing {k}")
            if set(e) - {"id", "question", "questions", "answer", "keywords"}:
                fail(f"{name}:{e['id']}: unknown field")
        byid = {e["id"]: e for e in entries}
        qs, qids = [], set()
        for n, line in enumerate(open(qpath, encoding="utf-8"), 1):
            try:
                q = json.loads(line)
            except ValueError as ex:
                fail(f"{qpath}:{n}: {ex}")
                continue
            if set(q) != {"id", "text", "expected"}:
                fail(f"{qpath}:{n}: keys {sorted(q)}")
            if not re.fullmatch(prefix + r"-q\d{3}", q["id"]):
                fail(f"{qpath}:{n}: bad id {q['id']}")
            if q["id"] in qids:
                fail(f"{qpath}:{n}: duplicate id {q['id']}")
            qids.add(q["id"])
            if not q["text"].strip():
                fail(f"{qpath}:{n}: empty text")
            if q["expected"] is not None and q["expected"] not in byid:
                fail(f"{qpath}:{n}: unknown expected {q['expected']!r}")
            qs.append(q)
        texts = [q["text"] for q in qs]
        if len(texts) != len(set(texts)):
            fail(f"{name}: duplicate query texts")
        used = {q["expected"] for q in qs}
        for i in ids:
            if i not in used:
                fail(f"{name}: entry {i} never expected")
        nnull = sum(q["expected"] is None for q in qs)
        if not 100 <= len(qs) <= 115:
            fail(f"{name}: {len(qs)} queries (want 100-115)")
        if not 0.28 <= nnull / len(qs) <= 0.40:
            fail(f"{name}: null share {nnull}/{len(qs)}")
        for q in qs:
            if q["expected"] is None:
                continue
            e = byid[q["expected"]]
            for ref in [e["question"]] + e.get("questions", []):
                if overlap(q["text"], ref) >= 0.6:
                    fail(f"{name}:{q['id']}: too close to {ref!r} ({overlap(q['text'], ref):.2f}): {q['text']}")
        rows.append((name, len(entries), sum("keywords" in e for e in entries),
                     sum("questions" in e for e in entries), len(qs), len(qs) - nnull, nnull))
    print("| FAQ | entries | w/ keywords | w/ questions | queries | answerable | null |")
    for r in rows:
        print("| " + " | ".join(map(str, r)) + " |")
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
