"""Measuring the matching on labelled queries: right answers, answers where silence was right, wrong answers."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from plugins.faq.matcher import FaqIndex


@dataclass
class Figures:
    """What one FAQ (or all of them) scored."""

    name: str
    entries: int = 0
    answerable: int = 0
    right: int = 0
    wrong: int = 0  # answered an answerable query with another entry
    silent: int = 0
    answered_when_silent: int = 0
    misses: list[dict] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Share of answerable queries answered with the right entry."""
        return self.right / self.answerable if self.answerable else 0.0

    @property
    def false_answers(self) -> float:
        """Share of queries that should get silence but got an answer."""
        return self.answered_when_silent / self.silent if self.silent else 0.0

    @property
    def wrong_entries(self) -> float:
        """Share of answerable queries answered with another entry than the expected one."""
        return self.wrong / self.answerable if self.answerable else 0.0

    def add(self, other: Figures) -> None:
        """Count another FAQ's figures into these."""
        for name in ("entries", "answerable", "right", "wrong", "silent", "answered_when_silent"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self) -> str:
        """One line of figures, `key=value` pairs."""
        return (f"{self.name}: entries={self.entries} answerable={self.answerable} accuracy={self.accuracy:.1%} "
                f"wrong_entry={self.wrong_entries:.1%} silent={self.silent} "
                f"answered_when_silent={self.false_answers:.1%}")


def evaluate(name: str, index: FaqIndex, queries: list[dict], threshold: float,
             require_question: bool = True) -> Figures:
    """Score every labelled query against one FAQ."""
    figures = Figures(name, entries=len(index))
    for q in queries:
        found = index.answer(q["text"], threshold, require_question)
        got, expected = (found.entry.id if found else None), q.get("expected")
        expected = str(expected) if expected is not None else None
        if expected is not None:
            figures.answerable += 1
            figures.right += got == expected
            figures.wrong += got is not None and got != expected
        else:
            figures.silent += 1
            figures.answered_when_silent += got is not None
        if got != expected:
            figures.misses.append({"id": q.get("id"), "text": q["text"], "expected": expected, "got": got})
    return figures


def unreachable(index: FaqIndex, threshold: float) -> list[str]:
    """Ids of entries that none of their own phrasings (question, other questions) would get answered with."""
    lost = []
    for entry in index.entries:
        asked = (entry.question, *entry.questions)
        if not any((m := index.answer(q, threshold, False)) is not None and m.entry.id == entry.id for q in asked):
            lost.append(entry.id)
    return lost


def read_queries(path: Path, problems: list[str]) -> list[dict]:
    """Labelled queries of a JSONL file; a line that does not parse is noted in `problems` and skipped."""
    queries = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                queries.append(json.loads(line))
            except json.JSONDecodeError as exc:
                problems.append(f"{path}:{n}: skipped: {exc.msg}")
    return queries


def pairs(target: Path, faq_file: Path | None) -> list[tuple[str, Path | None, Path]]:
    """The (name, FAQ file, queries) pairs of a target: a folder of NAME.yaml + NAME.queries.jsonl, or one file."""
    if target.is_dir():
        return [(q.name.removesuffix(".queries.jsonl"), q.with_name(q.name.removesuffix(".queries.jsonl") + ".yaml"), q)
                for q in sorted(target.glob("*.queries.jsonl"))]
    return [(target.name.removesuffix(".jsonl").removesuffix(".queries"), faq_file, target)]
