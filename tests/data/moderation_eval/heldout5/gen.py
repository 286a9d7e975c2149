"""Build village.jsonl / photo_club.jsonl from the hand-written .txt sources.
Source line: technique|A or N|type code|text[|url]; a line starting with '+' continues the previous
message run (fragments typed in several messages stay together). Order is shuffled with a fixed seed."""
import json, random, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {'t': 'text', 'u': 'url', 'm': 'mini_program', 'c': 'contact_card', 'v': 'video', 'i': 'image', 's': 'voice', 'e': 'emoticon'}
INVIS = ['\u200b', '\u2060', '\u3164']

def build(kind, prefix, seed):
    units = []
    for raw in open(os.path.join(HERE, kind + '.txt'), encoding='utf-8'):
        raw = raw.rstrip('\n')
        if not raw.strip():
            continue
        cont = raw.startswith('+')
        if cont:
            raw = raw[1:]
        parts = raw.split('|')
        tech, ad, tc, text = parts[0], parts[1], parts[2], parts[3]
        text = re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), text)
        rec = {'group': kind, 'type': TYPES[tc], 'text': text}
        if tc in 'umc':
            rec['title'] = text
        if tc == 'u':
            rec['url'] = parts[4]
        rec['ad'] = ad == 'A'
        rec['technique'] = tech
        if cont:
            units[-1].append(rec)
        else:
            units.append([rec])
    random.Random(seed).shuffle(units)
    out = []
    for u in units:
        for r in u:
            out.append(dict(id='%s-%03d' % (prefix, len(out) + 1), **r))
    with open(os.path.join(HERE, kind + '.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            line = json.dumps(r, ensure_ascii=False)
            for ch in INVIS:
                line = line.replace(ch, '\\u%04x' % ord(ch))
            f.write(line + '\n')
    return len(out)

if __name__ == '__main__':
    print('village', build('village', 'vl', 5101))
    print('photo_club', build('photo_club', 'pc', 5102))
