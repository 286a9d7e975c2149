"""Memos: what a pure reading of some words gave, looked up when the same words come again.

Group chat repeats itself ("收到", "好的", "谢谢群主", the same question in five groups): a reading that
depends only on the words and on tables fixed while the bot runs (the FAQ ranking of one index, the
learned layer's word features) is worked out once per text and looked up after that. Bounded: past
`limit` texts the oldest goes first, so memory stays flat however long the bot runs.

    ranked = Memo[tuple[str, int], list[Match]]()
    found = ranked.get(key)
    if found is None:
        found = ranked.keep(key, rank(text))

A value kept here is shared by every later caller: keep only values nobody changes (tuples, or
lists the callers copy).

The cheap readings of a text (a string or a short tuple out: `simplify`, `plain`, `grievance`...) are kept for a
fixed number of texts, through one decorator and one constant (`TEXTS_KEPT`, the heavy readings' default too):

    @per_text
    def simplify(text: str) -> str: ...
"""
from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import _lru_cache_wrapper, lru_cache
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
R = TypeVar("R")

# Texts a memo keeps before the oldest goes. A whole day's different texts would spare a few per cent more CPU but
# not in the memory the issue allows: on the peer bench's 200-group day (30,330 different texts of 77,473) the cheap
# readings kept for 32,768 texts each gave 2.3% less CPU for 35 MB more at the peak, for 8,192 each 1.6% for 11 MB
# (bench/RESULTS.md, perf17).
TEXTS_KEPT = 4096


def per_text(reading: Callable[..., R]) -> _lru_cache_wrapper[R]:
    """`reading` (pure: the same words always give the same value, one nobody changes) kept for the last
    `TEXTS_KEPT` texts."""
    return lru_cache(maxsize=TEXTS_KEPT)(reading)


class Memo(Generic[K, V]):
    """A bounded table of readings by their key; the oldest entry goes first once `limit` are kept."""

    __slots__ = ("_kept", "limit")

    def __init__(self, limit: int = TEXTS_KEPT) -> None:
        self._kept: dict[K, V] = {}
        self.limit = limit  # 0: keep nothing (every reading worked out afresh)

    def __len__(self) -> int:
        return len(self._kept)

    def get(self, key: K) -> V | None:
        """The reading kept for `key`, or None."""
        return self._kept.get(key)

    def keep(self, key: K, value: V) -> V:
        """Remember `value` for `key` (dropping the oldest entry when full) and return it."""
        if self.limit <= 0:
            return value
        kept = self._kept
        if len(kept) >= self.limit and key not in kept:
            del kept[next(iter(kept))]
        kept[key] = value
        return value

    def clear(self) -> None:
        """Forget everything (the tables the readings came from changed)."""
        self._kept.clear()
