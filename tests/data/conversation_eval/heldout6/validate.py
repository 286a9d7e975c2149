#!/usr/bin/env python3
"""Check the heldout6 conversation eval data and print its counts table.

Run: python3 validate.py   (from any directory; python3 standard library only)
Exit status 1 and a list of problems when a check fails.
"""
import json, os, re, sys, datetime, collections

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"community_canteen.jsonl": "ct", "piano_parents.jsonl": "pn"}
LABELS = ["question", "request", "complaint", "thanks", "greeting", "sharing",
          "answer", "smalltalk", "ack", "media"]
TYPES = {"text", "image", "emoticon", "voice", "video", "url", "mini_program", "file"}
PLACEHOLDER = {"image": "[图片]", "emoticon": "[动画表情]", "voice": "[语音]", "video": "[视频]"}
BASE_KEYS = ["id", "conv", "ts", "room", "sender", "sender_name", "role", "type", "text",
             "mentions", "reply_to", "label", "addresses", "needs_person"]
CONVS_PER_KIND, MIN_MSGS, MAX_MSGS = 5, 28, 35
TOTAL_RANGE = (300, 340)
REPLY_TO_RATIO = (0.07, 0.14)
MIN_PER_LABEL = 4          # every label appears at least this often in each kind
NO_FLAG_LABELS = {"ack", "thanks", "answer", "smalltalk"}   # never need a person

errors = []
def err(where, msg):
    errors.append(f"{where}: {msg}")

def expected_keys(t):
    keys = list(BASE_KEYS)
    if t == "url":
        keys.insert(9, "url"); keys.insert(10, "title")
    elif t in ("file", "mini_program"):
        keys.insert(9, "title")
    return keys

