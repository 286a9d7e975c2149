"""Keeping: what a plugin's `store.py` is built from: reads and writes declared once, run fast behind one seam.

A plugin's store declares its statements at import, with whatever makes them fast, and exposes
domain verbs that run them (`newcomers.arrived(room, person, at)`); plugin code never sees SQL.

    ARRIVED = upsert(Newcomer, key=("room_id", "contact_id"))        # prepared INSERT .. ON CONFLICT
    RECORDED = insert(Incident, batched=True)                         # nothing reads it back at once
    WAITING = query(lambda p: select(Newcomer).where(Newcomer.room_id == p.room), shape=Waiting)

`p.room` stands for the value passed as `room=` when the statement runs. `batched=True` on a write
declares that nothing reads it back at once: the unit of work may group it into one `executemany`
(in replay), and it still goes or stays with the handler that made it. Every statement is compiled
once per dialect and run on the driver's cursor (bot.statements), a few µs a run.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

from sqlalchemy import bindparam
from sqlalchemy import update as sql_update
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.elements import BindParameter
from sqlmodel import SQLModel

from bot.statements import Statement, Upsert
from bot.store import StoreSession, claim
from bot.work import Work

R = TypeVar("R")
T = TypeVar("T")


class Params:
    """The named values a declared statement runs with: `p.room` is the value passed as `room=...`."""

    def __getattr__(self, name: str) -> BindParameter:
        return bindparam(name)


class Read(Generic[R]):
    """A declared query: rows come back as `shape(**columns)`, or as the one column's value without a shape."""

    def __init__(self, statement: Any, shape: Callable[..., R] | None = None, new_id: Any = None) -> None:
        self.statement = statement if isinstance(statement, Upsert) else Statement(statement, new_id=new_id)
        plain = statement if not isinstance(statement, Upsert) else None
        self.names = tuple(c.key for c in getattr(plain, "exported_columns", ()))
        self.shape = shape

    def shaped(self, row: tuple) -> R:
        """One fetched row as its shape."""
        if self.shape is None:
            return row[0]
        return self.shape(**dict(zip(self.names, row, strict=True)))


class Write(Read[R]):
    """A declared write; `batched` says nothing reads it back at once (declared here, never at the call site)."""

    def __init__(self, statement: Any, *, batched: bool = False, shape: Callable[..., R] | None = None,
                 new_id: Any = None) -> None:
        super().__init__(statement, shape, new_id)
        self.batched = batched


@overload
def query(build: Callable[[Params], ClauseElement], shape: Callable[..., R]) -> Read[R]: ...
@overload
def query(build: Callable[[Params], ClauseElement], shape: None = None) -> Read[Any]: ...
def query(build: Callable[[Params], ClauseElement], shape: Callable[..., R] | None = None) -> Read[Any]:
    """A read, prepared once: `query(lambda p: select(...).where(Table.col == p.name), shape=Row)`."""
    return Read(build(Params()), shape)


def _columns(model: type[SQLModel]) -> list[Any]:
    return list(model.__table__.columns)  # type: ignore[attr-defined]


def upsert(model: type[SQLModel], key: tuple[str, ...], *, update: tuple[str, ...] | None = None,
           increment: tuple[str, ...] = (), batched: bool = False) -> Write[Any]:
    """Insert a row by its key, or change the existing one: `update` columns take the new values
    (every column but the key by default), `increment` columns count up by one (starting at 1)."""
    names = [c.name for c in _columns(model)]
    changed = update if update is not None else tuple(n for n in names if n not in key and n not in increment)

    def build(make: Callable[..., Any]) -> Any:
        stmt = make(model).values({n: 1 if n in increment else bindparam(n) for n in names})
        sets = {n: stmt.excluded[n] for n in changed}
        sets |= {n: getattr(model, n) + 1 for n in increment}
        return stmt.on_conflict_do_update(index_elements=list(key), set_=sets)
    return Write(Upsert(build), batched=batched)


def insert(model: type[SQLModel], *, batched: bool = False, new_id: bool = False) -> Write[Any]:
    """Add a row (every column but a generated id); with `new_id` the verb gets the new row's id back."""
    from sqlalchemy import insert as sql_insert
    generated = [c for c in _columns(model) if c.primary_key and c.autoincrement is not False
                 and c.type.python_type is int]
    names = [c.name for c in _columns(model) if c not in generated]
    statement = sql_insert(model).values({n: bindparam(n) for n in names})
    return Write(statement, batched=batched, new_id=generated[0] if new_id and generated else None)


@overload
def change(model: type[SQLModel], where: Callable[[Params], list[Any]], values: Callable[[Params], dict[str, Any]],
           *, returning: tuple[Any, ...] = (), shape: Callable[..., R], batched: bool = False) -> Write[R]: ...
@overload
def change(model: type[SQLModel], where: Callable[[Params], list[Any]], values: Callable[[Params], dict[str, Any]],
           *, returning: tuple[Any, ...] = (), shape: None = None, batched: bool = False) -> Write[Any]: ...
def change(model: type[SQLModel], where: Callable[[Params], list[Any]], values: Callable[[Params], dict[str, Any]],
           *, returning: tuple[Any, ...] = (), shape: Callable[..., R] | None = None,
           batched: bool = False) -> Write[Any]:
    """Change the rows matching `where` (a list of conditions) to `values`, optionally returning columns."""
    p = Params()
    statement = sql_update(model).where(*where(p)).values(**values(p))
    if returning:
        statement = statement.returning(*returning)
    return Write(statement, batched=batched, shape=shape)


class Records:
    """The base of a plugin's store: verbs run declared statements on the unit of work, or use the ORM session."""

    def __init__(self, unit: Work, session: Callable[[], StoreSession]) -> None:
        self._unit, self._session = unit, session

    @property
    def db(self) -> StoreSession:
        """The handler's ORM session, for what is not on a hot path (reports, operator commands)."""
        return self._session()

    def write(self, write: Write[Any], **values: Any) -> None:
        """Run a declared write (batched when it was declared so)."""
        if write.batched:
            self._unit.defer(write.statement, **values)
        else:
            self._unit.run(write.statement, **values)

    def changed(self, write: Write[Any], **values: Any) -> int:
        """Run a declared write now and say how many rows it changed."""
        return self._unit.run(write.statement, **values).rowcount

    def new_id(self, write: Write[Any], **values: Any) -> int:
        """Run a declared insert made with `new_id=True` and return the new row's id."""
        return self._unit.insert(write.statement, **values)  # type: ignore[arg-type]

    def rows(self, read: Read[T], **values: Any) -> list[T]:
        """Every row a declared read (or a write that returns columns) gives, shaped."""
        return [read.shaped(row) for row in self._unit.rows(read.statement, **values)]  # type: ignore[arg-type]

    def first(self, read: Read[T], **values: Any) -> T | None:
        """The first row, or None."""
        found = self.rows(read, **values)
        return found[0] if found else None

    def claim(self, model: type[SQLModel], **key_and_values: Any) -> bool:
        """Insert a row unless its key exists; True only for the one caller that inserted it (across processes)."""
        return claim(self.db, model, **key_and_values)

    def cached(self, load: Callable[[], T]) -> T:
        """This store's write-through cache (one per app), made by `load()` on first use.

        Build it from bot.undo's containers so a failed handler's changes to it roll back with its writes.
        """
        found = self._unit.memo.get(type(self))
        if found is None:
            found = self._unit.memo[type(self)] = load()
        return found
