"""A FAQ entry as the matcher reads it, and a match of a message against one."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Entry:
    """One FAQ entry: a stable id, the question and its paraphrases, keywords that help, the answer.

    `groups` is the advanced syntax ("开门/营业"): the message must mention one word of each group.
    """

    id: str
    question: str
    answer: str
    keywords: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    source: str = "file"
    groups: tuple[tuple[str, ...], ...] = ()


@dataclass
class Match:
    """How well a message asks one entry, and which parts of the entry it met."""

    entry: Entry
    score: float
    coverage: float  # share of what the message says that the entry has
    similarity: float  # share of the entry's closest question that the message says
    parts: dict[str, list[str]] = field(default_factory=dict)  # question/keywords/answer -> words met
    signals: tuple[float, ...] = ()  # what the decision weighed (plugins/faq/decision.py SIGNALS)
    wanted: frozenset[str] = frozenset()  # the kinds of thing the message asks for (asking.py)

    @property
    def hits(self) -> list[str]:
        """The words met, wherever in the entry."""
        return sorted({w for words in self.parts.values() for w in words})
