"""Unanswered questions grouped by what they ask, each group with a one-line `/faq add` to answer it."""
from __future__ import annotations

from dataclasses import dataclass, field

from plugins.faq.words import features

SAME = 0.35  # share of shared words and character pairs above which two questions ask the same


@dataclass
class Group:
    """Questions that ask about the same thing: the most asked one speaks for them."""

    sample: str
    count: int
    others: list[str] = field(default_factory=list)
    _seen: set[str] = field(default_factory=set, repr=False)


def _marks(text: str) -> set[str]:
    return {f for f in features(text) if f[0] in "wb"}


def grouped(rows: list[tuple[str, int]], limit: int = 10) -> list[Group]:
    """Group (question, times asked) rows, most asked first; each row joins the first group it shares enough with."""
    groups: list[Group] = []
    for text, count in sorted(rows, key=lambda r: -r[1]):
        marks = _marks(text)
        for group in groups:
            union = marks | group._seen
            if union and len(marks & group._seen) / min(len(marks) or 1, len(group._seen) or 1) >= SAME:
                group.count += count
                group.others.append(text)
                group._seen |= marks
                break
        else:
            groups.append(Group(text, count, [], marks))
    groups.sort(key=lambda g: -g.count)
    return groups[:limit]
