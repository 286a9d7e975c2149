"""Leave a session out: the learned layer fitted on the groups written before heldoutN, judged on heldoutN.

Leaving groups out (`bench.moderation_logo`) mixes groups of every writer in each fold, so a fold's model has seen
the writer of the groups it is judged on. A held-out set of a later session is a new writer's: fitting on the pool
before it and judging it is the honest figure for what carries (the rules, though, have read every set here).

    PYTHONPATH=$PWD python -m bench.moderation_lso tests/data/moderation_eval tests/data/moderation_train \
        --sessions 19 20 21 [--l2 0.005] [--threshold 0.9] [--train-on all|read] [--lines OUT.jsonl] \
        [--without farm_machine_operators hulusi_class pig_farmers]

`--without NAME …` leaves those files (by name, without .jsonl) out of every pool: does one writer's data carry?
`--train-on read` fits only on the lines the model will read (the rules not sure, not too short), not on the lines a
sure rule decides whatever the model says.
"""
from __future__ import annotations

import argparse
import json
import re
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from bench.moderation_logo import decide, read_once
from plugins.moderation.evaluate import Setting, figures, load_rows, load_screen

_HELDOUT = re.compile(r"heldout(\d+)$")


def sets(roots: list[Path], without: frozenset[str] = frozenset()) -> dict[str, list[Path]]:
    """Each set of groups by name: heldoutN by its number, every other folder or file as one earlier set (files
    named in `without` left out)."""
    out: dict[str, list[Path]] = {}
    for root in roots:
        for child in sorted(root.iterdir()) if root.is_dir() else [root]:
            if child.stem in without:
                continue
            if child.is_dir() and _HELDOUT.search(child.name):
                out[child.name] = [child]
            elif child.is_dir() and child.name == "tune" or child.suffix == ".jsonl":
                out.setdefault("before", []).append(child)
    return out


def session(name: str) -> int:
    found = _HELDOUT.search(name)
    return int(found.group(1)) if found else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.moderation_lso")
    parser.add_argument("roots", nargs="+", type=Path)
    parser.add_argument("--sessions", nargs="+", type=int, default=[19, 20, 21])
    parser.add_argument("--spread", type=int, default=5)
    parser.add_argument("--l2", type=float, default=0.005)
    parser.add_argument("--threshold", type=float, action="append")
    parser.add_argument("--hint", type=float, default=0.15)
    parser.add_argument("--train-on", choices=("all", "read"), default="all")
    parser.add_argument("--lines", type=Path, help="write each held-out line's decision (JSON lines)")
    parser.add_argument("--config", type=Path, default=Path("config.yaml"))
    parser.add_argument("--without", nargs="*", default=[], help="files left out of every pool (names, no .jsonl)")
    args = parser.parse_args(argv)
    started = time.process_time()
    screen = load_screen(args.config, None)
    named = sets(args.roots, frozenset(args.without))
    read = {name: read_once(load_rows(paths), screen) for name, paths in named.items()}
    thresholds = args.threshold or [0.9]
    for n in args.sessions:
        pool = [ln for name, lines in read.items() if session(name) < n for ln in lines]
        if args.train_on == "read":
            pool = [ln for ln in pool if not ln["sure"] and not ln["short"]]
        known = {id(ln["row"]): ln["feats"] for ln in pool}
        model = Setting(l2=args.l2, min_count=2, threshold=0.85, hint=args.hint, spread=args.spread).fitted(
            [ln["row"] for ln in pool], known)
        held = read[f"heldout{n}"]
        for t in thresholds:
            cells: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
            got = {id(ln["row"]): decide(ln, replace(model, threshold=t)) for ln in held}
            for ln in held:
                row = ln["row"]
                flagged, ad = got[id(row)] is not None, bool(row["ad"])
                cell = ("tp" if flagged else "fn") if ad else ("fp" if flagged else "tn")
                for key in ("all", f"group:{row.get('group', '-')}",
                            f"technique:{row.get('technique', 'ad' if ad else 'clean')}"):
                    cells[key][cell] += 1
            f, c = figures(cells["all"]), cells["all"]
            groups = " ".join(f"{k[6:]} {figures(v)['precision']:.1%}/{figures(v)['recall']:.1%}"
                              for k, v in sorted(cells.items()) if k.startswith("group:"))
            calls = cells["technique:private_cta"]
            dropped = f" without {','.join(args.without)}" if args.without else ""
            print(f"heldout{n} (fitted on {len(pool)} lines{dropped}) t={t} l2={args.l2} train-on={args.train_on}: "
                  f"precision={f['precision']:.2%} ({c['fp']} wrong) recall={f['recall']:.2%} "
                  f"({c['fn']} missed of {c['tp'] + c['fn']}); private calls {figures(calls)['recall']:.1%}; {groups}",
                  flush=True)
            if args.lines is not None:
                with args.lines.open("a", encoding="utf-8") as out:
                    for ln in held:
                        row = ln["row"]
                        out.write(json.dumps({"n": n, "t": t, "id": row.get("id"), "group": row.get("group"),
                                              "ad": row["ad"], "technique": row.get("technique"),
                                              "got": got[id(row)], "text": row.get("text")},
                                             ensure_ascii=False) + "\n")
    print(f"cpu {time.process_time() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
