"""Reading `config.yaml`: validation with file:line errors, plugin sections and room overrides, write-back."""
from __future__ import annotations

import contextlib
import copy
import difflib
import io
import logging
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from bot import files
from bot.config import BotSection, PluginConfig, Settings, is_sensitive
from bot.terminal_text import language, say

log = logging.getLogger("qunbot.config")


@dataclass
class Problem:
    """One thing wrong with the config: where and why."""

    file: str
    line: int | None
    key: str
    message: str
    warning: bool = False  # check-config: said, but the file is still used as it is (the exit code stays 0)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        message = say("check_warning", message=self.message) if self.warning else self.message
        return f"{where} {self.key}: {message}" if self.key else f"{where}: {message}"


class ConfigError(Exception):
    """The config could not be used; `problems` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class ConfigNotWritten(ConfigError):
    """A valid change that could not be written: `why` is "unwritable" (folder or file) or "hand_edited"."""

    def __init__(self, path: Path, why: str, detail: str = "") -> None:
        self.why, self.detail = why, detail
        super().__init__([Problem(path.name, None, "", f"not written ({why}): {detail}" if detail else why)])


PluginModels = Callable[[str], type[PluginConfig] | None]


@dataclass
class Config:
    """A validated config: sections, each plugin's model, and per-room merges."""

    path: Path
    doc: CommentedMap
    settings: Settings
    plugins: dict[str, PluginConfig]
    room_plugins: dict[tuple[str, str], PluginConfig] = field(default_factory=dict)
    text: str = ""  # the file's text this config was read from (a hand edit since shows as a difference)

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


def line_of(doc: Any, loc: tuple[Any, ...]) -> int | None:
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


def _fields_at(model: type[BaseModel] | None, path: tuple[Any, ...]) -> list[str]:
    """The keys a model allows at `path` below it (empty where the path leaves the models: dicts, lists)."""
    for part in path:
        field = model.model_fields.get(str(part)) if model is not None else None
        annotation = field.annotation if field is not None else None
        model = annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None
    return list(model.model_fields) if model is not None else []


def _message(err: Any, allowed: list[str]) -> str:
    """One validation error in the operator's language, said once: what is wrong, what was written, what was meant."""
    kind, values = err["type"], err.get("ctx") or {}
    own = err["msg"].removeprefix("Value error, ")
    if language() == "zh":
        try:
            msg = say(f"pydantic_{kind}", **{k: str(v) for k, v in values.items()})
        except KeyError:
            msg = own
    else:
        msg = own
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(str(err["loc"][-1]), allowed, n=1, cutoff=0.6)
        return msg + (say("did_you_mean", suggestion=close[0]) if close else "")
    shown = "input" in err and kind != "missing" and not isinstance(err["input"], (dict, list)) and err["input"] != ""
    if shown and repr(err["input"]) not in own:  # our own validators already quote what they got
        msg += say("got", value=repr(err["input"]))
    return msg


def validation_message(err: Any, allowed: list[str]) -> str:
    """One pydantic error said for an operator (in Chinese by default), for files other than config.yaml too."""
    return _message(err, allowed)


def _problems(exc: ValidationError, file: str, doc: Any, prefix: tuple[Any, ...],
              model: type[BaseModel] | None = None) -> list[Problem]:
    out = []
    for err in exc.errors():
        loc = prefix + tuple(err["loc"])
        allowed = _fields_at(model, tuple(err["loc"])[:-1])
        out.append(Problem(file, line_of(doc, loc), ".".join(str(p) for p in loc), _message(err, allowed)))
    return out


