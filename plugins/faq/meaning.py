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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.memo import Memo

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


def characters(words: Iterable[str]) -> list[str]:
    """The characters of a text's words as the character table knows them (a number is one "#")."""
    return [c for w in units(words) for c in w]


def _explains(asked: list[str], meant: list[dict[int, float]], entry: frozenset[str], i: int) -> tuple[float, float]:
    total = by_meaning = 0.0
    for word, means in zip(asked, meant, strict=True):
        if word in entry:
            total += 1.0
            continue
        best = means.get(i, 0.0)
        total += best
        by_meaning += best
    return (total / len(asked), by_meaning / len(asked)) if asked else (0.0, 0.0)


class Stands:
    """For a member's word (or character), which of a FAQ's entries it stands for and how likely: the likeliest of
    each entry's own words it translates. Worked out once per word (bot.memo), not once per candidate entry."""

    def __init__(self, table: dict[str, dict[str, float]], entries: Sequence[frozenset[str]]) -> None:
        self.table = table
        self._holders: dict[str, list[int]] = defaultdict(list)  # an entry word -> the entries that have it
        for i, entry in enumerate(entries):
            for word in entry:
                self._holders[word].append(i)
        self._by_word: Memo[str, dict[int, float]] = Memo(8192)

    def of(self, word: str) -> dict[int, float]:
        """The entries `word` stands for, each with its likeliest translation (entries it stands for none of are
        left out: 0)."""
        found = self._by_word.get(word)
        if found is None:
            best: dict[int, float] = {}
            for e, p in self.table.get(word, {}).items():
                for i in self._holders.get(e, ()):
                    if i not in best or p > best[i]:  # max(): the first of equal ones, the same number
                        best[i] = p
            found = self._by_word.keep(word, best)
        return found


@dataclass(frozen=True)
class MessageWords:
    """A message's words and characters as the tables know them, each with the entries it stands for (`Stands`):
    worked out once per message and read for each candidate entry (`Explainer.explains`)."""

    words: list[str]
    word_means: list[dict[int, float]]
    chars: list[str]
    char_means: list[dict[int, float]]


class Explainer:
    """A FAQ's entries as the meaning tables read them: how much of a message each entry explains."""

    def __init__(self, meaning: Meaning, words: Sequence[frozenset[str]], chars: Sequence[frozenset[str]]) -> None:
        self.words, self.chars = words, chars
        self.word_stands, self.char_stands = Stands(meaning.words, words), Stands(meaning.chars, chars)

    def asked(self, said: Iterable[str]) -> MessageWords:
        """A message's words (jieba) read once for every entry."""
        said = list(said)
        asked, chars = units(said), characters(said)
        return MessageWords(asked, [self.word_stands.of(w) for w in asked],
                            chars, [self.char_stands.of(c) for c in chars])

    def explains(self, asked: MessageWords, i: int) -> tuple[float, float, float, float]:
        """Share of a message's words that entry `i`'s words explain (a word of the entry itself counts 1, a word the
        entry means t), the share explained only by meaning (words the entry does not have), and both again for
        characters."""
        return (*_explains(asked.words, asked.word_means, self.words[i], i),
                *_explains(asked.chars, asked.char_means, self.chars[i], i))

    def means(self, word: str, i: int) -> float:
        """How likely a member's word translates one of entry `i`'s words (its likeliest; 0 for none)."""
        return self.word_stands.of(word).get(i, 0.0)


