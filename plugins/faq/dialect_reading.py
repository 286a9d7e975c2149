"""A FAQ's members' dialect words read as Mandarin before the FAQ matches (the words: plugins.faq.dialect_words).

The families' everyday words are read wherever they stand, the words that are also Mandarin only beside what shows
the dialect; a word the FAQ itself writes is kept as written (`Dialect(kept)`, `written_in`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import partial

import ahocorasick

from bot.chinese_text import simplify
from bot.literals import Candidates
from bot.memo import per_text
from plugins.faq.dialect_words import BEFORE_SIMPLIFY, IN_CONTEXT, WORDS

_WORD = re.compile("|".join(sorted(map(re.escape, WORDS), key=len, reverse=True)))
_CONTEXT = [(re.compile(pattern), mandarin) for pattern, mandarin in IN_CONTEXT]
_CONTEXT_MAYBE = Candidates(pattern for pattern, _ in _CONTEXT)
_ANY_WORD = ahocorasick.Automaton()
for _said in WORDS:
    _ANY_WORD.add_word(_said, _said)
_ANY_WORD.make_automaton()
_BEFORE = re.compile("|".join(BEFORE_SIMPLIFY))


class Dialect:
    """The reading of one FAQ: its own words kept as written, every other table word read as Mandarin."""

    def __init__(self, kept: Iterable[str] = ()) -> None:
        self.kept = frozenset(kept)

    def __call__(self, text: str) -> str:
        """`text` simplified, the families' everyday words in it read as Mandarin."""
        text = simplify(_BEFORE.sub(lambda m: BEFORE_SIMPLIFY[m.group()], text)) if _BEFORE.search(text) \
            else simplify(text)
        if any(True for _ in _ANY_WORD.iter(text)):
            text = _WORD.sub(self._word, text)
        maybe = _CONTEXT_MAYBE.of(text)
        for at, (pattern, mandarin) in enumerate(_CONTEXT):
            if at in maybe and (read := pattern.sub(partial(self._said, mandarin=mandarin), text)) != text:
                text, maybe = read, _CONTEXT_MAYBE.of(read)
        return text

    def _word(self, said: re.Match[str]) -> str:
        word = said.group()
        return word if word in self.kept else WORDS[word]

    def _said(self, said: re.Match[str], mandarin: str) -> str:
        return said.group() if said.group() in self.kept else said.expand(mandarin)


def written_in(texts: Iterable[str]) -> frozenset[str]:
    """The table's words (and the context words' spans) a FAQ writes itself: kept as written in its members'
    messages."""
    found: set[str] = set()
    for text in texts:
        text = simplify(text)
        found.update(said for _end, said in _ANY_WORD.iter(text))
        for pattern, _ in _CONTEXT:
            found.update(m.group() for m in pattern.finditer(text))
    return frozenset(found)


_EVERYWHERE = Dialect()


@per_text
def in_mandarin(text: str) -> str:
    """`text` simplified with the families' words read as Mandarin, nothing kept (whether a message asks)."""
    return _EVERYWHERE(text)
