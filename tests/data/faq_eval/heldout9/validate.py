#!/usr/bin/env python3
"""Validator for heldout9 FAQ eval data (pharmacy, moving_company). Data tooling only.

Checks: YAML parses (small standard-library reader, cross-checked with PyYAML when installed), entry keys,
unique entry ids, unique query ids and texts, every `expected` is an entry id or null, 26-30 entries,
100-115 queries, null share 30-37%, every entry expected by >= 1 query, and no answerable query whose
character-bigram Dice overlap with its entry question(s) is >= 0.6. Prints the counts table.
Run: python3 validate.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAQS = [("pharmacy", "phar"), ("moving_company", "move")]
ENTRY_KEYS = {"id", "question", "answer", "questions", "keywords"}


def _scalar(s):
    s = s.strip()
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "\"'":
        return s[1:-1]
    return s


def read_yaml(path):
    """Reads the restricted shape used here: a comment, `entries:`, list of maps with scalars and [a, b] lists."""
    entries, cur = [], None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line == "entries:":
                continue
            body = line.strip()
            if body.startswith("- "):
                cur = {}
                entries.append(cur)
                body = body[2:]
            if cur is None or ":" not in body:
                raise ValueError(f"{path}:{n}: unexpected line {line!r}")
            key, val = body.split(":", 1)
            val = val.strip()
            if val.startswith("["):
                if not val.endswith("]"):
                    raise ValueError(f"{path}:{n}: unterminated list")
                cur[key] = [_scalar(x) for x in val[1:-1].split(",") if x.strip()]
            else:
                cur[key] = _scalar(val)
    return {"entries": entries}


def bigrams(s):
    s = "".join(ch for ch in s if ch.isalnum())
    return {s[i:i + 2] for i in range(len(s) - 1)}


def dice(a, b):
    x, y = bigrams(a), bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def main():
    errors, rows = [], []
    try:
        import yaml  # optional cross-check
    except ImportError:
        yaml = None
    for name, prefix in FAQS:
        ypath = os.path.join(HERE, name + ".yaml")
        qpath = os.path.join(HERE, name + ".queries.jsonl")
        faq = read_yaml(ypath)
        if yaml is not None:
            other = yaml.safe_load(open(ypath, encoding="utf-8"))
            if other != faq:
                errors.append(f"{name}: stdlib reader and PyYAML disagree")
        entries = faq["entries"]
        ids = [e.get("id") for e in entries]
        if len(set(ids)) != len(ids):
            errors.append(f"{name}: duplicate entry ids")
        for e in entries:
            if not isinstance(e.get("id"), str) or not e.get("question") or not e.get("answer"):
                errors.append(f"{name}: entry missing id/question/answer: {e}")
            if set(e) - ENTRY_KEYS:
                errors.append(f"{name}: unknown keys {set(e) - ENTRY_KEYS} in {e.get('id')}")
            for k in ("questions", "keywords"):
                if k in e and (not isinstance(e[k], list) or not all(isinstance(x, str) and x for x in e[k])):
                    errors.append(f"{name}: {e.get('id')} {k} must be a list of strings")
        byid = {e["id"]: e for e in entries}
        if not 26 <= len(entries) <= 30:
            errors.append(f"{name}: {len(entries)} entries, want 26-30")
        queries, qids, texts = [], set(), set()
        with open(qpath, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    q = json.loads(line)
                except json.JSONDecodeError as exc:
                    errors.append(f"{qpath}:{n}: {exc}")
                    continue
                if set(q) != {"id", "text", "expected"}:
                    errors.append(f"{qpath}:{n}: keys {sorted(q)}")
                if not str(q.get("id", "")).startswith(prefix + "-q"):
                    errors.append(f"{qpath}:{n}: id {q.get('id')} not {prefix}-qNNN")
                if q["id"] in qids:
                    errors.append(f"{qpath}:{n}: duplicate id {q['id']}")
                if q["text"] in texts:
                    errors.append(f"{qpath}:{n}: duplicate text {q['text']}")
                qids.add(q["id"])
                texts.add(q["text"])
                if q["expected"] is not None and q["expected"] not in byid:
                    errors.append(f"{qpath}:{n}: unknown expected {q['expected']!r}")
                queries.append(q)
        if not 100 <= len(queries) <= 115:
            errors.append(f"{name}: {len(queries)} queries, want 100-115")
        nulls = sum(q["expected"] is None for q in queries)
        share = nulls / len(queries) if queries else 0
        if not 0.30 <= share <= 0.37:
            errors.append(f"{name}: null share {share:.2f}, want about a third")
        hits = {i: 0 for i in byid}
        for q in queries:
            e = byid.get(q["expected"])
            if e is None:
                continue
            hits[e["id"]] += 1
            for qq in [e["question"]] + e.get("questions", []):
                d = dice(q["text"], qq)
                if d >= 0.6:
                    errors.append(f"{name}: {q['id']} too close to {qq!r} ({d:.2f})")
        missing = [i for i, c in hits.items() if c == 0]
        if missing:
            errors.append(f"{name}: entries never expected: {missing}")
        rows.append((name, len(entries), sum("keywords" in e for e in entries),
                     sum("questions" in e for e in entries), len(queries), len(queries) - nulls, nulls,
                     min(hits.values()), max(hits.values())))
    print("| FAQ | entries | w/ keywords | w/ questions | queries | answerable | null | per entry |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]}-{r[8]} |")
    t = [sum(r[i] for r in rows) for i in range(1, 7)]
    print(f"| **total** | {t[0]} | {t[1]} | {t[2]} | {t[3]} | {t[4]} | {t[5]} | |")
    if errors:
        print("\n".join(["", "ERRORS:"] + errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
