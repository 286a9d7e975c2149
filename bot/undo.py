"""In-memory state that rolls back with its handler: every change is journaled in the handler's scope.

A handler's store writes sit in a savepoint; what it changes in memory (a plugin's typed state,
a store's write-through cache) must go or stay with them. Two ways were weighed:

- an on-commit hook (`ctx.on_commit(apply)`): nothing changes until the handler succeeded, but
  then a handler does not see its own changes (the nudge tick settles a member and reads the
  state back in the same run), and every call site must remember to defer;
- an undo journal (chosen): the containers below apply a change at once and note how to undo it
  in the journal of the unit of work they run in. The savepoint that scopes a handler remembers
  where the journal stood when it began; if the handler fails, the notes made since are played
  back, newest first, with its store writes. A change costs one append; nothing is copied,
  however large the state (the nudge plugin keeps 100,000 waiting members), which rules
  copy-on-write out; keeping a handler's changes costs nothing at all.

The journal is found through a context variable, so state needs no handle on the unit of work;
outside any unit (start-up, tests poking at state) changes are simply not journaled. A unit that
is rolled back whole (live, when the app's own bookkeeping fails) undoes its whole journal.
"""
from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Callable
from contextvars import ContextVar, Token
from functools import partial
from typing import Any, TypeVar, cast

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")
Undo = Callable[[], Any]

_journal: ContextVar[list[Undo] | None] = ContextVar("qunbot_undo_journal", default=None)
_MISSING: Any = object()


def note(undo: Undo) -> None:
    """Remember how to undo a change just made, in the scope being run (if any)."""
    log = _journal.get()
    if log is not None:
        log.append(undo)


class Scope:
    """The journal of one unit of work; a savepoint inside it is a mark in that journal.

    Keeping a savepoint costs nothing (its notes simply stay in the unit's journal); undoing one
    plays back the notes made since its mark, newest first, and forgets them.
    """

    __slots__ = ("log", "_token")

    def __init__(self) -> None:
        self.log: list[Undo] = []
        self._token: Token | None = None

    def open(self) -> Scope:
        """Journal the changes made from now on here (at the start of a unit of work)."""
        self._token = _journal.set(self.log)
        return self

    def close(self, keep: bool) -> None:
        """Stop journaling (at the end of the unit): forget the notes (`keep`), or undo them all."""
        if self._token is not None:
            _journal.reset(self._token)
            self._token = None
        if not keep:
            undo_since(self.log, 0)
        self.log = []


def mark() -> int:
    """Where the journal of the running unit stands now (for a savepoint to come back to)."""
    log = _journal.get()
    return len(log) if log is not None else 0


def undo_to(position: int) -> None:
    """Undo the changes noted since `position` in the running unit's journal, newest first."""
    log = _journal.get()
    if log is not None:
        undo_since(log, position)


def undo_since(log: list[Undo], position: int) -> None:
    """Play back `log[position:]` newest first, and drop it."""
    undone = log[position:]
    del log[position:]
    for undo in reversed(undone):
        undo()


def assign(target: object, **values: Any) -> None:
    """Set attributes of a plain object so that the change rolls back with the handler (store records)."""
    log = _journal.get()
    for name, value in values.items():
        if log is not None:
            log.append(partial(object.__setattr__, target, name, getattr(target, name)))
        object.__setattr__(target, name, value)


class Map(dict[K, V]):
    """A dict whose changes roll back with the handler that made them."""

    def __setitem__(self, key: K, value: V) -> None:
        if _journal.get() is not None:
            note(self._restorer(key))
        dict.__setitem__(self, key, value)

    def __delitem__(self, key: K) -> None:
        if _journal.get() is not None:
            note(self._restorer(key))
        dict.__delitem__(self, key)

    def pop(self, key: K, default: Any = _MISSING) -> Any:
        """Remove and return a value (journaled)."""
        if key in self:
            note(self._restorer(key))
            return dict.pop(self, key)
        if default is _MISSING:
            raise KeyError(key)
        return default

    def setdefault(self, key: K, default: Any = None) -> V:
        """The value, set to `default` first when missing (journaled)."""
        if key not in self:
            self[key] = default
        return dict.__getitem__(self, key)

    def _restorer(self, key: K) -> Undo:
        old = dict.get(self, key, _MISSING)
        if old is _MISSING:
            return lambda: dict.pop(self, key, None)
        return lambda: dict.__setitem__(self, key, old)


class Group(set[T]):
    """A set whose changes roll back with the handler that made them."""

    def add(self, item: T) -> None:
        """Add (journaled)."""
        if item not in self:
            set.add(self, item)
            note(lambda: set.discard(self, item))

    def discard(self, item: object) -> None:
        """Remove if there (journaled)."""
        if item in self:
            set.discard(self, item)
            note(lambda: set.add(self, cast(T, item)))


class Line(deque[T]):
    """A deque (appended at the right, consumed from the left) whose changes roll back with the handler."""

    def append(self, item: T) -> None:
        """Add at the right (journaled)."""
        deque.append(self, item)
        note(self.pop)

    def popleft(self) -> T:
        """Take from the left (journaled)."""
        item = deque.popleft(self)
        note(lambda: deque.appendleft(self, item))
        return item

    def clear(self) -> None:
        """Empty it (journaled)."""
        old = list(self)
        deque.clear(self)
        note(lambda: deque.extend(self, old))


class Heap(list[T]):
    """A heap (`push`, `pop`, `head`) whose changes roll back with the handler."""

    def push(self, item: T) -> None:
        """Add an item (journaled)."""
        heapq.heappush(self, item)  # type: ignore[type-var]
        note(lambda: self._take(item))

    def pop(self) -> T:  # type: ignore[override]
        """Take the smallest item (journaled)."""
        item = heapq.heappop(self)  # type: ignore[type-var]
        note(lambda: heapq.heappush(self, item))  # type: ignore[type-var]
        return item

    def _take(self, item: T) -> None:
        list.remove(self, item)
        heapq.heapify(self)  # type: ignore[type-var]


class Journaled:
    """Attribute assignments on instances roll back with the handler (a plugin's typed state, a cached record)."""

    __slots__ = ()

    def __setattr__(self, name: str, value: Any) -> None:
        old = getattr(self, name, _MISSING)
        object.__setattr__(self, name, value)
        if old is not _MISSING and _journal.get() is not None:
            note(lambda: object.__setattr__(self, name, old))
