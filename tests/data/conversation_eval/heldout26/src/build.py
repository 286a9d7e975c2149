#!/usr/bin/env python3
"""Builds ../<kind>.jsonl from the compact hand-written src/<kind>.txt (stdlib only).

Source format: `@u1 名字` / `@op1 名字` declare senders; `== <conv> <YYYY-MM-DDTHH:MM>` starts a conversation;
each message line is `tag[@HH:MM]|sender|label|np|addr|text`: tag names the message for later `addr` fields
(`-` = no tag), np is 1/0, addr is empty, a tag, `<` (the previous message), and a leading `^` also sets reply_to.
Text prefixes: `[图片]` `[语音]` `[动画表情]` `[视频]` are media; `V:` a voice message with transcript;
`F:name` a file; `U:title::http…` a link; `M:title` a mini program. Then run ../validate.py.
"""
import datetime, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KINDS = [("guangzhou_herbal_tea_shop", "lc"), ("silkworm_farmers", "cj"), ("sofa_reupholstery_shop", "sf")]
MEDIA = {"[图片]": "image", "[语音]": "voice", "[动画表情]": "emoticon", "[视频]": "video"}


def build(kind, pre):
    rnd = random.Random(kind)
    names, rows = {}, []
    conv = None
    for n, line in enumerate(open(os.path.join(HERE, kind + ".txt"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            uid, nm = line[1:].split(" ", 1)
            names[uid] = nm.strip()
            continue
        if line.startswith("=="):
            _, c, t = line.split()
            conv, clock, pos, tags, prev = f"{pre}-{c}", datetime.datetime.fromisoformat(t + ":00+08:00"), 0, {}, None
            continue
        parts = line.split("|", 5)
        if len(parts) != 6:
            sys.exit(f"{kind}.txt:{n}: bad line")
        tag, snd, label, np_, addr, text = [p.strip() if i < 5 else p for i, p in enumerate(parts)]
        text = text.strip()
        pos += 1
        mid = f"{conv}-{pos:03d}"
        reply = addr.startswith("^")
        addr = addr.lstrip("^")
        target = None
        if addr == "<":
            target = prev["id"]
        elif addr:
            if addr not in tags:
                sys.exit(f"{kind}.txt:{n}: unknown tag {addr}")
            target = tags[addr]
        if "@" in tag:
            tag, hm = tag.split("@")
            h, m = map(int, hm.split(":"))
            clock = clock.replace(hour=h, minute=m, second=rnd.randint(0, 40))
        elif prev is not None:
            quick = prev["sender"] == snd and target == prev["id"]
            clock += datetime.timedelta(seconds=rnd.randint(4, 18) if quick else rnd.randint(25, 200))
        if tag != "-":
            tags[tag] = mid
        ty, extra = "text", {}
        for k, v in MEDIA.items():
            if text == k:
                ty = v
        if text.startswith("V:"):
            ty, text = "voice", text[2:].strip()
        elif text.startswith("F:"):
            ty, extra["title"] = "file", text[2:].strip()
            text = "[文件]" + extra["title"]
        elif text.startswith("U:"):
            title, url = text[2:].split("::")
            ty, text, extra = "url", title.strip(), {"title": title.strip(), "url": url.strip()}
        elif text.startswith("M:"):
            ty, text = "mini_program", text[2:].strip()
            extra["title"] = text
        mentions = []
        for mm in re.finditer(r"@(\S+)", text):
            for uid, nm in names.items():
                if mm.group(1).startswith(nm) and uid not in mentions:
                    mentions.append(uid)
        r = {"id": mid, "conv": conv, "ts": clock.isoformat(), "room": conv, "sender": snd,
             "sender_name": names[snd], "role": "operator" if snd.startswith("op") else "member",
             "type": ty, "text": text}
        r.update(extra)
        r.update({"mentions": mentions, "reply_to": target if reply else None, "label": label,
                  "addresses": target, "needs_person": np_ == "1"})
        rows.append(r)
        prev = r
    with open(os.path.join(OUT, kind + ".jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(kind, len(rows))


for k, p in KINDS:
    build(k, p)
