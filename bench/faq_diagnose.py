"""Where the answerable queries left silent go, leave-one-FAQ-out, from a bench/faq_lofo.py cache; and what a
suggestion to the operator on duty would catch below the threshold.

    python bench/faq_diagnose.py DIR [--threshold 0.55] [--ask-back-from 0.5] [--suggest-from 0.35] [--groups 8]
                                     [--only FOLDER ...]

Each FAQ is judged by the decision fitted without it (faq_lofo.held_out). An answerable query the bot leaves silent
is counted by where its right entry stands among the candidates, ordered by the decision's confidence: first (the
decision is too strict, or a rule held it back), second or third, fourth or fifth, or nowhere (retrieval failed).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.faq_lofo import held_out, read  # noqa: E402
from plugins.faq.decision import SIGNALS  # noqa: E402

ELSEWHERE, QUESTION, TOPIC = SIGNALS.index("elsewhere"), SIGNALS.index("question"), SIGNALS.index("topic")
BANDS = (0.45, 0.35, 0.25, 0.15, 0.0)  # confidence bands of the first candidate, from the threshold down
FLOORS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)


def judged(pairs: list, threshold: float) -> list[dict]:
    """Each query: whether it should be answered, the first candidate's confidence and whether it is right, the
    right entry's rank (1-based, 0 when no candidate is right), whether a rule holds the first back, answered."""
    out = []
    for model, rows in pairs:
        for _, cands, should in rows:
            sure = model.confidences([c[0] for c in cands]) if cands else []
            order = sorted(range(len(cands)), key=lambda i: -sure[i])
            rank = next((n + 1 for n, i in enumerate(order) if cands[i][1]), 0)
            top = order[0] if order else None
            ruled = top is not None and (bool(cands[top][0][ELSEWHERE]) or not cands[top][0][QUESTION]
                                         or not cands[top][0][TOPIC])
            conf = sure[top] if top is not None else 0.0
            out.append({"should": should, "conf": conf, "rank": rank, "candidates": len(cands), "ruled": ruled,
                        "answered": top is not None and conf >= threshold and not ruled,
                        "top_right": top is not None and cands[top][1]})
    return out


def lofo(out: Path, groups: int, only: list[str]) -> list:
    """(decision fitted without each FAQ or its part of `groups`, its rows), of the FAQs of the folders `only` (all
    when empty): every FAQ's rows are fitted on, the figures are read on those folders."""
    found = read(out)
    pairs = held_out(found, groups=groups)
    if not only:
        return pairs
    from plugins.faq.train_decision import read_folders
    kept = {faq.name for faq in read_folders([Path(f) for f in only])}
    names = list(found)
    order = [n for k in range(groups) for n in names[k::groups]] if groups else names  # held_out's order
    return [pair for name, pair in zip(order, pairs, strict=True) if name in kept]


