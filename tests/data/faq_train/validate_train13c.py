#!/usr/bin/env python3
"""Validate faq_train set 13c (data13-faq-train-c). Standard library only.

For each FAQ: the YAML parses with a small stdlib reader for the flat format used in this folder (cross-checked with
PyYAML when it is installed), entry keys are id/question/answer[/questions/keywords], entry ids unique, 22-26 entries;
every JSONL line parses with keys exactly id/text/expected, query ids carry the FAQ's prefix and are unique, texts are
unique, every `expected` is an entry id or null, 80-90 queries, null share 30-35%, every entry is expected 2-5 times,
and no answerable query shares >= 60% of its entry question's character bigrams. Prints the counts table; exit 1 on
any error.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAQS = [("notary_office", "not"), ("bath_house", "bth"), ("tailor_shop", "tlr"), ("locksmith", "lck")]
ENTRY_KEYS = {"id", "question", "answer", "questions", "keywords"}
ID_STYLE = {
    "notary_office": re.compile(r"^[a-z]+(_[a-z]+)+$"),
    "bath_house": re.compile(r"^[\u4e00-\u9fff]+$"),
    "tailor_shop": re.compile(r"^\d{3}$"),
    "locksmith": re.compile(r"^[a-z]+(-[a-z]+)+$"),
}


def unquote(v):
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        return v[1:-1]
    return v


def read_list(v, where):
    v = v.strip()
    if not (v.startswith("[") and v.endswith("]")):
        raise ValueError("%s: expected a [a, b] list" % where)
    return [unquote(x) for x in v[1:-1].split(",") if x.strip()]


def read_yaml(path):
    entries, cur, root = [], None, False
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            where = "%s:%d" % (os.path.basename(path), n)
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line == "entries:":
                root = True
                continue
            if not root:
                raise ValueError(where + ": content before 'entries:'")
            if line.startswith("  - "):
                cur = {}
                entries.append(cur)
                body = line[4:]
            elif line.startswith("    ") and cur is not None:
                body = line[4:]
            else:
                raise ValueError(where + ": bad indentation")
            key, sep, val = body.partition(":")
            if not sep or not val.startswith(" "):
                raise ValueError(where + ": not 'key: value'")
            key = key.strip()
            if key in cur:
                raise ValueError(where + ": duplicate key " + key)
            cur[key] = read_list(val, where) if key in ("questions", "keywords") else unquote(val)
    return entries


def bigrams(s):
    s = "".join(c for c in s if c.isalnum())
    return {s[i:i + 2] for i in range(len(s) - 1)}


def overlap(text, question):
    q = bigrams(question)
    return len(bigrams(text) & q) / len(q) if q else 0.0


def check(name, prefix, errors):
    path = os.path.join(HERE, name + ".yaml")
    entries = read_yaml(path)
    try:
        import yaml
        with open(path, encoding="utf-8") as f:
            ref = yaml.safe_load(f)["entries"]
        if [{k: (str(v) if k == "id" else v) for k, v in e.items()} for e in ref] != entries:
            errors.append("%s: stdlib reader and PyYAML disagree" % name)
    except ImportError:
        pass
    ids = [e.get("id") for e in entries]
    for e in entries:
        if not {"id", "question", "answer"} <= set(e) or set(e) - ENTRY_KEYS:
            errors.append("%s: bad keys %s" % (name, sorted(e)))
        if not ID_STYLE[name].match(str(e.get("id"))):
            errors.append("%s: id %r not in this FAQ's id style" % (name, e.get("id")))
    if len(set(ids)) != len(ids):
        errors.append("%s: duplicate entry ids" % name)
    if not 22 <= len(entries) <= 26:
        errors.append("%s: %d entries (want 22-26)" % (name, len(entries)))
    by_id = {e["id"]: e for e in entries}
    hits = {i: 0 for i in ids}
    qids, texts, n, n_null = set(), set(), 0, 0
    with open(os.path.join(HERE, name + ".queries.jsonl"), encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            if not raw.strip():
                errors.append("%s: blank line %d" % (name, ln))
                continue
            q = json.loads(raw)
            n += 1
            if set(q) != {"id", "text", "expected"}:
                errors.append("%s:%d: keys %s" % (name, ln, sorted(q)))
                continue
            if not re.match(r"^%s-q\d{3}$" % prefix, q["id"]) or q["id"] in qids:
                errors.append("%s: bad or duplicate query id %s" % (name, q["id"]))
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
    if not 80 <= n <= 90:
        errors.append("%s: %d queries (want 80-90)" % (name, n))
    if not 0.30 <= n_null / max(n, 1) <= 0.35:
        errors.append("%s: null share %.3f (want 0.30-0.35)" % (name, n_null / max(n, 1)))
    for i, c in hits.items():
        if not 2 <= c <= 5:
            errors.append("%s: entry %s expected %d times (want 2-5)" % (name, i, c))
    return [len(entries), sum("keywords" in e for e in entries), sum("questions" in e for e in entries),
            n, n - n_null, n_null]


def main():
    errors, rows = [], []
    for name, prefix in FAQS:
        try:
            rows.append((name, check(name, prefix, errors)))
        except (ValueError, OSError, json.JSONDecodeError) as exc:
            errors.append("%s: %s" % (name, exc))
    print("| FAQ | entries | with keywords | with extra questions | queries | answerable | null |")
    print("|---|---|---|---|---|---|---|")
    tot = [0] * 6
    for name, r in rows:
        print("| %s | %s |" % (name, " | ".join(map(str, r))))
        tot = [a + b for a, b in zip(tot, r)]
    print("| **total** | %s |" % " | ".join(map(str, tot)))
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else "%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
