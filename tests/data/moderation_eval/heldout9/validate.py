#!/usr/bin/env python3
"""Validate the held-out moderation eval data, batch 9 (stdlib only).

Checks: every line parses; ids unique and prefixed per kind; required fields and types;
url/title rules; ad label agrees with technique; 270-290 messages per kind; ad share 33-36%;
hard negatives (negatives other than plain `chat`) >= 40%; every ad technique of
README-A/README-B (plus `testimony`) used at least once per kind; the hard-negative
categories the brief asks for present; operator posts carry sender_role operator;
no raw invisible characters (they must be JSON-escaped). Prints the README tables.
Exit code 1 on any error.
"""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'choir': 'ch', 'badminton_club': 'bm'}
INVISIBLE = '\u200b\u200c\u200d\u2060\u3164\ufeff'
# union of README-A and README-B ad techniques, plus testimony (README_train8)
AD_AB = {'contact_card', 'group_invite', 'health_selling', 'homophone', 'lending', 'link_shop',
         'mini_program_ad', 'mlm', 'phone', 'phone_cn_numerals', 'phone_split', 'private_cta', 'qq',
         'recruiting', 'taokouling', 'tutoring_selling', 'video_ad', 'wechat_id',
         'wechat_id_obfuscated', 'competitor_selling'}
AD_TECH = AD_AB | {'testimony'}
NEG_TECH = {'chat', 'fragments', 'official_contact', 'article_share', 'video_share',
            'mini_program_service', 'group_buy_by_operator', 'price_date', 'payment_question',
            'scam_warning', 'complaint', 'buy_sell_innocent', 'recommendation'}
NEG_MUST = NEG_TECH - {'chat'}
TYPES = {'text', 'url', 'mini_program', 'contact_card', 'video', 'image', 'voice', 'emoticon'}
REQ = ['id', 'group', 'type', 'text', 'ad', 'technique', 'sender_role']

errors = []
def err(m): errors.append(m)

all_rows = {}
ids = set()
for kind, pre in KINDS.items():
    rows = []
    with open(os.path.join(HERE, kind + '.jsonl'), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if any(c in line for c in INVISIBLE):
                err(f'{kind}:{n} raw invisible character (must be JSON-escaped)')
            if not line.strip():
                err(f'{kind}:{n} blank line'); continue
            try:
                r = json.loads(line)
            except Exception as e:
                err(f'{kind}:{n} bad json {e}'); continue
            missing = [k for k in REQ if k not in r]
            if missing:
                err(f'{kind}:{n} missing {missing}'); continue
            if r['id'] in ids: err(f'duplicate id {r["id"]}')
            ids.add(r['id'])
            if not r['id'].startswith(pre + '-'): err(f'{r["id"]} wrong prefix')
            if r['group'] != kind: err(f'{r["id"]} group {r["group"]}')
            if r['type'] not in TYPES: err(f'{r["id"]} type {r["type"]}')
            if not isinstance(r['ad'], bool): err(f'{r["id"]} ad not bool')
            if not isinstance(r['text'], str) or not r['text'].strip(): err(f'{r["id"]} empty text')
            t = r['technique']
            if t in AD_TECH:
                if r['ad'] is not True: err(f'{r["id"]} ad technique {t} labelled false')
            elif t in NEG_TECH:
                if r['ad'] is not False: err(f'{r["id"]} negative technique {t} labelled true')
            else:
                err(f'{r["id"]} unknown technique {t}')
            if r['sender_role'] not in ('member', 'operator'): err(f'{r["id"]} sender_role')
            if t == 'group_buy_by_operator' and r['sender_role'] != 'operator':
                err(f'{r["id"]} operator post must have sender_role operator')
            if r['type'] == 'url':
                if not str(r.get('url', '')).startswith('http'): err(f'{r["id"]} url missing')
                if not r.get('title'): err(f'{r["id"]} url title missing')
            if r['type'] in ('mini_program', 'contact_card') and r.get('title') != r['text']:
                err(f'{r["id"]} title must equal text')
            if r['type'] not in ('url', 'mini_program', 'contact_card') and ('title' in r or 'url' in r):
                err(f'{r["id"]} title/url on {r["type"]}')
            if t == 'contact_card' and r['type'] != 'contact_card':
                err(f'{r["id"]} contact_card technique must have type contact_card')
            rows.append(r)
    all_rows[kind] = rows
    texts = collections.Counter(r['text'] for r in rows if r['type'] not in ('image', 'voice', 'emoticon'))
    for tx, c in texts.items():
        if c > 1 and len(tx) > 4: err(f'{kind}: text repeated {c}x: {tx}')

print('| kind | total | ads | hard negatives | plain chat |')
print('|---|---|---|---|---|')
T = A = H = 0
for kind, rows in all_rows.items():
    n = len(rows); a = sum(r['ad'] for r in rows)
    h = sum(1 for r in rows if not r['ad'] and r['technique'] != 'chat')
    c = n - a - h
    T += n; A += a; H += h
    print(f'| {kind} | {n} | {a} ({a/n:.1%}) | {h} ({h/n:.1%}) | {c} ({c/n:.1%}) |')
    if not 270 <= n <= 290: err(f'{kind}: {n} messages, want 270-290')
    if not 0.33 <= a / n <= 0.36: err(f'{kind}: ad share {a/n:.1%}, want 33-36%')
    if h / n < 0.40: err(f'{kind}: hard-negative share {h/n:.1%} < 40%')
    used = {r['technique'] for r in rows}
    for t in sorted(AD_TECH - used): err(f'{kind}: ad technique {t} unused')
    for t in sorted(NEG_MUST - used): err(f'{kind}: negative category {t} unused')
print(f'| **all** | {T} | {A} ({A/T:.1%}) | {H} ({H/T:.1%}) | {T-A-H} |')

for label, techs in (('Ad techniques', sorted(AD_TECH)), ('Negative categories', sorted(NEG_TECH))):
    print(f'\n{label}\n')
    print('| technique | ' + ' | '.join(KINDS) + ' | total |')
    print('|---|' + '---|' * (len(KINDS) + 1))
    for t in techs:
        cs = [sum(1 for r in all_rows[k] if r['technique'] == t) for k in KINDS]
        print(f'| {t} | ' + ' | '.join(map(str, cs)) + f' | {sum(cs)} |')

print('\nMessage types and roles\n')
print('| type / role | ' + ' | '.join(KINDS) + ' |')
print('|---|' + '---|' * len(KINDS))
for ty in sorted(TYPES):
    print(f'| {ty} | ' + ' | '.join(str(sum(1 for r in all_rows[k] if r['type'] == ty)) for k in KINDS) + ' |')
for ro in ('member', 'operator'):
    print(f'| role {ro} | ' + ' | '.join(str(sum(1 for r in all_rows[k] if r['sender_role'] == ro)) for k in KINDS) + ' |')

if errors:
    print('\nERRORS:'); [print(' ', e) for e in errors]; sys.exit(1)
print('\nOK')
