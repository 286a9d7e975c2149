"""Changing config.yaml from chat: one key set and validated, then written back with its comments and mode kept."""
from __future__ import annotations

import contextlib
import copy
import io
import logging
import os
import stat
from pathlib import Path

from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import YAMLError

from bot import files
from bot.config_file import Config, PluginModels, parse_text, round_trip
from bot.config_problems import ConfigError, ConfigNotWritten, Problem
from bot.config_sensitive import is_sensitive
from bot.terminal_text import say

log = logging.getLogger("qunbot.config")


def with_value(config: Config, dotted: str, raw_value: str, models: PluginModels) -> tuple[Config, str]:
    """A new config with one key set (value parsed as YAML), validated, and its file text with comments kept."""
    if is_sensitive(dotted):
        raise ConfigError([Problem(config.path.name, None, dotted, "not settable from chat: edit the file")])
    doc = copy.deepcopy(config.doc)
    try:
        value = round_trip().load(raw_value) if raw_value.strip() else ""
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
    round_trip().dump(doc, buf)
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
