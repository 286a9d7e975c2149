#!/usr/bin/env python3
"""Validate faq_train set 13b (data13-faq-train-b). Standard library only.

Checks for each FAQ: the YAML parses (a small reader for the flat format used here), entry keys, unique entry ids,
22-26 entries; every JSONL line parses, keys are exactly id/text/expected, unique query ids and texts, every
`expected` is an entry id or null, 80-90 queries, null share 30-35%, every entry targeted 2-5 times; and no
answerable query shares most of its character bigrams with its entry's question(s) (overlap >= 0.6 fails).
Prints the counts table. Exit code 1 on any error.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAQS = ["checkup_center", "broadband_tv", "ebike_shop", "cake_shop"]
ENTRY_KEYS = {"id", "question", "answer", "questions", "keywords"}


def scalar(v):
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        return v[1:-1]
    return v


def flow_list(v):
    v = v.strip()
    if not (v.startswith("[") and v.endswith("]")):
        raise ValueError("expected [a, b] list: %r" % v)
    return [scalar(x) for x in v[1:-1].split(",") if x.strip()]


def read_yaml(path):
    """Reads `entries:` followed by `  - key: value` / `    key: value` lines (flow lists allowed)."""
    entries, cur, seen_root = [], None, False
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line == "entries:":
                seen_root = True
                continue
            if not seen_root:
                raise ValueError("%s:%d: content before 'entries:'" % (path, n))
            if line.startswith("  - "):
                cur = {}
                entries.append(cur)
                body = line[4:]
            elif line.startswith("    ") and cur is not None:
                body = line[4:]
            else:
                raise ValueError("%s:%d: unexpected indentation" % (path, n))
            key, sep, val = body.partition(":")
            if not sep or not val.startswith(" "):
                raise ValueError("%s:%d: not 'key: value'" % (path, n))
            key = key.strip()
            if key in cur:
                raise ValueError("%s:%d: duplicate key %s" % (path, n, key))
            cur[key] = flow_list(val) if key in ("questions", "keywords") else scalar(val)
    return entries


def bigrams(s):
    s = "".join(ch for ch in s if ch.isalnum())
    return {s[i:i + 2] for i in range(len(s) - 1)}


def overlap(query, question):
    q = bigrams(question)
    return len(bigrams(query) & q) / len(q) if q else 0.0


def check(name, errors, warnings):
    entries = read_yaml(os.path.join(HERE, name + ".yaml"))
    try:  # cross-check with PyYAML when it is installed
        import yaml
        with open(os.path.join(HERE, name + ".yaml"), encoding="utf-8") as f:
            ref = yaml.safe_load(f)["entries"]
        if [{k: (str(v) if k == "id" else v) for k, v in e.items()} for e in ref] != entries:
            errors.append("%s: mini reader and PyYAML disagree" % name)
    except ImportError:
        pass
    ids = []
    for e in entries:
        if not {"id", "question", "answer"} <= set(e) or set(e) - ENTRY_KEYS:
            errors.append("%s: bad keys %s" % (name, sorted(e)))
        ids.append(e.get("id"))
    if len(set(ids)) != len(ids):
        errors.append("%s: duplicate entry ids" % name)
    if not 22 <= len(entries) <= 26:
        errors.append("%s: %d entries (want 22-26)" % (name, len(entries)))
    by_id = {e["id"]: e for e in entries}
    qids, texts, hits, n_null, n = set(), set(), {i: 0 for i in ids}, 0, 0
    with open(os.path.join(HERE, name + ".queries.jsonl"), encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            if not raw.strip():
                errors.append("%s: blank line %d" % (name, ln))
                continue
            q = json.loads(raw)
            n += 1
            if set(q) != {"id", "text", "expected"}:
                errors.append("%s:%d keys %s" % (name, ln, sorted(q)))
                continue
            if q["id"] in qids:
                errors.append("%s: duplicate query id %s" % (name, q["id"]))
            if q["text"] in texts:
                errors.append("%s: duplicate text %s" % (name, q["text"]))
            qids.add(q["id"])
            texts.add(q["text"])
            exp = q["expected"]
            if exp is None:
                n_null += 1
            elif exp not in by_id:
                errors.append("%s: %s expects unknown id %r" % (name, q["id"], exp))
            else:
                hits[exp] += 1
                e = by_id[exp]
                ov = max(overlap(q["text"], s) for s in [e["question"]] + e.get("questions", []))
                if ov >= 0.6:
                    errors.append("%s: %s too close to its entry question (%.2f): %s" % (name, q["id"], ov, q["text"]))
                elif ov >= 0.45:
                    warnings.append("%s: %s overlap %.2f: %s" % (name, q["id"], ov, q["text"]))
    if not 80 <= n <= 90:
        errors.append("%s: %d queries (want 80-90)" % (name, n))
    if not 0.30 <= n_null / max(n, 1) <= 0.35:
        errors.append("%s: null share %.3f (want 0.30-0.35)" % (name, n_null / max(n, 1)))
    for i, c in hits.items():
        if not 2 <= c <= 5:
            errors.append("%s: entry %s targeted %d times (want 2-5)" % (name, i, c))
    return dict(entries=len(entries), kw=sum("keywords" in e for e in entries),
                qs=sum("questions" in e for e in entries), queries=n, ans=n - n_null, null=n_null)


def main():
    errors, warnings, rows = [], [], []
    for name in FAQS:
        rows.append((name, check(name, errors, warnings)))
    print("| FAQ | entries | with keywords | with extra questions | queries | answerable | null |")
    print("|---|---|---|---|---|---|---|")
    tot = dict(entries=0, kw=0, qs=0, queries=0, ans=0, null=0)
    for name, r in rows:
        print("| %s | %d | %d | %d | %d | %d | %d |" % (name, r["entries"], r["kw"], r["qs"], r["queries"], r["ans"], r["null"]))
        for k in tot:
            tot[k] += r[k]
    print("| **total** | %d | %d | %d | %d | %d | %d |" % tuple(tot[k] for k in ["entries", "kw", "qs", "queries", "ans", "null"]))
    for w in warnings:
        print("note:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else "%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