def report(out: Path, threshold: float, groups: int = 0, only: list[str] | None = None) -> None:
    """The table of where the silent answerable queries go, and the suggestion band's figures."""
    queries = judged(lofo(out, groups, only or []), threshold)
    answerable = [q for q in queries if q["should"]]
    nulls = [q for q in queries if not q["should"]]
    left = [q for q in answerable if not q["answered"]]
    right = sum(q["answered"] and q["top_right"] for q in answerable)
    wrong = sum(q["answered"] and not q["top_right"] for q in answerable)
    print(f"{len(queries)} queries, {len(answerable)} answerable, {len(nulls)} should get silence; at {threshold:.2f}: "
          f"right {right} ({right / len(answerable):.1%}), wrong entry {wrong} ({wrong / len(answerable):.1%}), "
          f"left silent {len(left)} ({len(left) / len(answerable):.1%}), answered when silent "
          f"{sum(q['answered'] for q in nulls) / len(nulls):.1%}")
    kinds: Counter[str] = Counter()
    for q in left:
        if q["rank"] == 1:
            kinds["right entry first, held back by a rule" if q["ruled"] and q["conf"] >= threshold
                  else "right entry first, not sure enough"] += 1
        elif q["rank"] in (2, 3):
            kinds["right entry 2nd or 3rd"] += 1
        elif q["rank"]:
            kinds["right entry 4th or 5th"] += 1
        elif q["candidates"]:
            kinds["right entry no candidate (others are)"] += 1
        else:
            kinds["no candidate at all"] += 1
    print("| answerable left silent | queries | share of those left silent | share of answerable |")
    print("| --- | --- | --- | --- |")
    for kind, n in kinds.most_common():
        print(f"| {kind} | {n} | {n / len(left):.1%} | {n / len(answerable):.1%} |")
    first = [q for q in left if q["rank"] == 1 and not (q["ruled"] and q["conf"] >= threshold)]
    print("right entry first, not sure enough, by the first candidate's confidence:")
    top = threshold
    for low in BANDS:
        n = sum(low <= q["conf"] < top for q in first)
        print(f"  {low:.2f}-{top:.2f}: {n} ({n / len(answerable):.1%} of answerable)")
        top = low
    print("a suggestion to the operator from a floor up to the threshold (the first candidate, rules as above):")
    for floor in FLOORS:
        band = [q for q in queries if not q["answered"] and not q["ruled"] and floor <= q["conf"] < threshold]
        good = sum(q["should"] and q["top_right"] for q in band)
        bad = sum(q["should"] and not q["top_right"] for q in band)
        silent = sum(not q["should"] for q in band)
        print(f"  from {floor:.2f}: right {good / len(answerable):.1%} of answerable, another entry "
              f"{bad / len(answerable):.1%}, caused by a query that should get silence {silent / len(nulls):.1%}; "
              f"right in {good / max(len(band), 1):.0%} of the {len(band)} suggestions")


def bands(out: Path, threshold: float, ask_back_from: float, suggest_from: float, groups: int = 0,
          only: list[str] | None = None) -> None:
    """The two bands under the answer as the plugin has them: asked back (ask_back_from up to the threshold) and
    suggested to the operator (suggest_from up to ask_back_from); each band's right entry and other entry as shares
    of the answerable queries, its near misses (queries that should get silence) as a share of those."""
    queries = judged(lofo(out, groups, only or []), threshold)
    answerable = sum(q["should"] for q in queries)
    nulls = len(queries) - answerable
    for name, low, high in (("asked back", ask_back_from, threshold), ("suggested", suggest_from, ask_back_from)):
        band = [q for q in queries if not q["answered"] and not q["ruled"] and low <= q["conf"] < high]
        good = sum(q["should"] and q["top_right"] for q in band)
        bad = sum(q["should"] and not q["top_right"] for q in band)
        silent = sum(not q["should"] for q in band)
        print(f"{name} {low:.2f}-{high:.2f}: {len(band)} queries; right entry {good} ({good / answerable:.1%} of "
              f"answerable), another entry {bad} ({bad / answerable:.1%}), near misses {silent} ({silent / nulls:.1%} "
              f"of those that should get silence); right in {good / max(len(band), 1):.0%}")


if __name__ == "__main__":
    import argparse
    parser = argparse.ArgumentParser(prog="python bench/faq_diagnose.py")
    parser.add_argument("out", type=Path)
    parser.add_argument("--threshold", type=float, default=0.55)
    parser.add_argument("--ask-back-from", type=float, help="print the asked-back and suggested bands")
    parser.add_argument("--suggest-from", type=float, default=0.35)
    parser.add_argument("--groups", type=int, default=0, help="refit the decision per this many parts (0: per FAQ)")
    parser.add_argument("--only", nargs="*", default=[], help="read the figures on these folders' FAQs only")
    args = parser.parse_args()
    if args.ask_back_from is not None:
        bands(args.out, args.threshold, args.ask_back_from, args.suggest_from, args.groups, args.only)
    else:
        report(args.out, args.threshold, args.groups, args.only)
