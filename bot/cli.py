"""The `qunbot` command: init, run, replay, check-config, doctor, backup, export, console-link, plugin tools."""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from dataclasses import asdict
from datetime import date, datetime, tzinfo
from pathlib import Path

from bot import logs, workdir
from bot.config_file import Config
from bot.config_problems import ConfigError, Problem
from bot.shipped import qunbot_version
from bot.store_guard import StoreRefused
from bot.terminal_text import say


def _iso(text: str) -> datetime:
    ts = datetime.fromisoformat(text)
    if ts.utcoffset() is None:
        raise argparse.ArgumentTypeError(f"{text!r} needs a UTC offset, e.g. 2026-11-23T09:00:00+08:00")
    return ts


def _parser(tools: bool = True) -> argparse.ArgumentParser:
    """The command line; `tools`: list the plugins' own tools too (this imports every installed plugin)."""
    parser = argparse.ArgumentParser(prog="qunbot", description="A bot for people who run WeChat groups.")
    parser.add_argument("--version", action="version", version=f"qunbot {qunbot_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ip = sub.add_parser("init", help="start a working folder: config.yaml, faq.yaml, ad_keywords.txt (commented)")
    ip.add_argument("dir", nargs="?", type=Path, default=Path("."), help="folder (default: here)")

    def with_config(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--config", type=Path, default=Path("config.yaml"), help="config file (default ./config.yaml)")
        return p

    with_config(sub.add_parser("run", help="run the bot (sandbox by default, see bot.adapter)"))
    rp = with_config(sub.add_parser("replay", help="feed recorded chat events through the bot, write its actions"))
    rp.add_argument("events", type=Path, help="events JSONL (see chat-events.md)")
    rp.add_argument("--out", type=Path, help="actions JSONL (default: stdout)")
    rp.add_argument("--until", type=_iso, help="run the clock on to this time (default: 10 min after the last event)")
    rp.add_argument("--stats", action="store_true", help="print a JSON summary line last")
    cp = with_config(sub.add_parser("check-config", help="validate a config file"))
    cp.add_argument("path", nargs="?", type=Path, help="file to check (default: --config)")
    bp = with_config(sub.add_parser("backup", help="copy the store now (SQLite online backup, or pg_dump)"))
    bp.add_argument("--to", type=Path, help="folder (default: backups/ beside the store)")
    ep = with_config(sub.add_parser("export", help="members, messages, incidents, FAQ and SLA as CSV, and the history "
                                                   "as chat events (events.jsonl) that `qunbot replay` plays again"))
    ep.add_argument("--to", type=Path, help="folder (default: exports/DATE-TIME beside config.yaml)")
    with_config(sub.add_parser("upgrade", help="back the store up and bring its tables to this version (what "
                                               "`qunbot run` does at start), without starting the bot"))
    with_config(sub.add_parser("doctor", help="check Python, store, puppet service, disk and calendar; say what to do"))
    sub.add_parser("understanding", help="qunbot understanding eval FILE... [--loko]: per-class precision and recall "
                                         "of the message reader on labelled conversations; train FILE...: its learned "
                                         "layer")
    for name, usage in plugin_tools() if tools else ():
        sub.add_parser(name, help=usage, add_help=False)  # run by the plugin itself (see main)
    lp = with_config(sub.add_parser("console-link", help="print a one-time sign-in link to the web console"))
    lp.add_argument("--as", dest="contact", required=True, help="the contact id of an owner or operator")
    return parser


def plugin_tools() -> list[tuple[str, str]]:
    """Installed plugins with a command-line tool (`qunbot faq eval ...`), and what each says it does."""
    from bot.app import find_plugin
    from bot.discovery import installed
    found = ((name, find_plugin(name)) for name in installed())
    return [(name, _first_line(plugin.cli)) for name, plugin in found if plugin is not None and plugin.cli is not None]


def _first_line(tool: object) -> str:
    """The first line of the tool's module docstring (e.g. "`qunbot faq eval QUERIES.jsonl`: accuracy ...")."""
    module = sys.modules.get(getattr(tool, "__module__", ""), None)
    doc = (module.__doc__ if module is not None else None) or getattr(tool, "__doc__", None) or ""
    return doc.strip().splitlines()[0].replace("`", "") if doc.strip() else ""


def _run(config: Path) -> int:
    from bot.app import load_config
    try:
        settings = load_config(config)  # checked whatever the adapter: a bad file is refused with its whole list
        adapter = os.environ.get("QUNBOT_ADAPTER") or settings.bot.adapter
    except ConfigError as exc:  # refused: the same list `qunbot check-config` gives, so one edit fixes them all
        _verdict(config, _findings(exc.rest, exc.problems) if exc.rest is not None else exc.problems)
        return 1
    if adapter == "sandbox":
        logs.setup(os.environ.get("QUNBOT_LOG", "WARNING"))
        from bot.adapters.sandbox import run_sandbox
        return run_sandbox(config)
    if adapter == "wechaty":
        logs.setup()
        from bot.adapters.wechaty.adapter import MissingSetting
        from bot.adapters.wechaty.run import serve
        try:
            return asyncio.run(serve(config))
        except MissingSetting as exc:
            print(f"qunbot run: {exc}", file=sys.stderr)
            return 2
    print(f"qunbot run: adapter {adapter!r} cannot be run as a bot; use sandbox or wechaty, "
          f"or `qunbot replay` for recorded events", file=sys.stderr)
    return 2


def _replay(args: argparse.Namespace) -> int:
    from bot.adapters.replay import replay
    logs.setup(os.environ.get("QUNBOT_LOG", "WARNING"))
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    try:
        files = args.out.resolve().parent if args.out else None
        summary = asyncio.run(replay(args.events, args.config, out, sys.stderr, args.until, files=files))
    finally:
        if args.out:
            out.close()
    if args.stats:
        sys.stdout.write(json.dumps(asdict(summary)) + "\n")
    return 0


def today_in(tz: tzinfo) -> date:
    """The operator's date now (a seam: tests of check-config pick the day)."""
    return datetime.now(tz).date()


def _check(path: Path) -> int:
    """Every mistake the file holds, at once: errors (the bot cannot use something as written: exit 1) in the order
    of the file, then warnings (said, not fatal), then the verdict; "检查通过" only when nothing at all was found."""
    from bot.app import load_config
    try:
        return _verdict(path, _findings(load_config(path), []))
    except ConfigError as exc:  # without `rest` (not YAML, no mapping) there is nothing more to check
        return _verdict(path, _findings(exc.rest, exc.problems) if exc.rest is not None else exc.problems)


def _findings(config: Config, found: list[Problem]) -> list[Problem]:
    """`found` (the keys the models refused) and what the rest of the config shows: files, scripts, store, names,
    each plugin's own check."""
    from bot.config_check import check, name_warnings, nobody_to_tell, plugin_findings, roster_warnings, sms_alarm_unset
    from bot.night_check import long_nights, posts_at_night
    # a duty slot for someone not on the staff, a name not (yet) one contact or room, a plugin's reminder: warnings
    return [*found, *check(config), *long_nights(config), *posts_at_night(config), *roster_warnings(config),
            *nobody_to_tell(config), *sms_alarm_unset(config),
            *name_warnings(config),
            *plugin_findings(config, today_in(config.bot.tz))]


def _verdict(path: Path, found: list[Problem]) -> int:
    """Print the problems, the config file's in the order of its lines, and the one-line verdict; the exit code."""
    in_order = sorted(found, key=lambda p: (p.file != path.name, p.line or 0 if p.file == path.name else 0))
    errors = [p for p in in_order if not p.warning]
    warnings = [p for p in in_order if p.warning]
    for problem in errors + warnings:
        print(problem, file=sys.stderr)
    if errors:
        key = "check_summary_and_warnings" if warnings else "check_summary"
        print(say(key, path=path, count=len(errors), warnings=len(warnings)), file=sys.stderr)
        return 1
    print(say("check_warnings_only", path=path, count=len(warnings)) if warnings else say("check_ok", path=path))
    return 0


def _backup(config_path: Path, to: Path | None) -> int:
    from bot.app import load_config
    from bot.backup import BackupError, backup
    from bot.store import Store
    config = load_config(config_path)
    store = Store(config.settings.store.url, base_dir=config.path.resolve().parent, lock=False)
    try:
        print(backup(store.url, to or store.backups))
    except BackupError as exc:
        print(f"qunbot backup: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0


def _export(config_path: Path, to: Path | None) -> int:
    from bot.backup import BackupError
    from bot.export import NothingToExport, default_folder, export
    folder = to or default_folder(config_path, datetime.now())
    try:
        written = asyncio.run(export(config_path, folder))
    except (BackupError, NothingToExport) as exc:
        print(f"qunbot export: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


def _upgrade(config_path: Path) -> int:
    from bot.app import load_config
    from bot.store import Store
    from bot.terminal_text import say
    config = load_config(config_path)
    store = Store(config.settings.store.url, base_dir=config.path.resolve().parent)  # SQLite: no bot running on it
    try:
        store.migrate()  # backed up first when anything is waiting (bot.store)
    finally:
        store.close()
    print(say("upgrade_done", url=config.settings.store.url))
    return 0


def _console_link(config_path: Path, contact: str) -> int:
    from bot.app import load_config
    from bot.config_check import looked_up
    from bot.console.command import sign_in_link
    config = load_config(config_path)
    config = looked_up(config)[0].apply(config)  # owners and operators written as names: their ids
    if contact not in config.bot.owners and contact not in config.bot.operators:
        print(f"qunbot console-link: {contact!r} is neither an owner nor an operator in {config_path}",
              file=sys.stderr)
        return 2
    if not config.settings.console.enabled:
        print(f"qunbot console-link: the console is switched off (console.enabled in {config_path})", file=sys.stderr)
        return 2
    print(sign_in_link(config.settings.console, config_path.resolve().parent, contact))
    return 0


OWN = ("init", "run", "replay", "check-config", "doctor", "backup", "export", "upgrade", "console-link")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script and of `python -m bot`."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "understanding":
        from bot import understanding_eval
        return understanding_eval.main(argv[1:])
    if argv and argv[0] not in OWN and not argv[0].startswith("-"):
        from bot.app import find_plugin
        found = find_plugin(argv[0])
        if found is not None and found.cli is not None:
            return found.cli(argv[1:])
    # the project's own commands parse without importing every plugin to list their tools (only --help needs that)
    args = _parser(tools=not (argv and argv[0] in OWN)).parse_args(argv)
    try:
        if args.command == "init":
            print(workdir.report(args.dir, workdir.init(args.dir)))
            return 0
        if args.command == "backup":
            return _backup(args.config, args.to)
        if args.command == "export":
            return _export(args.config, args.to)
        if args.command == "upgrade":
            return _upgrade(args.config)
        if args.command == "doctor":
            from bot import doctor
            return doctor.run(args.config)
        if args.command == "run":
            return _run(args.config)
        if args.command == "replay":
            if not args.events.exists():
                print(f"qunbot replay: no such events file: {args.events}", file=sys.stderr)
                return 2
            return _replay(args)
        if args.command == "console-link":
            return _console_link(args.config, args.contact)
        return _check(args.path or args.config)
    except ConfigError as exc:
        for problem in sorted(exc.problems, key=lambda p: p.line or 0):
            print(problem, file=sys.stderr)
        return 1
    except StoreRefused as exc:
        print(f"qunbot: {exc}", file=sys.stderr)
        return 2
