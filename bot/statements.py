"""Statements: SQL written once with SQLAlchemy Core, compiled once per dialect, run on the driver's cursor.

For writes that happen on every message (intake, the action log, nudge bookkeeping). A Core
statement through a Session costs 50-150 µs of SQLAlchemy work; the same statement compiled once
and run on the DBAPI cursor costs 1-3 µs. Values go through each column type's bind processor, so
rows written here read back through the ORM exactly like rows the ORM wrote.

    upsert = Statement(insert(Room).values(id=bindparam("id"), ...).on_conflict_do_nothing())
    work.run(upsert, id="r1", ...)
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement, Delete, Insert, Update
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.util import find_tables
from sqlmodel.sql.sqltypes import UTCDateTime


@dataclass(frozen=True)
class Compiled:
    """One statement in one dialect: its SQL text and how to turn keyword values into driver parameters."""

    sql: str
    names: tuple[str, ...]  # bind names in the order the driver wants them (positional dialects)
    positional: bool
    defaults: dict[str, Any]  # values written into the statement itself (e.g. the 1 in `count + 1`)
    processors: dict[str, Callable[[Any], Any]]
    results: tuple[Callable[[Any], Any] | None, ...] = ()  # per selected column: driver value -> Python value
    tables: frozenset[str] = frozenset()  # the tables it reads or writes
    adds_rows_only: bool = False  # a plain INSERT: it cannot disturb rows already there

    def row(self, raw: tuple) -> tuple:
        """A fetched row with each column's type applied (datetimes come back as datetimes)."""
        return tuple(v if p is None or v is None else p(v) for v, p in zip(raw, self.results, strict=True))

    def __post_init__(self) -> None:
        object.__setattr__(self, "_make", self._maker())

    def _maker(self) -> Callable[[dict[str, Any]], tuple]:
        """A function written for this statement that turns keyword values into the driver's tuple.

        Generated once, so each run is one call with no loop: values.get with the statement's own
        defaults, each column type's processor applied inline.
        """
        unique = tuple(dict.fromkeys(self.names))  # a name used twice (first_seen and last_active) is done once
        scope: dict[str, Any] = {}
        parts = []
        for n, name in enumerate(unique):
            get = f"values.get({name!r}, _d{n})" if name in self.defaults else f"values[{name!r}]"
            scope[f"_d{n}"] = self.defaults.get(name)
            if (process := self.processors.get(name)) is not None:
                scope[f"_p{n}"] = process
                get = f"(None if (_v{n} := {get}) is None else _p{n}(_v{n}))"
            parts.append(get)
        body = f"({', '.join(parts)},)" if parts else "()"  # a statement without values (a whole table's ids)
        if unique != self.names:
            body = f"(_u := {body}, ({''.join(f'_u[{unique.index(n)}], ' for n in self.names)}))[1]"
        exec(f"def make(values):\n    return {body}\n", scope)  # noqa: S102 - our own text, built above
        return scope["make"]

    def parameters(self, values: dict[str, Any]) -> tuple | dict:
        """Driver parameters for these keyword values; a missing value is an error naming it."""
        if not self.positional:
            merged = {**self.defaults, **values}
            for name in self.names:
                if name not in merged:
                    raise TypeError(f"statement needs a value for {name!r}: {self.sql}")
            for name, process in self.processors.items():
                if merged.get(name) is not None:
                    merged[name] = process(merged[name])
            return merged
        try:
            return self._make(values)  # type: ignore[attr-defined]
        except KeyError as exc:
            raise TypeError(f"statement needs a value for {exc.args[0]!r}: {self.sql}") from None


class Statement:
    """A Core statement with named `bindparam`s, compiled lazily for each dialect it runs on.

    `new_id`: for an INSERT whose new row's id is wanted (`work.insert`): SQLite reports it on the
    cursor for free, other dialects get `RETURNING` it.
    """

    def __init__(self, statement: ClauseElement, new_id: Any = None) -> None:
        self.statement, self.new_id = statement, new_id
        self._compiled: dict[str, Compiled] = {}

    def compiled(self, dialect: Dialect) -> Compiled:
        """The statement in this dialect (compiled on first use)."""
        found = self._compiled.get(dialect.name)
        if found is None:
            found = self._compiled[dialect.name] = self._compile(dialect)
        return found

    def _compile(self, dialect: Dialect) -> Compiled:
        if self.new_id is not None and dialect.name != "sqlite":
            insert = cast(Insert, self.statement)  # new_id is given for INSERTs only
            return Statement(insert.returning(self.new_id)).compiled(dialect)
        compiled = cast(SQLCompiler, self.statement.compile(dialect=dialect))  # a statement, not DDL
        names = tuple(compiled.positiontup or ()) if compiled.positional else tuple(compiled.binds)
        defaults = {key: bind.value for key, bind in compiled.binds.items() if not bind.required}
        processors = {}
        for key, bind in compiled.binds.items():
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                processors[key] = _faster(process, bind.type, dialect)
        columns = getattr(self.statement, "exported_columns", ())  # SELECT columns
        if isinstance(self.statement, Insert | Update | Delete):
            columns = self.statement._returning  # what DML RETURNS (exported_columns misses an INSERT's)
        results = tuple(c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns)
        statement = self.statement
        if isinstance(statement, Insert | Update | Delete):
            tables = frozenset({statement.table.name})  # type: ignore[union-attr]  # DML here is on a table, never a join
        else:  # every table it reads, joins and subqueries included (the tables behind aliases too)
            tables = frozenset(t.name for t in find_tables(statement, check_columns=True, include_crud=True)
                               if isinstance(t, Table))
        adds_rows_only = isinstance(statement, Insert) and " ON CONFLICT " not in str(compiled).upper()
        return Compiled(str(compiled), names, compiled.positional, defaults, processors, results, tables,
                        adds_rows_only)


_SAMPLES = (datetime(2026, 11, 23, 7, 30, tzinfo=timezone(timedelta(hours=8))),
            datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC), datetime(2026, 3, 1, 0, 0, 0, 1, tzinfo=UTC))


_last: list = [None, ""]  # one event's time is written by several statements in a row


def _utc_text(value: datetime) -> str:
    if value is _last[0]:
        return _last[1]
    if value.utcoffset() is None:
        raise ValueError("Datetime values must have timezone information")
    text = value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    _last[0], _last[1] = value, text
    return text


def _faster(process: Callable[[Any], Any], type_: Any, dialect: Dialect) -> Callable[[Any], Any]:
    """SQLModel's UTC datetimes on SQLite, formatted in C (3 µs less per value) when that gives the same text."""
    if isinstance(type_, UTCDateTime) and dialect.name == "sqlite" \
            and all(_utc_text(v) == process(v) for v in _SAMPLES):
        return _utc_text
    return process


class Upsert:
    """An INSERT .. ON CONFLICT statement, built per dialect by `build(insert)` (SQLite and PostgreSQL have one each).

        COUNT = Upsert(lambda insert: insert(Tally).values(...).on_conflict_do_update(...))
        work.run(COUNT.statement(work.dialect.name), ...)
    """

    def __init__(self, build: Callable[[Callable[..., Insert]], Insert]) -> None:
        self._build = build
        self._by_dialect: dict[str, Statement] = {}

    def statement(self, dialect: str) -> Statement:
        """The statement for this dialect's name."""
        found = self._by_dialect.get(dialect)
        if found is None:
            make = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}.get(dialect)
            if make is None:
                raise NotImplementedError(f"upserts need SQLite or PostgreSQL, not {dialect}")
            found = self._by_dialect[dialect] = Statement(self._build(make))
        return found
