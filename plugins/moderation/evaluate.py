"""`qunbot moderation eval FILE.jsonl`: precision and recall of the detectors, per evasion technique."""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

from bot.events import MessageReceived
from plugins.moderation.detectors import Keywords, Screen


def load_screen(config_path: Path) -> Screen:
    """The detectors as `config_path` configures them (plugins.moderation), without a running bot."""
    from bot.app import load_config
    config = load_config(config_path).plugins.get("moderation")
    if config is None:
        from plugins.moderation import ModerationConfig
        config = ModerationConfig()
    phrases, allowed = list(config.keywords), list(config.allow_words)
    for name in config.keyword_files:
        lines = (config_path.parent / name).read_text(encoding="utf-8").splitlines()
        phrases += [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    return Screen(Keywords(phrases, allowed), tuple(config.allow_domains), tuple(config.allow_cards),
                  frozenset(config.rules_off))


def evaluate(screen: Screen, rows: list[dict]) -> dict:
    """Run every labelled message through the detectors; figures overall and per technique."""
    per: dict[str, dict[str, int]] = defaultdict(lambda: {"n": 0, "right": 0})
    tp = fp = fn = tn = 0
    wrong = []
    ts = datetime(2026, 1, 1, tzinfo=UTC)
    for row in rows:
        event = MessageReceived(id=str(row.get("id")), ts=ts, room="eval", sender="eval", type=row.get("type", "text"),
                                text=row.get("text", ""), title=row.get("title"), url=row.get("url"))
        hit, _ = screen.check(event)
        is_ad = bool(row["ad"])
        tp += is_ad and hit is not None
        fn += is_ad and hit is None
        fp += not is_ad and hit is not None
        tn += not is_ad and hit is None
        tech = per[row.get("technique", "ad" if is_ad else "clean")]
        tech["n"] += 1
        tech["right"] += (hit is not None) == is_ad
        if (hit is not None) != is_ad:
            wrong.append({**row, "got": hit.rule if hit else None})
    return {"messages": len(rows), "ads": tp + fn, "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0, "per_technique": dict(per), "wrong": wrong}


def main(argv: list[str]) -> int:
    """Command line of `qunbot moderation`."""
    parser = argparse.ArgumentParser(prog="qunbot moderation")
    sub = parser.add_subparsers(dest="command", required=True)
    ev = sub.add_parser("eval", help='measure the detectors on JSONL lines {"id", "text", "ad", "technique"}')
    ev.add_argument("file", type=Path)
    ev.add_argument("--config", type=Path, default=Path("config.yaml"))
    args = parser.parse_args(argv)
    from bot.config_file import ConfigError
    try:
        screen = load_screen(args.config)
    except (ConfigError, OSError) as exc:
        print(exc, file=sys.stderr)
        return 1
    rows = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = evaluate(screen, rows)
    for row in result["wrong"]:
        print(f"wrong {row.get('id')} [{row.get('technique')}] ad={row['ad']} got={row['got']}: {row.get('text')!r}")
    print(f"{'technique':<18}{'n':>5}{'right':>7}")
    for name, figures in sorted(result["per_technique"].items()):
        print(f"{name:<18}{figures['n']:>5}{figures['right']:>7}")
    print(f"messages={result['messages']} ads={result['ads']} keywords={screen.keywords.size} "
          f"precision={result['precision']:.1%} recall={result['recall']:.1%}")
    return 0
