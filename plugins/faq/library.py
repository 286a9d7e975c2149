"""Where FAQ entries come from: the YAML file(s) in config, plus what operators add or hide in chat."""
from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError

from bot import files
from bot.config_problems import Problem, line_of, validation_message
from bot.terminal_text import say
from bot.undo import Journaled
from bot.yaml_mistakes import explain
from plugins.faq.entry import Entry
from plugins.faq.hash_cut import put_back
from plugins.faq.matcher import FaqIndex
from plugins.faq.samples import own_entries
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

    @field_validator("id", "question", "answer", mode="before")
    @classmethod
    def _as_text(cls, value: object, info: ValidationInfo) -> object:
        """`id: 12` is the id "12" (ids without spaces around); a key left empty (`answer:`) is empty text."""
        if value is None:
            return ""
        if isinstance(value, int | str) and not isinstance(value, bool):
            return str(value).strip() if info.field_name == "id" else str(value)
        return value


class FaqFileError(Exception):
    """The FAQ file cannot be used at all; `problem` says file, line and why."""

    def __init__(self, problem: Problem, *, unparsed: bool = False, missing: bool = False,
                 others: list[Problem] | None = None) -> None:
        self.problem = problem
        self.problems = [problem, *(others or [])]
        self.unparsed = unparsed  # unreadable or not YAML: check-config's file check says so already
        self.missing = missing  # no such file: no FAQ yet, or a name to fix in config.yaml (check-config says so)
        super().__init__("; ".join(str(p) for p in self.problems))


@dataclass
class FaqFile:
    """What a FAQ file gave: the entries in force, and each entry left out with where and why."""

    entries: list[Entry]
    problems: list[Problem] = field(default_factory=list)


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


def read_faq(path: Path, shown: str | None = None) -> FaqFile:
    """Entries of a FAQ file (`entries: [{id, question, answer, questions, keywords}]`); a bad entry is left out
    with a problem naming file (`shown`, default the path), line, entry and why; FaqFileError when nothing is usable."""
    file = shown or str(path)
    try:
        text = files.read_text(path)
        doc = YAML(typ="safe").load(text)  # libyaml's parser; line numbers are looked up only for a problem
    except OSError as exc:
        raise FaqFileError(Problem(file, None, "", say("faq_unreadable", detail=exc.strerror)),
                           unparsed=True, missing=isinstance(exc, FileNotFoundError)) from None
    except MarkedYAMLError as exc:
        line, why = explain(exc, text)
        raise FaqFileError(Problem(file, line, "", say("yaml_syntax", detail=why)),
                           unparsed=True) from None
    items = doc.get("entries") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise FaqFileError(Problem(file, 1, "entries", say("faq_no_entries")))
    put_back(items, text)
    read, first_of = FaqFile([]), dict[str, int]()
    lines = _Lines(text)
    for n, item in enumerate(items):
        try:
            model = EntryModel.model_validate(item)
        except ValidationError as exc:
            errors = exc.errors()  # a misspelt key first: it is why its right spelling is "missing"
            err = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
            key = str(err["loc"][0]) if err["loc"] else ""
            why = validation_message(err, list(EntryModel.model_fields))
            read.problems.append(_left_out(file, lines.of(n, key), n, item, key, why))
            continue
        if model.id in first_of:
            why = say("faq_duplicate_id", line=lines.of(first_of[model.id]))
            read.problems.append(_left_out(file, lines.of(n, "id"), n, item, "id", why))
            continue
        first_of[model.id] = n
        read.entries.append(_entry(model, "file"))
    return read


def read_file(path: Path) -> list[Entry]:
    """The usable entries of a FAQ file (bad entries left out); FaqFileError when none can be read."""
    return read_faq(path).entries


def entry_name(n: int | None, entry_id: object) -> str:
    """How an operator finds entry `n` (0-based) of the file: 第3条「挂号」."""
    shown = str(entry_id).strip() if isinstance(entry_id, int | str) and not isinstance(entry_id, bool) else ""
    return (say("faq_entry", n=n + 1) if n is not None else "") + (f"「{shown}」" if shown else "")


