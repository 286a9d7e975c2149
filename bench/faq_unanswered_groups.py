"""How `/faq unanswered` groups questions, on labelled FAQ queries: two questions labelled with the same entry
should be one group, two with different entries apart.

python bench/faq_unanswered_groups.py [FOLDER ...]   (default: tests/data/faq_train)
Each FAQ's answerable queries are grouped as if none had been answered (the FAQ's own texts tell the place's
words, as in the plugin); over all pairs of queries of one FAQ: precision (pairs grouped together that share the
entry) and recall (pairs sharing the entry that were grouped together). Entries within one FAQ are close
neighbours, so this is harsher than real unanswered questions; it shows a change does not merge more wrongly.
"""
from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

from plugins.faq.library import FaqFileError, read_faq
from plugins.faq.unanswered import grouped


def main(folders: list[Path]) -> None:
    """Print pairwise precision and recall of the grouping over every NAME.yaml + NAME.queries.jsonl pair."""
    together_same = together_other = apart_same = 0
    for queries in sorted(q for folder in folders for q in folder.glob("*.queries.jsonl")):
        try:
            entries = read_faq(queries.with_name(queries.name.removesuffix(".queries.jsonl") + ".yaml")).entries
        except FaqFileError:
            continue
        label: dict[str, str] = {}
        for line in queries.read_text(encoding="utf-8").splitlines():
            if line.strip() and (row := json.loads(line)).get("expected"):
                label.setdefault(row["text"], str(row["expected"]))
        faq = [" ".join((e.question, *e.questions, e.answer)) for e in entries]
        group_of = {text: n for n, g in enumerate(grouped([(t, 1) for t in label], limit=10**6, faq=faq))
                    for text in (g.sample, *g.others)}
        for a, b in itertools.combinations(label, 2):
            same, together = label[a] == label[b], group_of[a] == group_of[b]
            together_same += same and together
            together_other += together and not same
            apart_same += same and not together
    print(f"pairs: precision={together_same / max(together_same + together_other, 1):.3f} "
          f"recall={together_same / max(together_same + apart_same, 1):.3f} "
          f"together_same={together_same} together_other={together_other} apart_same={apart_same}")


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or [Path("tests/data/faq_train")])
