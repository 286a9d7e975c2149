"""Does a threshold per FAQ, set from the FAQ's own entries, carry to FAQs it was not calibrated on? (issue 15, faq17)

    python bench/faq_calibrate_by_entries.py DIR        # DIR: a faq_lofo.py cache

The decision is refitted without each eighth of the FAQs (faq_lofo's eighths). A FAQ's threshold is
base + slope * z, z its standardised measure of its entries (no query is looked at): 0, how alike its entries are
(the mean over entries of the best character-pair Jaccard with another entry's questions and keywords); 1, how many
entries it has; 2, how long its entries' questions are. (base, slope) are chosen on seven eighths (best accuracy with
answered-when-silent <= 3% pooled), checked on the eighth left out; the same for one threshold for all (slope 0).
"""
from __future__ import annotations

import itertools
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.faq_lofo import FOLDS, held_out, read  # noqa: E402
from plugins.faq.decision_figures import point  # noqa: E402
from plugins.faq.train_decision import read_folders  # noqa: E402
from plugins.faq.words import normalise  # noqa: E402

THRESHOLDS = [t / 100 for t in range(30, 90)]
MEASURES = ("how alike the entries are", "entries", "characters pairs per entry")


def _pairs(text: str) -> set[str]:
    t = normalise(text).replace(" ", "")
    return {t[i:i + 2] for i in range(len(t) - 1)}


def measures(out: Path) -> dict[str, tuple[float, float, float]]:
    """Each FAQ's three measures of its own entries."""
    found = {}
    for faq in read_folders([Path(f) for f in pickle.loads((out / "folders.pkl").read_bytes())]):
        texts = [_pairs(" ".join([e.question, *e.questions, *e.keywords])) for e in faq.entries]
        alike = [max((len(a & b) / max(1, len(a | b)) for j, b in enumerate(texts) if j != i), default=0.0)
                 for i, a in enumerate(texts)]
        found[faq.name] = (float(np.mean(alike)), float(len(texts)), float(np.mean([len(t) for t in texts])))
    return found


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    found = read(out)
    names = list(found)
    order = [n for k in range(FOLDS) for n in names[k::FOLDS]]
    at = dict(zip(order, held_out(found, groups=FOLDS), strict=True))
    stat = measures(out)
    table = {}  # each FAQ, each threshold: right, answerable, answered when silent, silent
    for name in names:
        for t in THRESHOLDS:
            k = point([at[name]], t).kinds
            table[name, t] = (k["right"], sum(v for x, v in k.items() if x not in ("silent", "answered")),
                              k["answered"], k["silent"] + k["answered"])

    def threshold(name: str, m: int, base: float, slope: float) -> float:
        values = np.array([stat[n][m] for n in names])
        t = base + slope * (stat[name][m] - values.mean()) / values.std()
        return min(THRESHOLDS, key=lambda x: abs(x - t))

    def pooled(chosen: list[str], m: int, base: float, slope: float) -> np.ndarray:
        return np.sum([table[n, threshold(n, m, base, slope)] for n in chosen], axis=0)

    bases, slopes = [t / 100 for t in range(40, 75)], [s / 100 for s in range(-8, 9, 2)]
    for m, label in enumerate(MEASURES):
        rules = [(f"by {label}", slopes)] + ([("one threshold for all", [0.0])] if m == 0 else [])
        for rule, tried in rules:
            checked, picks = np.zeros(4), []
            for g in range(FOLDS):
                test = names[g::FOLDS]
                train = [n for n in names if n not in test]
                best = None
                for base, slope in itertools.product(bases, tried):
                    r, a, s, n = pooled(train, m, base, slope)
                    if s <= 0.03 * n and (best is None or r / a > best[0]):
                        best = (r / a, base, slope)
                assert best is not None
                picks.append(best[1:])
                checked += pooled(test, m, best[1], best[2])
            r, a, s, n = checked
            print(f"{rule}: each eighth checked with the rule chosen on the others: {r / a:.1%} / {s / n:.1%}; "
                  f"chosen (base, slope) {picks}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
