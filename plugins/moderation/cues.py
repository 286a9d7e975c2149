"""Which kinds of cue a text shows, fast: each regex's plain-word alternatives in one Aho-Corasick pass.

Python's `re` tries every alternative at every position of the text, so a pattern of eighty words costs eighty
attempts per character. Here the top-level alternatives that are plain words (most of them) go into one automaton
shared by every kind, and only the alternatives that are real patterns stay a regex. A text shows a kind exactly
when the kind's whole regex would find something in it: `re.search(A|B|C)` finds a match if and only if one of A, B
or C does.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

import ahocorasick

_SPECIAL = set("\\.^$*+?{}[]()|")


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regex source ("a|b(c|d)|e" -> ["a", "b(c|d)", "e"])."""
    parts, depth, start, i = [], 0, 0, 0
    in_class = False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source[i + 1:i + 2] == "]":  # "[]...]": a ] first in a class is a literal
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


class Cues:
    """Kinds of cue, each a compiled regex; `found(text)` names the kinds the text shows, in the order given."""

    def __init__(self, kinds: Sequence[tuple[str, re.Pattern[str]]]) -> None:
        self.names = tuple(name for name, _ in kinds)
        self._words = ahocorasick.Automaton()
        self._rest: list[tuple[str, re.Pattern[str]]] = []
        words: dict[str, set[str]] = {}
        for name, pattern in kinds:
            assert pattern.flags & ~re.UNICODE == 0, f"{name}: flags change what a plain word matches"
            rest = []
            for part in alternatives(pattern.pattern):
                if part and not _SPECIAL.intersection(part):
                    words.setdefault(part, set()).add(name)
                else:
                    rest.append(part)
            if rest:
                self._rest.append((name, re.compile("|".join(rest))))
        for word, names in words.items():
            self._words.add_word(word, frozenset(names))
        if words:
            self._words.make_automaton()
        self._any_words = bool(words)

    def found(self, text: str) -> tuple[str, ...]:
        """The kinds whose regex finds something in the text."""
        seen: set[str] = set()
        if self._any_words:
            for _, names in self._words.iter(text):
                seen.update(names)
        for name, pattern in self._rest:
            if name not in seen and pattern.search(text) is not None:
                seen.add(name)
        return tuple(name for name in self.names if name in seen)
