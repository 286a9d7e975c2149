#!/usr/bin/env python3
"""Validator for the held-out conversation eval set heldout7 (stdlib only).

Checks every line of tour_group.jsonl and kids_swim_parents.jsonl: JSON parses, required fields, ids unique and
well-formed (<prefix>-<conv>-<pos>, positions 1..n in order), conv == room, timestamps never go backwards,
addresses / reply_to point to an EARLIER message of the SAME conversation, mentions match the @名字 in the text,
labels and types are known, media typing rules, answers have addresses, acks / answers / stickers / operators
never carry needs_person, 5 conversations of 28-34 messages per file, reply_to on 6-14% of messages.
Prints the counts table and exits 1 on any error.
"""
import json, re, sys, os
from collections import Counter, defaultdict
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [("tour_group.jsonl", "tg"), ("kids_swim_parents.jsonl", "ks")]
LABELS = ["question", "request", "complaint", "thanks", "greeting", "sharing", "answer", "smalltalk", "ack", "media"]
TYPES = {"text", "image", "voice", "emoticon", "video", "url", "file", "mini_program"}
MEDIA_TYPES = {"image", "voice", "emoticon", "video"}
REQ = ["id", "conv", "ts", "room", "sender", "sender_name", "role", "type", "text", "mentions", "reply_to", "label",
       "addresses", "needs_person"]
errors = []
def err(msg): errors.append(msg)

all_ids = set()
table = []
type_count = Counter()
for fname, prefix in FILES:
    path = os.path.join(HERE, fname)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{fname}:{n}: empty line"); continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{fname}:{n}: bad JSON: {e}")
    # sender names per file (for mentions)
    name2id = {}
    for r in rows:
        if r.get("sender_name") in name2id and name2id[r["sender_name"]] != r.get("sender"):
            err(f"{r.get('id')}: sender_name {r['sender_name']} used by two senders")
        name2id[r.get("sender_name")] = r.get("sender")
    by_conv = defaultdict(list)
    seen = {}
    for r in rows:
        rid = r.get("id", "?")
        for k in REQ:
            if k not in r:
                err(f"{rid}: missing field {k}")
        if any(k not in r for k in REQ):
            continue
        m = re.fullmatch(rf"({prefix}-(\d+))-(\d{{3}})", rid)
        if not m:
            err(f"{rid}: id not {prefix}-<conv>-<pos>"); continue
        if rid in all_ids:
            err(f"{rid}: duplicate id")
        all_ids.add(rid)
        if r["conv"] != m.group(1) or r["room"] != r["conv"]:
            err(f"{rid}: conv/room mismatch")
        conv = r["conv"]
        by_conv[conv].append(r)
        if int(m.group(3)) != len(by_conv[conv]):
            err(f"{rid}: position not sequential")
        try:
            ts = datetime.fromisoformat(r["ts"])
        except ValueError:
            err(f"{rid}: bad ts"); ts = None
        prev = by_conv[conv][-2] if len(by_conv[conv]) > 1 else None
        if ts and prev and datetime.fromisoformat(prev["ts"]) > ts:
            err(f"{rid}: time goes backwards")
        if r["label"] not in LABELS:
            err(f"{rid}: unknown label {r['label']}")
        if r["type"] not in TYPES:
            err(f"{rid}: unknown type {r['type']}")
        if r["role"] not in ("operator", "member"):
            err(f"{rid}: bad role")
        if (r["role"] == "operator") != r["sender"].startswith("op"):
            err(f"{rid}: role does not match sender id")
        if not isinstance(r["needs_person"], bool):
            err(f"{rid}: needs_person not bool")
        for key in ("addresses", "reply_to"):
            ref = r[key]
            if ref is None:
                continue
            if ref not in seen or seen[ref] != conv:
                err(f"{rid}: {key} {ref} is not an earlier message of {conv}")
        # mentions
        want = []
        for nm in re.findall(r"@(\S+)", r["text"]):
            if nm not in name2id:
                err(f"{rid}: @{nm} is nobody in this file")
            else:
                want.append(name2id[nm])
        if r["mentions"] != want:
            err(f"{rid}: mentions {r['mentions']} != {want}")
        # type rules
        t = r["type"]
        if t in MEDIA_TYPES and r["label"] != "media":
            err(f"{rid}: {t} must be labelled media")
        if t not in MEDIA_TYPES and r["label"] == "media":
            err(f"{rid}: media label on a {t}")
        if t in ("url", "file", "mini_program") and "title" not in r:
            err(f"{rid}: {t} without title")
        if t == "url" and not r.get("url", "").startswith("http"):
            err(f"{rid}: url without url")
        if r["label"] == "answer" and not r["addresses"]:
            err(f"{rid}: answer without addresses")
        if r["needs_person"] and (r["label"] in ("answer", "ack") or r["role"] == "operator" or t == "emoticon"):
            err(f"{rid}: needs_person on an answer/ack/operator/sticker")
        if r["needs_person"] and re.fullmatch(r"\s*(\+1|同问|我也是)\s*", r["text"]):
            err(f"{rid}: bare +1/同问/我也是 flagged")
        seen[rid] = conv
    # fragment / follow-up rule: a flagged message right after a flagged message of the same sender that it addresses
    idx = {r["id"]: r for r in rows}
    for r in rows:
        a = r.get("addresses")
        if r.get("needs_person") and a in idx and idx[a]["sender"] == r["sender"] and idx[a]["needs_person"] \
                and idx[a]["label"] == r["label"]:
            err(f"{r['id']}: flagged together with the same-sender message it continues ({a})")
    convs = sorted(by_conv, key=lambda c: int(c.split("-")[1]))
    if len(convs) != 5:
        err(f"{fname}: {len(convs)} conversations, want 5")
    for c in convs:
        if not 28 <= len(by_conv[c]) <= 34:
            err(f"{c}: {len(by_conv[c])} messages, want 28-34")
    lab = Counter(r["label"] for r in rows)
    np_ = sum(r["needs_person"] for r in rows)
    rp = sum(r["reply_to"] is not None for r in rows)
    me = sum(bool(r["mentions"]) for r in rows)
    if rows and not 0.06 <= rp / len(rows) <= 0.14:
        err(f"{fname}: reply_to on {rp}/{len(rows)} messages, want about 1 in 12")
    type_count.update(r["type"] for r in rows)
    table.append([fname[:-6], len(convs), len(rows)] + [lab[l] for l in LABELS] + [np_, rp, me])

head = ["kind", "convs", "msgs"] + LABELS + ["needs_person", "reply_to", "mentions"]
print("| " + " | ".join(head) + " |")
print("|" + "---|" * len(head))
for row in table:
    print("| " + " | ".join(map(str, row)) + " |")
tot = ["**total**"] + [sum(r[i] for r in table) for i in range(1, len(head))]
print("| " + " | ".join(map(str, tot)) + " |")
print()
print("Message types: " + ", ".join(f"{k} {v}" for k, v in type_count.most_common()))
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK")
