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
    # asked back ("您是想问…吗？"): never counted as answers, right or wrong
    asked_right: int = 0  # an answerable query asked back with the right entry
    asked_wrong: int = 0  # ... with another entry
    asked_when_silent: int = 0  # a query that should get silence, asked back
    # suggested privately to the operator on duty (suggest.py), the group hearing nothing: never counted as answers
    suggested_right: int = 0  # an answerable query suggested with the right entry
    suggested_wrong: int = 0  # ... with another entry
    suggested_when_silent: int = 0  # a query that should get silence caused a suggestion
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
        for name in ("entries", "answerable", "right", "wrong", "silent", "answered_when_silent", "asked_right",
                     "asked_wrong", "asked_when_silent", "suggested_right", "suggested_wrong", "suggested_when_silent"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self) -> str:
        """One line of figures, `key=value` pairs; asked-back and suggested shares are of answerable queries (right,
        wrong) and of queries that should get silence."""
        share = max(self.answerable, 1)
        return (f"{self.name}: entries={self.entries} answerable={self.answerable} accuracy={self.accuracy:.1%} "
                f"wrong_entry={self.wrong_entries:.1%} silent={self.silent} "
                f"answered_when_silent={self.false_answers:.1%} asked_back_right={self.asked_right / share:.1%} "
                f"asked_back_wrong={self.asked_wrong / share:.1%} asked_back_when_silent="
                f"{self.asked_when_silent / max(self.silent, 1):.1%} "
                f"suggested_right={self.suggested_right / share:.1%} "
                f"suggested_wrong={self.suggested_wrong / share:.1%} suggested_when_silent="
                f"{self.suggested_when_silent / max(self.silent, 1):.1%}")


def evaluate(name: str, index: FaqIndex, queries: list[dict], threshold: float,
             require_question: bool = True, ask_back_from: float | None = None,
             suggest_from: float | None = None) -> Figures:
    """Score every labelled query against one FAQ; from `ask_back_from` up to the threshold the bot asks back, from
    `suggest_from` up to there the operator on duty gets a suggestion (suggest.py)."""
    figures = Figures(name, entries=len(index))
    floor = min(threshold, ask_back_from if ask_back_from is not None else threshold)
    for q in queries:
        found = index.best(q["text"], floor, require_question)
        sure = found is not None and found.score >= threshold
        got = found.entry.id if found is not None and sure else None
        offered = found.entry.id if found is not None and not sure else None
        likely = index.best(q["text"], suggest_from, require_question) \
            if found is None and suggest_from is not None and suggest_from < floor else None
        suggested = likely.entry.id if likely is not None else None
        expected = str(q["expected"]) if q.get("expected") is not None else None
        if expected is not None:
            figures.answerable += 1
            figures.right += got == expected
            figures.wrong += got is not None and got != expected
            figures.asked_right += offered == expected
            figures.asked_wrong += offered is not None and offered != expected
            figures.suggested_right += suggested == expected
            figures.suggested_wrong += suggested is not None and suggested != expected
        else:
            figures.silent += 1
            figures.answered_when_silent += got is not None
            figures.asked_when_silent += offered is not None
            figures.suggested_when_silent += suggested is not None
        if got != expected:
            figures.misses.append({"id": q.get("id"), "text": q["text"], "expected": expected, "got": got,
                                   "asked_back": offered, "suggested": suggested})
    return figures


def unreachable(index: FaqIndex, threshold: float, require_question: bool = True) -> list[tuple[str, str]]:
    """Entries that none of their own phrasings (question, other questions) would get answered with, each with why:
    "faq_not_a_question" when one of them would, were it not read as no question at all ("那个事情": the bot
    answers questions only), "faq_unreachable" when none of them finds the entry."""
    lost = []
    for entry in index.entries:
        asked = (entry.question, *entry.questions)
        if any(_answers(index, q, threshold, require_question, entry.id) for q in asked):
            continue
        asks = require_question and any(_answers(index, q, threshold, False, entry.id) for q in asked)
        lost.append((entry.id, "faq_not_a_question" if asks else "faq_unreachable"))
    return lost


def _answers(index: FaqIndex, text: str, threshold: float, require_question: bool, entry_id: str) -> bool:
    found = index.answer(text, threshold, require_question)
    return found is not None and found.entry.id == entry_id


def read_queries(path: Path, problems: list[str]) -> list[dict]:
    """Labelled queries of a JSONL file; a line that does not parse is noted in `problems` and skipped."""
    queries = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                query = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{path}:{n}: skipped: {exc.msg}")
                continue
            if not isinstance(query, dict) or not isinstance(query.get("text"), str) or "expected" not in query:
                problems.append(f"{path}:{n}: skipped: each line needs \"text\" (the member's message) and "
                                f"\"expected\" (the entry's id, or null where the bot should stay silent)")
                continue
            queries.append(query)
    return queries


def pairs(target: Path, faq_file: Path | None) -> list[tuple[str, Path | None, Path]]:
    """The (name, FAQ file, queries) pairs of a target: a folder of NAME.yaml + NAME.queries.jsonl, or one file."""
    if target.is_dir():
        return [(q.name.removesuffix(".queries.jsonl"), q.with_name(q.name.removesuffix(".queries.jsonl") + ".yaml"), q)
                for q in sorted(target.glob("*.queries.jsonl"))]
    return [(target.name.removesuffix(".jsonl").removesuffix(".queries"), faq_file, target)]
