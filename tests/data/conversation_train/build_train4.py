#!/usr/bin/env python3
"""Build and check the four hand-written training kinds (square_dance, insurance_clients,
driving_school, tea_shop) from the compact sources in src4/<kind>.txt.

Source format (one message a line, written by hand):
  @ op1=名字 u1=名字 ...          people of the file (ids starting with "op" are operators)
  # sd-1 2026-11-03               start of a conversation (id, date)
  = 2026-11-04                    the date changes (the next day)
  [tag:]HH:MM[:SS] sender label np addr reply | text [|| title]
    label: q req cmp thx gr sh ans st ack med
    np: y/n (needs_person)
    addr / reply: - (none), ^ (previous message), ^N (N messages back), *tag (a tagged message)
    text: [图片] [语音] [动画表情] [视频] are media; [链接]标题 url; [小程序]标题 mini_program; [文件]名字 file
  Mentions come from "@名字" in the text.
Run: python3 build_train4.py   (writes <kind>.jsonl next to this script and prints the counts)
"""
import json, os, re, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = OrderedDict([("square_dance", "sd"), ("insurance_clients", "ins"),
                     ("driving_school", "ds"), ("tea_shop", "tea")])
LAB = {"q": "question", "req": "request", "cmp": "complaint", "thx": "thanks", "gr": "greeting",
       "sh": "sharing", "ans": "answer", "st": "smalltalk", "ack": "ack", "med": "media"}
LABELS = list(LAB.values())
MEDIA = {"[图片]": "image", "[语音]": "voice", "[动画表情]": "emoticon", "[视频]": "video"}


def ref(val, msgs, tags, where):
    if val == "-":
        return None
    if val.startswith("^"):
        n = int(val[1:] or 1)
        if n > len(msgs):
            sys.exit(f"{where}: {val} goes before the conversation")
        return msgs[-n]["id"]
    if val.startswith("*"):
        if val[1:] not in tags:
            sys.exit(f"{where}: unknown tag {val}")
        return tags[val[1:]]
    sys.exit(f"{where}: bad reference {val}")


