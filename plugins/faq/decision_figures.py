"""How a FAQ decision fares at a threshold on labelled queries: what became of each query, the pooled figures of an
operating point, and the shares asked back (您是想问…吗？) below it. Read by plugins.faq.train_decision and the FAQ
benches; every figure is of whatever rows it is given (leave-one-FAQ-out when the rows are held out)."""
from __future__ import annotations

from dataclasses import dataclass

from plugins.faq.decision import SIGNALS, Decision

# a query, its candidates (signals, whether the right entry), whether it has an answer in the FAQ
Row = tuple[str, list[tuple[tuple[float, ...], bool]], bool]


KINDS = ("right", "wrong entry", "right one below another", "right one not a candidate", "no candidate",
         "right first, not sure enough", "right first, held back by a rule")


def outcomes(model: Decision, rows: list[Row], threshold: float) -> list[str]:
    """What became of each query: for an answerable one a KINDS item, for one that should get silence "silent" or
    "answered" (as the matcher would answer: confidence, then the rules of FaqIndex.answer)."""
    elsewhere, question, topic = SIGNALS.index("elsewhere"), SIGNALS.index("question"), SIGNALS.index("topic")
    found = []
    for _, cands, should in rows:
        sure = model.confidences([c[0] for c in cands])
        at = max(range(len(cands)), key=sure.__getitem__, default=None)
        if at is None:
            found.append("no candidate" if should else "silent")
            continue
        signals, right = cands[at]
        ruled_out = bool(signals[elsewhere]) or not signals[question] or not signals[topic]
        said = sure[at] >= threshold and not ruled_out
        if not should:
            found.append("answered" if said else "silent")
        elif said:
            found.append("right" if right else "wrong entry")
        elif right:
            held = sure[at] >= threshold
            found.append("right first, held back by a rule" if held else "right first, not sure enough")
        else:
            found.append("right one below another" if any(ok for _, ok in cands) else "right one not a candidate")
    return found


@dataclass
class Point:
    """Figures of one operating point."""

    first: float  # share of answerable queries whose most likely candidate is the right entry
    accuracy: float
    wrong: float
    answered_when_silent: float
    kinds: dict[str, int]

    def line(self) -> str:
        """The figures as `key=value` pairs."""
        return (f"ranked_first={self.first:.1%} accuracy={self.accuracy:.1%} wrong_entry={self.wrong:.1%} "
                f"answered_when_silent={self.answered_when_silent:.1%}")


def point(model_rows: list[tuple[Decision, list[Row]]], threshold: float) -> Point:
    """Pooled figures of (model, the rows it judges) pairs at a threshold."""
    kinds = dict.fromkeys((*KINDS, "silent", "answered"), 0)
    for model, part in model_rows:
        for kind in outcomes(model, part, threshold):
            kinds[kind] += 1
    answerable = sum(kinds[k] for k in KINDS) or 1
    silent = (kinds["silent"] + kinds["answered"]) or 1
    first = kinds["right"] + kinds["right first, not sure enough"] + kinds["right first, held back by a rule"]
    return Point(first / answerable, kinds["right"] / answerable, kinds["wrong entry"] / answerable,
                 kinds["answered"] / silent, kinds)


def asked_back(model_rows: list[tuple[Decision, list[Row]]], floor: float, threshold: float) -> tuple[float, ...]:
    """Shares asked back from `floor` up to `threshold` (never counted as answers): answerable queries with the right
    entry, with another, and queries that should get silence."""
    right = wrong = silent = answerable = nulls = 0
    for model, part in model_rows:
        low, high = outcomes(model, part, floor), outcomes(model, part, threshold)
        for (_, _, should), at_floor, at_threshold in zip(part, low, high, strict=True):
            answerable += should
            nulls += not should
            if at_threshold in ("right", "wrong entry", "answered"):
                continue
            right += at_floor == "right"
            wrong += at_floor == "wrong entry"
            silent += at_floor == "answered"
    return right / max(answerable, 1), wrong / max(answerable, 1), silent / max(nulls, 1)