@dataclass(frozen=True)
class Meaning:
    """For a member's word, the entry words it stands for and how likely (t(member word | entry word)); the same for
    single characters, which more paraphrases share (养老钱 and 养老金 share two of three)."""

    words: dict[str, dict[str, float]]
    chars: dict[str, dict[str, float]]

    def write(self, path: Path = TABLE) -> None:
        """One line per translation: kind (w word, c character), member's, entry's, probability (sorted, so a
        retrain diffs plainly)."""
        lines = [f"{kind}\t{q}\t{e}\t{p:.3f}" for kind, table in (("w", self.words), ("c", self.chars))
                 for q in sorted(table) for e, p in sorted(table[q].items())]
        head = "# kind (w word, c character)\tmember's\tentry's\tt(member's | entry's); plugins/faq/meaning.py\n"
        path.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path = TABLE) -> Meaning:
        """The tables of a file written by `write`."""
        tables: dict[str, dict[str, dict[str, float]]] = {"w": defaultdict(dict), "c": defaultdict(dict)}
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("#") or not line.strip():
                continue
            try:
                kind, q, e, p = line.split("\t")
                tables[kind][q][e] = float(p)
            except (ValueError, KeyError):
                raise ValueError(f"{path}:{n}: expected kind (w or c), member's, entry's, probability") from None
        return cls(dict(tables["w"]), dict(tables["c"]))


def learn(pairs: list[tuple[str, list[str], list[str]]]) -> Meaning:
    """The word and character tables from (FAQ name, member's words, entry's words) pairs."""
    return Meaning(_model_1([(faq, units(asked), units(entry)) for faq, asked, entry in pairs]),
                   _model_1([(faq, characters(asked), characters(entry)) for faq, asked, entry in pairs]))


def _model_1(pairs: list[tuple[str, list[str], list[str]]]) -> dict[str, dict[str, float]]:
    """IBM model 1 over (FAQ name, member's units, entry's units) pairs; keeps member unit -> entry unit
    translations at least KEEP likely that pairs of at least SEEN_IN FAQs align (numpy: every member unit against
    every entry unit of its pair is one row, and an EM round is three sums over the rows)."""
    import numpy as np
    data = [(faq, asked, [*entry, NULL]) for faq, asked, entry in pairs if asked and entry]
    if not data:
        return {}
    ids: dict[str, int] = {}
    faqs: dict[str, int] = {}
    at_q: list[int] = []  # each row: which member unit (a position in a pair), the member's word, the entry's word
    row_q: list[int] = []
    row_e: list[int] = []
    row_faq: list[int] = []
    position = 0
    for faq, asked, entry in data:
        f = faqs.setdefault(faq, len(faqs))
        es = [ids.setdefault(e, len(ids)) for e in entry]
        for q in asked:
            qi = ids.setdefault(q, len(ids))
            at_q.extend([position] * len(es))
            row_q.extend([qi] * len(es))
            row_e.extend(es)
            row_faq.extend([f] * len(es))
            position += 1
    q_of, e_of = np.array(row_q, dtype=np.int64), np.array(row_e, dtype=np.int64)
    pair_key = q_of * len(ids) + e_of
    keys, key_of = np.unique(pair_key, return_inverse=True)
    at = np.array(at_q, dtype=np.int64)
    t = np.ones(len(keys))
    key_e = keys % len(ids)
    for _ in range(ROUNDS):
        w = t[key_of]
        share = w / np.bincount(at, weights=w, minlength=position)[at]
        counts = np.bincount(key_of, weights=share, minlength=len(keys))
        totals = np.bincount(e_of, weights=share, minlength=len(ids))
        t = counts / totals[key_e]
    in_faqs = np.unique(key_of * len(faqs) + np.array(row_faq, dtype=np.int64)) // len(faqs)
    seen_in = np.bincount(in_faqs, minlength=len(keys))
    words = list(ids)
    null = ids[NULL]
    table: dict[str, dict[str, float]] = defaultdict(dict)
    for k in np.flatnonzero((t >= KEEP) & (seen_in >= SEEN_IN)):
        member, entry_word = divmod(int(keys[k]), len(ids))
        if member != entry_word and entry_word != null:
            table[words[member]][words[entry_word]] = round(float(t[k]), 3)
    return dict(table)


def _shipped() -> Meaning:
    try:
        return Meaning.load()
    except (OSError, ValueError) as exc:
        logging.getLogger("qunbot.plugin.faq").error("faq meaning table not used (%s)", exc)
        return Meaning({}, {})


MEANING = _shipped()
