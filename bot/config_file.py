"""Reading `config.yaml`: validated section by section, plugin sections and room overrides, file:line problems."""
from __future__ import annotations

import copy
import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import MarkedYAMLError

from bot import files
from bot.config import BotSection, PluginConfig, Settings
from bot.config_problems import ConfigError, Problem, line_of, problems_of
from bot.hours import QuietHours
from bot.room_voice import RoomVoice
from bot.terminal_text import say
from bot.yaml_mistakes import explain

M = TypeVar("M", bound=BaseModel)
PluginModels = Callable[[str], type[PluginConfig] | None]


@dataclass
class Config:
    """A validated config: sections, each plugin's model, and per-room merges."""

    path: Path
    doc: CommentedMap
    settings: Settings
    plugins: dict[str, PluginConfig]
    room_plugins: dict[tuple[str, str], PluginConfig] = field(default_factory=dict)
    room_voices: dict[str, RoomVoice] = field(default_factory=dict)  # rooms.ROOM.bot: audience, tone
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

    def voice(self, room: str | None) -> tuple[str, str]:
        """Who a room's members are and the tone they are spoken to in (rooms.ROOM.bot, else bot.audience/tone)."""
        own = self.room_voices.get(room) if room is not None else None
        return (own and own.audience or self.bot.audience), (own and own.tone or self.bot.tone)

    def quiet(self, room: str | None) -> QuietHours:
        """The quiet hours of what is said in `room`: its own (rooms.ROOM.bot.quiet_hours), else the bot's."""
        own = self.room_voices.get(room) if room is not None else None
        return QuietHours.parse(own.quiet_hours) if own and own.quiet_hours else self.bot.quiet

    def room_quiet(self) -> dict[str, QuietHours]:
        """The rooms with quiet hours of their own."""
        return {room: QuietHours.parse(v.quiet_hours) for room, v in self.room_voices.items() if v.quiet_hours}

    def suggests_voice(self, room: str | None) -> bool:
        """Whether scripts may invite this room's members to send a voice message (rooms.ROOM.bot.suggest_voice)."""
        own = self.room_voices.get(room) if room is not None else None
        return own is None or own.suggest_voice is not False

    def _tree(self) -> dict[str, Any]:
        return {
            **self.settings.model_dump(mode="json", exclude={"plugins", "rooms"}),
            "plugins": {n: c.model_dump(mode="json") for n, c in self.plugins.items()},
            "rooms": _plain(self.doc.get("rooms") or {}),
        }

    def near_key(self, dotted: str) -> str | None:
        """The existing dotted key a slip most likely meant (bot.quite_hours -> bot.quiet_hours), if one is close."""
        node: Any = self._tree()
        found: list[str] = []
        for part in dotted.split("."):
            if not isinstance(node, dict) or not node:
                return None
            close = difflib.get_close_matches(part, list(node), n=1, cutoff=0.6)
            key = part if part in node else close[0] if close else None
            if key is None:
                return None
            found.append(key)
            node = node[key]
        near = ".".join(found)
        return near if near != dotted else None

    def get(self, dotted: str) -> Any:
        """The value in force at a dotted key: as written in the file, else its default."""
        node: Any = self._tree()
        for part in dotted.split("."):
            if isinstance(node, dict) and part in node:
                node = node[part]
            else:
                raise KeyError(dotted)
        return node


def round_trip() -> YAML:
    """The YAML reader and writer that keeps comments, quotes and long lines as written."""
    y = YAML()
    y.preserve_quotes = True
    y.width = 4096
    return y


