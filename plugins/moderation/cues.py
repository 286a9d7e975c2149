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

from bot.literals import Candidates

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
    """Kinds of cue, each a compiled regex; `found(text)` names the kinds the text shows, in the order given.

    A kind may name gate words, one of which is in every match of its pattern alternatives (a lure names a platform:
    公众号, 视频号, 直播间…). The gate words go into the same automaton; without one of them in the text the
    kind's pattern alternatives are not tried at all. The answer is the same, as a gate word is necessary.
    """

    def __init__(self, kinds: Sequence[tuple[str, re.Pattern[str]] | tuple[str, re.Pattern[str], Sequence[str]]]
                 ) -> None:
        self.names = tuple(dict.fromkeys(kind[0] for kind in kinds))  # a kind may come twice: plain and gated
        self._words = ahocorasick.Automaton()
        self._rest: list[tuple[str, re.Pattern[str], str | None]] = []
        words: dict[str, set[str]] = {}
        for kind in kinds:
            name, pattern = kind[0], kind[1]
            assert pattern.flags & ~re.UNICODE == 0, f"{name}: flags change what a plain word matches"
            gate = None
            if len(kind) > 2:
                gate = f"?{name}"  # seen when one of the kind's gate words is in the text
                for word in kind[2]:
                    words.setdefault(word, set()).add(gate)
            rest = []
            for part in alternatives(pattern.pattern):
                if part and not _SPECIAL.intersection(part):
                    words.setdefault(part, set()).add(name)
                else:
                    rest.append(part)
            if rest:
                self._rest.append((name, re.compile("|".join(rest)), gate))
        for word, names in words.items():
            self._words.add_word(word, frozenset(names))
        if words:
            self._words.make_automaton()
        self._any_words = bool(words)
        self._rest_maybe = Candidates(pattern for _, pattern, _ in self._rest)  # the strings each needs (bot.literals)

    def found(self, text: str) -> tuple[str, ...]:
        """The kinds whose regex finds something in the text."""
        seen: set[str] = set()
        if self._any_words:
            for _, names in self._words.iter(text):
                seen.update(names)
        maybe = self._rest_maybe.of(text) if self._rest else frozenset()
        for at, (name, pattern, gate) in enumerate(self._rest):
            if at in maybe and name not in seen and (gate is None or gate in seen) and pattern.search(text) is not None:
                seen.add(name)
        return tuple(name for name in self.names if name in seen)
