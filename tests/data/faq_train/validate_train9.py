#!/usr/bin/env python3
"""Validate FAQ training set 9 (tcm_clinic, laundry_shop, phone_repair, hot_spring). Data tooling only."""
import json, os, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FAQS = ['tcm_clinic', 'laundry_shop', 'phone_repair', 'hot_spring']
ENTRY_KEYS = {'id', 'question', 'answer', 'questions', 'keywords'}


def bigrams(s):
    s = ''.join(ch for ch in s if ch.isalnum())
    return {s[i:i + 2] for i in range(len(s) - 1)}


def overlap(q, ref):
    a, b = bigrams(q), bigrams(ref)
    return len(a & b) / len(b) if b else 0.0


errors = []
rows = []
for name in FAQS:
    with open(os.path.join(HERE, name + '.yaml'), encoding='utf-8') as f:
        doc = yaml.safe_load(f)
    entries = doc.get('entries') or []
    ids, kw, qs = [], 0, 0
    refs = {}
    for e in entries:
        extra = set(e) - ENTRY_KEYS
        if extra or not {'id', 'question', 'answer'} <= set(e):
            errors.append(f'{name}: bad keys in entry {e.get("id")}: {sorted(e)}')
        if not isinstance(e.get('id'), str):
            errors.append(f'{name}: id {e.get("id")!r} is not a string')
        ids.append(e.get('id'))
        kw += bool(e.get('keywords'))
        qs += bool(e.get('questions'))
        refs[e.get('id')] = [e['question']] + list(e.get('questions') or [])
    if len(set(ids)) != len(ids):
        errors.append(f'{name}: duplicate entry ids')
    if not 22 <= len(entries) <= 26:
        errors.append(f'{name}: {len(entries)} entries, want 22-26')
    qids, texts, hits = set(), set(), {i: 0 for i in ids}
    n = nulls = 0
    with open(os.path.join(HERE, name + '.queries.jsonl'), encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            q = json.loads(line)
            if set(q) != {'id', 'text', 'expected'}:
                errors.append(f'{name}:{ln}: keys {sorted(q)}')
            if q['id'] in qids:
                errors.append(f'{name}:{ln}: duplicate query id {q["id"]}')
            if q['text'] in texts:
                errors.append(f'{name}:{ln}: duplicate text {q["text"]}')
            qids.add(q['id']); texts.add(q['text'])
            n += 1
            exp = q['expected']
            if exp is None:
                nulls += 1
            elif exp not in hits:
                errors.append(f'{name}:{ln}: expected {exp!r} not an entry id')
            else:
                hits[exp] += 1
                best = max(overlap(q['text'], r) for r in refs[exp])
                if best >= 0.6:
                    errors.append(f'{name}:{ln}: too close to entry question ({best:.2f}): {q["text"]}')
    if not 80 <= n <= 90:
        errors.append(f'{name}: {n} queries, want 80-90')
    if not 0.28 <= nulls / max(n, 1) <= 0.40:
        errors.append(f'{name}: null share {nulls}/{n}, want about a third')
    for i, c in hits.items():
        if c < 1:
            errors.append(f'{name}: entry {i} never expected')
    rows.append((name, len(entries), kw, qs, n, n - nulls, nulls, min(hits.values()), max(hits.values())))

print('| FAQ | entries | with keywords | with questions | queries | answerable | null | hits/entry |')
print('|---|---|---|---|---|---|---|---|')
for r in rows:
    print(f'| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]}-{r[8]} |')
t = [sum(r[i] for r in rows) for i in range(1, 7)]
print(f'| **total** | {t[0]} | {t[1]} | {t[2]} | {t[3]} | {t[4]} | {t[5]} | |')
if errors:
    print('\n'.join(errors))
    sys.exit(1)
print('OK')
