"""Linear models over named features (plain Python, no numpy): one way to fit and apply the shipped learned layers.

A message is a list of feature names (character n-grams, cue hits, context); a model is a weight per
name and a bias. `fit` learns one yes/no question by stochastic gradient descent on the log loss;
`fit_classes` asks one such question per class (one-vs-rest) and keeps the weights by feature, so
scoring a message costs one dictionary look-up per feature whatever the number of classes.
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


def fit_classes(examples: Sequence[tuple[Sequence[str], str]], classes: Sequence[str], **options: float
                ) -> tuple[dict[str, list[float]], list[float]]:
    """One-vs-rest weights for each class, stored by feature (`{feature: [weight per class]}`), and the biases."""
    by_feature: dict[str, list[float]] = {}
    biases = []
    for n, name in enumerate(classes):
        weights, bias = fit([(feats, label == name) for feats, label in examples], **options)  # type: ignore[arg-type]
        biases.append(bias)
        for f, w in weights.items():
            if abs(w) >= 0.005:
                by_feature.setdefault(f, [0.0] * len(classes))[n] = w
    return by_feature, biases


def class_sums(weights: dict[str, list[float]], biases: list[float], feats: Sequence[str]) -> list[float]:
    """Each class's weighted sum for one example (before the logistic function)."""
    get = weights.get
    rows = [row for f in feats if (row := get(f)) is not None]
    return [sum(column) for column in zip(biases, *rows, strict=True)]


def class_scores(weights: dict[str, list[float]], biases: list[float], feats: Sequence[str]) -> list[float]:
    """Each class's logistic score for one example."""
    return [logistic(z) for z in class_sums(weights, biases, feats)]
