#!/usr/bin/env python3
"""Validate the heldout7 moderation eval files (stdlib only).

Checks: every line parses as JSON with the required fields, ids unique and
prefixed, ad flag agrees with the technique, type-specific fields present,
no raw invisible characters (they must be JSON-escaped), and the counts and
shares the task asks for (270-290 messages, 33-36% ads, >=40% hard negatives).
Run: python3 validate.py
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"retired_colleagues.jsonl": ("rc", "retired_colleagues"),
         "grandparents_pickup.jsonl": ("gp", "grandparents_pickup")}
AD_TECH = {"competitor_selling", "contact_card", "group_invite", "health_selling", "homophone", "lending",
           "link_shop", "mini_program_ad", "mlm", "phone", "phone_cn_numerals", "phone_split", "private_cta",
           "qq", "recruiting", "taokouling", "tutoring_selling", "video_ad", "wechat_id",
           "wechat_id_obfuscated"}
NEG_TECH = {"article_share", "buy_sell_innocent", "chat", "complaint", "fragments", "group_buy_by_operator",
            "mini_program_service", "official_contact", "payment_question", "price_date", "recommendation",
            "scam_warning", "video_share"}
TYPES = {"text", "url", "image", "contact_card", "mini_program", "video", "emoticon", "voice"}
ROLES = {"member", "operator"}
INVISIBLE = ("\u200b", "\u2060", "\u3164", "\ufeff", "\u200c", "\u200d")
REQUIRED = ("id", "group", "type", "text", "ad", "technique", "sender_role")


def main():
    errors = []
    seen = set()
    for name, (prefix, group) in FILES.items():
        path = os.path.join(HERE, name)
        rows = []
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                where = f"{name}:{n}"
                if not line.strip():
                    errors.append(f"{where}: empty line")
                    continue
                if any(ch in line for ch in INVISIBLE):
                    errors.append(f"{where}: raw invisible character, must be \\u-escaped")
                try:
                    r = json.loads(line)
                except json.JSONDecodeError as e:
                    errors.append(f"{where}: bad JSON {e}")
                    continue
                for k in REQUIRED:
                    if k not in r:
                        errors.append(f"{where}: missing {k}")
                if any(k not in r for k in REQUIRED):
                    continue
                if r["id"] in seen:
                    errors.append(f"{where}: duplicate id {r['id']}")
                seen.add(r["id"])
                if not r["id"].startswith(prefix + "-"):
                    errors.append(f"{where}: id {r['id']} lacks prefix {prefix}-")
                if r["group"] != group:
                    errors.append(f"{where}: group {r['group']} != {group}")
                if r["type"] not in TYPES:
                    errors.append(f"{where}: unknown type {r['type']}")
                if r["sender_role"] not in ROLES:
                    errors.append(f"{where}: unknown sender_role {r['sender_role']}")
                if not isinstance(r["ad"], bool):
                    errors.append(f"{where}: ad not bool")
                t = r["technique"]
                if r["ad"] is True and t not in AD_TECH:
                    errors.append(f"{where}: ad=true with non-ad technique {t}")
                if r["ad"] is False and t not in NEG_TECH:
                    errors.append(f"{where}: ad=false with ad technique {t}")
                if not isinstance(r["text"], str) or not r["text"].strip():
                    errors.append(f"{where}: empty text")
                if r["type"] == "url" and not (r.get("url", "").startswith("http") and r.get("title")):
                    errors.append(f"{where}: url message needs url and title")
                if r["type"] in ("mini_program", "contact_card") and not r.get("title"):
                    errors.append(f"{where}: {r['type']} needs title")
                if r["type"] == "contact_card" and r["technique"] not in ("contact_card", "official_contact"):
                    errors.append(f"{where}: contact_card type with technique {t}")
                rows.append(r)
        total = len(rows)
        ads = sum(1 for r in rows if r["ad"])
        hard = sum(1 for r in rows if not r["ad"] and r["technique"] != "chat")
        hard_nofrag = sum(1 for r in rows if not r["ad"] and r["technique"] not in ("chat", "fragments"))
        chat = total - ads - hard
        print(f"{group}: total {total}, ads {ads} ({ads / total:.1%}), hard negatives {hard} ({hard / total:.1%}; "
              f"{hard_nofrag / total:.1%} without fragments), chat {chat} ({chat / total:.1%})")
        tc = collections.Counter((r["ad"], r["technique"]) for r in rows)
        print("  ads:", ", ".join(f"{t} {c}" for (a, t), c in sorted(tc.items()) if a))
        print("  negatives:", ", ".join(f"{t} {c}" for (a, t), c in sorted(tc.items()) if not a))
        print("  types:", dict(collections.Counter(r["type"] for r in rows)),
              "roles:", dict(collections.Counter(r["sender_role"] for r in rows)))
        if not 270 <= total <= 290:
            errors.append(f"{name}: total {total} outside 270-290")
        if not 0.33 <= ads / total <= 0.36:
            errors.append(f"{name}: ad share {ads / total:.3f} outside 33-36%")
        if hard / total < 0.40:
            errors.append(f"{name}: hard-negative share {hard / total:.3f} < 40%")
        missing = AD_TECH - {t for (a, t) in tc if a} - ({"tutoring_selling"} if prefix == "rc" else set())
        if missing:
            errors.append(f"{name}: ad techniques not used: {sorted(missing)}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
