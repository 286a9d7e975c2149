#!/usr/bin/env python3
"""Validator for the heldout6 moderation eval data (veterans, taichi_club).

Stdlib only. Run:  python3 validate.py   (from any directory)
Checks: every line parses as JSON, ids unique and prefixed per group, required fields,
type-specific fields (url/title), technique vocabulary per label, no raw invisible characters
(they must be \\uXXXX escapes in the file), no duplicate texts, and the counts the task asks for
(~280 per kind, about one third ads, hard negatives >= 40% of the kind).
Prints per-kind totals, technique counts and message types. Exit code 1 on any failure.
"""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"veterans": ("veterans.jsonl", "vt"), "taichi_club": ("taichi_club.jsonl", "tc")}
AD_TECH = {"contact_card", "group_invite", "health_selling", "homophone", "lending", "link_shop",
           "mini_program_ad", "mlm", "phone", "phone_cn_numerals", "phone_split", "private_cta", "qq",
           "recruiting", "taokouling", "tutoring_selling", "video_ad", "wechat_id", "wechat_id_obfuscated",
           "competitor_selling", "investment", "collectibles", "follow_account"}
NEG_TECH = {"article_share", "buy_sell_innocent", "chat", "complaint", "fragments", "mini_program_service",
            "official_contact", "payment_question", "price_date", "recommendation", "scam_warning", "video_share"}
TYPES = {"text", "url", "mini_program", "contact_card", "video", "image", "emoticon", "voice"}
PREFIX = {"image": "[图片]", "voice": "[语音]", "emoticon": "[动画表情]"}
INVISIBLE = "\u200b\u200c\u200d\u2060\u3164\ufeff"
BASE = {"id", "group", "type", "text", "ad", "technique"}

errors = []
def err(msg): errors.append(msg)

all_ids = set()
stats = {}
for group, (fname, prefix) in KINDS.items():
    path = os.path.join(HERE, fname)
    rows, texts = [], collections.Counter()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"{fname}:{n}"
            if not line.strip():
                err(f"{where}: empty line"); continue
            if any(ch in line for ch in INVISIBLE):
                err(f"{where}: raw invisible character (must be a \\uXXXX escape)")
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{where}: bad JSON {e}"); continue
            keys = set(r)
            t = r.get("type")
            want = set(BASE)
            if t == "url": want |= {"url", "title"}
            if t in ("mini_program", "contact_card"): want |= {"title"}
            if keys != want:
                err(f"{where}: fields {sorted(keys)} != {sorted(want)}")
            rid = r.get("id", "")
            if rid in all_ids: err(f"{where}: duplicate id {rid}")
            all_ids.add(rid)
            if not (isinstance(rid, str) and rid.startswith(prefix + "-") and rid[len(prefix)+1:].isdigit()):
                err(f"{where}: bad id {rid!r}")
            if r.get("group") != group: err(f"{where}: group {r.get('group')!r} != {group}")
            if t not in TYPES: err(f"{where}: unknown type {t!r}")
            text = r.get("text")
            if not isinstance(text, str) or not text.strip(): err(f"{where}: empty text")
            if t in PREFIX and not str(text).startswith(PREFIX[t]): err(f"{where}: {t} text must start with {PREFIX[t]}")
            if "title" in r and r["title"] != text: err(f"{where}: title != text")
            if t == "url" and not str(r.get("url", "")).startswith(("http://", "https://")): err(f"{where}: bad url")
            if not isinstance(r.get("ad"), bool): err(f"{where}: ad must be bool")
            tech = r.get("technique")
            if r.get("ad") is True and tech not in AD_TECH: err(f"{where}: ad technique {tech!r} unknown")
            if r.get("ad") is False and tech not in NEG_TECH: err(f"{where}: negative technique {tech!r} unknown")
            texts[text] += 1
            rows.append(r)
    for tx, c in texts.items():
        if c > 1 and len(tx) > 4:
            err(f"{fname}: text repeated {c}x: {tx[:30]}")
    total = len(rows)
    ads = sum(r["ad"] is True for r in rows)
    hard = sum(r["ad"] is False and r["technique"] != "chat" for r in rows)
    chat = sum(r["ad"] is False and r["technique"] == "chat" for r in rows)
    stats[group] = dict(total=total, ads=ads, hard=hard, chat=chat,
                        tech=collections.Counter((r["ad"], r["technique"]) for r in rows),
                        types=collections.Counter(r["type"] for r in rows))
    if not 250 <= total <= 320: err(f"{group}: total {total} not about 280")
    if not 0.28 <= ads / total <= 0.40: err(f"{group}: ad share {ads/total:.1%} not about one third")
    if hard / total < 0.40: err(f"{group}: hard-negative share {hard/total:.1%} < 40%")
    used = {t for (a, t) in stats[group]["tech"] if a}
    # every technique named in README-A/README-B must appear (competitor_selling at least somewhere)
    for t in AD_TECH - {"competitor_selling"}:
        if t not in used: err(f"{group}: ad technique {t} not covered")

print("| kind | total | ads | hard negatives | plain chat |")
print("|---|---|---|---|---|")
for g, s in stats.items():
    T = s["total"]
    print(f"| {g} | {T} | {s['ads']} ({s['ads']/T:.1%}) | {s['hard']} ({s['hard']/T:.1%}) | {s['chat']} ({s['chat']/T:.1%}) |")
T = sum(s["total"] for s in stats.values())
print(f"| **all** | {T} | {sum(s['ads'] for s in stats.values())} | {sum(s['hard'] for s in stats.values())} | {sum(s['chat'] for s in stats.values())} |")
print()
print("| ad | technique | " + " | ".join(stats) + " | total |")
print("|---|---|" + "---|" * (len(stats) + 1))
keys = sorted({k for s in stats.values() for k in s["tech"]}, key=lambda k: (not k[0], k[1]))
for k in keys:
    cs = [s["tech"].get(k, 0) for s in stats.values()]
    print(f"| {k[0]} | {k[1]} | " + " | ".join(map(str, cs)) + f" | {sum(cs)} |")
print()
print("| type | " + " | ".join(stats) + " |")
print("|---|" + "---|" * len(stats))
for t in sorted(TYPES):
    print(f"| {t} | " + " | ".join(str(s["types"].get(t, 0)) for s in stats.values()) + " |")
print()
if errors:
    print(f"FAILED: {len(errors)} problem(s)")
    for e in errors[:100]: print(" -", e)
    sys.exit(1)
print("OK")
