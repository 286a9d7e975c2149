#!/usr/bin/env python3
"""Validate held-out moderation batch 26 (lanzhou_huaer_singers, blood_donors, pottery_studio). Stdlib only.

Checks: every line parses; required fields; ids unique and prefixed; group name; types;
url/title rules; ad label agrees with technique; no raw invisible characters (must be
JSON-escaped); operator lines are never ads; 260-280 messages per kind; ad share 33-36%;
hard negatives (negatives whose technique is not `chat`) >= 40%; every ad technique of
README-A/B used at least once per kind. There are no reply/reference fields in this
batch, so there is nothing to cross-check. Prints the count tables used in README.md.
Exit code 1 on any error.
"""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'lanzhou_huaer_singers': 'hr', 'blood_donors': 'xu', 'pottery_studio': 'tq'}
INVISIBLE = '\u200b\u200c\u200d\u2060\u3164\ufeff'
# ad techniques of README-A.md and README-B.md (all must appear in each kind)
AB_AD = {'contact_card', 'group_invite', 'health_selling', 'homophone', 'lending', 'link_shop',
         'mini_program_ad', 'mlm', 'phone', 'phone_cn_numerals', 'phone_split', 'private_cta', 'qq',
         'recruiting', 'taokouling', 'tutoring_selling', 'video_ad', 'wechat_id',
         'wechat_id_obfuscated', 'competitor_selling'}
AD_TECH = AB_AD | {'testimony'}   # testimony: name used by the training corpus (README_train8.md)
NEG_TECH = {'chat', 'fragments', 'official_contact', 'article_share', 'video_share',
            'mini_program_service', 'group_buy_by_operator', 'price_date', 'payment_question',
            'scam_warning', 'complaint', 'buy_sell_innocent', 'recommendation'}
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
            if any(c in line for c in INVISIBLE): err(f'{kind}:{n} raw invisible character')
            if not line.strip(): err(f'{kind}:{n} blank line'); continue
            try: r = json.loads(line)
            except Exception as e: err(f'{kind}:{n} bad json {e}'); continue
            miss = [k for k in REQ if k not in r]
            if miss: err(f'{kind}:{n} missing {miss}'); continue
            i = r['id']
            if i in ids: err(f'duplicate id {i}')
            ids.add(i)
            if not i.startswith(pre + '-'): err(f'{i} wrong prefix')
            if r['group'] != kind: err(f'{i} group {r["group"]}')
            if r['type'] not in TYPES: err(f'{i} type {r["type"]}')
            if not isinstance(r['ad'], bool): err(f'{i} ad not bool')
            if not isinstance(r['text'], str) or not r['text'].strip(): err(f'{i} empty text')
            t = r['technique']
            if t in AD_TECH:
                if r['ad'] is not True: err(f'{i} ad technique {t} labelled false')
            elif t in NEG_TECH:
                if r['ad'] is not False: err(f'{i} negative technique {t} labelled true')
            else: err(f'{i} unknown technique {t}')
            if r['sender_role'] not in ('member', 'operator'): err(f'{i} sender_role')
            if r['sender_role'] == 'operator' and r['ad']: err(f'{i} operator line labelled ad')
            if t == 'group_buy_by_operator' and r['sender_role'] != 'operator': err(f'{i} operator post not operator')
            if r['type'] == 'url':
                if not str(r.get('url', '')).startswith('http'): err(f'{i} url missing')
                if not r.get('title'): err(f'{i} url title missing')
            if r['type'] in ('mini_program', 'contact_card') and not r.get('title'): err(f'{i} title missing')
            if r['type'] not in ('url', 'mini_program', 'contact_card') and 'title' in r: err(f'{i} title on {r["type"]}')
            if t == 'contact_card' and r['type'] != 'contact_card': err(f'{i} contact_card technique needs type contact_card')
            rows.append(r)
    all_rows[kind] = rows
    texts = collections.Counter(r['text'] for r in rows if r['technique'] not in ('chat', 'fragments'))
    for tx, c in texts.items():
        if c > 1: err(f'{kind}: text repeated {c}x: {tx}')

print('| kind | total | ads | hard negatives | plain chat | operator posts |')
print('|---|---|---|---|---|---|')
for kind, rows in all_rows.items():
    n = len(rows); a = sum(r['ad'] for r in rows)
    h = sum(1 for r in rows if not r['ad'] and r['technique'] != 'chat')
    c = n - a - h
    op = sum(1 for r in rows if r['sender_role'] == 'operator')
    print(f'| {kind} | {n} | {a} ({a/n:.1%}) | {h} ({h/n:.1%}) | {c} ({c/n:.1%}) | {op} |')
    if not 260 <= n <= 280: err(f'{kind}: {n} messages, want 260-280')
    if not 0.33 <= a / n <= 0.36: err(f'{kind}: ad share {a/n:.1%}, want 33-36%')
    if h / n < 0.40: err(f'{kind}: hard-negative share {h/n:.1%} < 40%')
    for t in sorted(AB_AD):
        if not any(r['technique'] == t for r in rows): err(f'{kind}: ad technique {t} unused')

for label, techs in (('Ad techniques', sorted(AD_TECH)), ('Negative categories', sorted(NEG_TECH))):
    print(f'\n{label}\n')
    print('| technique | ' + ' | '.join(KINDS) + ' | total |')
    print('|---|' + '---|' * (len(KINDS) + 1))
    for t in techs:
        cs = [sum(1 for r in all_rows[k] if r['technique'] == t) for k in KINDS]
        print(f'| {t} | ' + ' | '.join(map(str, cs)) + f' | {sum(cs)} |')

print('\nMessage types\n')
print('| type | ' + ' | '.join(KINDS) + ' |')
print('|---|' + '---|' * len(KINDS))
for ty in sorted(TYPES):
    print(f'| {ty} | ' + ' | '.join(str(sum(1 for r in all_rows[k] if r['type'] == ty)) for k in KINDS) + ' |')

if errors:
    print('\nERRORS:'); [print(' ', e) for e in errors]; sys.exit(1)
print('\nOK')
