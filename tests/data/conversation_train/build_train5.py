#!/usr/bin/env python3
"""Check the four hand-written training kinds of README_train5.md and print their counts.

calligraphy_class (cal-), housekeeping_service (hk-), gardening_club (gd-), health_checkup (hc-).
Usage: python3 build_train5.py   (exit code 1 on any problem)
"""
import collections, datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"calligraphy_class": "cal", "housekeeping_service": "hk", "gardening_club": "gd", "health_checkup": "hc"}
LABELS = ["question", "request", "complaint", "thanks", "greeting", "sharing", "answer", "smalltalk", "ack", "media"]
TYPES = {"text", "image", "voice", "emoticon", "video", "url", "mini_program", "file"}
MEDIA_TYPES = {"image", "voice", "emoticon", "video"}
FIELDS = ["id", "conv", "ts", "room", "sender", "sender_name", "role", "type", "text", "mentions", "reply_to", "label", "addresses", "needs_person"]
MIN = {"request": 10, "complaint": 12}

errors = []
def err(msg):
    errors.append(msg)

all_ids = set()
table = []
types_total = collections.Counter()
for kind, prefix in KINDS.items():
    path = os.path.join(HERE, kind + ".jsonl")
    msgs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                msgs.append(json.loads(line))
            except Exception as e:
                err(f"{kind}:{n}: bad JSON: {e}")
    by_id = {}
    convs = collections.OrderedDict()
    roles = {}
    for m in msgs:
        for k in FIELDS:
            if k not in m:
                err(f"{m.get('id')}: missing {k}")
        mid = m["id"]
        if mid in all_ids:
            err(f"{mid}: duplicate id")
        all_ids.add(mid)
        mm = re.fullmatch(rf"({prefix}-\d+)-(\d{{3}})", mid)
        if not mm or mm.group(1) != m["conv"] or m["room"] != m["conv"]:
            err(f"{mid}: id/conv/room mismatch")
        convs.setdefault(m["conv"], []).append(m)
        if m["label"] not in LABELS:
            err(f"{mid}: bad label {m['label']}")
        if m["type"] not in TYPES:
            err(f"{mid}: bad type {m['type']}")
        if m["role"] not in ("operator", "member"):
            err(f"{mid}: bad role")
        key = (m["conv"], m["sender"])
        if roles.setdefault(key, (m["role"], m["sender_name"])) != (m["role"], m["sender_name"]):
            err(f"{mid}: sender {m['sender']} changes role or name")
        if not isinstance(m["needs_person"], bool):
            err(f"{mid}: needs_person not bool")
        if m["type"] in MEDIA_TYPES and m["label"] != "media":
            err(f"{mid}: bare media not labelled media")
        if m["label"] == "media" and m["type"] not in MEDIA_TYPES:
            err(f"{mid}: {m['type']} labelled media")
        if m["type"] in ("url", "mini_program", "file") and not m.get("title"):
            err(f"{mid}: {m['type']} without title")
        if m["role"] == "operator" and m["needs_person"]:
            err(f"{mid}: operator message needs a person")
        if m["label"] in ("thanks", "ack", "answer") and m["needs_person"]:
            err(f"{mid}: {m['label']} should not need a person")
        if m["label"] == "answer" and not m["addresses"]:
            err(f"{mid}: answer addresses nothing")
        by_id[mid] = m
    for cid, cm in convs.items():
        if not 25 <= len(cm) <= 35:
            err(f"{cid}: {len(cm)} messages (want 25-35)")
        names = {m["sender"]: m["sender_name"] for m in cm}
        prev = None
        for i, m in enumerate(cm, 1):
            if m["id"] != f"{cid}-{i:03d}":
                err(f"{m['id']}: position should be {i}")
            ts = datetime.datetime.fromisoformat(m["ts"])
            if prev and ts < prev:
                err(f"{m['id']}: time goes backwards")
            prev = ts
            for ref in ("addresses", "reply_to"):
                r = m[ref]
                if r is None:
                    continue
                if r not in by_id or by_id[r]["conv"] != cid or r >= m["id"]:
                    err(f"{m['id']}: {ref} {r} is not an earlier message of {cid}")
            for u in m["mentions"]:
                if u not in names or "@" + names[u] not in m["text"]:
                    err(f"{m['id']}: mention {u} not in text")
    if len(convs) != 5:
        err(f"{kind}: {len(convs)} conversations (want 5)")
    lab = collections.Counter(m["label"] for m in msgs)
    for k, v in MIN.items():
        if lab[k] < v:
            err(f"{kind}: only {lab[k]} {k} (want >= {v})")
    reply = sum(1 for m in msgs if m["reply_to"])
    if not 0.07 <= reply / len(msgs) <= 0.14:
        err(f"{kind}: reply_to on {reply}/{len(msgs)} messages (want about 1 in 10)")
    types_total.update(m["type"] for m in msgs)
    table.append((kind, len(convs), len(msgs), lab, sum(m["needs_person"] for m in msgs), reply,
                  sum(1 for m in msgs if m["mentions"])))

print("| kind | convs | msgs | " + " | ".join(LABELS) + " | needs_person | reply_to | mentions |")
print("|---|" + "---|" * (len(LABELS) + 5))
tot = [0, 0, collections.Counter(), 0, 0, 0]
for kind, nc, nm, lab, np_, rp, mn in table:
    print(f"| {kind} | {nc} | {nm} | " + " | ".join(str(lab[l]) for l in LABELS) + f" | {np_} | {rp} | {mn} |")
    tot[0] += nc; tot[1] += nm; tot[2].update(lab); tot[3] += np_; tot[4] += rp; tot[5] += mn
print(f"| **total** | {tot[0]} | {tot[1]} | " + " | ".join(str(tot[2][l]) for l in LABELS) + f" | {tot[3]} | {tot[4]} | {tot[5]} |")
print()
print("Message types: " + ", ".join(f"{t} {n}" for t, n in types_total.most_common()))
if errors:
    print(f"\n{len(errors)} problem(s):", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)
print("OK")
