"""The `qunbot` command: run, replay, check-config."""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

from bot import logs
from bot.config_file import ConfigError
from bot.store_guard import StoreRefused


def _iso(text: str) -> datetime:
    ts = datetime.fromisoformat(text)
    if ts.utcoffset() is None:
        raise argparse.ArgumentTypeError(f"{text!r} needs a UTC offset, e.g. 2026-11-23T09:00:00+08:00")
    return ts


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qunbot", description="A bot for people who run WeChat groups.")
    sub = parser.add_subparsers(dest="command", required=True)

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
    return parser


def _run(config: Path) -> int:
    from bot.app import load_config
    adapter = os.environ.get("QUNBOT_ADAPTER") or load_config(config).bot.adapter
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


def _check(path: Path) -> int:
    from bot.app import find_plugin, load_config
    config = load_config(path)
    today = datetime.now(config.bot.tz).date()
    for name in config.enabled_plugins():
        found = find_plugin(name)
        for warning in found.check(config.plugin(name), path.resolve().parent, today) if found and found.check else []:
            print(f"{path}: warning: plugins.{name}: {warning}", file=sys.stderr)
    print(f"{path}: ok")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script and of `python -m bot`."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "understanding":
        from bot import understanding_eval
        return understanding_eval.main(argv[1:])
    if argv and argv[0] not in ("run", "replay", "check-config") and not argv[0].startswith("-"):
        from bot.app import find_plugin
        found = find_plugin(argv[0])
        if found is not None and found.cli is not None:
            return found.cli(argv[1:])
    args = _parser().parse_args(argv)
    try:
        if args.command == "run":
            return _run(args.config)
        if args.command == "replay":
            if not args.events.exists():
                print(f"qunbot replay: no such events file: {args.events}", file=sys.stderr)
                return 2
            return _replay(args)
        return _check(args.path or args.config)
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except StoreRefused as exc:
        print(f"qunbot: {exc}", file=sys.stderr)
        return 2
