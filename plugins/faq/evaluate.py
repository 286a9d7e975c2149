"""`qunbot faq eval QUERIES.jsonl`: accuracy on answerable queries, answers given to the ones that must stay silent."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from plugins.faq.library import FaqFileError, read_file
from plugins.faq.matcher import FaqIndex


def evaluate(index: FaqIndex, queries: list[dict], threshold: float, require_question: bool = True) -> dict:
    """Score every labelled query; return the figures and the misses."""
    right = answerable = silent_wrong = silent = 0
    misses = []
    for q in queries:
        found = index.answer(q["text"], threshold, require_question)
        got = found.entry.id if found else None
        if q.get("expected"):
            answerable += 1
            right += got == q["expected"]
        else:
            silent += 1
            silent_wrong += got is not None
        if got != q.get("expected"):
            misses.append({"id": q.get("id"), "text": q["text"], "expected": q.get("expected"), "got": got})
    return {"answerable": answerable, "accuracy": round(right / answerable, 4) if answerable else None,
            "silent": silent, "answered_when_silent": round(silent_wrong / silent, 4) if silent else None,
            "misses": misses}


def main(argv: list[str]) -> int:
    """Command line of `qunbot faq`."""
    parser = argparse.ArgumentParser(prog="qunbot faq")
    sub = parser.add_subparsers(dest="command", required=True)
    ev = sub.add_parser("eval", help="measure matching on labelled queries")
    ev.add_argument("queries", type=Path, help='JSONL lines {"id", "text", "expected"} (expected null: stay silent)')
    ev.add_argument("--file", type=Path, help="FAQ file (default: plugins.faq.file of --config)")
    ev.add_argument("--config", type=Path, default=Path("config.yaml"))
    ev.add_argument("--threshold", type=float, help="default: plugins.faq.threshold of --config")
    args = parser.parse_args(argv)
    from bot.app import load_config
    from bot.config_file import ConfigError
    try:
        section = load_config(args.config).plugins.get("faq")
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 1
    file = args.file or (args.config.parent / section.file if section is not None and section.file else None)
    if file is None:
        print("qunbot faq eval: no FAQ file: pass --file or set plugins.faq.file", file=sys.stderr)
        return 2
    threshold = args.threshold if args.threshold is not None else (section.threshold if section else 0.55)
    try:
        index = FaqIndex(read_file(file))
    except FaqFileError as exc:
        print(exc, file=sys.stderr)
        return 1
    queries = []
    for n, line in enumerate(args.queries.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                queries.append(json.loads(line))
            except json.JSONDecodeError as exc:
                print(f"{args.queries}:{n}: skipped: {exc.msg}", file=sys.stderr)
    result = evaluate(index, queries, threshold)
    for miss in result["misses"]:
        print(f"miss {miss['id']}: {miss['text']!r} expected={miss['expected']} got={miss['got']}")
    acc, wrong = result["accuracy"], result["answered_when_silent"]
    print(f"entries={len(index)} threshold={threshold} answerable={result['answerable']} "
          f"accuracy={acc:.1%} silent={result['silent']} answered_when_silent={wrong:.1%}")
    return 0
