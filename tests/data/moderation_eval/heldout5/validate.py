"""Check heldout5 data: every line parses, ids unique, fields and types consistent, techniques known,
invisible characters escaped, no text copied from tune/, and the class shares the task asks for
(about 1/3 ads, about 1/2 hard negatives, the rest chat; 250-300 messages per kind). Prints the README tables."""
import json, os, sys, collections, glob
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ['village', 'photo_club']
AD_T = {'contact_card', 'group_invite', 'health_selling', 'homophone', 'lending', 'link_shop', 'mini_program_ad', 'mlm',
        'phone', 'phone_cn_numerals', 'phone_split', 'private_cta', 'qq', 'recruiting', 'taokouling', 'tutoring_selling',
        'video_ad', 'wechat_id', 'wechat_id_obfuscated', 'account_lure'}
NEG_T = {'article_share', 'buy_sell_innocent', 'chat', 'complaint', 'fragments', 'mini_program_service', 'official_contact',
         'payment_question', 'price_date', 'recommendation', 'scam_warning', 'video_share'}
TYPES = {'text', 'url', 'mini_program', 'contact_card', 'video', 'image', 'voice', 'emoticon'}
INVIS = ['\u200b', '\u2060', '\u3164']
errs = []
ids = set(); texts = {}
tune_texts = set()
for f in glob.glob(os.path.join(HERE, '..', 'tune', '*.jsonl')):
    for l in open(f, encoding='utf-8'):
        tune_texts.add(json.loads(l)['text'])
stats = {}
for k in KINDS:
    path = os.path.join(HERE, k + '.jsonl')
    rows = []
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        for ch in INVIS:
            if ch in line:
                errs.append(f'{k}:{n} raw invisible char U+{ord(ch):04X} (must be \\u escape)')
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f'{k}:{n} bad json {e}'); continue
        rows.append(r)
        need = ['id', 'group', 'type', 'text', 'ad', 'technique']
        if r.get('type') == 'url': need += ['url', 'title']
        if r.get('type') in ('mini_program', 'contact_card'): need += ['title']
        for fld in need:
            if fld not in r: errs.append(f'{k}:{n} missing {fld}')
        extra = set(r) - set(need)
        if extra: errs.append(f'{k}:{n} unexpected fields {extra}')
        if r['id'] in ids: errs.append(f'dup id {r["id"]}')
        ids.add(r['id'])
        if r['group'] != k: errs.append(f'{r["id"]} group {r["group"]}')
        if r['type'] not in TYPES: errs.append(f'{r["id"]} type {r["type"]}')
        if not isinstance(r['ad'], bool): errs.append(f'{r["id"]} ad not bool')
        if r['ad'] and r['technique'] not in AD_T: errs.append(f'{r["id"]} ad with technique {r["technique"]}')
        if not r['ad'] and r['technique'] not in NEG_T: errs.append(f'{r["id"]} neg with technique {r["technique"]}')
        if 'title' in r and r['title'] != r['text']: errs.append(f'{r["id"]} title != text')
        if r.get('type') == 'url' and not r['url'].startswith('http'): errs.append(f'{r["id"]} bad url')
        if r['type'] == 'voice' and not r['text'].startswith('[语音]'): errs.append(f'{r["id"]} voice text')
        if r['type'] == 'image' and not r['text'].startswith('[图片]'): errs.append(f'{r["id"]} image text')
        if len(r['text']) > 8 and r['text'] in tune_texts: errs.append(f'{r["id"]} text copied from tune/')
        if r['technique'] not in ('fragments', 'chat') and r['text'] in texts:
            errs.append(f'{r["id"]} duplicate text of {texts[r["text"]]}')
        texts.setdefault(r['text'], r['id'])
    tot = len(rows); ads = sum(r['ad'] for r in rows)
    chat = sum(1 for r in rows if not r['ad'] and r['technique'] == 'chat'); hard = tot - ads - chat
    if not 250 <= tot <= 300: errs.append(f'{k}: total {tot} not in 250-300')
    if not 0.30 <= ads / tot <= 0.37: errs.append(f'{k}: ad share {ads/tot:.3f}')
    if not 0.44 <= hard / tot <= 0.53: errs.append(f'{k}: hard-negative share {hard/tot:.3f}')
    stats[k] = dict(rows=rows, tot=tot, ads=ads, hard=hard, chat=chat)
    for t in AD_T:
        c = sum(1 for r in rows if r['technique'] == t)
        if c < 3: errs.append(f'{k}: only {c} of ad technique {t}')

def table(title, keyf, keys):
    print(f'| {title} | ' + ' | '.join(KINDS) + ' | total |'); print('|---' * (len(KINDS) + 2) + '|')
    for key in sorted(keys):
        cs = [sum(1 for r in stats[k]['rows'] if keyf(r) == key) for k in KINDS]
        print(f'| {key} | ' + ' | '.join(map(str, cs)) + f' | {sum(cs)} |')
    print()
print('| kind | total | ads | hard negatives | plain chat |\n|---|---|---|---|---|')
for k in KINDS:
    s = stats[k]; t = s['tot']
    print(f"| {k} | {t} | {s['ads']} ({100*s['ads']/t:.1f}%) | {s['hard']} ({100*s['hard']/t:.1f}%) | {s['chat']} ({100*s['chat']/t:.1f}%) |")
print(f"| **all** | {sum(s['tot'] for s in stats.values())} | {sum(s['ads'] for s in stats.values())} | {sum(s['hard'] for s in stats.values())} | {sum(s['chat'] for s in stats.values())} |\n")
table('ad technique', lambda r: r['technique'] if r['ad'] else None, AD_T)
table('negative category', lambda r: r['technique'] if not r['ad'] else None, NEG_T)
table('type', lambda r: r['type'], TYPES)
table('type of ads', lambda r: r['type'] if r['ad'] else None, TYPES)
if errs:
    print('ERRORS:'); print('\n'.join(errs)); sys.exit(1)
print('OK')
