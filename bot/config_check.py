"""`qunbot check-config` beyond the models: referenced files exist and parse, scripts compile, the store answers."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError

from bot import files
from bot.config_file import Config
from bot.config_problems import Problem, line_of
from bot.names import NameBook, contact_entries, room_entries
from bot.store import Store
from bot.store_check import inspect_store
from bot.templates import Scripts
from bot.terminal_text import say
from bot.yaml_mistakes import explain

FILE_KEYS = ("file", "files")  # a plugin setting named file, *_file or *_files names files beside the config


def _file_settings(section: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """(dotted key, file name) for every file a plugin section names, however deep."""
    if isinstance(section, dict):
        for k, v in section.items():
            yield from _file_settings(v, f"{key}.{k}" if key else str(k))
    elif isinstance(section, list) and key.rsplit(".", 1)[-1].split("_")[-1] == "files":
        for i, v in enumerate(section):
            if isinstance(v, str):
                yield f"{key}.{i}", v
    elif isinstance(section, str) and key.rsplit(".", 1)[-1].split("_")[-1] in FILE_KEYS:
        yield key, section


def _templates(section: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """(dotted key, template name) for every `*.j2` a plugin section names."""
    if isinstance(section, dict):
        for k, v in section.items():
            yield from _templates(v, f"{key}.{k}" if key else str(k))
    elif isinstance(section, str) and section.endswith(".j2"):
        yield key, section


def _sections(config: Config) -> Iterator[tuple[str, str, dict]]:
    """(key prefix, plugin, settings as data) for each enabled plugin, globally and per room."""
    for name, model in config.plugins.items():
        if model.enabled:
            yield f"plugins.{name}", name, model.model_dump(mode="json")
    for (room, name), model in config.room_plugins.items():
        if model.enabled:
            yield f"rooms.{room}.{name}", name, model.model_dump(mode="json")


def _parse(path: Path) -> tuple[int | None, str] | None:
    """Why the file cannot be used and, for YAML that does not parse, the line in it to fix; None when it reads."""
    try:
        text = files.read_text(path)  # as the bot reads it: UTF-8, else GBK/GB18030 with a warning
    except (OSError, UnicodeDecodeError) as exc:
        return None, say("file_unreadable", file=path.name, detail=getattr(exc, "strerror", None) or exc)
    if path.suffix in (".yaml", ".yml"):
        try:
            YAML(typ="safe").load(text)
        except MarkedYAMLError as exc:
            return explain(exc, text)
    return None


def check(config: Config) -> list[Problem]:
    """Every problem found, each once, in the order of the file."""
    folder, file = config.path.parent, config.path.name
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    seen_files: set[tuple[str, tuple[int | None, str]]] = set()  # one file used by several rooms: said once

    def add(key: str, message: str) -> None:
        if (key, message) not in seen:
            seen.add((key, message))
            problems.append(Problem(file, _line(config, key), key, message))

    for prefix, _, section in _sections(config):
        for key, name in _file_settings(section):
            path = folder / name
            if not path.is_file():
                add(f"{prefix}.{key}", say("file_missing", file=name))
            elif (bad := _parse(path)) is None:
                continue
            elif bad[0] is None:
                add(f"{prefix}.{key}", bad[1])
            elif (name, bad) not in seen_files:  # faq.yaml:14, where the operator fixes it, not config.yaml
                seen_files.add((name, bad))
                problems.append(Problem(name, bad[0], "", say("file_bad_yaml_here", config=file,
                                                              setting=f"{prefix}.{key}", detail=bad[1])))
    override = config.bot.scripts_override
    if override and not (folder / override).is_dir():
        add("bot.scripts_override", say("scripts_missing", folder=override))
    scripts = Scripts(folder / override if override else None)
    for prefix, plugin, section in _sections(config):
        for key, name in _templates(section):
            if not scripts.exists(f"{plugin}/{name}"):
                add(f"{prefix}.{key}", say("template_missing", template=f"{plugin}/{name}"))
    for name in scripts.env.list_templates(extensions=["j2"]):
        try:
            scripts.env.get_template(name)
        except TemplateSyntaxError as exc:
            add("bot.scripts_override", say("template_broken", template=name, line=exc.lineno, detail=exc.message))
    store = inspect_store(config.settings.store.url, folder)
    if store.problem is not None:
        url = config.settings.store.url
        add("store.url", f"{say(store.problem, url=url, detail=store.detail)}; {say(store.problem + '_fix')}")
    return problems


def looked_up(config: Config) -> tuple[NameBook, bool]:
    """The names config uses, looked up in its store (read only); False when the store holds nothing yet."""
    book = NameBook()
    book.want(config)
    if not (book.contact_names or book.room_names):
        return book, True
    state = inspect_store(config.settings.store.url, config.path.parent)
    if state.problem is not None or state.fresh:
        return book, False
    store = Store(config.settings.store.url, base_dir=config.path.parent, lock=False)
    try:
        with store.session() as db:
            book.load(db)
    finally:
        store.close()
    return book, True


def name_warnings(config: Config) -> list[Problem]:
    """Names used for ids (bot.names), looked up in the store: each shared or not yet seen name, once (warnings)."""
    book, found_store = looked_up(config)
    if not (book.contact_names or book.room_names):
        return []
    file = config.path.name
    if not found_store:  # a store with a problem is reported by check(); a fresh one has seen nobody yet
        fresh = inspect_store(config.settings.store.url, config.path.parent).problem is None
        return [Problem(file, None, "", say("names_store_empty"), warning=True)] if fresh else []
    found: list[Problem] = []
    said: set[str] = set()
    entries = [(k, e, "contact") for k, e in contact_entries(config)]
    entries += [(k, e, "room") for k, e in room_entries(config)]
    for key, entry, kind in entries:
        what = book.resolve(entry, kind)
        if what.is_id or entry in said:
            continue
        said.add(entry)
        if len(what.ids) > 1:
            found.append(Problem(file, _line(config, key), key, say(
                "names_shared", name=entry, count=len(what.ids), ids="、".join(what.ids)), warning=True))
        elif not what.ids:
            found.append(Problem(file, _line(config, key), key, say("names_unseen", name=entry), warning=True))
    return found


def roster_warnings(config: Config) -> list[Problem]:
    """Each duty slot naming someone who is neither an operator nor an owner: they would be sent the nudges, but
    their own answers in the group would count as a member's and their commands be refused (warnings)."""
    staff = {*config.bot.operators, *config.bot.owners}
    rosters = [("bot.duty", config.bot.duty), *((f"bot.room_duty.{room}", slots)
                                                 for room, slots in config.bot.room_duty.items())]
    return [Problem(config.path.name, _line(config, f"{key}.{n}.operator"), f"{key}.{n}.operator",
                    _not_staff(slot.operator, config.bot.operators), warning=True)
            for key, slots in rosters for n, slot in enumerate(slots) if slot.operator not in staff]


