"""Fitting the FAQ's decision: queries whose answer is none of the candidates can be made to count more."""
from __future__ import annotations

from plugins.faq.decision import SIGNALS
from plugins.faq.train_decision import fit


def _signals(coverage: float) -> tuple[float, ...]:
    return (coverage,) + (0.0,) * (len(SIGNALS) - 1)


def _rows() -> list:
    # answered queries meet their entry well; near misses meet the best candidate almost as well
    right = [("shop", [(_signals(0.9), True), (_signals(0.3), False)], True) for _ in range(20)]
    near = [("shop", [(_signals(0.7), False)], False) for _ in range(10)]
    return right + near


def test_weighing_near_misses_more_makes_the_bot_less_sure_of_them_than_of_real_matches():
    plain, careful = fit(_rows(), l2=0.3), fit(_rows(), l2=0.3, none_weight=4.0)
    near_miss, match = [_signals(0.7)], [_signals(0.9)]
    assert careful.confidences(near_miss)[0] < plain.confidences(near_miss)[0]
    assert careful.confidences(match)[0] > 0.5 > careful.confidences(near_miss)[0]
