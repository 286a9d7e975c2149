#!/usr/bin/env python3
"""Validate the moderation training corpus (stdlib only).

Checks: every line parses; ids unique and prefixed per kind; required fields and
types; url/title rules per message type; ad label agrees with technique; counts per
kind and technique; ad share ~35%; hard-negative share >= 40%; the extra
techniques each >= 8 across all kinds. Prints the tables used in README.md.
The train7/8/9/10/11/12/13/23/24 kinds get stricter per-kind checks (see README_train7/8/9/10/11/12/13/23/24.md).
Exit code 1 on any error.
"""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'fishing_club': 'fc', 'groupbuy_moms': 'gb', 'senior_models': 'sm', 'homeowners': 'ho'}
# train7 kinds (README_train7.md): stricter per-kind checks below
NEW7 = {'square_dance': 'sd', 'hometown_assoc': 'ht', 'wellness_club': 'wl', 'pet_owners': 'po'}
KINDS.update(NEW7)
# train8 kinds (README_train8.md): same checks as train7, plus the free-help / recruiting / invite focus
NEW8 = {'cycling_club': 'cy', 'opera_fans': 'op', 'classmates': 'cm', 'veg_garden': 'vg'}
KINDS.update(NEW8)
# train9 kinds (README_train9.md): train8 checks, plus its own focus counts (below)
NEW9 = {'calligraphy_club': 'cl', 'tea_lovers': 'tl', 'volunteers': 'vo', 'old_neighbours': 'on'}
KINDS.update(NEW9)
# train10 kinds (README_train10.md): train9 checks, plus private_cta >= 15 and
# buy_sell_innocent + recommendation >= 15 each kind, and the bare-card / 接龙 focus
NEW10 = {'knitting_club': 'kn', 'mahjong_friends': 'mj', 'cooking_fans': 'cf', 'health_walkers': 'hw'}
KINDS.update(NEW10)
# train11 kinds (README_train11.md): every train10 check (minimums per technique as train10)
NEW11 = {'chess_players': 'cp', 'bird_watchers': 'bw', 'retired_nurses': 'rn', 'yangko_dancers': 'yg'}
KINDS.update(NEW11)
# train12 kinds (README_train12.md): every train11 check (same minimums)
NEW12 = {'winter_swimmers': 'ws', 'pigeon_racers': 'pg', 'poetry_society': 'ps', 'drum_troupe': 'dt'}
KINDS.update(NEW12)
# train13 kinds (README_train13.md): every train12 check (same minimums); rn- is taken, so running_club uses rc-
NEW13 = {'running_club': 'rc', 'aquarium_fish': 'aq', 'diabetes_friends': 'db', 'hanfu_lovers': 'hf'}
KINDS.update(NEW13)
# train23 kinds (README_train23.md): every train13 check, but 240-260 messages, ads 33-36 %,
# private_cta >= 20, testimony >= 5, wechat_id_obfuscated >= 5, phone_cn_numerals >= 4, fragments >= 8
NEW23 = {'farm_machine_operators': 'nj', 'hulusi_class': 'hs', 'pig_farmers': 'yz'}
KINDS.update(NEW23)
# train24 kinds (README_train24.md): every train23 check, plus private_cta >= 30, disguised ids/numbers
# (wechat_id_obfuscated + phone_cn_numerals + phone_split) >= 20, official_contact >= 20,
# buy_sell_innocent >= 20, and no text repeated within a kind
NEW24 = {'retired_miners': 'km', 'amateur_astronomers': 'tw', 'village_doctors': 'vd'}
KINDS.update(NEW24)
if len(set(KINDS.values())) != len(KINDS):
    print('ERROR: two kinds share an id prefix'); sys.exit(1)
STRICT = set(NEW24) | set(NEW23) | set(NEW7) | set(NEW8) | set(NEW9) | set(NEW10) | set(NEW11) | set(NEW12) | set(NEW13)
INVISIBLE = '\u200b\u200c\u200d\u2060\u3164\ufeff'
AD_TECH = {'phone', 'phone_split', 'phone_cn_numerals', 'wechat_id', 'wechat_id_obfuscated', 'qq',
           'homophone', 'group_invite', 'link_shop', 'mini_program_ad', 'taokouling', 'video_ad',
           'mlm', 'lending', 'recruiting', 'competitor_selling', 'tutoring_selling', 'account_lure',
           'contact_card', 'health_selling', 'private_cta', 'testimony', 'kanjia_help', 'weishang_padded'}
NEG_TECH = {'chat', 'fragments', 'official_contact', 'article_share', 'video_share',
            'mini_program_service', 'group_buy_by_operator', 'price_date', 'payment_question',
            'scam_warning', 'complaint', 'buy_sell_innocent', 'recommendation'}
