#!/usr/bin/env python3
"""Build heldout5/<kind>.jsonl from the compact hand-written src/<kind>.txt and check it.

Data tooling only (no bot code).  Source format:
  ## <conv-number> <start local time YYYY-MM-DDTHH:MM:SS>
  @<sender-id> <operator|member> <display name>
  <tag> <+seconds> <sender> <type> <label> <addr> <np> <reply> | <text or title>
tag: '.' or a name used by addr/reply in the same conversation; addr/reply: '-', a tag, '^' (previous message).
type: t text, i image, v voice, e emoticon, vd video, u url, m mini_program, f file.
label: q question, rq request, c complaint, th thanks, g greeting, s sharing, a answer, sm smalltalk, ak ack, md media.
np: Y/N (needs_person).  Mentions are taken from '@<display name>' in the text.
"""
import json, sys, re, random, hashlib, collections
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
KINDS = {"rehab_patients": "rh", "farm_coop": "fc"}
TYPES = {"t": "text", "i": "image", "v": "voice", "e": "emoticon", "vd": "video", "u": "url", "m": "mini_program", "f": "file"}
MEDIA_TEXT = {"image": "[图片]", "voice": "[语音]", "emoticon": "[动画表情]", "video": "[视频]"}
LABELS = {"q": "question", "rq": "request", "c": "complaint", "th": "thanks", "g": "greeting", "s": "sharing",
          "a": "answer", "sm": "smalltalk", "ak": "ack", "md": "media"}
ORDER = ["question", "request", "complaint", "thanks", "greeting", "sharing", "answer", "smalltalk", "ack", "media"]


def fake_url(title):
    h = hashlib.sha256(title.encode()).digest()
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"
    return "https://mp.weixin.qq.com/s/" + "".join(alphabet[b % len(alphabet)] for b in h[:22])


def build(kind, prefix):
    lines = (HERE / f"{kind}.txt").read_text(encoding="utf-8").splitlines()
    out, conv, people, tags, t, pos, prev = [], None, {}, {}, None, 0, None
    errors = []
    for ln, raw in enumerate(lines, 1):
        line = raw.rstrip()
        if not line.strip() or line.startswith("#!"):
            continue
        if line.startswith("## "):
            n, start = line[3:].split()
            conv = f"{prefix}-{n}"
            people, tags, pos, prev = {}, {}, 0, None
            t = datetime.fromisoformat(start)
            continue
        if line.startswith("@"):
            sid, role, name = line[1:].split(None, 2)
            people[sid] = (role, name)
            continue
        head, _, text = line.partition("|")
        text = text.strip()
        f = head.split()
        if len(f) != 8:
            errors.append(f"{kind}:{ln}: bad header {head!r}")
            continue
        tag, sec, sender, ty, lab, addr, np_, rep = f
        pos += 1
        mid = f"{conv}-{pos:03d}"
        t = t + timedelta(seconds=int(sec.lstrip("+")))

        def ref(x):
            if x == "-":
                return None
            if x == "^":
                return prev
            if x not in tags:
                errors.append(f"{kind}:{ln}: unknown ref {x}")
                return None
            return tags[x]

        if tag != ".":
            if tag in tags:
                errors.append(f"{kind}:{ln}: duplicate tag {tag}")
            tags[tag] = mid
        role, name = people[sender]
        typ = TYPES[ty]
        rec = {"id": mid, "conv": conv, "ts": t.strftime("%Y-%m-%dT%H:%M:%S") + "+08:00", "room": conv,
               "sender": sender, "sender_name": name, "role": role, "type": typ}
        if typ in MEDIA_TEXT:
            rec["text"] = MEDIA_TEXT[typ]
        elif typ == "file":
            rec["text"] = "[文件]" + text
            rec["title"] = text
        elif typ == "url":
            rec["text"] = text
            rec["url"] = fake_url(text)
            rec["title"] = text
        elif typ == "mini_program":
            rec["text"] = text
            rec["title"] = text
        else:
            rec["text"] = text
        ments = []
        if typ == "text":
            for sid, (_, nm) in people.items():
                if "@" + nm in text and sid not in ments:
                    ments.append(sid)
        rec["mentions"] = ments
        rec["reply_to"] = ref(rep)
        rec["label"] = LABELS[lab]
        rec["addresses"] = ref(addr)
        rec["needs_person"] = {"Y": True, "N": False}[np_]
        out.append(rec)
        prev = mid
    return out, errors


def check(kind, recs, errors):
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errors.append(f"{kind}: duplicate ids")
    known = set()
    for r in recs:
        for k in ("addresses", "reply_to"):
            if r[k] is not None and r[k] not in known:
                errors.append(f"{kind}: {r['id']} {k} -> {r[k]} not an earlier message")
        known.add(r["id"])
        if r["label"] == "media" and r["type"] not in MEDIA_TEXT:
            errors.append(f"{kind}: {r['id']} media label on {r['type']}")
        if r["type"] in MEDIA_TEXT and r["label"] != "media":
            errors.append(f"{kind}: {r['id']} {r['type']} not labelled media")
    convs = collections.Counter(r["conv"] for r in recs)
    c = collections.Counter(r["label"] for r in recs)
    if len(convs) != 5:
        errors.append(f"{kind}: {len(convs)} conversations")
    for cv, n in convs.items():
        if not 25 <= n <= 35:
            errors.append(f"{kind}: {cv} has {n} messages")
    if not 130 <= len(recs) <= 160:
        errors.append(f"{kind}: {len(recs)} messages")
    for lab in ORDER:
        if c[lab] == 0:
            errors.append(f"{kind}: no {lab}")
    if c["complaint"] < 8:
        errors.append(f"{kind}: only {c['complaint']} complaints")
    if c["media"] < 12:
        errors.append(f"{kind}: only {c['media']} media")
    # re-parse what we wrote
    for line in (OUT / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines():
        json.loads(line)


def main():
    allrows, errors, all_ids = [], [], set()
    types = collections.Counter()
    for kind, prefix in KINDS.items():
        recs, errs = build(kind, prefix)
        errors += errs
        with open(OUT / f"{kind}.jsonl", "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        check(kind, recs, errors)
        if all_ids & {r["id"] for r in recs}:
            errors.append("ids repeated across kinds")
        all_ids |= {r["id"] for r in recs}
        c = collections.Counter(r["label"] for r in recs)
        row = [kind, len({r["conv"] for r in recs}), len(recs)] + [c[l] for l in ORDER] + [
            sum(r["needs_person"] for r in recs), sum(r["reply_to"] is not None for r in recs),
            sum(bool(r["mentions"]) for r in recs)]
        allrows.append(row)
        types.update(r["type"] for r in recs)
    print("| kind | convs | msgs | " + " | ".join(ORDER) + " | needs_person | reply_to | mentions |")
    print("|---" * (len(ORDER) + 6) + "|")
    for row in allrows:
        print("| " + " | ".join(str(x) for x in row) + " |")
    tot = ["**total**"] + [sum(r[i] for r in allrows) for i in range(1, len(allrows[0]))]
    print("| " + " | ".join(str(x) for x in tot) + " |")
    print("Message types: " + ", ".join(f"{k} {v}" for k, v in types.most_common()))
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