def build(kind, prefix):
    people, out, msgs, tags = {}, [], [], {}
    conv, date = None, None
    for ln, line in enumerate(open(os.path.join(HERE, "src4", kind + ".txt"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        where = f"{kind}.txt:{ln}"
        if not line.strip() or line.startswith("//"):
            continue
        if line.startswith("@ "):
            for p in line[2:].split():
                k, v = p.split("=", 1)
                people[k] = v
            continue
        if line.startswith("# "):
            conv, date = line[2:].split()
            assert conv.startswith(prefix + "-"), where
            msgs, tags = [], {}
            continue
        if line.startswith("= "):
            date = line[2:].strip()
            continue
        head, text = line.split(" | ", 1)
        text = text.replace("\\n", "\n")
        title = None
        if " || " in text:
            text, title = text.split(" || ", 1)
        f = head.split()
        tag = None
        if ":" in f[0] and not f[0][0].isdigit():
            tag, f[0] = f[0].split(":", 1)
        tm, sender, lab, np_, addr, reply = f
        if len(tm) == 5:
            tm += ":00"
        if sender not in people:
            sys.exit(f"{where}: unknown sender {sender}")
        typ = "text"
        if text in MEDIA:
            typ = MEDIA[text]
        elif text.startswith("[链接]"):
            typ, text = "url", text[4:]
            title = text
        elif text.startswith("[小程序]"):
            typ, text = "mini_program", text[5:]
            title = text
        elif text.startswith("[文件]"):
            typ, title = "file", text[4:]
        mentions = []
        for pid, name in people.items():
            if "@" + name in text and pid not in mentions:
                mentions.append(pid)
        mid = f"{conv}-{len(msgs) + 1:03d}"
        m = OrderedDict(id=mid, conv=conv, ts=f"{date}T{tm}+08:00", room=conv, sender=sender,
                        sender_name=people[sender], role="operator" if sender.startswith("op") else "member",
                        type=typ, text=text)
        if title:
            m["title"] = title
        m["mentions"] = mentions
        m["reply_to"] = ref(reply, msgs, tags, where)
        m["label"] = LAB[lab]
        m["addresses"] = ref(addr, msgs, tags, where)
        m["needs_person"] = {"y": True, "n": False}[np_]
        msgs.append(m)
        out.append(m)
        if tag:
            tags[tag] = mid
    return out


def check(kind, prefix, msgs, seen):
    errs = []
    by_conv = OrderedDict()
    for m in msgs:
        by_conv.setdefault(m["conv"], []).append(m)
        if m["id"] in seen:
            errs.append("duplicate id " + m["id"])
        seen.add(m["id"])
        if not m["id"].startswith(prefix + "-"):
            errs.append("bad prefix " + m["id"])
        if m["label"] not in LABELS:
            errs.append("bad label " + m["id"])
        if m["label"] == "media" and m["type"] not in ("image", "voice", "emoticon", "video"):
            errs.append("media label on non-media " + m["id"])
        if m["type"] in ("image", "voice", "emoticon", "video") and m["label"] != "media":
            errs.append("media type not labelled media " + m["id"])
    for c, ms in by_conv.items():
        ids = [m["id"] for m in ms]
        if not 25 <= len(ms) <= 35:
            errs.append(f"{c}: {len(ms)} messages")
        for i, m in enumerate(ms):
            for k in ("addresses", "reply_to"):
                if m[k] is not None and m[k] not in ids[:i]:
                    errs.append(f"{m['id']}: {k} {m[k]} not an earlier message of the conversation")
            if i and m["ts"] <= ms[i - 1]["ts"]:
                errs.append(f"{m['id']}: time does not go forward")
    cnt = Counter(m["label"] for m in msgs)
    if cnt["complaint"] < 14:
        errs.append(f"{kind}: only {cnt['complaint']} complaints")
    if not 130 <= len(msgs) <= 160:
        errs.append(f"{kind}: {len(msgs)} messages")
    return errs, by_conv, cnt


def main():
    seen, rows, allerr = set(), [], []
    for kind, prefix in KINDS.items():
        msgs = build(kind, prefix)
        errs, by_conv, cnt = check(kind, prefix, msgs, seen)
        allerr += errs
        with open(os.path.join(HERE, kind + ".jsonl"), "w", encoding="utf-8") as fh:
            for m in msgs:
                fh.write(json.dumps(m, ensure_ascii=False) + "\n")
        # re-read to make sure every line parses
        for l in open(os.path.join(HERE, kind + ".jsonl"), encoding="utf-8"):
            json.loads(l)
        rows.append((kind, len(by_conv), len(msgs), cnt, sum(m["needs_person"] for m in msgs),
                     sum(m["reply_to"] is not None for m in msgs), sum(bool(m["mentions"]) for m in msgs),
                     Counter(m["type"] for m in msgs)))
    print("| kind | convs | msgs | " + " | ".join(LABELS) + " | needs_person | reply_to | mentions |")
    print("|---|" + "---|" * (len(LABELS) + 5))
    for kind, nc, nm, cnt, np_, rt, mn, ty in rows:
        print(f"| {kind} | {nc} | {nm} | " + " | ".join(str(cnt[l]) for l in LABELS) + f" | {np_} | {rt} | {mn} |")
    tot = Counter()
    for r in rows:
        tot += r[3]
    print(f"| **total** | {sum(r[1] for r in rows)} | {sum(r[2] for r in rows)} | "
          + " | ".join(str(tot[l]) for l in LABELS)
          + f" | {sum(r[4] for r in rows)} | {sum(r[5] for r in rows)} | {sum(r[6] for r in rows)} |")
    ty = Counter()
    for r in rows:
        ty += r[7]
    print("types:", dict(ty))
    if allerr:
        print("\n".join(allerr))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
