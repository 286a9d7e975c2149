#!/usr/bin/env python3
"""Build the batch-13b training JSONL from the compact sources in this folder (stdlib only).

Source format (`src13b/<kind>.txt`): a header `# conv N YYYY-MM-DD HH:MM` starts a conversation; each following line is
one message: `sender_name|role|type|label|addresses|needs_person|reply_to|text`, where role is m (member) or o
(operator); type is t text, v voice, i image, e emoticon, vid video, u url, f file; addresses and reply_to are a
position in the same conversation or `-`; needs_person is 1 or 0. Ids, timestamps, sender ids and mentions
(`@名字` in the text) are made here.
"""
import json, os, re, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KINDS = {"elder_daycare_families": "dc", "car_dealer_service": "cd", "mahjong_parlor": "qp"}
TYPES = {"t": "text", "v": "voice", "i": "image", "e": "emoticon", "vid": "video", "u": "url", "f": "file"}


def build(kind, prefix):
    rows, conv, pos, ts, senders = [], None, 0, None, {}
    with open(os.path.join(HERE, kind + ".txt"), encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("# conv"):
                _, _, n, d, t = line.split()
                conv, pos, senders = f"{prefix}-{n}", 0, {}
                ts = datetime.datetime.fromisoformat(f"{d}T{t}:00+08:00")
                continue
            f = line.split("|", 7)
            assert len(f) == 8, (kind, ln, line)
            name, role, typ, label, addr, np_, rep, text = f
            pos += 1
            if pos > 1:
                ts += datetime.timedelta(seconds=60 * ((pos * 37) % 4 + 1) + (pos * 53) % 60)
            role = {"m": "member", "o": "operator"}[role]
            if name not in senders:
                n_op = sum(1 for v in senders.values() if v.startswith("op"))
                n_m = len(senders) - n_op
                senders[name] = f"op{n_op + 1}" if role == "operator" else f"u{n_m + 1}"
            ref = lambda p: None if p == "-" else f"{conv}-{int(p):03d}"
            rows.append({
                "id": f"{conv}-{pos:03d}", "conv": conv, "ts": ts.isoformat(), "room": conv,
                "sender": senders[name], "sender_name": name, "role": role, "type": TYPES[typ], "text": text,
                "mentions": re.findall(r"@(\S+)", text), "reply_to": ref(rep), "label": label,
                "addresses": ref(addr), "needs_person": {"1": True, "0": False}[np_],
            })
    with open(os.path.join(OUT, kind + ".jsonl"), "w", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(kind, len(rows))


if __name__ == "__main__":
    for k, p in KINDS.items():
        build(k, p)
