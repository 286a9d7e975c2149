#!/usr/bin/env python3
"""Build heldout26 jsonl files from the hand-written sources (*.src). Stdlib only.

Source format: one message per line, `technique[.type] text`; `\\u200b`/`\\u2060` in the text
stand for invisible characters. Lines after the first `--` are chat, in threads separated by `--`;
their order is kept, while the other lines are shuffled (fixed seed) and the threads are placed
between them. Ad label comes from the technique; `group_buy_by_operator` lines are the operator's.
"""
import json, os, random, hashlib

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'lanzhou_huaer_singers': 'hr', 'blood_donors': 'xu', 'pottery_studio': 'tq'}
AD_TECH = {'contact_card', 'group_invite', 'health_selling', 'homophone', 'lending', 'link_shop',
           'mini_program_ad', 'mlm', 'phone', 'phone_cn_numerals', 'phone_split', 'private_cta', 'qq',
           'recruiting', 'taokouling', 'tutoring_selling', 'video_ad', 'wechat_id',
           'wechat_id_obfuscated', 'competitor_selling', 'testimony'}
ALNUM = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'

def tok(seed, n):
    h = hashlib.sha256(seed.encode()).digest()
    return ''.join(ALNUM[b % len(ALNUM)] for b in h[:n])

def url_for(tech, text):
    if text.startswith('【淘宝】'): return 'https://m.tb.cn/h.' + tok(text, 7)
    if text.startswith('【拼多多】'): return 'https://mobile.yangkeduo.com/goods.html?goods_id=' + str(int(hashlib.md5(text.encode()).hexdigest()[:10], 16))
    if text.startswith('【京东】'): return 'https://item.m.jd.com/product/' + str(int(hashlib.md5(text.encode()).hexdigest()[:9], 16)) + '.html'
    return 'https://mp.weixin.qq.com/s/' + tok(text, 22)

def row(spec, text):
    tech, _, typ = spec.partition('.')
    typ = typ or 'text'
    text = text.replace('\\u200b', '\u200b').replace('\\u2060', '\u2060').replace('\\u3164', '\u3164')
    r = {'type': typ, 'text': text, 'ad': tech in AD_TECH, 'technique': tech,
         'sender_role': 'operator' if tech == 'group_buy_by_operator' else 'member'}
    if typ == 'url': r['url'] = url_for(tech, text); r['title'] = text
    if typ in ('mini_program', 'contact_card'): r['title'] = text
    return r

for kind, pre in KINDS.items():
    single, threads, cur, in_chat = [], [], [], False
    for line in open(os.path.join(HERE, kind + '.src'), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip(): continue
        if line.strip() == '--':
            in_chat = True
            if cur: threads.append(cur); cur = []
            continue
        spec, _, text = line.partition(' ')
        (cur.append if in_chat else single.append)(row(spec, text.strip()))
    if cur: threads.append(cur)
    rnd = random.Random('heldout26-' + kind)
    rnd.shuffle(single)
    units = [[r] for r in single]
    slots = sorted(rnd.sample(range(len(units) + len(threads)), len(threads)))
    out, ti, si = [], 0, 0
    for pos in range(len(units) + len(threads)):
        if ti < len(threads) and slots[ti] == pos: out += threads[ti]; ti += 1
        else: out += units[si]; si += 1
    with open(os.path.join(HERE, kind + '.jsonl'), 'w', encoding='utf-8') as f:
        for n, r in enumerate(out, 1):
            d = {'id': f'{pre}-{n:03d}', 'group': kind, **r}
            s = json.dumps(d, ensure_ascii=False)
            for c in '\u200b\u200c\u200d\u2060\u3164\ufeff':
                s = s.replace(c, '\\u%04x' % ord(c))
            f.write(s + '\n')
    print(kind, len(out))
