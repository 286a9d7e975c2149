"""Leave whole groups out, fast: the rules read every line once, then only the learned layer is refitted per fold.

`qunbot moderation loko` refits and re-runs the rules for each of the ~70 kinds (about an hour on a shared machine).
The rules do not depend on the model, so here each line's rule decision (which rule, whether it is sure) and its
features are read once; each fold fits a model on the other groups and decides its lines as `Screen.judge` does.

    PYTHONPATH=$PWD python -m bench.moderation_logo $(cat K) [--folds 8] [--shape off] [--lines OUT.jsonl]

`--folds 0` leaves each group out in turn (as `loko`); `--folds N` puts group i (sorted by name) in fold i mod N.
`--shape off` fits without the shape-of-a-pitch features (`plugins/moderation/pitch.py`), to compare.
"""
from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from plugins.moderation import learned
from plugins.moderation.evaluate import Setting, _event, figures, judged, load_rows, load_screen
from plugins.moderation.intent import collective
from plugins.moderation.normalize import views


def read_once(rows: list[dict], screen) -> list[dict]:
    """Each judged line's rule decision, what the model would need, and its features."""
    out = []
    for row in rows:
        if not judged(row):
            continue
        event = _event(row)
        v = views(" ".join(x for x in (event.text, event.title or "") if x))
        hit, sure = screen._first(event, v)
        out.append({"row": row, "v": v, "type": event.type, "hit": hit.rule if hit else None, "sure": sure,
                    "short": len(v.squeezed) < 10, "collective": collective(v.plain),
                    "feats": learned.features(v, event.type)})
    return out


def decide(line: dict, model: learned.Model) -> str | None:
    """The rule that flags the line (or None), as `Screen._judge` decides with this model."""
    hit = line["hit"]
    if line["sure"]:
        return hit
    if line["short"]:
        return None if hit == "selling" else hit
    get = model.weights.get
    import math
    score = learned.logistic(model.bias + math.fsum(w for f in line["feats"] if (w := get(f)) is not None))
    if hit is not None and score < model.hint:
        return None
    if hit is None and not line["collective"] and score >= model.threshold:
        return "learned"
    return hit


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.moderation_logo")
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--folds", type=int, default=8)
    parser.add_argument("--shape", choices=("on", "off"), default="on")
    parser.add_argument("--spread", type=int, default=5)
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--threshold", type=float, action="append")
    parser.add_argument("--hint", type=float, default=0.15)
    parser.add_argument("--lines", type=Path, help="write each line's decision per threshold (JSON lines)")
    parser.add_argument("--config", type=Path, default=Path("config.yaml"))
    args = parser.parse_args(argv)
    learned.SHAPE = args.shape == "on"
    started = time.process_time()
    rows = load_rows(args.paths)
    lines = read_once(rows, load_screen(args.config, None))
    groups = sorted({ln["row"].get("group", "-") for ln in lines})
    fold_of = {g: (i if args.folds == 0 else i % args.folds) for i, g in enumerate(groups)}
    thresholds = args.threshold or [0.85]
    known = {id(ln["row"]): ln["feats"] for ln in lines}
    decided: dict[float, dict[int, str | None]] = {t: {} for t in thresholds}
    for fold in sorted(set(fold_of.values())):
        train = [ln["row"] for ln in lines if fold_of[ln["row"].get("group", "-")] != fold]
        model = Setting(l2=args.l2, min_count=2, threshold=0.85, hint=args.hint, spread=args.spread).fitted(
            train, known)
        for ln in lines:
            if fold_of[ln["row"].get("group", "-")] == fold:
                for t in thresholds:
                    decided[t][id(ln["row"])] = decide(ln, replace(model, threshold=t))
    for t in thresholds:
        cells: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
        for ln in lines:
            row = ln["row"]
            flagged, ad = decided[t][id(row)] is not None, bool(row["ad"])
            cell = ("tp" if flagged else "fn") if ad else ("fp" if flagged else "tn")
            for key in ("all", f"group:{row.get('group', '-')}",
                        f"technique:{row.get('technique', 'ad' if ad else 'clean')}"):
                cells[key][cell] += 1
        f, c = figures(cells["all"]), cells["all"]
        print(f"threshold={t} shape={args.shape} folds={args.folds} spread={args.spread} l2={args.l2}: "
              f"precision={f['precision']:.2%} ({c['fp']} wrong flags) recall={f['recall']:.2%} "
              f"({c['fn']} missed of {c['tp'] + c['fn']})")
        if args.lines is not None:
            with args.lines.open("a", encoding="utf-8") as out:
                for ln in lines:
                    row = ln["row"]
                    out.write(json.dumps({"t": t, "id": row.get("id"), "group": row.get("group"), "ad": row["ad"],
                                          "technique": row.get("technique"), "got": decided[t][id(row)],
                                          "text": row.get("text")}, ensure_ascii=False) + "\n")
    print(f"cpu {time.process_time() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
