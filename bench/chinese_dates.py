"""How the 接龙's time reading takes month-and-day words in Chinese numerals (十二月五日, 正月初三, 八月十五) found
in the training messages: lunar or Gregorian, and how many the reading before (every such word lunar) put weeks off.

Training data only: tests/data/*_train and the eval folders tune and heldout5..16 (never report, sealed or test).
Usage: .venv/bin/python -m bench.chinese_dates
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from plugins.activities.dates import CHINESE_DATE, _is_lunar, _number

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
HELDOUT = re.compile(r"heldout([5-9]|1[0-6])(_plain)?")  # training data now; heldout17 is never opened
WORD = re.compile(r"(?:农历)?(?:十一|十二|[正一二三四五六七八九十冬腊])月[初十廿二三一四五六七八九]{1,3}[日号]?")


def training(path: Path) -> bool:
    """A file of the training data: under a *_train folder, an eval's tune or heldout5..16."""
    parts = path.relative_to(DATA).parts
    if any(p in ("report", "sealed", "src", "test.jsonl") or p.startswith("heldout17") for p in parts):
        return False
    return parts[0].endswith("_train") or any(p in ("tune", "tune.jsonl") or HELDOUT.fullmatch(p) for p in parts)


def texts() -> list[str]:
    """Every message text of the training files (jsonl lines with a text field)."""
    found = []
    for path in sorted(DATA.rglob("*.jsonl")):
        if not training(path):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except ValueError:
                continue
            text = row.get("text") if isinstance(row, dict) else None
            if isinstance(text, str):
                found.append(text)
    return found


def main() -> None:
    """Print the counts and a few examples of each reading."""
    messages = texts()
    kinds: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for text in messages:
        for m in WORD.finditer(text):
            word = m.group()
            if text[max(0, m.start() - 1):m.start()] in "一二三四五六七八九十":  # inside a longer numeral
                continue
            found = CHINESE_DATE.match(word)
            if found is None or _number(found.group("d")) is None:  # 十一月初: early in the month, no day
                continue
            kind = "lunar" if _is_lunar(found) else "gregorian"
            kinds[kind] += 1
            examples.setdefault(kind, [])
            if word not in examples[kind] and len(examples[kind]) < 12:
                examples[kind].append(word)
    print(f"messages scanned: {len(messages)}; month-day words in Chinese numerals: {sum(kinds.values())}")
    for kind in ("lunar", "gregorian"):
        print(f"  {kind}: {kinds[kind]}  e.g. {' '.join(examples.get(kind, []))}")
    print(f"read as lunar before (every such word): {sum(kinds.values())}; now: {kinds['lunar']}")


if __name__ == "__main__":
    main()
