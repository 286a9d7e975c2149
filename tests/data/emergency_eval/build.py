"""Build the emergency eval set from the hand-written sources in src/ (stdlib only).

Each src/<kind>.txt line is `E|category|text` (an emergency) or `N|category|text` (not one); `#` starts a comment.
Writes tune.jsonl and test.jsonl: a line goes to one half by the parity of the first byte of the sha1 of its text,
so the split never depends on what any detector does.
"""

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).parent


def rows():
    for src in sorted((HERE / "src").glob("*.txt")):
        for n, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            label, category, text = line.split("|", 2)
            yield {
                "id": f"{src.stem}-{n:03d}",
                "group": src.stem,
                "text": text,
                "emergency": label == "E",
                "category": category,
            }


def half(text: str) -> str:
    return "tune" if hashlib.sha1(text.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def main() -> None:
    out = {"tune": [], "test": []}
    for row in rows():
        out[half(row["text"])].append(row)
    for name, items in out.items():
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for row in items:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(name, len(items), sum(r["emergency"] for r in items))


if __name__ == "__main__":
    main()
