"""Check the emergency eval set's format and minimums (stdlib only): python3 validate.py"""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
GROUPS = {"property", "senior_club", "home_care", "clinic", "mixed_night"}
EMERGENCY = {"trapped", "fall", "unwell", "gas", "fire", "smoke", "flood", "lost", "power_alone", "bleeding"}
NOT = {"complaint", "repair", "past", "news", "advice", "rule_question", "joke", "smalltalk", "question"}


def main() -> int:
    errors, rows = [], []
    for name in ("tune", "test"):
        for n, line in enumerate((HERE / f"{name}.jsonl").read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}.jsonl:{n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: not JSON ({e})")
                continue
            if set(row) != {"id", "group", "text", "emergency", "category"}:
                errors.append(f"{where}: fields {sorted(row)}")
                continue
            if row["group"] not in GROUPS:
                errors.append(f"{where}: unknown group {row['group']!r}")
            allowed = EMERGENCY if row["emergency"] else NOT
            if row["category"] not in allowed:
                errors.append(f"{where}: category {row['category']!r} does not fit emergency={row['emergency']}")
            if not row["text"].strip():
                errors.append(f"{where}: empty text")
            rows.append(row)
    ids = Counter(r["id"] for r in rows)
    texts = Counter(r["text"] for r in rows)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    errors += [f"duplicate text {t}" for t, c in texts.items() if c > 1]
    share = sum(r["emergency"] for r in rows) / max(len(rows), 1)
    if len(rows) < 200:
        errors.append(f"only {len(rows)} lines (at least 200)")
    if not 0.25 <= share <= 0.45:
        errors.append(f"emergencies are {share:.0%} of the lines (about a third wanted)")
    if len({r["group"] for r in rows} & {"property", "senior_club", "home_care", "clinic"}) < 4:
        errors.append("fewer than four kinds of group")
    for e in errors:
        print(e)
    print(f"{len(rows)} lines, {share:.0%} emergencies, {'OK' if not errors else 'FAILED'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
