"""Build <group>.jsonl from src/<group>.txt (lines `E|category|text` or `N|category|text`): python3 build.py"""

import json
from pathlib import Path

HERE = Path(__file__).parent
GROUPS = {"hanzheng_porters": "bj", "steppe_herders": "my", "jingdezhen_kilns": "cq", "archaeology_dig": "fj"}


def main() -> None:
    for group, prefix in GROUPS.items():
        rows = []
        for line in (HERE / "src" / f"{group}.txt").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            flag, category, text = line.split("|", 2)
            rows.append({"id": f"{prefix}-{len(rows) + 1:03d}", "group": group, "text": text,
                         "emergency": flag == "E", "category": category})
        out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        (HERE / f"{group}.jsonl").write_text(out, encoding="utf-8")
        print(f"{group}.jsonl: {len(rows)} lines")


if __name__ == "__main__":
    main()
