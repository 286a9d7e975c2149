"""Check the held-out emergency set's format and minimums (stdlib only): python3 validate.py"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
GROUPS = {"hanzheng_porters": "bj", "steppe_herders": "my", "jingdezhen_kilns": "cq", "archaeology_dig": "fj"}
EMERGENCY = {"trapped", "fall", "unwell", "gas", "fire", "smoke", "flood", "lost", "power_alone", "bleeding"}
NOT = {"complaint", "repair", "past", "news", "advice", "rule_question", "joke", "smalltalk", "question"}


def main() -> int:
    errors, rows = [], []
    for group, prefix in GROUPS.items():
        path = HERE / f"{group}.jsonl"
        if not path.exists():
            errors.append(f"missing {path.name}")
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: not JSON ({e})")
                continue
            if set(row) != {"id", "group", "text", "emergency", "category"}:
                errors.append(f"{where}: fields {sorted(row)}")
                continue
            if row["group"] != group:
                errors.append(f"{where}: group {row['group']!r} in {path.name}")
            if not re.fullmatch(rf"{prefix}-\d{{3}}", str(row["id"])):
                errors.append(f"{where}: id {row['id']!r} is not {prefix}-NNN")
            if not isinstance(row["emergency"], bool):
                errors.append(f"{where}: emergency is not a bool")
            allowed = EMERGENCY if row["emergency"] else NOT
            if row["category"] not in allowed:
                errors.append(f"{where}: category {row['category']!r} does not fit emergency={row['emergency']}")
            if not isinstance(row["text"], str) or not row["text"].strip():
                errors.append(f"{where}: empty text")
            elif " / " in row["text"]:
                errors.append(f"{where}: joined fragments (' / ') are not allowed, one message a line")
            rows.append(row)
    ids = Counter(r["id"] for r in rows)
    texts = Counter(r["text"] for r in rows)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    errors += [f"duplicate text {t}" for t, c in texts.items() if c > 1]
    share = sum(r["emergency"] is True for r in rows) / max(len(rows), 1)
    if len(rows) < 260:
        errors.append(f"only {len(rows)} lines (at least 260)")
    if not 0.30 <= share <= 0.38:
        errors.append(f"emergencies are {share:.1%} of the lines (30-38% wanted)")
    if len({r["group"] for r in rows}) < 4:
        errors.append("fewer than four kinds of group")
    for e in errors:
        print(e)
    print(f"{len(rows)} lines, {share:.1%} emergencies, {'OK' if not errors else 'FAILED'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
