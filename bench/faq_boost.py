"""A richer decision to answer, tried leave-one-FAQ-out from a bench/faq_lofo.py cache (issue 15, faq20).

    python bench/faq_boost.py DIR [--groups 8] [--chat]

The shipped decision is a conditional logit: one linear score per candidate over the matcher's signals, a softmax
against "none", one threshold for every FAQ. Here a second stage reads the pair the first stage puts on top: the
first and second candidates' signals, their difference, the first stage's confidences and lead, the FAQ's size (how
many entries, how many candidates this query has) and, with --chat, the message's chat-likeness
(bench/faq_signal.py); gradient boosting (scikit-learn's HistGradientBoostingClassifier) learns whether answering
the first candidate is right. Both stages are fitted without the FAQ judged (or its part, --groups); the second
stage's training rows take the first stage's confidences fitted without their own FAQ. scikit-learn is not a
dependency of qunbot: run with it on the path, e.g. PYTHONPATH=$PWD:/path/to/site-packages-with-sklearn.
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.faq_lofo import FOLDS, _load, held_out, read  # noqa: E402
from bench.faq_signal import ELSEWHERE, QUESTION, TOPIC, figures  # noqa: E402
from plugins.faq.train_decision import read_folders  # noqa: E402

THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


def sizes(out: Path) -> dict[str, int]:
    """Entries of each FAQ of the cache."""
    return {f.name: len(f.entries) for f in read_folders([Path(p) for p in _load(out / "folders.pkl")])}  # type: ignore[attr-defined]


def pair_features(model, cands: list, entries: int, chat_like: float | None) -> tuple[np.ndarray, int] | None:
    """The second stage's reading of one query: features of (message, first, second) and the first's position."""
    if not cands:
        return None
    sure = model.confidences([c[0] for c in cands])
    order = sorted(range(len(cands)), key=lambda i: -sure[i])
    top = order[0]
    first = np.asarray(cands[top][0], dtype=float)
    if len(order) > 1:
        second, p2 = np.asarray(cands[order[1]][0], dtype=float), sure[order[1]]
    else:
        second, p2 = np.zeros_like(first), 0.0
    extra = [sure[top], p2, sure[top] - p2, sum(sure), len(cands), np.log(entries), float(len(order) > 1)]
    if chat_like is not None:
        extra.append(chat_like)
    return np.concatenate([first, second, first - second, extra]), top


def table(pairs: list, names: list[str], entries: dict[str, int], chat: dict[str, np.ndarray] | None):
    """Rows for the second stage: features, whether answering the first is right, FAQ, should, first's rule."""
    x, y, faq, should, ruled, right = [], [], [], [], [], []
    for name, (model, rows) in zip(names, pairs, strict=True):
        for q, (_, cands, ok) in enumerate(rows):
            got = pair_features(model, cands, entries[name], None if chat is None else float(chat[name][q]))
            if got is None:
                continue
            feats, top = got
            s = cands[top][0]
            x.append(feats)
            y.append(bool(ok and cands[top][1]))
            faq.append(name)
            should.append(bool(ok))
            right.append(bool(cands[top][1]))
            ruled.append(bool(s[ELSEWHERE]) or not s[QUESTION] or not s[TOPIC])
    return (np.array(x), np.array(y), np.array(faq), np.array(should), np.array(ruled), np.array(right))


def boost(found: dict[str, dict], pairs: list, entries: dict[str, int], groups: int,
          chat: dict[str, np.ndarray] | None, **params) -> tuple[np.ndarray, tuple]:
    """Second-stage probabilities, each FAQ's from a model fitted without it (or its part); `pairs` are the first
    stage's (decision fitted without the FAQ or its part, its rows), whose confidences the second stage reads."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    names = list(found)
    order = [n for k in range(groups) for n in names[k::groups]] if groups else names  # held_out's order of pairs
    data = table(pairs, order, entries, chat)
    x, y, faq = data[0], data[1], data[2]
    prob = np.zeros(len(y))
    parts = [names[k::groups] for k in range(groups)] if groups else [[n] for n in names]
    for held in parts:
        out = np.isin(faq, held)
        model = HistGradientBoostingClassifier(random_state=15, **params).fit(x[~out], y[~out])
        prob[out] = model.predict_proba(x[out])[:, 1]
    return prob, data


def report(prob: np.ndarray, data: tuple, answerable: int, silent: int, label: str) -> None:
    """Right / wrong entry / answered when silent at each threshold of the second stage (rules as shipped)."""
    _, _, _, should, ruled, right = data
    for t in THRESHOLDS:
        said = (prob >= t) & ~ruled
        print(f"| {label} | {t:.2f} | {(said & should & right).sum() / answerable:.2%} | "
              f"{(said & should & ~right).sum() / answerable:.2%} | {(said & ~should).sum() / silent:.2%} |",
              flush=True)


def main() -> None:
    import argparse
    parser = argparse.ArgumentParser(prog="python bench/faq_boost.py")
    parser.add_argument("out", type=Path)
    parser.add_argument("--groups", type=int, default=FOLDS, help="refit per this many parts of the FAQs (0: per FAQ)")
    parser.add_argument("--chat", action="store_true", help="the message's chat-likeness as one more feature")
    parser.add_argument("--rate", type=float, default=0.05)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--leaves", type=int, default=15)
    args = parser.parse_args()
    found = read(args.out)
    entries = sizes(args.out)
    answerable = sum(r[2] for d in found.values() for r in d["rows"])
    silent = sum(not r[2] for d in found.values() for r in d["rows"])
    print("| decision | threshold | right | wrong entry | answered when silent |")
    print("| --- | --- | --- | --- | --- |")
    base = held_out(found, groups=args.groups)
    for t in (0.5, 0.53, 0.55, 0.56, 0.6):
        a = figures(base, t)
        print(f"| conditional logit | {t:.2f} | {a[0]:.2%} | {a[1]:.2%} | {a[2]:.2%} |", flush=True)
    chat = None
    if args.chat:
        from bench.faq_signal import chat_likeness
        chat = chat_likeness(args.out, found, 5)
    prob, data = boost(found, base, entries, args.groups, chat, learning_rate=args.rate, max_iter=args.rounds,
                       max_leaf_nodes=args.leaves, l2_regularization=1.0)
    report(prob, data, answerable, silent, "boosted second stage")


if __name__ == "__main__":
    main()
