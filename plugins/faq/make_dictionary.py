"""Writes plugins/faq/dictionary.txt: jieba's 80,000 most frequent words, quicker to load than the whole, with
their part of speech (n noun, nz/nt/ns a name of a thing, organisation, place ...: elsewhere.py reads it).

python -m plugins.faq.make_dictionary [--words 80000]
"""
from __future__ import annotations

import argparse
from pathlib import Path

import jieba

OUT = Path(__file__).with_name("dictionary.txt")


def main() -> None:
    """Keep the most frequent words of jieba's own dictionary, in its format."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=80000)
    args = parser.parse_args()
    rows = [line.split(" ") for line in (Path(jieba.__file__).parent / "dict.txt").read_text(encoding="utf-8")
            .splitlines() if line.strip()]
    rows.sort(key=lambda r: (-int(r[1]), r[0]))
    OUT.write_text("".join(" ".join(r[:3]) + "\n" for r in rows[:args.words]), encoding="utf-8")


if __name__ == "__main__":
    main()
