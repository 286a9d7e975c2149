"""A candidate signal for the decision to answer, measured leave-one-FAQ-out from a bench/faq_lofo.py cache.

    python bench/faq_signal.py DIR [--groups 8] [--near 5]

The signal tried (issue 15, faqsignal18): does the message read like the chat other groups' members wrote, or like
the questions they asked? Each message is put through the paraphrase encoder of its eighth of the FAQs (enc{k}.npz,
trained without them); its closeness to the `near` closest messages of the other eighths that should get silence,
minus its closeness to the `near` closest that should get an answer, is added to every candidate's signals. The
decision is refitted without each FAQ (or per `groups` parts) with and without it, and both are read at a range of
thresholds: right, wrong entry, answered when silence was right (the rules of bench/faq_diagnose.py applied).
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.faq_lofo import FOLDS, held_out, read  # noqa: E402
from plugins.faq import paraphrase  # noqa: E402
from plugins.faq.decision import SIGNALS, chat_side  # noqa: E402
from plugins.faq.words import features  # noqa: E402

ELSEWHERE, QUESTION, TOPIC = SIGNALS.index("elsewhere"), SIGNALS.index("question"), SIGNALS.index("topic")
THRESHOLDS = (0.45, 0.48, 0.5, 0.52, 0.53, 0.54, 0.55, 0.56, 0.58, 0.6)


def chat_likeness(out: Path, found: dict[str, dict], near: int) -> dict[str, np.ndarray]:
    """Per FAQ, per query: mean closeness to the nearest messages that should get silence minus to the nearest that
    should get an answer, among the other eighths' messages, by the encoder trained without its eighth."""
    names = list(found)
    said = {n: [features(q[0]) for q in found[n]["queries"]] for n in names}
    asked = {n: np.array([r[2] for r in found[n]["rows"]], dtype=bool) for n in names}
    reading: dict[str, np.ndarray] = {}
    for k in range(FOLDS):
        encoder = paraphrase.Encoder.load(out / f"enc{k}.npz")
        held = set(names[k::FOLDS])
        vectors = {n: np.array([encoder.of_message(f) for f in said[n]]) for n in names}
        others = [n for n in names if n not in held]
        refs = np.vstack([vectors[n] for n in others])
        answer = np.concatenate([asked[n] for n in others])
        for name in names[k::FOLDS]:
            close = vectors[name] @ refs.T

            def nearest(keep: np.ndarray, close: np.ndarray = close) -> np.ndarray:
                return -np.sort(-np.where(keep[None, :], close, -9.0), axis=1)[:, :near].mean(axis=1)
            reading[name] = nearest(~answer) - nearest(answer)
    return reading


MARGIN, LEAD = SIGNALS.index("margin"), SIGNALS.index("paraphrase_lead")
# How the reading enters a candidate's signals (faq20): as it is (faqsignal18, faq19: it moves every candidate against
# "none" alike); only its chat side (a message that reads as a question makes no candidate surer); or shrunk by how far
# the candidate leads the others on coverage or on the paraphrase encoder (an entry far ahead is left as it is).
FORMS = {
    "plain": lambda h, s: h,
    "silence": lambda h, s: chat_side(h),  # what ships (plugins/faq/decision.py)
    "margin": lambda h, s: h * (1.0 - min(max(s[MARGIN], 0.0), 1.0)),
    "lead": lambda h, s: h * (1.0 - min(max(s[LEAD], 0.0), 1.0)),
    "silence_margin": lambda h, s: max(h, 0.0) * (1.0 - min(max(s[MARGIN], 0.0), 1.0)),
}


def with_signal(found: dict[str, dict], reading: dict[str, np.ndarray], form: str = "plain") -> dict[str, dict]:
    """The cache's rows with the reading appended to each candidate's signals, in one of the FORMS."""
    how = FORMS[form]
    return {name: {**d, "rows": [(f, [(tuple(s) + (float(how(float(h), s)),), ok) for s, ok in cands], should)
                                 for (f, cands, should), h in zip(d["rows"], reading[name], strict=True)]}
            for name, d in found.items()}


def figures(pairs: list, threshold: float) -> tuple[float, float, float]:
    """Right and wrong entry (of answerable queries), answered when silence was right (of those)."""
    right = wrong = loud = answerable = silent = 0
    for model, rows in pairs:
        for _, cands, should in rows:
            answerable += should
            silent += not should
            if not cands:
                continue
            sure = model.confidences([c[0] for c in cands])
            top = max(range(len(cands)), key=lambda i: sure[i])
            s = cands[top][0]
            if sure[top] < threshold or s[ELSEWHERE] or not s[QUESTION] or not s[TOPIC]:
                continue
            right += should and cands[top][1]
            wrong += should and not cands[top][1]
            loud += not should
    return right / answerable, wrong / answerable, loud / silent


def main() -> None:
    import argparse
    parser = argparse.ArgumentParser(prog="python bench/faq_signal.py")
    parser.add_argument("out", type=Path)
    parser.add_argument("--groups", type=int, default=0, help="refit per this many parts of the FAQs (0: per FAQ)")
    parser.add_argument("--near", type=int, default=5)
    parser.add_argument("--form", choices=FORMS, nargs="+", default=["plain"],
                        help="how the reading enters the signals")
    args = parser.parse_args()
    found = read(args.out)
    reading = chat_likeness(args.out, found, args.near)
    every = np.concatenate([reading[name] for name in found])
    asked = np.concatenate([[r[2] for r in d["rows"]] for d in found.values()]).astype(bool)
    print(f"chat-likeness: mean {every[asked].mean():.3f} for answerable queries, {every[~asked].mean():.3f} for "
          f"those that should get silence")
    base = held_out(found, groups=args.groups)
    for form in args.form:
        new = held_out(with_signal(found, reading, form), groups=args.groups)
        print(f"\n{form}:\n| threshold | right | wrong entry | answered when silent | with the signal: right | "
              "wrong entry | answered when silent |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for t in THRESHOLDS:
            a, b = figures(base, t), figures(new, t)
            print(f"| {t:.2f} | " + " | ".join(f"{v:.2%}" for v in (*a, *b)) + " |", flush=True)

if __name__ == "__main__":
    main()
