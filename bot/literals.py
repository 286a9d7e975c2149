"""Which patterns could match a text at all, found with one pass of a multi-pattern matcher (speed machinery).

Most messages trip none of a reading's patterns ("好的", "几点集合"), yet each pattern is searched in turn. Every
match of most patterns contains one of a few plain strings (`摔倒了?` needs 摔倒; `(心脏|胸口)疼` needs 心脏疼 or
胸口疼). These are worked out once from the pattern itself (Python's own parse of it, `re._parser`); an Aho-Corasick
automaton (pyahocorasick, as moderation's keywords use) finds them all in one pass over the text, and only the
patterns whose strings are there are searched. A pattern whose strings cannot be worked out (a bare `.` or `\\d+`, a
case-blind flag) is always searched. So the answer is the same as searching every pattern, by construction;
`tests/test_literals.py` checks it on every text of `tests/data` too. `guarded` does the same for one long pattern.

    candidates = Candidates(patterns)      # compiled patterns (`re`)
    maybe = candidates.of(text)            # the indices of the patterns that could match
    found = [p.search(text) for i, p in enumerate(patterns) if i in maybe]
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from re import _constants as sre  # type: ignore[attr-defined]  # the parse tree's opcodes (CPython 3.11+)
from re import _parser  # type: ignore[attr-defined]
from typing import Any, cast

import ahocorasick

_MOST = 64  # exact spellings a piece of pattern may have before it is read as "not one of a few strings"
_EMPTY = frozenset({""})
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every match of `pattern` (or the text around it, for a lookaround) holds one; None when
    none can be said (the pattern must always be searched)."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None  # case-blind: the plain strings would have to be folded too; not worth it here
    return _pick(_sequence(parsed.data)[1])


def _pick(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The best set: the one whose shortest string is longest (fewest texts hold it), then the smaller."""
    useful = [c for c in candidates if c and min(map(len, c)) > 0]
    if not useful:
        return None
    best = max(useful, key=lambda c: (min(map(len, c)), -len(c)))
    if len(best) < 8:  # a text holding 摔倒了 holds 摔倒: only the strings with no other one inside them are needed
        return frozenset(s for s in best if not any(o != s and o in s for o in best))
    inside = ahocorasick.Automaton()  # the same for a long list, in one pass over each string
    for string in best:
        inside.add_word(string, string)
    inside.make_automaton()
    return frozenset(s for s in best if all(found == s for _, found in inside.iter(s)))


