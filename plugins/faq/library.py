"""Where FAQ entries come from: the YAML file(s) in config, plus what operators add or hide in chat."""
from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError

from bot.undo import Journaled
from plugins.faq.matcher import Entry, FaqIndex
from plugins.faq.store import FaqAdded, Taught

log = logging.getLogger("qunbot.plugin.faq")


class EntryModel(BaseModel):
    """One entry of the FAQ file: an id, a question, an answer; other ways to ask and words that help."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1)
    question: str = Field(min_length=1)
    answer: str = Field(min_length=1)
    questions: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: object) -> object:
        return str(value).strip() if isinstance(value, int | str) and not isinstance(value, bool) else value


class FaqFileError(Exception):
    """The FAQ file cannot be used; says file, line and why."""


def _entry(model: EntryModel, source: str) -> Entry:
    """An entry from the file: plain keywords help; items written "A/B/C" (advanced) each must be mentioned."""
    if any("/" in k or "|" in k for k in model.keywords):
        groups = tuple(tuple(w.strip() for w in k.replace("|", "/").split("/") if w.strip()) for k in model.keywords)
        return Entry(model.id, model.question, model.answer, (), tuple(model.questions), source,
                     tuple(g for g in groups if g))
    keywords = tuple(k.strip() for k in model.keywords if k.strip())
    return Entry(model.id, model.question, model.answer, keywords, tuple(model.questions), source)


def taught_entry(row: FaqAdded) -> Entry:
    """An entry taught in chat; rows from before plain keywords hold groups, read as plain words."""
    stored = json.loads(row.keywords)
    words = [w for item in stored for w in (item if isinstance(item, list) else [item])]
    return Entry(row.id, row.question, row.answer, tuple(dict.fromkeys(words)), (), "chat")


def read_file(path: Path) -> list[Entry]:
    """Entries of a FAQ file (`entries: [{id, question, answer, questions, keywords}]`); FaqFileError says where."""
    try:
        text = path.read_text(encoding="utf-8")
        doc = YAML(typ="safe").load(text)  # libyaml's parser; line numbers are looked up only for an error
    except OSError as exc:
        raise FaqFileError(f"{path}: cannot read: {exc.strerror}") from None
    except MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else "?"
        raise FaqFileError(f"{path}:{line}: YAML syntax error: {exc.problem}") from None
    items = doc.get("entries") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise FaqFileError(f"{path}:1: expected `entries:` with a list of {{id, question, answer}}")
    entries, seen = [], set()
    for n, item in enumerate(items):
        try:
            model = EntryModel.model_validate(item)
        except ValidationError as exc:
            err = exc.errors()[0]
            key = ".".join(str(p) for p in err["loc"])
            raise FaqFileError(f"{path}:{_line_of(text, n)} entries[{n}].{key}: {err['msg']}") from None
        if model.id in seen:
            raise FaqFileError(f"{path}:{_line_of(text, n)} entries[{n}].id: duplicate id {model.id!r}")
        seen.add(model.id)
        entries.append(_entry(model, "file"))
    return entries


def _line_of(text: str, n: int) -> int:
    """The line where entry `n` starts (the round-trip parser keeps positions)."""
    return YAML().load(text)["entries"].lc.item(n)[0] + 1


@dataclass
class Library(Journaled):
    """Indexes per FAQ file, rebuilt when the file or the chat-taught entries change; a bad edit keeps the old one."""

    base_dir: Path
    mtime: Callable[[Path], float]  # a file's modification time (the app's, looked up at most once a second)
    version: int = 0  # bumped by every /faq add or /faq del

    def __post_init__(self) -> None:
        self._files: dict[Path, tuple[float, list[Entry]]] = {}
        self._indexes: dict[Path | None, tuple[tuple, FaqIndex]] = {}

    def _path(self, name: str) -> Path:
        paths = self.__dict__.setdefault("_paths", {})
        if name not in paths:
            paths[name] = (self.base_dir / name).resolve()
        return paths[name]

    def _file_entries(self, name: str | None) -> list[Entry]:
        if not name:
            return []
        path = self._path(name)
        mtime = self.mtime(path)
        cached = self._files.get(path)
        if cached is not None and cached[0] == mtime:
            return cached[1]
        try:
            entries = read_file(path)
        except FaqFileError as exc:
            log.error("faq file rejected, keeping the previous entries: %s", exc)
            entries = cached[1] if cached else []
        self._files[path] = (mtime, entries)
        return entries

    def index(self, file: str | None, taught: Callable[[], Taught]) -> FaqIndex:
        """The index for a FAQ file plus the entries taught in chat, minus the hidden ones (read from `taught()`)."""
        entries = self._file_entries(file)
        key = (id(entries), self.version)
        path = self._path(file) if file else None
        cached = self._indexes.get(path)
        if cached is not None and cached[0] == key:
            return cached[1]
        store = taught()
        hidden = store.hidden()
        added = [taught_entry(a) for a in store.added()]
        index = FaqIndex([e for e in entries + added if e.id not in hidden])
        self._indexes[path] = (key, index)
        return index
