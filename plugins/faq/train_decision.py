"""Training the decision to answer (plugins/faq/decision.py) on labelled FAQs; writes decision.json.

python -m plugins.faq.train_decision tests/data/faq_eval/tune tests/data/faq_train [--l2 0.3] [--silent-share 0.03]
    [--write]

Each labelled query is matched as the bot would; a conditional logit learns which candidate (or none) is right. The
threshold is the one that, on held-out FAQs (each FAQ judged by a model trained on all the others), keeps answers
where silence was right within --silent-share.
"""
from __future__ import annotations

import json
from pathlib import Path

from plugins.faq.decision import MODEL, SIGNALS, Decision


def examples(folder: Path) -> list[tuple[str, list[tuple[tuple[float, ...], bool]], bool]]:
    """For each labelled query of a folder of FAQs: its FAQ's name, each candidate's signals and whether it is right,
    and whether the query should get an answer at all."""
    from plugins.faq.evaluate import pairs, read_queries
    from plugins.faq.library import read_file
    from plugins.faq.matcher import CANDIDATES, FaqIndex
    found = []
    for name, faq_file, queries_file in pairs(folder, None):
        assert faq_file is not None
        index = FaqIndex(read_file(faq_file))
        for q in read_queries(queries_file, []):
            expected = str(q["expected"]) if q.get("expected") is not None else None
            candidates = [(m.signals, m.entry.id == expected) for m in index.match(q["text"], limit=CANDIDATES)]
            found.append((name, candidates, expected is not None))
    return found


def fit(rows: list[tuple[str, list[tuple[tuple[float, ...], bool]], bool]], l2: float = 1.0) -> Decision:
    """Conditional logit (Newton's method, L2 on the weights): each query chooses one of its candidates or none."""
    import numpy as np
    groups = [(np.hstack([np.array([s for s, _ in cands], dtype=float), np.ones((len(cands), 1))]),
               np.array([ok for _, ok in cands], dtype=float)) for _, cands, _ in rows if cands]
    size = len(SIGNALS) + 1
    w = np.zeros(size)
    penalty = np.full(size, l2)
    penalty[-1] = 0.0
    for _ in range(100):
        grad, hess = penalty * w, np.diag(penalty) + 1e-9 * np.eye(size)
        for x, y in groups:
            z = x @ w
            top = max(z.max(), 0.0)
            e = np.exp(z - top)
            p = e / (np.exp(-top) + e.sum())
            mean = p @ x
            grad += mean - y @ x
            hess += (x.T * p) @ x - np.outer(mean, mean)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return Decision(tuple(float(v) for v in w[:-1]), float(w[-1]), 0.5)


def decide(model: Decision, rows: list[tuple[str, list[tuple[tuple[float, ...], bool]], bool]],
           threshold: float) -> tuple[int, int, int, int, int]:
    """Right, answerable, wrong entry, answered when silent, silent: as the matcher would answer."""
    right = answerable = wrong = false = silent = 0
    elsewhere, question, topic = SIGNALS.index("elsewhere"), SIGNALS.index("question"), SIGNALS.index("topic")
    for _, cands, should in rows:
        sure = model.confidences([c[0] for c in cands])
        at = max(range(len(cands)), key=sure.__getitem__, default=None)
        best = cands[at] if at is not None else None
        said = (best is not None and at is not None and sure[at] >= threshold and not best[0][elsewhere]
                and bool(best[0][question]) and bool(best[0][topic]))
        if should:
            answerable += 1
            right += said and best is not None and best[1]
            wrong += said and best is not None and not best[1]
        else:
            silent += 1
            false += said
    return right, answerable, wrong, false, silent


def main(argv: list[str]) -> int:
    """Train on a folder of FAQs, show leave-one-FAQ-out figures, write decision.json."""
    import argparse
    parser = argparse.ArgumentParser(prog="python -m plugins.faq.train_decision")
    parser.add_argument("folders", type=Path, nargs="+", help="folders of NAME.yaml + NAME.queries.jsonl")
    parser.add_argument("--l2", type=float, default=0.3)
    parser.add_argument("--silent-share", type=float, default=0.03, help="answered-when-silent the threshold allows")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    rows = [row for folder in args.folders for row in examples(folder)]
    names = sorted({n for n, _, _ in rows})
    grid = [t / 100 for t in range(10, 96)]

    # the threshold is chosen on held-out predictions (each FAQ judged by a model trained on the others),
    # so it is set for FAQs the model has not seen, not for the ones it was fitted to
    held_out = [(fit([r for r in rows if r[0] != held], args.l2), [r for r in rows if r[0] == held]) for held in names]

    def pooled(t: float) -> tuple[int, int, int, int, int]:
        sums = [0, 0, 0, 0, 0]
        for model, part in held_out:
            sums = [a + b for a, b in zip(sums, decide(model, part, t), strict=True)]
        return sums[0], sums[1], sums[2], sums[3], sums[4]

    chosen, best = 0.95, -1.0
    for t in grid:
        right, answerable, _, false, silent = pooled(t)
        if false <= args.silent_share * silent and right / max(answerable, 1) > best:
            chosen, best = t, right / max(answerable, 1)
    for (model, part), held in zip(held_out, names, strict=True):
        right, answerable, wrong, false, silent = decide(model, part, chosen)
        print(f"held out {held}: accuracy={right / answerable:.1%} answered_when_silent={false / max(silent, 1):.1%} "
              f"wrong_entry={wrong / answerable:.1%}")
    right, answerable, wrong, false, silent = pooled(chosen)
    print(f"leave-one-FAQ-out at threshold={chosen:.2f}: accuracy={right / answerable:.1%} "
          f"answered_when_silent={false / max(silent, 1):.1%} wrong_entry={wrong / answerable:.1%}")
    model = fit(rows, args.l2)
    model = Decision(model.weights, model.intercept, chosen)
    right, answerable, wrong, false, silent = decide(model, rows, model.threshold)
    print(f"all {len(names)} FAQs (fitted to them): accuracy={right / answerable:.1%} "
          f"answered_when_silent={false / max(silent, 1):.1%}")
    for name, weight in zip(SIGNALS, model.weights, strict=True):
        print(f"  {name:>14} {weight:+.2f}")
    if args.write:
        MODEL.write_text(json.dumps({"signals": SIGNALS, "weights": [round(w, 4) for w in model.weights],
                                     "intercept": round(model.intercept, 4), "threshold": model.threshold,
                                     "trained_on": [str(f) for f in args.folders]}, indent=1) + "\n",
                              encoding="utf-8")
    return 0


if __name__ == "__main__":
    import sys
    raise SystemExit(main(sys.argv[1:]))
