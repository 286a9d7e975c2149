"""What is wrong with a config file and where: each problem with its file, line and key, said for an operator."""
from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from bot.terminal_text import language, say

if TYPE_CHECKING:
    from bot.config_file import Config


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

    def __init__(self, problems: list[Problem], rest: Config | None = None) -> None:
        self.problems = problems
        self.rest = rest  # what validated once the keys found wrong are left out: the file's other checks run on it
        super().__init__("\n".join(str(p) for p in problems))


class ConfigNotWritten(ConfigError):
    """A valid change that could not be written: `why` is "unwritable" (folder or file) or "hand_edited"."""

    def __init__(self, path: Path, why: str, detail: str = "") -> None:
        self.why, self.detail = why, detail
        super().__init__([Problem(path.name, None, "", f"not written ({why}): {detail}" if detail else why)])


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


def home_of(key: str, models: Callable[[str], type[BaseModel] | None] | None, here: str) -> str | None:
    """Where a key unknown at `here` belongs, when one other section has it ("night_care_phone" -> "plugins.nudge"):
    a setting of the bot's own sections or of an installed plugin, written in the wrong place."""
    from bot import discovery
    from bot.config import Settings
    homes = [section for section, field in Settings.model_fields.items()
             if isinstance(field.annotation, type) and issubclass(field.annotation, BaseModel)
             and key in field.annotation.model_fields]
    if models is not None:
        homes += [f"plugins.{name}" for name in discovery.installed()
                  if (model := models(name)) is not None and key in model.model_fields]
    homes = [h for h in homes if h != here]
    return homes[0] if len(homes) == 1 else None


def _message(err: Any, allowed: list[str], home: str | None = None) -> str:
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
    if kind == "literal_error" and language() == "zh":
        msg = say("pydantic_literal_error", expected=_choices(str(values.get("expected", ""))))
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(str(err["loc"][-1]), allowed, n=1, cutoff=0.6)
        if close:
            return msg + say("did_you_mean", suggestion=close[0])
        return msg + (say("belongs_under", home=home) if home else "")
    shown = "input" in err and kind != "missing" and not isinstance(err["input"], (dict, list)) and err["input"] != ""
    quoted = (repr(err["input"]), f"「{err['input']}」") if shown else ()
    if shown and not any(q in own for q in quoted):  # our own validators already quote what they got
        msg += say("got", value=repr(err["input"]))
    return msg


def _choices(expected: str) -> str:
    """pydantic's "'cheerful' or 'gentle'" said in Chinese, each choice with what it means where the catalog says."""
    out = []
    for value in re.findall(r"'([^']*)'", expected) or [expected]:
        try:
            out.append(say("choice", value=value, meaning=say(f"choice_{value}")))
        except KeyError:
            out.append(value)
    return "、".join(out)


def validation_message(err: Any, allowed: list[str]) -> str:
    """One pydantic error said for an operator (in Chinese by default), for files other than config.yaml too."""
    return _message(err, allowed)


def problems_of(errors: list[Any], file: str, doc: Any, prefix: tuple[Any, ...],
              model: type[BaseModel] | None = None,
              models: Callable[[str], type[BaseModel] | None] | None = None) -> list[Problem]:
    """Each error with its line and key; a key unknown where written names where it belongs, if `models` is given."""
    out = []
    for err in errors:
        loc = prefix + tuple(err["loc"])
        allowed = _fields_at(model, tuple(err["loc"])[:-1])
        home = None
        if err["type"] == "extra_forbidden" and models is not None and len(loc) == 2:
            home = home_of(str(loc[-1]), models, ".".join(str(p) for p in loc[:-1]))
        message = _room_voice_too_high(loc, err) or _message(err, allowed, home)
        out.append(Problem(file, line_of(doc, loc), ".".join(str(p) for p in loc), message))
    return out


def _room_voice_too_high(loc: tuple[Any, ...], err: Any) -> str | None:
    """A room's own setting (quiet_hours, tone) written beside its plugins, a level above its `bot`: where it goes."""
    from bot.room_voice import RoomVoice
    if len(loc) != 3 or loc[0] != "rooms" or loc[2] not in RoomVoice.model_fields:
        return None
    value = err.get("input")
    shown = f'"{value}"' if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else value
    return say("room_key_under_bot", name=loc[2], room=loc[1], value=shown)
