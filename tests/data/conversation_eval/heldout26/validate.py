#!/usr/bin/env python3
"""Validator for held-out conversation eval batch 26 (guangzhou_herbal_tea_shop, silkworm_farmers,
sofa_reupholstery_shop).

Data tooling only (stdlib), copied from ../heldout25/validate.py (itself from heldout24, heldout23) (same checks, kinds changed):
parses every line, required fields, ids unique and well formed (<pre>-<conv>-<pos>), positions sequential,
conv == room, time never goes backwards, addresses / reply_to point to an earlier message of the same
conversation, mentions match the @名字 in the text, media / url / file / mini_program typing rules,
needs_person rules (answers/acks/stickers/operators never flagged, a bare "+1/同问/我也是" never flagged,
a fragment or same-person follow-up not flagged together with the message it continues), 4 conversations
of 32-36 messages per kind, per-kind minimums (10 complaints, 7 requests, 12 questions, 10 small talk,
4 transcribed and 2 untranscribed voice messages, 2 fragment runs), reply_to on 7-14% of messages,
operators both answering and posting notices. The JSONL is built from src/*.txt by src/build.py.

Voice messages: without a transcript the text is "[语音]" and the label is media; with WeChat's
speech-to-text transcript the text is the transcript and the label is what it says (never media).
Run: python3 validate.py   (exit status 1 on any error; prints the counts table of README.md)
"""
import collections, datetime, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = [("guangzhou_herbal_tea_shop", "lc"), ("silkworm_farmers", "cj"), ("sofa_reupholstery_shop", "sf")]
LABELS = ["question", "request", "complaint", "thanks", "greeting", "sharing", "answer",
          "smalltalk", "ack", "media"]
TYPES = {"text", "image", "voice", "emoticon", "video", "url", "file", "mini_program"}
MEDIA_TYPES = {"image": "[图片]", "voice": "[语音]", "emoticon": "[动画表情]", "video": "[视频]"}
FIELDS = ["id", "conv", "ts", "room", "sender", "sender_name", "role", "type", "text", "mentions",
          "reply_to", "label", "addresses", "needs_person"]
