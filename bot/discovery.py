"""Where plugins come from: a module `plugins.<name>`, or an entry point `<name>` in the group `qunbot.plugins`."""
from __future__ import annotations

import importlib
import importlib.util
import logging
import pkgutil
from importlib.machinery import ModuleSpec
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from types import ModuleType

from bot.plugin import Plugin

log = logging.getLogger("qunbot.discovery")

GROUP = "qunbot.plugins"  # [project.entry-points."qunbot.plugins"] thanks = "qunbot_thanks"
LOCAL = "plugins"  # the package of plugins shipped with the bot


def _entry_point(name: str) -> EntryPoint | None:
    return next(iter(entry_points(group=GROUP, name=name)), None)


def _local_spec(name: str) -> ModuleSpec | None:
    try:
        return importlib.util.find_spec(f"{LOCAL}.{name}")
    except ModuleNotFoundError:  # no `plugins` package at all
        return None


def module_of(name: str) -> str | None:
    """The module a plugin called `name` is built in: `plugins.<name>` first, else its entry point's module."""
    if _local_spec(name) is not None:
        return f"{LOCAL}.{name}"
    found = _entry_point(name)
    return found.module if found is not None else None


def find_plugin(name: str) -> Plugin | None:
    """The plugin called `name`, or None when there is none by that name."""
    if _local_spec(name) is not None:
        loaded: object = importlib.import_module(f"{LOCAL}.{name}")
    elif (point := _entry_point(name)) is not None:
        loaded = point.load()  # "package" (a module holding `plugin`) or "package:plugin"
    else:
        return None
    if isinstance(loaded, ModuleType):
        loaded = getattr(loaded, "plugin", None)
    if not isinstance(loaded, Plugin):
        return None
    if loaded.name != name:
        log.warning("plugin found as %r calls itself %r: not included", name, loaded.name)
        return None
    return loaded


def installed() -> list[str]:
    """Names of every plugin that can be switched on: the shipped ones and those of installed distributions."""
    names: set[str] = set()
    spec = importlib.util.find_spec(LOCAL)
    if spec is not None and spec.submodule_search_locations:
        names |= {m.name for m in pkgutil.iter_modules(spec.submodule_search_locations) if not m.name.startswith("_")}
    names |= {point.name for point in entry_points(group=GROUP)}
    return sorted(names)


def package_folder(name: str) -> Path | None:
    """The folder of the package a plugin is built in; None for a single-module plugin."""
    module = module_of(name)
    if module is None:
        return None
    spec = importlib.util.find_spec(module.split(":")[0])
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def migrations_of(name: str) -> Path | None:
    """The plugin's own Alembic branch: the `migrations/` folder beside its code, when it has one."""
    folder = package_folder(name)
    if folder is None or not (folder / "migrations").is_dir():
        return None
    return folder / "migrations"


def migration_folders(names: list[str] | None = None) -> list[Path]:
    """The migrations folders of these plugins (default: every installed one), in name order."""
    found = (migrations_of(n) for n in sorted(set(installed() if names is None else names)))
    return [f for f in found if f is not None]
