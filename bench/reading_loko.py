"""Leave groups of kinds out: the reader's figures on kinds of group its learned layer was not trained on.

`python -m bench.reading_loko train DIR [GROUPS]`: the training pool (tune, conversation_train, heldout5…16 of
tests/data/conversation_eval) sorted as reader13-16 sorted it (held-out sets from 16 on appended after the 71 kinds
of reader16, so the old kinds keep their groups), split into GROUPS (8) groups of kinds (files i, i+8, …); for each
group both models are trained the way `qunbot understanding train` trains (`train_in_context`) on every other file,
saved as DIR/fold<i>.json, and the group is scored with it.
`python -m bench.reading_loko score DIR [OUT.json]`: the worktree's reading with those saved fold models (a change
to the rules scored without retraining). Both print pooled macro-F1, per-class P/R and the confusions, and write
the pairs and misses to OUT.json (default DIR/score.json).
"""
from __future__ import annotations

import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bot.reading_model import KindModel
from bot.understanding_eval import _load, _print_totals, matrix, pooled, score, train_in_context

DATA = Path("tests/data")
EVAL = DATA / "conversation_eval"


def pool_files() -> list[Path]:
    """The training kinds in the order every session's groups were cut from: reader16's 71 (held-out sets 5…15 in
    the order of their names), then the held-out sets spent since, in the order they were written."""
    def session(path: Path) -> int:
        return int(path.parent.name.removeprefix("heldout"))
    held = sorted(p for p in EVAL.glob("heldout*/*.jsonl") if session(p) <= 15)
    later = sorted((p for p in EVAL.glob("heldout*/*.jsonl") if session(p) > 15), key=lambda p: (session(p), p))
    return sorted(EVAL.glob("tune/*.jsonl")) + sorted(DATA.glob("conversation_train/*.jsonl")) + held + later


def groups(n: int) -> list[list[Path]]:
    files = pool_files()
    return [files[i::n] for i in range(n)]


def _train_one(args: tuple[int, int, str]) -> dict:
    i, n, out = args
    cut = groups(n)
    rest = [_load(p) for j, g in enumerate(cut) if j != i for p in g]
    model = train_in_context(rest)
    model.save(Path(out) / f"fold{i}.json")
    return _score_one((i, n, out))


def _score_one(args: tuple[int, int, str]) -> dict:
    i, n, out = args
    model = KindModel.load(Path(out) / f"fold{i}.json")
    results = [score(_load(p), model) | {"file": str(p)} for p in groups(n)[i]]
    return {"group": i, "results": results}


def main(argv: list[str]) -> int:
    command, out = argv[0], Path(argv[1])
    n = int(argv[2]) if len(argv) > 2 and argv[2].isdigit() else 8
    out.mkdir(parents=True, exist_ok=True)
    job = _train_one if command == "train" else _score_one
    with ProcessPoolExecutor(max_workers=2) as pool:
        done = list(pool.map(job, [(i, n, str(out)) for i in range(n)]))
    results = [r for d in done for r in d["results"]]
    total = pooled(results)
    per_group = [round(pooled(d["results"])["macro_f1"], 3) for d in done]
    print(f"{len(results)} kinds in {n} groups: macro-F1 {total['macro_f1']:.3f}; per group {per_group}")
    _print_totals(total)
    print(matrix([pair for r in results for pair in r["pairs"]]))
    print(f"unguarded complaints: {len(total['unguarded'])} of {total['per_class']['complaint']['n']}")
    target = Path(argv[3]) if len(argv) > 3 else Path(argv[2]) if len(argv) > 2 and not argv[2].isdigit() \
        else out / "score.json"
    target.write_text(json.dumps({"total": total, "per_group": per_group, "results": results}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
