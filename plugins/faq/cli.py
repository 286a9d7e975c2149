"""`qunbot faq eval TARGET...`: per FAQ and overall, right answers, answers where silence was right, wrong answers."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from plugins.faq.evaluate import Figures, evaluate, pairs, read_queries, unreachable
from plugins.faq.library import FaqFileError, read_file
from plugins.faq.matcher import FaqIndex

if TYPE_CHECKING:
    from plugins.faq import FaqConfig


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qunbot faq")
    sub = parser.add_subparsers(dest="command", required=True)
    ev = sub.add_parser("eval", help="measure matching on labelled queries")
    ev.add_argument("targets", type=Path, nargs="+",
                    help='QUERIES.jsonl (lines {"id", "text", "expected"}; expected null: stay silent), or a folder '
                         "of NAME.yaml + NAME.queries.jsonl pairs")
    ev.add_argument("--file", type=Path, help="FAQ file for a single QUERIES.jsonl (default: plugins.faq.file)")
    ev.add_argument("--config", type=Path, default=Path("config.yaml"))
    ev.add_argument("--threshold", type=float, help="default: plugins.faq.threshold of --config")
    ev.add_argument("--ask-back-from", type=float,
                    help="from this confidence up to the threshold the bot asks back "
                         "(default: plugins.faq.ask_back_from)")
    ev.add_argument("--misses", action="store_true", help="print every query answered otherwise than expected")
    return parser


def check(section: FaqConfig, base_dir: Path, today: date | None = None) -> list[str]:
    """`check-config`: entries of the FAQ file that their own question would not get answered with."""
    if not section.file:
        return []
    path = base_dir / section.file
    try:
        index = FaqIndex(read_file(path))
    except FaqFileError as exc:
        return [str(exc)]
    return [f"{path}: entry {lost!r} is not answered even when asked its own question; add `questions` or `keywords`"
            for lost in unreachable(index, section.threshold)]


def main(argv: list[str]) -> int:
    """Command line of `qunbot faq`."""
    args = _parser().parse_args(argv)
    from bot.app import load_config
    from bot.config_file import ConfigError
    from plugins.faq import FaqConfig
    section = FaqConfig()
    if args.config.exists():
        try:
            loaded = load_config(args.config).plugins.get("faq")
            section = loaded if isinstance(loaded, FaqConfig) else section
        except ConfigError as exc:
            print(exc, file=sys.stderr)
            return 1
    configured = args.config.parent / section.file if section.file else None
    threshold = args.threshold if args.threshold is not None else section.threshold
    ask_back_from = args.ask_back_from if args.ask_back_from is not None else section.ask_back_from
    total, problems = Figures("overall"), list[str]()
    found = [pair for target in args.targets for pair in pairs(target, args.file or configured)]
    if not found:
        print("qunbot faq eval: no queries found", file=sys.stderr)
        return 2
    for name, faq_file, queries_file in found:
        if faq_file is None:
            print("qunbot faq eval: no FAQ file: pass --file or set plugins.faq.file", file=sys.stderr)
            return 2
        try:
            index = FaqIndex(read_file(faq_file))
        except FaqFileError as exc:
            print(exc, file=sys.stderr)
            return 1
        for lost in unreachable(index, threshold):
            print(f"warning: {faq_file}: entry {lost!r} is not answered even when asked its own question; "
                  "add `questions` or `keywords`", file=sys.stderr)
        figures = evaluate(name, index, read_queries(queries_file, problems), threshold, section.require_question,
                           ask_back_from)
        if args.misses:
            for miss in figures.misses:
                print(f"miss {miss['id']}: {miss['text']!r} expected={miss['expected']} got={miss['got']} "
                      f"asked_back={miss['asked_back']}")
        print(figures.line())
        total.add(figures)
    for problem in problems:
        print(problem, file=sys.stderr)
    if len(found) > 1:
        print(total.line())
    return 0
