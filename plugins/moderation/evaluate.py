"""`qunbot moderation eval|loko|train`: precision and recall per technique and kind of group; the model build."""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO, cast

from bot.events import MessageReceived
from plugins.moderation.detectors import Keywords, Screen
from plugins.moderation.learned import SHIPPED, Model, features, train
from plugins.moderation.normalize import views

_TS = datetime(2026, 1, 1, tzinfo=UTC)


def load_screen(config_path: Path, model: Model | None = None) -> Screen:
    """The detectors as `config_path` configures them (plugins.moderation), without a running bot."""
    from bot.app import load_config
    from plugins.moderation import ModerationConfig
    found = load_config(config_path).plugins.get("moderation")  # validated with ModerationConfig
    config = cast(ModerationConfig, found) if found is not None else ModerationConfig()
    phrases, allowed = list(config.keywords), list(config.allow_words)
    for name in config.keyword_files:
        lines = (config_path.parent / name).read_text(encoding="utf-8").splitlines()
        phrases += [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    return Screen(Keywords(phrases, allowed), tuple(config.allow_domains), tuple(config.allow_cards),
                  frozenset(config.rules_off), getattr(config, "shares", "open") == "strict", model)


def load_rows(paths: list[Path]) -> list[dict]:
    """Labelled messages from JSONL files or folders of them (searched recursively, in name order)."""
    files = [f for p in paths for f in (sorted(p.rglob("*.jsonl")) if p.is_dir() else [p])]
    return [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def _event(row: dict) -> MessageReceived:
    return MessageReceived(id=str(row.get("id")), ts=_TS, room="eval", sender="eval", type=row.get("type", "text"),
                           text=row.get("text", ""), title=row.get("title"), url=row.get("url"))


def judged(row: dict) -> bool:
    """Moderation judges members' messages; the operator's own posts never are, as in the bot."""
    return row.get("sender_role") != "operator"


def evaluate(screen: Screen, rows: list[dict]) -> dict:
    """Every labelled message through the detectors; figures overall, per technique and per kind of group."""
    totals: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    misses, decisions, operator_posts = [], [], 0
    for row in rows:
        if not judged(row):
            operator_posts += 1
            continue
        hit, _, overruled = screen.judge(_event(row))
        is_ad, flagged = bool(row["ad"]), hit is not None
        cell = ("tp" if flagged else "fn") if is_ad else ("fp" if flagged else "tn")
        for key in ("all", f"technique:{row.get('technique', 'ad' if is_ad else 'clean')}",
                    f"group:{row.get('group', '-')}"):
            totals[key][cell] += 1
        if hit is not None:  # which detector flagged it, rightly or wrongly
            totals[f"rule:{hit.rule}"][cell] += 1
        if overruled is not None:  # a rule's hint set aside as innocent (by the model, or too few words): fn wrong
            totals[f"overruled:{overruled.rule}"][cell] += 1
        if flagged != is_ad:
            misses.append({**row, "got": hit.rule if hit else None, "detail": hit.detail if hit else ""})
        decisions.append({"id": row.get("id"), "rule": hit.rule if hit else None, "detail": hit.detail if hit else "",
                          "set_aside": overruled.rule if overruled else None})
    return {"totals": dict(totals), "misses": misses, "decisions": decisions, "operator_posts": operator_posts}


def figures(cell: dict[str, int]) -> dict[str, float]:
    """Precision and recall of one tally (1.0 where there is nothing to count)."""
    tp, fp, fn = cell["tp"], cell["fp"], cell["fn"]
    return {"precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0}


def report(result: dict, misses: bool, out: TextIO | None = None) -> None:
    """Print misses (if asked), the tables, and the overall line last."""
    out = out or sys.stdout
    if misses:
        for row in result["misses"]:
            print(f"miss {row.get('id')} [{row.get('technique')}] ad={row['ad']} got={row['got']} {row['detail']}: "
                  f"{row.get('text')!r}", file=out)
    totals = result["totals"]
    for prefix in ("technique", "group"):
        print(f"{prefix:<24}{'n':>5}{'ads':>5}{'missed':>8}{'flagged wrongly':>17}{'precision':>11}{'recall':>8}",
              file=out)
        for key in sorted(k for k in totals if k.startswith(prefix + ":")):
            c, f = totals[key], figures(totals[key])
            shown = (f"{f['precision']:>11.1%}" if c["tp"] + c["fp"] else f"{'-':>11}") + (
                f"{f['recall']:>8.1%}" if c["tp"] + c["fn"] else f"{'-':>8}")
            print(f"  {key.split(':', 1)[1]:<22}{sum(c.values()):>5}{c['tp'] + c['fn']:>5}{c['fn']:>8}{c['fp']:>17}"
                  f"{shown}", file=out)
    print(f"{'rule':<24}{'flagged':>10}{'wrongly':>10}", file=out)
    for key in sorted(k for k in totals if k.startswith("rule:")):
        print(f"  {key[5:]:<22}{totals[key]['tp'] + totals[key]['fp']:>10}{totals[key]['fp']:>10}", file=out)
    print(f"{'hint set aside':<24}{'times':>10}{'wrongly':>10}", file=out)
    for key in sorted(k for k in totals if k.startswith("overruled:")):
        print(f"  {key[10:]:<22}{totals[key]['tn'] + totals[key]['fn']:>10}{totals[key]['fn']:>10}", file=out)
    overall = totals.get("all", {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    f = figures(overall)
    print(f"messages={sum(overall.values())} ads={overall['tp'] + overall['fn']} "
          f"operator_posts={result['operator_posts']} precision={f['precision']:.1%} recall={f['recall']:.1%}",
          file=out)


def examples(rows: list[dict], spread: int = 1, known: dict[int, list[str]] | None = None
             ) -> list[tuple[list[str], bool]]:
    """Training examples from labelled member messages.

    With `spread` > 1 a character n-gram is kept only when it is met in at least that many kinds of group: the words
    of intent (私我, 便宜, 找我) are met everywhere, a product's name (猫粮, 鱼竿) only where it is sold, and a model
    that learns product names learns nothing about a group it has not seen. The detectors' signals are always kept.
    `known`: each row's features already read (by `id(row)`), so leaving each kind out in turn reads them once.
    """
    out, kinds = [], []
    for row in rows:
        if judged(row):
            found = known.get(id(row)) if known is not None else None
            if found is None:
                text = " ".join(x for x in (row.get("text", ""), row.get("title") or "") if x)
                found = features(views(text), row.get("type", "text"))
            out.append((found, bool(row["ad"])))
            kinds.append(row.get("group", "-"))
    if spread <= 1:
        return out
    seen: dict[str, set[str]] = defaultdict(set)
    for (feats, _), kind in zip(out, kinds, strict=True):
        for f in feats:
            seen[f].add(kind)
    return [([f for f in feats if f.startswith(("#", "~")) or len(seen[f]) >= spread], ad) for feats, ad in out]


@dataclass(frozen=True)
class Setting:
    """How the learned layer is fitted and where it decides: the choices leave-one-kind-out makes."""

    l2: float = 3e-3
    min_count: int = 2
    threshold: float = 0.85  # the model alone flags from here
    hint: float = 0.15  # a rule's hint stands from here
    spread: int = 1  # an n-gram is learned only when met in this many kinds of group

    def fitted(self, rows: list[dict], known: dict[int, list[str]] | None = None) -> Model:
        """The model these choices fit on these rows (`known`: their features, if already read)."""
        model = train(examples(rows, self.spread, known), l2=self.l2, min_count=self.min_count,
                      threshold=self.threshold, hint=self.hint)
        model.fitted_with["spread"] = self.spread
        return model


FITS = tuple((l2, m) for l2 in (1e-3, 3e-3, 1e-2) for m in (2, 3))
THRESHOLDS = (0.7, 0.8, 0.85, 0.9, 0.95)
HINTS = (0.05, 0.1, 0.15, 0.25, 0.35)
WRONG_FLAG_COST = 3  # a wrong flag on a member costs as much as three missed ads (the ladder escalates)


def leave_one_kind_out(screen: Screen, rows: list[dict], learned: bool, setting: Setting = Setting()
                       ) -> dict[str, dict]:
    """For each kind of group: train on the other kinds (when learned), evaluate on the one held out."""
    kinds = sorted({row.get("group", "-") for row in rows})
    known = {id(row): feats for row, (feats, _) in zip([r for r in rows if judged(r)], examples(rows), strict=True)
             } if learned else None  # read once, not once per kind left out
    result = {}
    for kind in kinds:
        held = [r for r in rows if r.get("group", "-") == kind]
        model = setting.fitted([r for r in rows if r.get("group", "-") != kind], known) if learned else None
        result[kind] = evaluate(replace(screen, model=model), held)
    return result


def pooled(results: dict[str, dict]) -> dict:
    """The kinds' held-out results as one: every message judged by a model that never saw its kind."""
    totals: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    for result in results.values():
        for key, cell in result["totals"].items():
            for k, n in cell.items():
                totals[key][k] += n
    return {"totals": dict(totals), "misses": [m for r in results.values() for m in r["misses"]],
            "decisions": [d for r in results.values() for d in r["decisions"]],
            "operator_posts": sum(r["operator_posts"] for r in results.values())}


def choose(screen: Screen, rows: list[dict], out: TextIO | None = None, spread: int = 1) -> Setting:
    """The setting with the best held-out value (ads caught minus WRONG_FLAG_COST per wrong flag), each kind of
    group left out in turn; ties go to the stronger regularisation and the higher thresholds."""
    out = out or sys.stdout
    kinds = sorted({row.get("group", "-") for row in rows})
    best: tuple[float, Setting] | None = None
    for l2, min_count in FITS:
        models = {k: Setting(l2, min_count, spread=spread).fitted([r for r in rows if r.get("group", "-") != k])
                  for k in kinds}
        for threshold in THRESHOLDS:
            for hint in HINTS:
                cell = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
                for kind in kinds:
                    model = replace(models[kind], threshold=threshold, hint=hint)
                    result = evaluate(replace(screen, model=model),
                                      [r for r in rows if r.get("group", "-") == kind])
                    for k, n in result["totals"].get("all", {}).items():
                        cell[k] += n
                value = cell["tp"] - WRONG_FLAG_COST * cell["fp"]
                f = figures(cell)
                print(f"l2={l2:g} min_count={min_count} threshold={threshold} hint={hint}: tp={cell['tp']} "
                      f"fp={cell['fp']} fn={cell['fn']} precision={f['precision']:.1%} recall={f['recall']:.1%}",
                      file=out)
                key = (value, l2, min_count, threshold, hint)
                if best is None or key > (best[0], best[1].l2, best[1].min_count, best[1].threshold, best[1].hint):
                    best = (value, Setting(l2, min_count, threshold, hint, spread))
    assert best is not None
    return best[1]


def main(argv: list[str]) -> int:
    """Command line of `qunbot moderation`."""
    parser = argparse.ArgumentParser(prog="qunbot moderation")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, summary in (("eval", 'measure on JSONL lines {"id", "text", "ad", "technique", "group"?}'),
                          ("loko", "leave one kind of group out: train on the others, measure on it"),
                          ("train", "build the learned layer from labelled messages")):
        p = sub.add_parser(name, help=summary)
        p.add_argument("paths", nargs="+", type=Path, help="JSONL files or folders of them")
        p.add_argument("--config", type=Path, default=Path("config.yaml"))
        p.add_argument("--model", type=Path, default=SHIPPED, help="the learned layer (eval)")
        p.add_argument("--no-model", action="store_true", help="rules only")
        p.add_argument("--misses", action="store_true", help="list every message judged wrongly")
        p.add_argument("--decisions", type=Path, help="eval: write each message's decision (id, rule, detail, "
                       "hint set aside) as JSON lines, to compare two versions of the rules or keyword files")
        p.add_argument("--out", type=Path, default=SHIPPED, help="where train writes the model")
        p.add_argument("--spread", type=int, help="train, loko: learn an n-gram only when met in this many kinds "
                       "of group")
        p.add_argument("--hint", type=float, help="train, loko: where a rule's hint stands (after --choose)")
        p.add_argument("--threshold", type=float, help="train, loko: where the model alone flags (after --choose)")
        p.add_argument("--l2", type=float, help="train, loko: the regularisation (after --choose)")
        p.add_argument("--choose", action="store_true", help="train, loko: choose regularisation and thresholds "
                       "by leaving each kind of group out (prints every setting tried)")
    args = parser.parse_args(argv)
    rows = load_rows(args.paths)
    from bot.config_problems import ConfigError
    try:
        screen = load_screen(args.config, None if args.no_model else Model.load(args.model))
    except (ConfigError, OSError) as exc:
        print(exc, file=sys.stderr)
        return 1
    shipped = screen.model
    setting = Setting() if shipped is None else Setting(
        l2=shipped.fitted_with.get("l2", Setting.l2),
        min_count=int(shipped.fitted_with.get("min_count", Setting.min_count)),
        threshold=shipped.threshold, hint=shipped.hint,
        spread=int(shipped.fitted_with.get("spread", Setting.spread)))  # the shipped model's own choices
    if args.hint is not None:
        setting = replace(setting, hint=args.hint)
    if args.threshold is not None:
        setting = replace(setting, threshold=args.threshold)
    if args.l2 is not None:
        setting = replace(setting, l2=args.l2)
    if args.spread is not None:
        setting = replace(setting, spread=args.spread)
    if args.choose:
        setting = choose(screen, rows, spread=setting.spread)
        print(f"chosen: {setting}")
        if args.hint is not None:
            setting = replace(setting, hint=args.hint)
    if args.command == "train":
        setting.fitted(rows).save(args.out)
        print(f"trained on {len(rows)} messages ({setting}) -> {args.out}")
        return 0
    if args.command == "loko":
        results = leave_one_kind_out(screen, rows, not args.no_model, setting)
        for kind, result in results.items():
            print(f"== held out: {kind}")
            report(result, False)
        print("== every kind, each judged by a model that never saw it")
        report(pooled(results), args.misses)
        return 0
    result = evaluate(screen, rows)
    report(result, args.misses)
    if args.decisions is not None:
        args.decisions.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in result["decisions"]),
                                  encoding="utf-8")
    return 0