def _join(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    if len(left) * len(right) > _MOST:
        return None
    return frozenset(a + b for a in left for b in right)


def _times(spelled: frozenset[str], count: int) -> frozenset[str] | None:
    """The spellings of `count` copies one after another (None past a few)."""
    repeated: frozenset[str] | None = _EMPTY
    for _ in range(min(count, 5)):
        repeated = _join(repeated, spelled) if repeated is not None else None
    return repeated if count <= 5 else None


def _sequence(items: Iterable[tuple]) -> tuple[frozenset[str] | None, list[frozenset[str]]]:
    """(the exact spellings of the whole sequence or None, candidate sets of required strings)."""
    whole: frozenset[str] | None = _EMPTY
    run: frozenset[str] | None = _EMPTY
    candidates: list[frozenset[str]] = []
    for op, arg in items:
        if op in _REPEATS and arg[0] >= 1 and arg[0] != arg[1]:  # 命+: the run goes on into its first copies
            spelled, required_here = _sequence(arg[2].data)
            candidates += required_here
            least = _times(spelled, arg[0]) if spelled is not None else None
            joined = _join(run, least) if run is not None and least is not None else None
            candidates += [c for c in (joined, least, run) if c is not None]
            run, whole = least if least is not None else _EMPTY, None  # it ends with as many copies too
            continue
        exact, required_here = _node(op, arg)
        candidates += required_here
        if exact is None:
            if run is not None:
                candidates.append(run)
            run, whole = _EMPTY, None
            continue
        joined = _join(run, exact) if run is not None else None
        if joined is None:  # too many spellings: keep what the run had, start again from this piece
            if run is not None:
                candidates.append(run)
            joined = exact
        run = joined
        whole = _join(whole, exact) if whole is not None else None
    if run is not None:
        candidates.append(run)
    return whole, candidates


def _node(op, arg) -> tuple[frozenset[str] | None, list[frozenset[str]]]:  # noqa: C901 - one case per opcode
    """One parsed piece: (its exact spellings or None, candidate sets of strings every match of it holds)."""
    if op is sre.LITERAL:
        return frozenset({chr(arg)}), []
    if op is sre.IN:
        chars = _class(arg)
        return (chars, []) if chars is not None else (None, [])
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, inner = arg
        if add_flags & (re.IGNORECASE | re.VERBOSE):
            return None, []
        return _sequence(inner.data)
    if op is sre.ATOMIC_GROUP:
        return _sequence(arg.data)
    if op is sre.BRANCH:
        branches = [_sequence(seq.data) for seq in arg[1]]
        exact: frozenset[str] | None = frozenset()
        for spelled, _ in branches:
            exact = exact | spelled if exact is not None and spelled is not None else None
        if exact is not None and len(exact) > _MOST:
            exact = None
        each = [_pick([*required_here, *([spelled] if spelled is not None else [])])
                for spelled, required_here in branches]
        held = [frozenset().union(*each)] if all(c is not None for c in each) else []  # type: ignore[arg-type]
        return exact, held
    if op in _REPEATS:
        least, most, inner = arg
        spelled, required_here = _sequence(inner.data)
        if least == 0:
            if most == 1 and spelled is not None:
                return spelled | _EMPTY, []
            return None, []
        if spelled is not None and least == most:
            return _times(spelled, least), required_here
        return None, [*required_here, *([spelled] if spelled is not None else [])]
    if op is sre.AT:
        return _EMPTY, []
    if op is sre.ASSERT:  # a lookahead or lookbehind: its text is in the text searched, though not in the match
        _direction, inner = arg
        spelled, required_here = _sequence(inner.data)
        return _EMPTY, [*required_here, *([spelled] if spelled is not None else [])]
    if op is sre.ASSERT_NOT:
        return _EMPTY, []
    return None, []  # ANY, NOT_LITERAL, CATEGORY, GROUPREF...: no plain string said


def _class(items: list[tuple]) -> frozenset[str] | None:
    """The characters of a character class when it is a short plain list of them."""
    chars: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            chars.add(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] < 32:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        else:
            return None  # a negated class, a category (\d, \s), a wide range
    return frozenset(chars) if len(chars) <= 64 else None


class Candidates:
    """For a list of patterns: which of them could match a text, in one pass (see the module's doc)."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.always: frozenset[int] = frozenset()
        always: set[int] = set()
        self._automaton = ahocorasick.Automaton()
        holders: dict[str, set[int]] = {}
        for index, pattern in enumerate(patterns):
            strings = required(pattern)
            if strings is None:
                always.add(index)
                continue
            for string in strings:
                holders.setdefault(string, set()).add(index)
        for string, indices in holders.items():
            self._automaton.add_word(string, frozenset(indices))
        self.always = frozenset(always)
        self._empty = not holders
        if not self._empty:
            self._automaton.make_automaton()

    def of(self, text: str) -> frozenset[int]:
        """The indices of the patterns that could match `text` (every one that does is among them)."""
        if self._empty:
            return self.always
        found = [indices for _end, indices in self._automaton.iter(text)]
        if not found:
            return self.always
        return self.always.union(*found)


class Guarded:
    """A compiled pattern searched only in texts that hold one of the strings every match needs (`guarded`).

    For a long alternation of words (some four hundred ways to say a complaint) Python's `re` tries each word at
    each position; the automaton says in one pass that none can be there, which is most texts. Answers are those
    of the pattern itself: where a needed string is present the pattern is searched as usual."""

    __slots__ = ("compiled", "_automaton")

    def __init__(self, compiled: re.Pattern[str], strings: frozenset[str]) -> None:
        self.compiled = compiled
        self._automaton = ahocorasick.Automaton()
        for string in strings:
            self._automaton.add_word(string, string)
        self._automaton.make_automaton()

    @property
    def pattern(self) -> str:
        """The pattern's text (as `re.Pattern.pattern`)."""
        return self.compiled.pattern

    @property
    def flags(self) -> int:
        """The pattern's flags (as `re.Pattern.flags`)."""
        return self.compiled.flags

    def _maybe(self, text: str) -> bool:
        for _ in self._automaton.iter(text):
            return True
        return False

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        """As `re.Pattern.search`."""
        return self.compiled.search(text, *span) if self._maybe(text) else None

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        """As `re.Pattern.match`."""
        return self.compiled.match(text, *span) if self._maybe(text) else None

    def fullmatch(self, text: str, *span: int) -> re.Match[str] | None:
        """As `re.Pattern.fullmatch`."""
        return self.compiled.fullmatch(text, *span) if self._maybe(text) else None

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        """As `re.Pattern.finditer`."""
        return self.compiled.finditer(text, *span) if self._maybe(text) else iter(())

    def findall(self, text: str, *span: int) -> list[Any]:
        """As `re.Pattern.findall`."""
        return self.compiled.findall(text, *span) if self._maybe(text) else []

    def __getattr__(self, name: str) -> Any:  # anything else (split, groupindex...): the pattern's own, unguarded
        return getattr(self.compiled, name)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        """As `re.Pattern.sub`."""
        return self.compiled.sub(repl, text, count) if self._maybe(text) else text


def guarded(pattern: str | re.Pattern[str]) -> re.Pattern[str]:
    """The pattern behind a one-pass look for the strings it needs (`Guarded`, used as the pattern it holds), or
    the pattern itself when none can be said. Worth it for a long alternation most texts do not match (measured:
    bench/RESULTS.md, perf20); a short pattern with a plain first word is searched as fast by `re` alone."""
    compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
    strings = required(compiled)
    return compiled if strings is None else cast("re.Pattern[str]", Guarded(compiled, strings))