def nobody_to_tell(config: Config) -> list[Problem]:
    """Nudges on with neither a duty roster nor owners: an emergency (a member trapped in a lift) would reach nobody
    (a warning: the bot still runs, and tells the member to call 119/120/110 without saying staff know)."""
    if "nudge" not in config.enabled_plugins() or config.bot.owners or config.bot.duty or config.bot.room_duty:
        return []
    return [Problem(config.path.name, _line(config, "bot.owners"), "bot.owners", say("nobody_to_tell"), warning=True)]


def sms_alarm_unset(config: Config) -> list[Problem]:
    """Rooms whose members cannot hear (set `suggest_voice: false`, or named for the deaf) with no local police SMS
    number: their emergency word says to text 12110, which in many places needs the area's suffix (a warning)."""
    from bot.danger.cannot_call import cannot_call
    if "sms_alarm" in (config.doc.get("bot") or {}):
        return []
    rooms = {*config.room_voices, *(room for room, _ in config.room_plugins), *config.bot.room_duty}
    deaf = sorted(room for room in rooms if cannot_call("", room, voice=config.suggests_voice(room)))
    if not deaf:
        return []
    return [Problem(config.path.name, _line(config, "bot"), "bot.sms_alarm",
                    say("sms_alarm_unset", rooms="、".join(deaf)), warning=True)]


def _not_staff(name: str, operators: list[str]) -> str:
    """Why a duty name is not staff; a short form of one operator's name (小周 for 护理站小周) is pointed at it, so the
    operator is not added a second time under a name nobody has."""
    near = [o for o in operators if name in o or o in name]
    if len(near) == 1:
        return say("duty_near_operator", name=name, near=near[0])
    return say("duty_not_operator", name=name)


def _line(config: Config, dotted: str) -> int | None:
    return line_of(config.doc, tuple(int(p) if p.isdigit() else p for p in dotted.split(".")))


def plugin_findings(config: Config, today: date) -> list[Problem]:
    """What each enabled plugin's own check says of its section (a text is a warning: the file is still used)."""
    from bot.app import find_plugin
    folder = config.path.resolve().parent
    found: list[Problem] = []
    for name in config.enabled_plugins():
        plugin = find_plugin(name)
        for said in plugin.check(config.plugin(name), folder, today) if plugin and plugin.check else []:
            found.append(said if isinstance(said, Problem) else Problem(config.path.name, None, f"plugins.{name}",
                                                                        said, warning=True))
    return found