MIN = {"complaint": 10, "request": 7, "question": 12, "smalltalk": 10, "voice_text": 4, "voice_bare": 2, "fragment_runs": 2}
CONV_LEN = (32, 36)
N_CONVS = 4
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def check_kind(kind, pre, seen_ids):
    path = os.path.join(HERE, kind + ".jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{kind}:{n}", f"bad JSON {e}")
    names = {}
    for r in rows:
        names.setdefault(r.get("sender"), r.get("sender_name"))
    byconv = collections.OrderedDict()
    for r in rows:
        where = f"{kind}:{r.get('id')}"
        if any(k not in r for k in FIELDS):
            err(where, "missing field(s) " + ",".join(k for k in FIELDS if k not in r))
            continue
        m = re.fullmatch(pre + r"-(\d+)-(\d{3})", r["id"])
        if not m:
            err(where, "id not <pre>-<conv>-<pos>")
            continue
        if r["id"] in seen_ids:
            err(where, "duplicate id")
        seen_ids.add(r["id"])
        if r["conv"] != f"{pre}-{m.group(1)}" or r["room"] != r["conv"]:
            err(where, "conv/room do not match id")
        if r["label"] not in LABELS:
            err(where, f"unknown label {r['label']}")
        if r["type"] not in TYPES:
            err(where, f"unknown type {r['type']}")
        if r["role"] not in ("member", "operator"):
            err(where, "role must be member/operator")
        if not isinstance(r["needs_person"], bool):
            err(where, "needs_person not bool")
        if names.get(r["sender"]) != r["sender_name"]:
            err(where, "sender has two names")
        if (r["role"] == "operator") != r["sender"].startswith("op"):
            err(where, "operator ids are op<n>, members u<n>")
        byconv.setdefault(r["conv"], []).append(r)
    stats = collections.Counter()
    for conv, msgs in byconv.items():
        if not CONV_LEN[0] <= len(msgs) <= CONV_LEN[1]:
            err(conv, f"{len(msgs)} messages, want {CONV_LEN[0]}-{CONV_LEN[1]}")
        pos_of = {}
        last_ts = None
        for i, r in enumerate(msgs, 1):
            where = f"{kind}:{r['id']}"
            if int(r["id"].rsplit("-", 1)[1]) != i:
                err(where, f"position should be {i:03d}")
            try:
                ts = datetime.datetime.fromisoformat(r["ts"])
                if last_ts and ts < last_ts:
                    err(where, "time goes backwards")
                last_ts = ts
            except ValueError:
                err(where, "bad ts")
            for ref in ("addresses", "reply_to"):
                v = r[ref]
                if v is not None and v not in pos_of:
                    err(where, f"{ref} {v} is not an earlier message of {conv}")
            if r["reply_to"] and r["reply_to"] != r["addresses"]:
                err(where, "reply_to set but addresses differs")
            pos_of[r["id"]] = r
            want = []
            for mm in re.finditer(r"@(\S+)", r["text"]):
                for uid, nm in names.items():
                    if mm.group(1).startswith(nm) and uid not in want:
                        want.append(uid)
            if sorted(want) != sorted(r["mentions"]):
                err(where, f"mentions {r['mentions']} but text names {want}")
            ty, lab = r["type"], r["label"]
            if ty == "voice":
                if r["text"] == "[语音]":
                    stats["voice_bare"] += 1
                    if lab != "media":
                        err(where, "voice without transcript must be media")
                else:
                    stats["voice_text"] += 1
                    if lab == "media" or not r["text"].strip() or r["text"].startswith("["):
                        err(where, "voice with transcript: text is the transcript, label by what it says")
            elif ty in MEDIA_TYPES:
                if r["text"] != MEDIA_TYPES[ty]:
                    err(where, f"{ty} text should be {MEDIA_TYPES[ty]}")
                if lab != "media":
                    err(where, "image/sticker/video must be labelled media")
            if lab == "media" and ty not in MEDIA_TYPES:
                err(where, "media label on a non-media type")
            if ty in ("url", "file", "mini_program"):
                if not r.get("title"):
                    err(where, f"{ty} needs a title")
                if ty == "url" and not str(r.get("url", "")).startswith("http"):
                    err(where, "url needs url")
                if ty == "file" and not r["text"].startswith("[文件]"):
                    err(where, "file text should start with [文件]")
            if lab == "answer" and not r["addresses"]:
                err(where, "answer without addresses")
            if lab in ("answer", "ack") and r["needs_person"]:
                err(where, f"{lab} should not need a person")
            if ty == "emoticon" and r["needs_person"]:
                err(where, "sticker should not need a person")
            if r["role"] == "operator" and r["needs_person"]:
                err(where, "operator message needs_person")
            if lab == "complaint" and r["role"] == "operator":
                err(where, "operator complaint?")
            t = r["text"].strip()
            if re.fullmatch(r"(\+1|同问|我也是|我也想问)[。!！~]*", t) and r["needs_person"]:
                err(where, "bare seconding message carries needs_person (the first one does)")
            a = pos_of.get(r["addresses"]) if r["addresses"] else None
            if a is not None and a["sender"] == r["sender"] and a["label"] == lab \
                    and lab in ("complaint", "request", "question") and a["needs_person"] and r["needs_person"]:
                err(where, "fragment/follow-up flagged as well as the message before it")
            # a fragment run: same sender, same label, addresses the previous message (by the same sender)
            if a is not None and a is msgs[i - 2] and a["sender"] == r["sender"] and a["label"] == lab \
                    and lab in ("complaint", "question", "request", "smalltalk"):
                prev2 = pos_of.get(a["addresses"]) if a["addresses"] else None
                if not (prev2 is not None and prev2["sender"] == r["sender"] and prev2["label"] == lab):
                    stats["fragment_runs"] += 1
            stats[lab] += 1
            stats["msgs"] += 1
            stats["needs_person"] += r["needs_person"]
            stats["reply_to"] += r["reply_to"] is not None
            stats["mentions"] += bool(r["mentions"])
            stats["type:" + ty] += 1
    stats["convs"] = len(byconv)
    if len(byconv) != N_CONVS:
        err(kind, f"{len(byconv)} conversations, want {N_CONVS}")
    for lab, lo in MIN.items():
        if stats[lab] < lo:
            err(kind, f"{stats[lab]} {lab}, want at least {lo}")
    ops = [r for msgs in byconv.values() for r in msgs if r["role"] == "operator"]
    if not any(r["label"] == "answer" for r in ops) or not any(r["label"] == "sharing" for r in ops):
        err(kind, "operators must both answer and post notices (sharing)")
    ratio = stats["reply_to"] / max(stats["msgs"], 1)
    if not 0.07 <= ratio <= 0.14:
        err(kind, f"reply_to on {ratio:.1%} of messages, want about 10%")
    return stats


def main():
    seen = set()
    mine = {k + ".jsonl" for k, _ in KINDS}
    for p in glob.glob(os.path.join(HERE, "*.jsonl")):
        if os.path.basename(p) in mine:
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                try:
                    seen.add(json.loads(line)["id"])
                except (ValueError, KeyError):
                    pass
    cols = ["convs", "msgs"] + LABELS + ["needs_person", "reply_to", "mentions", "voice_text", "voice_bare",
                                         "fragment_runs"]
    total = collections.Counter()
    print("| kind | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    for kind, pre in KINDS:
        s = check_kind(kind, pre, seen)
        total.update(s)
        print(f"| {kind} | " + " | ".join(str(s[c]) for c in cols) + " |")
    print("| **total** | " + " | ".join(str(total[c]) for c in cols) + " |")
    types = sorted(((k[5:], v) for k, v in total.items() if k.startswith("type:")), key=lambda x: -x[1])
    print("\nMessage types: " + ", ".join(f"{k} {v}" for k, v in types) + ".")
    if errors:
        print(f"\n{len(errors)} ERRORS", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