def parse_text(text: str, path: Path, models: PluginModels) -> Config:
    """Validate config text; raise ConfigError naming file, line and key for each problem."""
    file = path.name
    try:
        doc = _yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        key = "yaml_tab" if "'\\t'" in str(exc.problem) else "yaml_syntax"  # a tab: the commonest slip, said plainly
        raise ConfigError([Problem(file, line, "", say(key, detail=exc.problem or exc))]) from None
    if doc is None:
        doc = CommentedMap()
    if not isinstance(doc, CommentedMap):
        raise ConfigError([Problem(file, 1, "", say("not_a_mapping"))])
    inside = {"folder": path.parent}  # paths the file names must stay inside its folder
    try:
        settings = Settings.model_validate(_plain(doc), context=inside)
    except ValidationError as exc:
        sections = doc.get("plugins")  # the plugins' own mistakes too: every mistake in one run, not one per run
        written = {n: v for n, v in _plain(sections).items() if isinstance(v, dict)} if isinstance(sections, dict) \
            else {}  # a section that is not a mapping at all is the Settings problem already said
        plugin_problems = _plugin_sections(written, file, doc, models, inside)[1]
        raise ConfigError([*_problems(exc, file, doc, (), Settings), *plugin_problems]) from None
    plugins, problems = _plugin_sections(settings.plugins, file, doc, models, inside)
    room_plugins: dict[tuple[str, str], PluginConfig] = {}
    for room, sections in settings.rooms.items():
        for name, override in (sections or {}).items():
            if name not in settings.plugins:
                problems.append(
                    Problem(file, line_of(doc, ("rooms", room, name)), f"rooms.{room}.{name}",
                            say("room_override_unknown"))
                )
                continue
            model = models(name)
            if model is None:
                continue
            merged = {**(settings.plugins[name] or {}), **(override or {})}
            try:
                room_plugins[(room, name)] = model.model_validate(merged, context=inside)
            except ValidationError as exc:
                problems.extend(_problems(exc, file, doc, ("rooms", room, name), model))
    if problems:
        raise ConfigError(problems)
    settings.outbox = settings.outbox.with_plugin_defaults({n: type(c) for n, c in plugins.items()})
    return Config(path=path, doc=doc, settings=settings, plugins=plugins, room_plugins=room_plugins, text=text)


def _plugin_sections(sections: dict[str, Any], file: str, doc: CommentedMap, models: PluginModels,
                     inside: dict[str, Path]) -> tuple[dict[str, PluginConfig], list[Problem]]:
    """Each plugin's section validated by its model: the valid ones, and a problem for each mistake."""
    plugins: dict[str, PluginConfig] = {}
    problems: list[Problem] = []
    for name, section in sections.items():
        model = models(name)
        if model is None:
            where = line_of(doc, ("plugins", name))
            problems.append(Problem(file, where, f"plugins.{name}", say("no_such_plugin")))
            continue
        try:
            plugins[name] = model.model_validate(section or {}, context=inside)
        except ValidationError as exc:
            problems.extend(_problems(exc, file, doc, ("plugins", name), model))
    return plugins, problems


def load(path: Path, models: PluginModels) -> Config:
    """Read and validate a config file."""
    try:
        text = files.read_text(path)
    except OSError as exc:
        raise ConfigError([Problem(str(path), None, "", say("cannot_read", detail=exc.strerror))]) from None
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
    if is_sensitive(dotted):
        raise ConfigError([Problem(config.path.name, None, dotted, "not settable from chat: edit the file")])
    doc = copy.deepcopy(config.doc)
    try:
        value = _yaml().load(raw_value) if raw_value.strip() else ""
    except YAMLError:  # `* * * * *`, `{a`: not YAML, so the words as typed
        value = raw_value.strip()
    parts = dotted.split(".")
    node = doc
    for part in parts[:-1]:
        if part not in node or node[part] is None:
            node[part] = CommentedMap()
        node = node[part]
        if not isinstance(node, dict):
            raise ConfigError([Problem(config.path.name, None, dotted, say("not_a_section", part=part))])
    node[parts[-1]] = value
    buf = io.StringIO()
    _yaml().dump(doc, buf)
    text = buf.getvalue()
    return parse_text(text, config.path, models), text


def write_back(path: Path, in_force: str, text: str) -> None:
    """Write `text` over config.yaml atomically, keeping its mode; refuse when the file on disk is not the text
    in force (a hand edit that was refused or not read yet is never overwritten). Raises ConfigNotWritten."""
    try:
        on_disk = files.read_text(path)
    except OSError as exc:
        raise ConfigNotWritten(path, "unwritable", str(exc.strerror or exc)) from None
    if on_disk != in_force:  # an edit by hand not in force (refused, or not read yet): keep it
        raise ConfigNotWritten(path, "hand_edited")
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, mode)  # the file keeps its mode (0600 stays 0600), whatever the umask
        tmp.replace(path)
    except OSError as exc:
        log.error("config not written path=%s error=%s", path, exc)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise ConfigNotWritten(path, "unwritable", str(exc.strerror or exc)) from None