all_ids = set()
table = {}
type_counts = collections.Counter()
for fname, prefix in FILES.items():
    path = os.path.join(HERE, fname)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{fname}:{n}", "blank line"); continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{fname}:{n}", f"bad JSON: {e}")
    names = {}            # sender id -> name (one name per sender in a file)
    roles = {}
    for d in rows:
        if d.get("sender") in names and names[d["sender"]] != d.get("sender_name"):
            err(d.get("id"), f"sender {d['sender']} has two names")
        names.setdefault(d.get("sender"), d.get("sender_name"))
        if d.get("sender") in roles and roles[d["sender"]] != d.get("role"):
            err(d.get("id"), f"sender {d['sender']} has two roles")
        roles.setdefault(d.get("sender"), d.get("role"))
    name_to_id = {v: k for k, v in names.items()}
    by_conv = collections.OrderedDict()
    for d in rows:
        i = d.get("id", "?")
        if list(d.keys()) != expected_keys(d.get("type")):
            err(i, f"keys {list(d.keys())} != {expected_keys(d.get('type'))}")
            continue
        m = re.fullmatch(rf"({prefix}-(\d+))-(\d{{3}})", i)
        if not m:
            err(i, "id not <prefix>-<conv>-<pos3>"); continue
        if i in all_ids:
            err(i, "duplicate id")
        all_ids.add(i)
        if d["conv"] != m.group(1) or d["room"] != m.group(1):
            err(i, "conv/room do not match id")
        by_conv.setdefault(d["conv"], []).append(d)
        if d["role"] not in ("member", "operator"):
            err(i, f"role {d['role']}")
        if d["role"] == "operator" and not d["sender"].startswith("op"):
            err(i, "operator sender id should start with op")
        if d["type"] not in TYPES:
            err(i, f"type {d['type']}")
        if d["label"] not in LABELS:
            err(i, f"label {d['label']}")
        if not isinstance(d["needs_person"], bool):
            err(i, "needs_person not bool")
        if not isinstance(d["mentions"], list):
            err(i, "mentions not a list")
        # type rules
        t, lab = d["type"], d["label"]
        if t in PLACEHOLDER:
            if d["text"] != PLACEHOLDER[t]:
                err(i, f"{t} text should be {PLACEHOLDER[t]}")
            if lab != "media":
                err(i, f"{t} without text must be labelled media")
        else:
            if lab == "media":
                err(i, f"{t} must never be media")
        if t == "url" and not (d["url"].startswith("https://") and d["title"] == d["text"]):
            err(i, "url needs https url and title == text")
        if t == "file" and d["text"] != "[文件]" + d["title"]:
            err(i, "file text must be [文件]+title")
        if t == "mini_program" and d["title"] != d["text"]:
            err(i, "mini_program title must equal text")
        if t == "emoticon" and d["needs_person"]:
            err(i, "stickers never need a person")
        if d["role"] == "operator" and d["needs_person"]:
            err(i, "operator messages never need a person")
        if lab in NO_FLAG_LABELS and d["needs_person"]:
            err(i, f"{lab} should not need a person")
        # mentions <-> @名字 in text
        want = []
        if t == "text":
            s = d["text"]
            for nm in sorted(name_to_id, key=len, reverse=True):
                if "@" + nm in s:
                    want.append(name_to_id[nm]); s = s.replace("@" + nm, "")
        if sorted(want) != sorted(d["mentions"]):
            err(i, f"mentions {d['mentions']} but text mentions {want}")
        for u in d["mentions"]:
            if u not in names:
                err(i, f"mention of unknown sender {u}")
    # per conversation: positions, time order, references
    if len(by_conv) != CONVS_PER_KIND:
        err(fname, f"{len(by_conv)} conversations, want {CONVS_PER_KIND}")
    seen_convs = []
    for conv, msgs in by_conv.items():
        seen_convs.append(conv)
        if not (MIN_MSGS <= len(msgs) <= MAX_MSGS):
            err(conv, f"{len(msgs)} messages, want {MIN_MSGS}-{MAX_MSGS}")
        prev_ts = None; ids_before = set()
        for k, d in enumerate(msgs, 1):
            i = d["id"]
            if i != f"{conv}-{k:03d}":
                err(i, f"position should be {k:03d}")
            try:
                ts = datetime.datetime.fromisoformat(d["ts"])
                if ts.utcoffset() != datetime.timedelta(hours=8):
                    err(i, "ts must be +08:00")
            except ValueError:
                err(i, "bad ts"); ts = prev_ts
            if prev_ts and ts and ts < prev_ts:
                err(i, "time goes backwards")
            prev_ts = ts
            for field in ("addresses", "reply_to"):
                ref = d[field]
                if ref is not None and ref not in ids_before:
                    err(i, f"{field} {ref} is not an earlier message of {conv}")
            ids_before.add(i)
    # rows must be grouped by conversation (no interleaving)
    order = [d["conv"] for d in rows]
    if order != sorted(order, key=lambda c: seen_convs.index(c)):
        err(fname, "conversations interleave")
    # counts
    c = collections.Counter(d["label"] for d in rows)
    kind = fname[:-6]
    for lab in LABELS:
        if c[lab] < MIN_PER_LABEL:
            err(kind, f"only {c[lab]} {lab}")
    rt = sum(1 for d in rows if d["reply_to"])
    if not (REPLY_TO_RATIO[0] <= rt / max(len(rows), 1) <= REPLY_TO_RATIO[1]):
        err(kind, f"reply_to on {rt}/{len(rows)} messages")
    if not any(d["mentions"] for d in rows):
        err(kind, "no @mentions")
    for d in rows:
        type_counts[d["type"]] += 1
    table[kind] = (len(by_conv), len(rows), c, sum(d["needs_person"] for d in rows), rt,
                   sum(1 for d in rows if d["mentions"]))

total = sum(v[1] for v in table.values())
if not (TOTAL_RANGE[0] <= total <= TOTAL_RANGE[1]):
    err("all", f"{total} messages, want {TOTAL_RANGE[0]}-{TOTAL_RANGE[1]}")

cols = ["convs", "msgs"] + LABELS + ["needs_person", "reply_to", "mentions"]
print("| kind | " + " | ".join(cols) + " |")
print("|---" * (len(cols) + 1) + "|")
tot = collections.Counter()
for kind, (nc, nm, c, npers, rt, ment) in table.items():
    vals = [nc, nm] + [c[l] for l in LABELS] + [npers, rt, ment]
    for col, v in zip(cols, vals): tot[col] += v
    print(f"| {kind} | " + " | ".join(str(v) for v in vals) + " |")
print("| **total** | " + " | ".join(str(tot[c]) for c in cols) + " |")
print()
print("Message types: " + ", ".join(f"{t} {n}" for t, n in type_counts.most_common()))
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors: print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