MUST8 = ['tutoring_selling', 'account_lure', 'contact_card', 'health_selling', 'private_cta',
         'testimony', 'kanjia_help', 'weishang_padded']
TYPES = {'text', 'url', 'mini_program', 'contact_card', 'video', 'image', 'voice', 'emoticon'}
REQ = ['id', 'group', 'type', 'text', 'ad', 'technique']

errors = []
def err(m): errors.append(m)

all_rows = {}
ids = set()
for kind, pre in KINDS.items():
    path = os.path.join(HERE, kind + '.jsonl')
    rows = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if kind in STRICT and any(c in line for c in INVISIBLE):
                err(f'{kind}:{n} raw invisible character (must be JSON-escaped)')
            if not line.strip():
                err(f'{kind}:{n} blank line'); continue
            try:
                r = json.loads(line)
            except Exception as e:
                err(f'{kind}:{n} bad json {e}'); continue
            for k in REQ:
                if k not in r: err(f'{kind}:{n} missing {k}')
            if any(k not in r for k in REQ): continue
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
            if r.get('sender_role', 'member') not in ('member', 'operator'): err(f'{r["id"]} sender_role')
            if r['type'] == 'url':
                if not str(r.get('url', '')).startswith('http'): err(f'{r["id"]} url missing')
                if not r.get('title'): err(f'{r["id"]} url title missing')
            if r['type'] in ('mini_program', 'contact_card') and not r.get('title'):
                err(f'{r["id"]} title missing')
            if r['type'] not in ('url', 'mini_program', 'contact_card') and 'title' in r:
                err(f'{r["id"]} title on {r["type"]}')
            if t == 'contact_card' and r['type'] != 'contact_card':
                err(f'{r["id"]} contact_card technique must have type contact_card')
            if t == 'group_buy_by_operator' and kind == 'groupbuy_moms' and r.get('sender_role') != 'operator':
                err(f'{r["id"]} organiser post must be sender_role operator')
            rows.append(r)
    all_rows[kind] = rows

