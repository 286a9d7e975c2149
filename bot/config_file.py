"""Reading `config.yaml`: validation with file:line errors, plugin sections and room overrides, write-back."""
from __future__ import annotations

import copy
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from bot.config import BotSection, PluginConfig, Settings


@dataclass
class Problem:
    """One thing wrong with the config: where and why."""

    file: str
    line: int | None
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where} {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


class ConfigError(Exception):
    """The config could not be used; `problems` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


PluginModels = Callable[[str], type[PluginConfig] | None]


@dataclass
class Config:
    """A validated config: sections, each plugin's model, and per-room merges."""

    path: Path
    doc: CommentedMap
    settings: Settings
    plugins: dict[str, PluginConfig]
    room_plugins: dict[tuple[str, str], PluginConfig] = field(default_factory=dict)

    @property
    def bot(self) -> BotSection:
        """The `bot:` section."""
        return self.settings.bot

    def enabled_plugins(self) -> list[str]:
        """Names of plugins switched on globally or in at least one room."""
        on = {n for n, c in self.plugins.items() if c.enabled}
        on |= {n for (_, n), c in self.room_plugins.items() if c.enabled}
        return [n for n in self.plugins if n in on]

    def plugin(self, name: str, room: str | None = None) -> PluginConfig:
        """A plugin's config as it applies in `room` (room overrides win)."""
        if room is not None and (name_room := self.room_plugins.get((room, name))) is not None:
            return name_room
        return self.plugins[name]

    def get(self, dotted: str) -> Any:
        """The value in force at a dotted key: as written in the file, else its default."""
        node: Any = {
            **self.settings.model_dump(mode="json", exclude={"plugins", "rooms"}),
            "plugins": {n: c.model_dump(mode="json") for n, c in self.plugins.items()},
            "rooms": _plain(self.doc.get("rooms") or {}),
        }
        for part in dotted.split("."):
            if isinstance(node, dict) and part in node:
                node = node[part]
            else:
                raise KeyError(dotted)
        return node


def _yaml() -> YAML:
    y = YAML()
    y.preserve_quotes = True
    y.width = 4096
    return y


def _line_of(doc: Any, loc: tuple[Any, ...]) -> int | None:
    """Walk the parsed document along `loc`; the 1-based line of the deepest node found."""
    line = None
    node = doc
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            line = node.lc.key(part)[0] + 1
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
            line = node.lc.item(part)[0] + 1
            node = node[part]
        else:
            break
    return line


def _problems(exc: ValidationError, file: str, doc: Any, prefix: tuple[Any, ...]) -> list[Problem]:
    out = []
    for err in exc.errors():
        loc = prefix + tuple(err["loc"])
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] != "missing" and "input" in err and not isinstance(err["input"], (dict, list)):
            msg += f", got {err['input']!r}"
        out.append(Problem(file, _line_of(doc, loc), ".".join(str(p) for p in loc), msg))
    return out


def parse_text(text: str, path: Path, models: PluginModels) -> Config:
    """Validate config text; raise ConfigError naming file, line and key for each problem."""
    file = path.name
    try:
        doc = _yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise ConfigError([Problem(file, line, "", f"YAML syntax error: {exc.problem or exc}")]) from None
    if doc is None:
        doc = CommentedMap()
    if not isinstance(doc, CommentedMap):
        raise ConfigError([Problem(file, 1, "", "expected a mapping of sections (bot, store, outbox, plugins, rooms)")])
    try:
        settings = Settings.model_validate(_plain(doc))
    except ValidationError as exc:
        raise ConfigError(_problems(exc, file, doc, ())) from None
    problems: list[Problem] = []
    plugins: dict[str, PluginConfig] = {}
    for name, section in settings.plugins.items():
        model = models(name)
        if model is None:
            where = _line_of(doc, ("plugins", name))
            problems.append(Problem(file, where, f"plugins.{name}", "no plugin by this name"))
            continue
        try:
            plugins[name] = model.model_validate(section or {})
        except ValidationError as exc:
            problems.extend(_problems(exc, file, doc, ("plugins", name)))
    room_plugins: dict[tuple[str, str], PluginConfig] = {}
    for room, sections in settings.rooms.items():
        for name, override in (sections or {}).items():
            if name not in settings.plugins:
                problems.append(
                    Problem(file, _line_of(doc, ("rooms", room, name)), f"rooms.{room}.{name}",
                            "overrides a plugin that is not configured under plugins")
                )
                continue
            model = models(name)
            if model is None:
                continue
            merged = {**(settings.plugins[name] or {}), **(override or {})}
            try:
                room_plugins[(room, name)] = model.model_validate(merged)
            except ValidationError as exc:
                problems.extend(_problems(exc, file, doc, ("rooms", room, name)))
    if problems:
        raise ConfigError(problems)
    settings.outbox = settings.outbox.with_plugin_defaults({n: type(c) for n, c in plugins.items()})
    return Config(path=path, doc=doc, settings=settings, plugins=plugins, room_plugins=room_plugins)


def load(path: Path, models: PluginModels) -> Config:
    """Read and validate a config file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError([Problem(str(path), None, "", f"cannot read config: {exc.strerror}")]) from None
    return parse_text(text, path, models)


def _plain(node: Any) -> Any:
    """ruamel's commented containers as plain dicts and lists, for pydantic."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


def with_value(config: Config, dotted: str, raw_value: str, models: PluginModels) -> tuple[Config, str]:
    """A new config with one key set (value parsed as YAML), validated, and its file text with comments kept."""
    doc = copy.deepcopy(config.doc)
    value = _yaml().load(raw_value) if raw_value.strip() else ""
    parts = dotted.split(".")
    node = doc
    for part in parts[:-1]:
        if part not in node or node[part] is None:
            node[part] = CommentedMap()
        node = node[part]
        if not isinstance(node, dict):
            raise ConfigError([Problem(config.path.name, None, dotted, f"{part} is not a section")])
    node[parts[-1]] = value
    buf = io.StringIO()
    _yaml().dump(doc, buf)
    text = buf.getvalue()
    return parse_text(text, config.path, models), text
