"""The decision to answer: a small logistic regression over how a message meets each candidate entry.

Trained at build time on the tune FAQs (`python -m plugins.faq.decision tests/data/faq_eval/tune`) and shipped
as `decision.json` (a few numbers); at run time it is one dot product per candidate.
"""
from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from pathlib import Path

# What the matcher measures for each candidate entry, in this order (plugins/faq/matcher.py FaqIndex.match).
SIGNALS = (
    "coverage",  # share of the message's weighted features the entry has (field-weighted)
    "question_part",  # ... met in the entry's questions
    "keywords_part",  # ... met in its keywords
    "answer_part",  # ... met in its answer
    "words",  # share of the message's word weight the entry has
    "sounds",  # share of the message's pinyin pairs the entry has
    "characters",  # share of its characters and character pairs
    "synonyms",  # share of the synonym sets (同义词词林) of its words
    "length",  # log(1 + content words in the message)
    "margin",  # coverage minus the best other candidate's
    "similarity",  # share of the entry's closest question that the message says
    "topic",  # a word met that says what the entry is about (not only when/where)
    "question",  # the message asks something
    "elsewhere",  # the message names a place the FAQ does not know
    "words_missing",  # content words of the message this entry never uses (0..4, over 4)
    "asks",  # bot/cues.py: the words ask something
    "thanks",  # ... thank someone
    "complains",  # ... complain
    "requests",  # ... ask for something to be done
    "gives",  # share of the kinds of thing asked (a time, a price, an age ...) the entry's answer gives (asking.py)
    "lacks",  # kinds of thing asked the answer does not give
    "partly_written",  # how closely part of the message is written like one of the entry's questions (RapidFuzz)
    "written",  # how closely the whole message is written like one of them
    "same_kind",  # the kinds of thing asked in the message and in the entry's questions agree (Jaccard)
)
MODEL = Path(__file__).with_name("decision.json")


@dataclass(frozen=True)
class Decision:
    """Weights of the logistic regression, one per signal, and the intercept."""

    weights: tuple[float, ...]
    intercept: float
    threshold: float  # the confidence the tune FAQs suggest for the config's default

    def confidences(self, candidates: list[tuple[float, ...]]) -> list[float]:
        """For each candidate, how likely it is the entry the member asks for, against the others and against
        "none of them" (a softmax whose "none" scores 0): they add up to at most 1."""
        scores = [min(self.intercept + sum(w * s for w, s in zip(self.weights, signals, strict=True)), 50.0)
                  for signals in candidates]
        exps = [math.exp(z) for z in scores]
        total = 1.0 + sum(exps)
        return [e / total for e in exps]

    @classmethod
    def load(cls, path: Path = MODEL) -> Decision:
        """The shipped weights; a model of other signals is refused (retrain after changing SIGNALS)."""
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["signals"]) != SIGNALS:
            raise ValueError(f"{path}: trained on other signals; run python -m plugins.faq.decision to retrain")
        return cls(tuple(data["weights"]), data["intercept"], data["threshold"])


def _neutral() -> Decision:
    weights = [0.0] * len(SIGNALS)
    weights[0] = 10.0
    return Decision(tuple(weights), -3.2, 0.5)


def _shipped() -> Decision:
    """The shipped model; without one (or a stale one, while retraining) coverage alone decides, and the log says so."""
    try:
        return Decision.load()
    except (OSError, ValueError, KeyError) as exc:
        logging.getLogger("qunbot.plugin.faq").error("faq decision model not used (%s); coverage alone decides", exc)
        return _neutral()


DECISION = _shipped()


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
    parser = argparse.ArgumentParser(prog="python -m plugins.faq.decision")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--silent-share", type=float, default=0.02, help="answered-when-silent the threshold allows")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    rows = examples(args.folder)
    names = sorted({n for n, _, _ in rows})
    grid = [t / 100 for t in range(10, 96)]

    def pick(model: Decision, part: list) -> float:
        best, chosen = -1.0, 0.5
        for t in grid:
            right, answerable, _, false, silent = decide(model, part, t)
            if false <= args.silent_share * silent and right / max(answerable, 1) > best:
                best, chosen = right / max(answerable, 1), t
        return chosen

    total = [0, 0, 0, 0, 0]
    for held in names:
        train = [r for r in rows if r[0] != held]
        model = fit(train, args.l2)
        t = pick(model, train)
        figures = decide(model, [r for r in rows if r[0] == held], t)
        total = [a + b for a, b in zip(total, figures, strict=True)]
        right, answerable, wrong, false, silent = figures
        print(f"held out {held}: threshold={t:.2f} accuracy={right / answerable:.1%} "
              f"answered_when_silent={false / max(silent, 1):.1%} wrong_entry={wrong / answerable:.1%}")
    right, answerable, wrong, false, silent = total
    print(f"leave-one-FAQ-out: accuracy={right / answerable:.1%} answered_when_silent={false / max(silent, 1):.1%} "
          f"wrong_entry={wrong / answerable:.1%}")
    model = fit(rows, args.l2)
    model = Decision(model.weights, model.intercept, pick(model, rows))
    right, answerable, wrong, false, silent = decide(model, rows, model.threshold)
    print(f"all of {args.folder}: threshold={model.threshold:.2f} accuracy={right / answerable:.1%} "
          f"answered_when_silent={false / max(silent, 1):.1%}")
    for name, weight in zip(SIGNALS, model.weights, strict=True):
        print(f"  {name:>14} {weight:+.2f}")
    if args.write:
        MODEL.write_text(json.dumps({"signals": SIGNALS, "weights": [round(w, 4) for w in model.weights],
                                     "intercept": round(model.intercept, 4), "threshold": model.threshold,
                                     "trained_on": str(args.folder)}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    import sys
    raise SystemExit(main(sys.argv[1:]))