print('| kind | total | ads | hard negatives | plain chat |')
print('|---|---|---|---|---|')
T = A = H = 0
for kind, rows in all_rows.items():
    n = len(rows); a = sum(r['ad'] for r in rows)
    h = sum(1 for r in rows if not r['ad'] and r['technique'] != 'chat')
    c = n - a - h
    T += n; A += a; H += h
    print(f'| {kind} | {n} | {a} ({a/n:.1%}) | {h} ({h/n:.1%}) | {c} ({c/n:.1%}) |')
    if kind in NEW23 or kind in NEW24:
        if not 240 <= n <= 260: err(f'{kind}: {n} messages, want 240-260')
        if not 0.33 <= a / n <= 0.36: err(f'{kind}: ad share {a/n:.1%}, want 33-36%')
        for t, lo in (('private_cta', 20), ('testimony', 5), ('wechat_id_obfuscated', 5), ('phone_cn_numerals', 4),
                      ('fragments', 8), ('scam_warning', 8), ('official_contact', 8)):
            c = sum(1 for r in rows if r['technique'] == t)
            if c < lo: err(f'{kind}: {t} {c} < {lo}')
    if kind in NEW24:
        for t, lo in (('private_cta', 30), ('official_contact', 20), ('buy_sell_innocent', 20)):
            c = sum(1 for r in rows if r['technique'] == t)
            if c < lo: err(f'{kind}: {t} {c} < {lo}')
        dz = sum(1 for r in rows if r['technique'] in ('wechat_id_obfuscated', 'phone_cn_numerals', 'phone_split'))
        if dz < 20: err(f'{kind}: disguised ids/numbers {dz} < 20')
        dup = [t for t, c in collections.Counter(r['text'] for r in rows).items() if c > 1]
        if dup: err(f'{kind}: repeated texts {dup[:3]}')
    if kind not in NEW23 and kind not in NEW24 and not 200 <= n <= 240: err(f'{kind}: {n} messages, want about 220')
    if not 0.32 <= a / n <= 0.38: err(f'{kind}: ad share {a/n:.1%}, want about 35%')
    if h / n < 0.40: err(f'{kind}: hard-negative share {h/n:.1%} < 40%')
    if kind in STRICT:
        if kind not in NEW23 and kind not in NEW24 and not 220 <= n <= 230: err(f'{kind}: {n} messages, want 220-230')
        pc = sum(1 for r in rows if r['technique'] == 'private_cta')
        if pc < 15: err(f'{kind}: private_cta {pc} < 15')
        for t in ('testimony', 'competitor_selling', 'wechat_id_obfuscated', 'scam_warning',
                  'recommendation', 'official_contact', 'buy_sell_innocent', 'article_share'):
            if not any(r['technique'] == t for r in rows): err(f'{kind}: no {t}')
        if not any(r['technique'] == 'group_buy_by_operator' and r.get('sender_role') == 'operator' for r in rows):
            err(f'{kind}: no operator group_buy_by_operator')
    if kind in NEW8 or kind in NEW9 or kind in NEW10 or kind in NEW11 or kind in NEW12 or kind in NEW13 or kind in NEW23 or kind in NEW24:
        fh = sum(1 for r in rows if r['technique'] in ('buy_sell_innocent', 'recommendation'))
        if fh < 15: err(f'{kind}: free-help/recommendation negatives {fh} < 15')
        for t in ('recruiting', 'group_invite', 'scam_warning', 'testimony', 'private_cta'):
            if sum(1 for r in rows if r['technique'] == t) < 3: err(f'{kind}: fewer than 3 {t}')
    if kind in NEW9 or kind in NEW10 or kind in NEW11 or kind in NEW12 or kind in NEW13 or kind in NEW23 or kind in NEW24:
        for t, lo in (('testimony', 4), ('recruiting', 4), ('group_invite', 3), ('wechat_id_obfuscated', 3),
                      ('contact_card', 2), ('tutoring_selling', 3), ('scam_warning', 8)):
            c = sum(1 for r in rows if r['technique'] == t)
            if c < lo: err(f'{kind}: {t} {c} < {lo}')
        if sum(1 for r in rows if r['technique'] == 'buy_sell_innocent') < 12:
            err(f'{kind}: fewer than 12 buy_sell_innocent (free help / price talk / where to buy)')
        if sum(1 for r in rows if r['technique'] == 'recommendation') < 5:
            err(f'{kind}: fewer than 5 recommendation')
        if sum(1 for r in rows if r['technique'] == 'group_buy_by_operator' and r.get('sender_role') == 'operator') < 3:
            err(f'{kind}: fewer than 3 operator posts')
        if any(r.get('sender_role') == 'operator' and r['ad'] for r in rows):
            err(f'{kind}: an operator line is labelled ad')
    if kind in NEW10 or kind in NEW11 or kind in NEW12 or kind in NEW13 or kind in NEW23 or kind in NEW24:
        for t, lo in (('private_cta', 15), ('recruiting', 5), ('testimony', 5), ('contact_card', 3),
                      ('lending', 2), ('mini_program_service', 3), ('article_share', 3), ('fragments', 8)):
            c = sum(1 for r in rows if r['technique'] == t)
            if c < lo: err(f'{kind}: {t} {c} < {lo}')
        fh = sum(1 for r in rows if r['technique'] in ('buy_sell_innocent', 'recommendation'))
        if fh < 15: err(f'{kind}: free-help/price-talk/recommendation negatives {fh} < 15')
        if not any(r['type'] == 'contact_card' and r['ad'] and r['text'] == '[名片]' for r in rows):
            err(f'{kind}: no bare business card ad')
        if not any(r['type'] == 'contact_card' and not r['ad'] for r in rows):
            err(f'{kind}: no requested contact card (negative)')
        if not any(r['type'] == 'mini_program' and not r['ad'] for r in rows):
            err(f'{kind}: no mini program shared as content')
        if sum(1 for r in rows if r['technique'] == 'group_buy_by_operator' and r.get('sender_role') == 'operator') < 3:
            err(f'{kind}: fewer than 3 operator posts')
print(f'| **all** | {T} | {A} ({A/T:.1%}) | {H} ({H/T:.1%}) | {T-A-H} |')

for label, techs in (('Ad techniques', sorted(AD_TECH)), ('Negative categories', sorted(NEG_TECH))):
    print(f'\n{label}\n')
    print('| technique | ' + ' | '.join(KINDS) + ' | total |')
    print('|---|' + '---|' * (len(KINDS) + 1))
    for t in techs:
        cs = [sum(1 for r in all_rows[k] if r['technique'] == t) for k in KINDS]
        print(f'| {t} | ' + ' | '.join(map(str, cs)) + f' | {sum(cs)} |')
        if sum(cs) == 0: err(f'technique {t} never used')
        if t in MUST8 and sum(cs) < 8: err(f'{t}: {sum(cs)} < 8')

print('\nMessage types\n')
print('| type | ' + ' | '.join(KINDS) + ' |')
print('|---|' + '---|' * len(KINDS))
for ty in sorted(TYPES):
    print(f'| {ty} | ' + ' | '.join(str(sum(1 for r in all_rows[k] if r['type'] == ty)) for k in KINDS) + ' |')

if errors:
    print('\nERRORS:'); [print(' ', e) for e in errors]; sys.exit(1)
print('\nOK')
