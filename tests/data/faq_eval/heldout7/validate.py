#!/usr/bin/env python3
"""Validate heldout7 FAQ eval data (stdlib only).

Checks: every YAML entry has id/question/answer, ids unique, 25-32 entries;
every JSONL line parses with id/text/expected, query ids unique and named
<faq>-qNNN, every non-null expected exists, every entry is expected at least
once, 90-110 queries, null share about one third (28%-40%); warns when a
query shares most of its characters with its entry's question(s).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAQS = ["community_canteen", "hearing_aid_center"]


def parse_list(v):
    v = v.strip()
    assert v.startswith("[") and v.endswith("]"), v
    return [x.strip().strip('"\'') for x in v[1:-1].split(",") if x.strip()]


def load_yaml(path):
    """Minimal parser for the flat entry format used here."""
    entries, cur = [], None
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.rstrip() == "entries:":
            continue
        m = re.match(r"^  - (\w+): (.*)$", line.rstrip("\n"))
        if m:
            cur = {}
            entries.append(cur)
        else:
            m = re.match(r"^    (\w+): (.*)$", line.rstrip("\n"))
            assert m and cur is not None, f"{path}:{ln}: cannot parse {line!r}"
        k, v = m.group(1), m.group(2).strip()
        assert k not in cur, f"{path}:{ln}: duplicate key {k}"
        cur[k] = parse_list(v) if k in ("questions", "keywords") else v.strip('"')
    return entries


def main():
    ok = True
    total = {"entries": 0, "queries": 0, "null": 0}
    for name in FAQS:
        entries = load_yaml(os.path.join(HERE, name + ".yaml"))
        try:  # cross-check with PyYAML when it happens to be installed
            import yaml
            y = yaml.safe_load(open(os.path.join(HERE, name + ".yaml"), encoding="utf-8"))
            assert [str(e["id"]) for e in y["entries"]] == [e["id"] for e in entries]
        except ImportError:
            pass
        ids = [e["id"] for e in entries]
        for e in entries:
            for k in ("id", "question", "answer"):
                if not e.get(k):
                    print(f"ERROR {name}: entry missing {k}: {e}"); ok = False
        if len(set(ids)) != len(ids):
            print(f"ERROR {name}: duplicate entry ids"); ok = False
        if not 25 <= len(entries) <= 32:
            print(f"ERROR {name}: {len(entries)} entries (want 25-32)"); ok = False
        qtexts = {e["id"]: [e["question"]] + e.get("questions", []) for e in entries}
        qids, used, n_null, n = set(), set(), 0, 0
        for ln, line in enumerate(open(os.path.join(HERE, name + ".queries.jsonl"), encoding="utf-8"), 1):
            q = json.loads(line)
            n += 1
            if set(q) != {"id", "text", "expected"}:
                print(f"ERROR {name}:{ln}: fields {sorted(q)}"); ok = False
            if not re.fullmatch(re.escape(name) + r"-q\d{3}", q["id"]) or q["id"] in qids:
                print(f"ERROR {name}:{ln}: bad or duplicate id {q['id']}"); ok = False
            qids.add(q["id"])
            if not q["text"].strip():
                print(f"ERROR {name}:{ln}: empty text"); ok = False
            e = q["expected"]
            if e is None:
                n_null += 1
                continue
            if e not in qtexts:
                print(f"ERROR {name}:{ln}: expected {e!r} not an entry id"); ok = False
                continue
            used.add(e)
            chars = set(re.sub(r"\W", "", q["text"]))
            for qt in qtexts[e]:
                qc = set(re.sub(r"\W", "", qt))
                if chars and len(chars & qc) / len(chars) > 0.7:
                    print(f"WARN {name}:{ln}: {q['text']!r} close to question {qt!r}")
        missing = [i for i in ids if i not in used]
        if missing:
            print(f"ERROR {name}: entries never expected: {missing}"); ok = False
        if not 90 <= n <= 110:
            print(f"ERROR {name}: {n} queries (want 90-110)"); ok = False
        if not 0.28 <= n_null / n <= 0.40:
            print(f"ERROR {name}: null share {n_null}/{n}"); ok = False
        kw = sum("keywords" in e for e in entries)
        qs = sum("questions" in e for e in entries)
        print(f"{name}: entries={len(entries)} (keywords {kw}, questions {qs}) "
              f"queries={n} answerable={n - n_null} null={n_null}")
        total["entries"] += len(entries); total["queries"] += n; total["null"] += n_null
    print("total:", total)
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
