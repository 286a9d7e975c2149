"""What members' words mean in an FAQ's words, learned at build time from labelled FAQs of many kinds of group.

Each labelled query of the training FAQs is a paraphrase of its entry ("儿子能替我去取养老钱不" asks
"家里人能帮我代取钱吗", answered "5万元以下可以由家属代办…"); so is each of an entry's other `questions` of its main
one. IBM model 1 (EM over these pairs) learns how likely a member's word is, given a word of the entry or its answer:
替 given 代办, 价钱 given 元, 时间 given a number. Only what several FAQs agree on is kept (a pair seen in one FAQ is
that FAQ's vocabulary, not Chinese), written to `meaning.tsv` by
`python -m plugins.faq.train_decision ... --write`; at run time a message's words are looked up in a dict.
"""
from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

TABLE = Path(__file__).with_name("meaning.tsv")
NULL = "<null>"  # the entry "word" a member's word comes from when it comes from none of the entry's words
ROUNDS = 8  # EM rounds; the likelihood hardly moves after five
KEEP = 0.05  # translations less likely than this are left out of the table
SEEN_IN = 2  # ... and those seen in fewer FAQs than this
NUMBER = "#"  # every word with a digit in it ("0571", "8:30", "2000"): an answer that gives an amount, a time ...
_DIGIT = re.compile(r"\d")


def unit(word: str) -> str:
    """The word as the table knows it: any number is one word, so 多少 learns to expect a number, not "2000"."""
    return NUMBER if _DIGIT.search(word) else word


def units(words: Iterable[str]) -> list[str]:
    """The words of a text as the table knows them."""
    return [unit(w) for w in words]


@dataclass(frozen=True)
class Meaning:
    """For a member's word, the entry words it stands for and how likely (t(member word | entry word))."""

    table: dict[str, dict[str, float]]

    def explains(self, asked: Iterable[str], entry: frozenset[str]) -> tuple[float, float]:
        """Share of a message's words that entry words explain (a word of the entry itself counts 1, a word the
        entry means t), and the share explained only by meaning (words the entry does not have). `entry` holds
        the entry's words as `units` gives them."""
        total = by_meaning = 0.0
        n = 0
        for word in map(unit, asked):
            n += 1
            if word in entry:
                total += 1.0
                continue
            best = max((p for e, p in self.table.get(word, {}).items() if e in entry), default=0.0)
            total += best
            by_meaning += best
        return (total / n, by_meaning / n) if n else (0.0, 0.0)

    def write(self, path: Path = TABLE) -> None:
        """One line per translation: member word, entry word, probability (sorted, so a retrain diffs plainly)."""
        lines = [f"{q}\t{e}\t{p:.3f}" for q in sorted(self.table) for e, p in sorted(self.table[q].items())]
        path.write_text("# member word\tentry word\tt(member word | entry word); plugins/faq/meaning.py\n"
                        + "\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path = TABLE) -> Meaning:
        """The table of a file written by `write`."""
        table: dict[str, dict[str, float]] = defaultdict(dict)
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("#") or not line.strip():
                continue
            try:
                q, e, p = line.split("\t")
                table[q][e] = float(p)
            except ValueError:
                raise ValueError(f"{path}:{n}: expected member word, entry word, probability") from None
        return cls(dict(table))


def learn(pairs: list[tuple[str, list[str], list[str]]]) -> Meaning:
    """IBM model 1 over (FAQ name, member's words, entry's words) pairs; keeps member word -> entry word
    translations at least KEEP likely that pairs of at least SEEN_IN FAQs align."""
    data = [(faq, units(asked), [*units(entry), NULL]) for faq, asked, entry in pairs if asked and entry]
    t: dict[tuple[str, str], float] = defaultdict(lambda: 1.0)
    for _ in range(ROUNDS):
        counts: dict[tuple[str, str], float] = defaultdict(float)
        totals: dict[str, float] = defaultdict(float)
        for _, asked, entry in data:
            for q in asked:
                weights = [t[(q, e)] for e in entry]
                z = sum(weights)
                for e, w in zip(entry, weights, strict=True):
                    counts[(q, e)] += w / z
                    totals[e] += w / z
        t = defaultdict(float, {(q, e): c / totals[e] for (q, e), c in counts.items()})
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for faq, asked, entry in data:
        for q in asked:
            for e in entry:
                seen[(q, e)].add(faq)
    table: dict[str, dict[str, float]] = defaultdict(dict)
    for (q, e), p in t.items():
        if q != e and e != NULL and p >= KEEP and len(seen[(q, e)]) >= SEEN_IN:
            table[q][e] = round(p, 3)
    return Meaning(dict(table))


def _shipped() -> Meaning:
    try:
        return Meaning.load()
    except (OSError, ValueError) as exc:
        logging.getLogger("qunbot.plugin.faq").error("faq meaning table not used (%s)", exc)
        return Meaning({})


MEANING = _shipped()
