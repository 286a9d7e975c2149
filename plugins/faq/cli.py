"""`qunbot faq eval TARGET...`: per FAQ and overall, right answers, answers where silence was right, wrong answers."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config_problems import Problem
from bot.terminal_text import say
from plugins.faq.evaluate import Figures, evaluate, pairs, read_queries, unreachable
from plugins.faq.file_checks import findings
from plugins.faq.library import FaqFileError, entry_lines, entry_name, read_faq
from plugins.faq.matcher import FaqIndex
from plugins.faq.samples import own_entries

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
    ev.add_argument("--suggest-from", type=float,
                    help="from this confidence up to where the bot asks back, the operator on duty gets a suggestion "
                         "(default: plugins.faq.suggest_from)")
    ev.add_argument("--misses", action="store_true", help="print every query answered otherwise than expected")
    return parser


def check(section: FaqConfig, base_dir: Path, today: date | None = None) -> list[Problem]:
    """`check-config`: entries left out of the FAQ file (errors), and entries their own question would not get
    answered with (warnings)."""
    if not section.file:
        return []
    try:
        read = read_faq(base_dir / section.file, section.file)
    except FaqFileError as exc:
        return [] if exc.unparsed else [exc.problem]  # a file that does not read or parse is said by check-config
    path = base_dir / section.file
    found, named = findings(path, section.file, read.entries)
    return read.problems + found + unreachable_problems(path, section.file, FaqIndex(own_entries(read.entries)),
                                                        section.threshold, section.require_question, named)


def unreachable_problems(path: Path, shown: str, index: FaqIndex, threshold: float,
                         require_question: bool = True, named: set[str] | frozenset[str] = frozenset()
                         ) -> list[Problem]:
    """A warning for each entry that none of its own phrasings gets answered with: where it is, why, what to do
    (not for the entries in `named`, already said to be something else that asking cannot fix)."""
    warnings = []
    lost = [(entry_id, why) for entry_id, why in unreachable(index, threshold, require_question)
            if entry_id not in named]
    places = entry_lines(path) if lost else {}
    for entry_id, why in lost:
        n, line = places.get(entry_id, (None, None))
        warnings.append(Problem(shown, line, entry_name(n, entry_id), say(why), warning=True))
    return warnings


def main(argv: list[str]) -> int:
    """Command line of `qunbot faq`."""
    args = _parser().parse_args(argv)
    from bot.app import load_config
    from bot.config_problems import ConfigError
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
    suggest_from = args.suggest_from if args.suggest_from is not None else section.suggest_from
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
            read = read_faq(faq_file)
        except FaqFileError as exc:
            print(exc, file=sys.stderr)
            return 1
        index = FaqIndex(read.entries)
        lost = unreachable_problems(faq_file, str(faq_file), index, threshold, section.require_question)
        for said in [*read.problems, *lost]:
            print(said, file=sys.stderr)
        figures = evaluate(name, index, read_queries(queries_file, problems), threshold, section.require_question,
                           ask_back_from, suggest_from)
        if args.misses:
            for miss in figures.misses:
                print(f"miss {miss['id']}: {miss['text']!r} expected={miss['expected']} got={miss['got']} "
                      f"asked_back={miss['asked_back']} suggested={miss['suggested']}")
        print(figures.line())
        total.add(figures)
    for problem in problems:
        print(problem, file=sys.stderr)
    if len(found) > 1:
        print(total.line())
    return 0