def _left_out(file: str, line: int | None, n: int, item: object, key: str, why: str) -> Problem:
    entry_id = item.get("id") if isinstance(item, dict) else None
    where = entry_name(n, entry_id) + (f" {key}" if key else "")
    return Problem(file, line, where, why)


class _Lines:
    """Line numbers of entries and their keys, from the round-trip parser, only once a problem needs one."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._doc: object = None

    def of(self, n: int, key: str = "") -> int | None:
        if self._doc is None:
            self._doc = YAML().load(self.text)
        return line_of(self._doc, ("entries", n, key) if key else ("entries", n))


def entry_lines(path: Path) -> dict[str, tuple[int, int | None]]:
    """For each entry id of a readable FAQ file: its place (0-based) and line, for saying where an entry is."""
    text = files.read_text(path)
    lines, found = _Lines(text), dict[str, tuple[int, int | None]]()
    items = YAML(typ="safe").load(text).get("entries") or []
    for n, item in enumerate(items):
        entry_id = item.get("id") if isinstance(item, dict) else None
        if isinstance(entry_id, int | str) and not isinstance(entry_id, bool):
            found.setdefault(str(entry_id).strip(), (n, lines.of(n)))
    return found


@dataclass
class FileNotice:
    """A FAQ file read with problems: entries left out, or (`rejected`) the whole file kept at its last good state."""

    file: str
    problems: list[Problem]
    rejected: bool
    kept: bool = False  # (rejected) the entries read before this edit still answer; none at a first start


@dataclass
class Library(Journaled):
    """Indexes per FAQ file, rebuilt when the file or the chat-taught entries change; a bad edit keeps the old one."""

    base_dir: Path
    mtime: Callable[[Path], float]  # a file's modification time (the app's, looked up at most once a second)
    version: int = 0  # bumped by every /faq add or /faq del

    def __post_init__(self) -> None:
        self._files: dict[Path, tuple[float, list[Entry]]] = {}
        self._indexes: dict[Path | None, tuple[list[Entry], int, FaqIndex]] = {}
        self._unsaid: list[FileNotice] = []

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
            read = read_faq(path, name)
            if read.problems and not read.entries:  # not one entry usable: an edit gone wrong, not a smaller FAQ
                raise FaqFileError(read.problems[0], others=read.problems[1:])
        except FaqFileError as exc:
            log.error("faq file rejected, keeping the previous entries: %s", exc)
            entries = cached[1] if cached else []
            if not exc.missing:
                self._unsaid.append(FileNotice(name, exc.problems, rejected=True, kept=bool(entries)))
        else:
            for problem in read.problems:
                log.warning("faq entry left out, the others answer: %s", problem)
            entries = own_entries(read.entries)
            if read.problems:
                self._unsaid.append(FileNotice(name, read.problems, rejected=False))
        self._files[path] = (mtime, entries)
        return entries

    def load(self, file: str | None) -> None:
        """Read a FAQ file now if it is new or changed (at start-up, so its problems are said without waiting)."""
        self._file_entries(file)

    def unsaid(self) -> list[FileNotice]:
        """Problems found in FAQ files since last asked: each file's, once per edit."""
        notices, self._unsaid = self._unsaid, []
        return notices

    def index(self, file: str | None, taught: Callable[[], Taught]) -> FaqIndex:
        """The index for a FAQ file plus the entries taught in chat, minus the hidden ones (read from `taught()`)."""
        entries = self._file_entries(file)
        path = self._path(file) if file else None
        cached = self._indexes.get(path)
        # the file's entries themselves (not their id(), which a freed list's successor may reuse) and the version
        if cached is not None and cached[0] is entries and cached[1] == self.version:
            return cached[2]
        store = taught()
        hidden = store.hidden()
        added = [taught_entry(a) for a in store.added()]
        index = FaqIndex([e for e in entries + added if e.id not in hidden])
        self._indexes[path] = (entries, self.version, index)
        return index
