"""Two writers can give their FAQ files the same name (heldout19's and heldout19_plain's recycling stations): the
training reads both, and each keeps its own queries, so neither is trained over by the other."""
from __future__ import annotations

import json
from pathlib import Path

from plugins.faq.train_decision import read_folders

FAQ = """\
entries:
  - id: hours
    question: {question}
    answer: 每天8点到17点。
"""


def _folder(root: Path, name: str, question: str, query: str) -> Path:
    folder = root / name
    folder.mkdir()
    (folder / "recycling.yaml").write_text(FAQ.format(question=question), encoding="utf-8")
    line = json.dumps({"id": "q1", "text": query, "expected": "hours"}, ensure_ascii=False)
    (folder / "recycling.queries.jsonl").write_text(line + "\n", encoding="utf-8")
    return folder


def test_two_faqs_of_the_same_file_name_are_both_trained_on(tmp_path):
    first = _folder(tmp_path, "dialect", "几点收废品？", "几点过来收")
    second = _folder(tmp_path, "plain", "回收站几点开门？", "几点开门")
    found = read_folders([first, second])
    assert len({f.name for f in found}) == 2
    assert [f.queries[0][0] for f in found] == ["几点过来收", "几点开门"]