def parse_text(text: str, path: Path, models: PluginModels) -> Config:
    """Validate config text; raise ConfigError naming file, line and key for each problem."""
    file = path.name
    try:
        doc = round_trip().load(text)
    except MarkedYAMLError as exc:
        line, why = explain(exc, text)
        raise ConfigError([Problem(file, line, "", say("yaml_syntax", detail=why))]) from None
    if doc is None:
        doc = CommentedMap()
    if not isinstance(doc, CommentedMap):
        raise ConfigError([Problem(file, 1, "", say("not_a_mapping"))])
    inside = {"folder": path.parent}  # paths the file names must stay inside its folder
    problems: list[Problem] = []
    settings, wrong = _validate(Settings, _plain(doc), inside)
    if wrong:
        problems.extend(problems_of(wrong, file, doc, (), Settings, models))
    if settings is None:  # nothing usable even without the keys found wrong
        raise ConfigError(problems)
    plugins: dict[str, PluginConfig] = {}
    for name, section in settings.plugins.items():
        model = models(name)
        if model is None:
            where = line_of(doc, ("plugins", name))
            problems.append(Problem(file, where, f"plugins.{name}", say("no_such_plugin")))
            continue
        plugin, wrong = _validate(model, section or {}, inside)
        if wrong:
            problems.extend(problems_of(wrong, file, doc, ("plugins", name), model, models))
        if plugin is not None:
            plugins[name] = plugin
    room_plugins: dict[tuple[str, str], PluginConfig] = {}
    room_voices: dict[str, RoomVoice] = {}
    for room, sections in settings.rooms.items():
        for name, override in (sections or {}).items():
            if name == "bot":  # the room's audience and tone
                voice, wrong = _validate(RoomVoice, override or {}, inside)
                wide = [err for err in wrong if _bot_wide(err)]
                problems.extend(problems_of([e for e in wrong if e not in wide], file, doc, ("rooms", room, name),
                                            RoomVoice))
                problems.extend(Problem(file, line_of(doc, ("rooms", room, name, err["loc"][-1])),
                                        f"rooms.{room}.bot.{err['loc'][-1]}",
                                        say("room_key_bot_wide", name=err["loc"][-1],
                                            own="、".join(RoomVoice.model_fields))) for err in wide)
                if voice is not None:
                    room_voices[room] = voice
                continue
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
            room_plugin, wrong = _validate(model, merged, inside)
            own = [err for err in wrong if err["loc"] and err["loc"][0] in (override or {})]
            problems.extend(problems_of(own, file, doc, ("rooms", room, name), model))  # the rest: said above
            if room_plugin is not None:
                room_plugins[(room, name)] = room_plugin
    defaults = {n: (c.send_priority, c.at_night) for n, c in plugins.items()}  # each plugin's own, in the outbox
    settings.outbox = settings.outbox.with_plugin_defaults(defaults)
    config = Config(path=path, doc=doc, settings=settings, plugins=plugins, room_plugins=room_plugins,
                    room_voices=room_voices, text=text)
    if problems:
        raise ConfigError(problems, rest=config)
    return config


def _validate(model: type[M], data: dict[str, Any], context: dict[str, Any]) -> tuple[M | None, list[Any]]:
    """The model from `data`, and what was wrong with it; with mistakes, the model from what is left when the keys
    found wrong are left out (their defaults instead), so the rest of the file can still be checked; None when even
    that does not validate."""
    try:
        return model.model_validate(data, context=context), []
    except ValidationError as exc:
        wrong = exc.errors()
    data, errors = copy.deepcopy(data), wrong
    for _ in range(3):  # each round leaves out the keys found wrong, two levels deep at most
        for err in errors:
            _leave_out(data, tuple(err["loc"])[:2])
        try:
            return model.model_validate(data, context=context), wrong
        except ValidationError as exc:
            errors = exc.errors()
    return None, wrong


def _leave_out(data: dict[str, Any], loc: tuple[Any, ...]) -> None:
    """Drop the key at `loc` from plain data (the whole key where a list or a value stands on the way)."""
    node = data
    for depth, part in enumerate(loc):
        key = str(part)
        inner = node.get(key)
        if depth == len(loc) - 1 or not isinstance(inner, dict):
            node.pop(key, None)
            return
        node = inner


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


def _bot_wide(err: Any) -> bool:
    """A key of `bot:` that only the whole bot has (timezone, owners, adapter), written under one room's `bot:`."""
    from bot.config import BotSection
    key = str(err["loc"][-1]) if err["loc"] else ""
    return err["type"] == "extra_forbidden" and len(err["loc"]) == 1 and key in BotSection.model_fields
