#!/usr/bin/env python3
"""Check the batch-13b training conversations (stdlib only): python3 validate_train13b.py"""
import glob, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"elder_daycare_families.jsonl": "dc", "car_dealer_service.jsonl": "cd", "mahjong_parlor.jsonl": "qp"}
FIELDS = ["id", "conv", "ts", "room", "sender", "sender_name", "role", "type", "text", "mentions", "reply_to",
          "label", "addresses", "needs_person"]
LABELS = {"question", "request", "complaint", "thanks", "greeting", "sharing", "answer", "smalltalk", "ack", "media"}
TYPES = {"text", "voice", "image", "emoticon", "video", "url", "file", "mini_program"}
MEDIA_TYPES = {"voice", "image", "emoticon", "video"}
MIN = {"complaint": 12, "request": 8, "question": 15, "smalltalk": 12, "voice_text": 5, "voice_bare": 2, "fragment_runs": 3}
COLS = ["question", "request", "complaint", "thanks", "greeting", "sharing", "answer", "smalltalk", "ack", "media"]
errors = []


def err(msg):
    errors.append(msg)


other_ids = set()
for p in glob.glob(os.path.join(HERE, "*.jsonl")):
    if os.path.basename(p) in FILES:
        continue
    with open(p, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                other_ids.add(json.loads(line)["id"])

seen, table, types = set(), [], Counter()
for fn, prefix in FILES.items():
    rows = []
    with open(os.path.join(HERE, fn), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err(f"{fn}:{i} bad JSON {e}")
    convs = defaultdict(list)
    for r in rows:
        rid = r.get("id", "?")
        if list(r.keys()) != FIELDS:
            err(f"{rid} fields {list(r.keys())}")
            continue
        if rid in seen or rid in other_ids:
            err(f"{rid} duplicate id")
        seen.add(rid)
        if not re.fullmatch(prefix + r"-\d+-\d{3}", rid) or not rid.startswith(r["conv"] + "-"):
            err(f"{rid} bad id")
        if r["conv"] != r["room"]:
            err(f"{rid} conv != room")
        if r["label"] not in LABELS or r["type"] not in TYPES or r["role"] not in ("member", "operator"):
            err(f"{rid} bad label/type/role")
        if not isinstance(r["needs_person"], bool) or not r["text"]:
            err(f"{rid} needs_person/text")
        if r["mentions"] != re.findall(r"@(\S+)", r["text"]):
            err(f"{rid} mentions")
        if r["label"] == "media" and r["type"] not in MEDIA_TYPES:
            err(f"{rid} media label on {r['type']}")
        if r["type"] in ("image", "video", "emoticon") and r["label"] != "media":
            err(f"{rid} bare {r['type']} not media")
        if r["type"] == "voice" and (r["text"] == "[语音]") != (r["label"] == "media"):
            err(f"{rid} voice rule")
        if r["needs_person"] and (r["role"] == "operator" or r["label"] in ("answer", "ack", "thanks")
                                  or r["type"] == "emoticon"):
            err(f"{rid} flagged answer/ack/operator/sticker")
        convs[r["conv"]].append(r)
    c = Counter(r["label"] for r in rows)
    extra = Counter()
    for cid, ms in convs.items():
        if not 32 <= len(ms) <= 36:
            err(f"{cid} has {len(ms)} messages")
        pos = {}
        for k, m in enumerate(ms, 1):
            if m["id"] != f"{cid}-{k:03d}":
                err(f"{m['id']} position")
            if k > 1 and m["ts"] <= ms[k - 2]["ts"]:
                err(f"{m['id']} time order")
            for f in ("addresses", "reply_to"):
                if m[f] is not None and m[f] not in pos:
                    err(f"{m['id']} {f} {m[f]} not earlier in conversation")
            pos[m["id"]] = m
        # fragment runs: consecutive same-sender, same-label question/request/complaint, each addressing the one before
        k = 0
        while k < len(ms):
            j = k
            while (j + 1 < len(ms) and ms[j + 1]["sender"] == ms[k]["sender"] and ms[j + 1]["label"] == ms[k]["label"]
                   and ms[k]["label"] in ("question", "request", "complaint") and ms[j + 1]["addresses"] == ms[j]["id"]):
                j += 1
            if j > k:
                extra["fragment_runs"] += 1
                if any(x["needs_person"] for x in ms[k:j]) or not ms[j]["needs_person"]:
                    err(f"{ms[k]['id']} fragment flags (only the last fragment is flagged)")
            k = j + 1
    for r in rows:
        types[r["type"]] += 1
        if r["type"] == "voice":
            extra["voice_bare" if r["text"] == "[语音]" else "voice_text"] += 1
    nrep = sum(r["reply_to"] is not None for r in rows)
    if not 0.07 <= nrep / len(rows) <= 0.14:
        err(f"{fn} reply_to on {nrep}/{len(rows)}")
    for k, v in MIN.items():
        have = extra[k] if k in extra or k.startswith(("voice", "fragment")) else c[k]
        if have < v:
            err(f"{fn} {k} {have} < {v}")
    table.append([fn[:-6], len(convs), len(rows)] + [c[k] for k in COLS] +
                 [sum(r["needs_person"] for r in rows), nrep, sum(bool(r["mentions"]) for r in rows),
                  extra["voice_text"], extra["voice_bare"], extra["fragment_runs"]])

head = ["kind", "convs", "msgs"] + COLS + ["needs_person", "reply_to", "mentions", "voice_text", "voice_bare", "fragment_runs"]
print("| " + " | ".join(head) + " |")
print("|" + "---|" * len(head))
for t in table:
    print("| " + " | ".join(map(str, t)) + " |")
tot = ["**total**"] + [sum(t[i] for t in table) for i in range(1, len(head))]
print("| " + " | ".join(map(str, tot)) + " |")
print("Message types: " + ", ".join(f"{k} {v}" for k, v in types.most_common()))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
