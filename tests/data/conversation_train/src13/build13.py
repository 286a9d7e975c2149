#!/usr/bin/env python3
"""Builds batch-13 training JSONL from the compact hand-written sources src13/<kind>.txt (stdlib only).

Source format:
  P <key> <role> <名字>             participant (key u<n> for members, op<n> for operators)
  C <n> <YYYY-MM-DDTHH:MM>          start of conversation n (clock set to that time)
  T <HH:MM>                         move the clock forward to this time
  <tag>|<key>|<label>|<np>|<addr>|<type>|<text>
      tag   optional name other lines can point to
      label q r c t g s a st k m  (question request complaint thanks greeting sharing answer smalltalk ack media)
      np    1 / 0 (needs_person)
      addr  empty, ^ (message right above), ^N (N messages above) or a tag; a leading > also sets reply_to
      type  empty = text; v voice, i image, e emoticon, vid video, url (text "title || http..."), file, mp
Run: python3 src13/build12.py   then   python3 validate_train13.py
"""
import json, os, random, re, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KINDS = [("parcel_pickup", "pp"), ("school_bus_parents", "sb"), ("water_delivery", "wd")]
LAB = {"q": "question", "r": "request", "c": "complaint", "t": "thanks", "g": "greeting", "s": "sharing",
       "a": "answer", "st": "smalltalk", "k": "ack", "m": "media"}
TYP = {"": "text", "v": "voice", "i": "image", "e": "emoticon", "vid": "video", "url": "url", "file": "file",
       "mp": "mini_program"}
FIXED = {"image": "[图片]", "emoticon": "[动画表情]", "video": "[视频]"}


def build(kind, pre):
    rnd = random.Random(kind)
    people, rows, conv, clock, tags, msgs = {}, [], None, None, {}, []
    for ln, line in enumerate(open(os.path.join(HERE, kind + ".txt"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("P "):
            _, key, role, name = line.split(" ", 3)
            people[key] = (role, name)
            continue
        if line.startswith("C "):
            _, n, start = line.split(" ")
            conv, clock, tags, msgs = f"{pre}-{n}", datetime.datetime.fromisoformat(start), {}, []
            continue
        if line.startswith("T "):
            h, m = map(int, line[2:].split(":"))
            clock = max(clock, clock.replace(hour=h, minute=m, second=0))
            continue
        tag, key, lab, np_, addr, ty, text = line.split("|", 6)
        clock += datetime.timedelta(seconds=rnd.randint(25, 260))
        mid = f"{conv}-{len(msgs) + 1:03d}"
        reply = addr.startswith(">")
        addr = addr.lstrip(">")
        if addr == "":
            target = None
        elif addr.startswith("^"):
            target = msgs[-(int(addr[1:] or 1))]
        else:
            target = tags[addr]
        role, name = people[key]
        t = TYP[ty]
        rec = {"id": mid, "conv": conv, "ts": clock.strftime("%Y-%m-%dT%H:%M:%S+08:00"), "room": conv,
               "sender": key, "sender_name": name, "role": role, "type": t}
        extra = {}
        if t in FIXED:
            text = FIXED[t]
        if t == "voice" and not text:
            text = "[语音]"
        if t == "url":
            title, url = text.split(" || ")
            text, extra = title, {"title": title, "url": url}
        if t in ("file", "mini_program"):
            extra = {"title": text}
            if t == "file":
                text = "[文件] " + text
        rec["text"] = text
        rec["mentions"] = []
        for mm in re.finditer(r"@(\S+)", text):
            for k, (_, nm) in people.items():
                if mm.group(1).startswith(nm) and k not in rec["mentions"]:
                    rec["mentions"].append(k)
        rec["reply_to"] = target if reply else None
        rec["label"] = LAB[lab]
        rec["addresses"] = target
        rec["needs_person"] = np_ == "1"
        rec.update(extra)
        msgs.append(mid)
        if tag:
            tags[tag] = mid
        rows.append(rec)
    with open(os.path.join(OUT, kind + ".jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(kind, len(rows))


for k, p in KINDS:
    if os.path.exists(os.path.join(HERE, k + ".txt")):
        build(k, p)
