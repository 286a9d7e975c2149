"""Words an entry leaves unexplained: chat around the question, or a topic of its own? Learned from labelled FAQs.

"家里有事要回老家带孙伢 这学期上不成了 交的钱么样搞" is the refund entry with 老家 and 孙伢 left over: chat, the kind
of words members wrap any question in. "盒马的会员积分怎么用" is the points entry with 盒马 left over: another shop.
In the training FAQs, a word left over by the right entry of an answered query counts as chat; a word left over by
the best entry of a query that should get silence counts as a topic of its own. Each word's log-odds of the two are
written to `chat.tsv` by `python -m plugins.faq.train_decision ... --write`; at run time a message's leftover
words are looked up in a dict. A word the table never saw is most often a topic of its own (a shop, a place, a
thing no entry has): the decision weighs how many there are.
"""
from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

TABLE = Path(__file__).with_name("chat.tsv")
PRIOR = 0.5  # added to both counts: a word seen once either way says little


def loose(asked: Iterable[str], generic: frozenset[str]) -> tuple[str, ...]:
    """The message's words (meaning.units) that could be left over: two characters or more, saying more than when
    or where (worked out once per message)."""
    return tuple(w for w in asked if len(w) >= 2 and w not in generic)


def leftover(words: tuple[str, ...], entry: frozenset[str], means: Callable[[str], float]) -> list[str]:
    """Those of a message's `loose` words that the entry neither has nor means (`means`: how likely a word
    translates one of the entry's words, meaning.Explainer.means)."""
    return [w for w in words if w not in entry and means(w) < 0.1]


def learn(examples: Iterable[tuple[list[str], bool]]) -> dict[str, float]:
    """Each word's log-odds of being chat, from (leftover words, answered rightly) examples."""
    chat, topic = Counter[str](), Counter[str]()
    for words, answered in examples:
        (chat if answered else topic).update(set(words))
    return {w: round(math.log((chat[w] + PRIOR) / (topic[w] + PRIOR)), 3) for w in chat.keys() | topic.keys()}


def signals(words: list[str], table: dict[str, float], elsewhere: int) -> tuple[float, float, float, float]:
    """The least chat-like leftover word, all of them added up, how many the table never saw (over 4, at most 1),
    and how many some other entry of the FAQ has (`elsewhere`, over 4, at most 1)."""
    scores = [table[w] for w in words if w in table]
    unseen = len(words) - len(scores)
    return min(scores, default=0.0), sum(scores), min(unseen, 4) / 4, min(elsewhere, 4) / 4


def write(table: dict[str, float], path: Path = TABLE) -> None:
    """One line per word: the word and its log-odds of being chat (sorted, so a retrain diffs plainly)."""
    head = "# word\tlog-odds that the word, left over by an entry, is chat around the question; plugins/faq/chat.py\n"
    path.write_text(head + "".join(f"{w}\t{s}\n" for w, s in sorted(table.items())), encoding="utf-8")


def load(path: Path = TABLE) -> dict[str, float]:
    """The table of a file written by `write`."""
    table = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or not line.strip():
            continue
        try:
            word, score = line.split("\t")
            table[word] = float(score)
        except ValueError:
            raise ValueError(f"{path}:{n}: expected a word and its log-odds") from None
    return table


def _shipped() -> dict[str, float]:
    try:
        return load()
    except (OSError, ValueError) as exc:
        logging.getLogger("qunbot.plugin.faq").error("faq chat table not used (%s)", exc)
        return {}


CHAT = _shipped()
