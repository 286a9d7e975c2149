"""Linear models over named features, applied in plain Python: one way to fit and apply the shipped learned layers.

A message is a list of feature names (character n-grams, cue hits, context); a model is a weight per
name and a bias. `fit` learns one yes/no question by stochastic gradient descent on the log loss;
`fit_softmax` learns several classes at once (multinomial logistic regression: the classes compete,
so one message's scores are comparable) and keeps the weights by feature, so scoring a message costs
one dictionary look-up per feature whatever the number of classes. `fit_softmax` uses numpy (at build
time only).
"""
from __future__ import annotations

import math
from collections.abc import Sequence


def logistic(z: float) -> float:
    """The logistic function, clamped so a very large score never overflows."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def fit(examples: Sequence[tuple[Sequence[str], bool]], epochs: int = 30, rate: float = 0.2, l2: float = 1e-4,
        min_count: int = 2) -> tuple[dict[str, float], float]:
    """Weights and bias for one yes/no question; classes balanced; deterministic (a fixed order per epoch).

    Features seen fewer than `min_count` times are left out: a name met once teaches nothing general.
    """
    counts: dict[str, int] = {}
    for feats, _ in examples:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    kept = [([f for f in feats if counts[f] >= min_count], yes) for feats, yes in examples]
    weights: dict[str, float] = {}
    bias = 0.0
    positives = sum(yes for _, yes in kept) or 1
    negative_weight = positives / max(1, len(kept) - positives)  # balance the classes
    for epoch in range(epochs):
        step = rate / (1 + epoch * 0.2)
        order = sorted(range(len(kept)), key=lambda i: (i * 7919 + epoch * 104729) % len(kept))
        for i in order:
            feats, yes = kept[i]
            z = bias + sum(weights.get(f, 0.0) for f in feats)
            g = (logistic(z) - yes) * (1.0 if yes else negative_weight)
            bias -= step * g
            for f in feats:
                w = weights.get(f, 0.0)
                weights[f] = w - step * (g + l2 * w)
    return weights, bias


def fit_softmax(examples: Sequence[tuple[Sequence[str], str]], classes: Sequence[str], *, l2: float = 1e-3,
                balance: float = 0.5, steps: int = 300, rate: float = 0.1, min_count: int = 2
                ) -> tuple[dict[str, list[float]], list[float]]:
    """Multinomial logistic weights (`{feature: [weight per class]}`) and biases; deterministic.

    Full-batch gradient descent (Adam) on the mean log loss plus `l2` times half the squared weights.
    Each example counts (n / (classes x its class's count)) ** `balance`: 0 leaves the classes as the
    data has them, 1 makes every class weigh the same. Features seen in fewer than `min_count`
    examples are left out.
    """
    import numpy as np  # build time only: the bot applies the weights in plain Python

    counts: dict[str, int] = {}
    for feats, _ in examples:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    columns: list[int] = []
    for i, (feats, _) in enumerate(examples):
        for f in sorted(set(feats)):
            if counts[f] >= min_count:
                rows.append(i)
                columns.append(vocabulary.setdefault(f, len(vocabulary)))
    n, width = len(examples), len(classes)
    row, column = np.array(rows, dtype=np.int64), np.array(columns, dtype=np.int64)
    truth = np.array([list(classes).index(label) for _, label in examples], dtype=np.int64)
    seen = np.bincount(truth, minlength=width).astype(float)
    weigh = (n / (width * np.maximum(seen, 1.0))) ** balance
    per_example = weigh[truth] / weigh[truth].sum()
    onehot = np.zeros((n, width))
    onehot[np.arange(n), truth] = 1.0
    w, b = np.zeros((len(vocabulary), width)), np.zeros(width)
    moments = [(np.zeros_like(w), np.zeros_like(w)), (np.zeros_like(b), np.zeros_like(b))]
    for step in range(1, steps + 1):
        sums = np.stack([np.bincount(row, weights=w[column, c], minlength=n) for c in range(width)], axis=1) + b
        sums -= sums.max(axis=1, keepdims=True)
        p = np.exp(sums)
        p /= p.sum(axis=1, keepdims=True)
        error = (p - onehot) * per_example[:, None]
        gradient = np.stack([np.bincount(column, weights=error[row, c], minlength=len(w)) for c in range(width)],
                            axis=1) + l2 * w
        for value, grad, (first, second) in zip((w, b), (gradient, error.sum(axis=0)), moments, strict=True):
            first *= 0.9
            first += 0.1 * grad
            second *= 0.999
            second += 0.001 * grad * grad
            value -= rate * (first / (1 - 0.9 ** step)) / (np.sqrt(second / (1 - 0.999 ** step)) + 1e-8)
    names = sorted(vocabulary, key=vocabulary.__getitem__)
    weights = {name: [float(x) for x in w[j]] for j, name in enumerate(names) if float(np.abs(w[j]).max()) >= 0.005}
    return weights, [float(x) for x in b]


def softmax(sums: Sequence[float]) -> list[float]:
    """Each class's probability from its weighted sum."""
    top = max(sums)
    exps = [math.exp(s - top) for s in sums]
    total = sum(exps)
    return [e / total for e in exps]


def class_sums(weights: dict[str, list[float]], biases: list[float], feats: Sequence[str]) -> list[float]:
    """Each class's weighted sum for one example (before the logistic function)."""
    get = weights.get
    rows = [row for f in feats if (row := get(f)) is not None]
    return [sum(column) for column in zip(biases, *rows, strict=True)]


def class_sums_after(sums: Sequence[float], weights: dict[str, list[float]], feats: Sequence[str]) -> list[float]:
    """`class_sums` of more features, going on from the sums of those before them: each class's sum is added up
    left to right as one `class_sums` over all of them would (the same number to the last bit)."""
    get = weights.get
    rows = [row for f in feats if (row := get(f)) is not None]
    return [sum(column) for column in zip(sums, *rows, strict=True)]


def class_scores(weights: dict[str, list[float]], biases: list[float], feats: Sequence[str]) -> list[float]:
    """Each class's logistic score for one example."""
    return [logistic(z) for z in class_sums(weights, biases, feats)]
