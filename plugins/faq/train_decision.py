"""Training the FAQ's learned parts on labelled FAQs: the meaning table (meaning.tsv), the chat table (chat.tsv), the
paraphrase encoder (paraphrase.npz) and the decision (decision.json).

python -m plugins.faq.train_decision tests/data/faq_eval/tune tests/data/faq_train [--l2 0.3] [--none-weight 4]
    [--silent-share 0.03]
    [--no-meaning] [--folds 8] [--write]

Every figure printed is leave-one-FAQ-out: a FAQ's queries are matched with meaning and chat tables learned from the
other FAQs only and a paraphrase encoder trained without it (one per eighth of the FAQs, --folds), and judged by a
decision fitted to the other FAQs only, so the figures are those of a FAQ never
trained on (cross-validated training figures, not a report figure). The threshold is the one that keeps answers where
silence was right within --silent-share on those held-out predictions. The shipped meaning and chat tables are learned
from all FAQs; the shipped decision is fitted to the held-out signals of all FAQs (each FAQ's signals from tables
without it).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from plugins.faq import chat, paraphrase
from plugins.faq.decision import MODEL, SIGNALS, Decision
from plugins.faq.decision_figures import Row, asked_back, point
from plugins.faq.meaning import learn

if TYPE_CHECKING:
    from plugins.faq.entry import Entry
    from plugins.faq.matcher import FaqIndex

@dataclass
class Labelled:
    """One training FAQ: its entries and labelled queries (text, expected id or None)."""

    name: str
    entries: list[Entry]
    queries: list[tuple[str, str | None]]


def read_folders(folders: list[Path]) -> list[Labelled]:
    """Every NAME.yaml + NAME.queries.jsonl pair of the folders."""
    from plugins.faq.evaluate import pairs, read_queries
    from plugins.faq.library import read_file
    found: list[Labelled] = []
    for folder in folders:
        for name, faq_file, queries_file in pairs(folder, None):
            assert faq_file is not None
            queries = [(str(q["text"]), str(q["expected"]) if q.get("expected") is not None else None)
                       for q in read_queries(queries_file, [])]
            if any(f.name == name for f in found):  # two writers chose the same file name (heldout19 and _plain)
                name = f"{name}@{folder.name}"
            found.append(Labelled(name, read_file(faq_file), queries))
    return found


def paraphrases(faqs: list[Labelled]) -> list[tuple[str, list[str], list[str]]]:
    """(FAQ, member's words, entry's words) for each answerable query (its entry's questions, keywords and answer)
    and each entry's other questions (its main question and keywords)."""
    from plugins.faq.words import normalise, words
    found = []
    for faq in faqs:
        by_id = {e.id: e for e in faq.entries}
        for text, expected in faq.queries:
            if expected is not None and expected in by_id:
                e = by_id[expected]
                asked = (e.question, *e.questions, *e.keywords, e.answer)
                found.append((faq.name, words(normalise(text)), [w for t in asked for w in words(normalise(t))]))
        for e in faq.entries:
            for other in e.questions:
                found.append((faq.name, words(normalise(other)),
                              [w for t in (e.question, *e.keywords) for w in words(normalise(t))]))
    return found


def paraphrase_batch(faq: Labelled) -> paraphrase.Batch:
    """A FAQ's labelled queries and entries as the paraphrase encoder trains on them (paraphrase.py)."""
    at = {e.id: i for i, e in enumerate(faq.entries)}
    entries = [paraphrase.bag(paraphrase.entry_texts(e.question, e.questions, e.keywords, e.answer))
               for e in faq.entries]
    queries = [(paraphrase.bag([(text, 1.0)]), at.get(expected, len(at)) if expected is not None else len(at))
               for text, expected in faq.queries]
    return paraphrase.batch(queries, entries)


def messages(faqs: list[Labelled]) -> list[tuple[dict[str, float], bool]]:
    """Every labelled query as the encoder reads a message, and whether it should get an answer: the reference
    messages of paraphrase.Encoder.chat_like."""
    from plugins.faq.words import features
    return [(features(text), expected is not None) for faq in faqs for text, expected in faq.queries]


def encoders(faqs: list[Labelled], folds: int) -> dict[str, paraphrase.Encoder]:
    """For each FAQ, a paraphrase encoder trained without it, the others' messages its reference: the FAQs split into
    `folds` parts, one encoder per part trained on the others (one per FAQ would take `folds` times less CPU)."""
    batches = {faq.name: paraphrase_batch(faq) for faq in faqs}
    names = [faq.name for faq in faqs]
    found = {}
    for k in range(folds):
        held = names[k::folds]
        if held:
            encoder = paraphrase.train([b for name, b in batches.items() if name not in held]).referring_to(
                messages([faq for faq in faqs if faq.name not in held]))
            found.update(dict.fromkeys(held, encoder))
    return found


def leftovers(faq: Labelled, index: FaqIndex) -> list[tuple[list[str], bool]]:
    """For each labelled query, the words its entry leaves unexplained and whether they are chat: those the right
    entry of an answerable query leaves (chat), those the best candidate of a should-be-silent query leaves (a topic of
    their own)."""
    from plugins.faq.words import normalise, words
    found = []
    for text, expected in faq.queries:
        said = tuple(words(normalise(text)))
        at = index._at.get(expected) if expected is not None else None
        if at is None and expected is None:
            best = index.match(text, limit=1)
            at = index._at[best[0].entry.id] if best else None
        if at is not None:
            found.append((index.leftover(said, at), expected is not None))
    return found


def examples(faq: Labelled, index: FaqIndex) -> tuple[list[Row], list[list[str]]]:
    """For each labelled query: each candidate's signals and whether it is right, whether the query should get an
    answer at all; and the candidates' ids."""
    from plugins.faq.matcher import CANDIDATES
    rows, ids = [], []
    for text, expected in faq.queries:
        found = index.match(text, limit=CANDIDATES)
        rows.append((faq.name, [(m.signals, m.entry.id == expected) for m in found], expected is not None))
        ids.append([m.entry.id for m in found])
    return rows, ids


def fit(rows: list[Row], l2: float = 1.0, none_weight: float = 1.0) -> Decision:
    """Conditional logit (Newton's method, L2 on the weights): each query chooses one of its candidates or none.

    A query whose answer is none of its candidates counts `none_weight` times: answering one of those is what the
    threshold must keep rare, so the model learns that part of its scale more closely."""
    import numpy as np
    groups = [(np.hstack([np.array([s for s, _ in cands], dtype=float), np.ones((len(cands), 1))]),
               np.array([ok for _, ok in cands], dtype=float),
               1.0 if any(ok for _, ok in cands) else none_weight) for _, cands, _ in rows if cands]
    size = len(SIGNALS) + 1
    w = np.zeros(size)
    penalty = np.full(size, l2)
    penalty[-1] = 0.0
    for _ in range(100):
        grad, hess = penalty * w, np.diag(penalty) + 1e-9 * np.eye(size)
        for x, y, weight in groups:
            z = x @ w
            top = max(z.max(), 0.0)
            e = np.exp(z - top)
            p = e / (np.exp(-top) + e.sum())
            mean = p @ x
            grad += weight * (mean - y @ x)
            hess += weight * ((x.T * p) @ x - np.outer(mean, mean))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return Decision(tuple(float(v) for v in w[:-1]), float(w[-1]), 0.5)


def main(argv: list[str]) -> int:
    """Learn the meaning table and the decision on folders of FAQs, show leave-one-FAQ-out figures, write both."""
    import argparse
    parser = argparse.ArgumentParser(prog="python -m plugins.faq.train_decision")
    parser.add_argument("folders", type=Path, nargs="+", help="folders of NAME.yaml + NAME.queries.jsonl")
    parser.add_argument("--l2", type=float, default=0.3)
    parser.add_argument("--none-weight", type=float, default=4.0, help="how much more a query whose answer is none "
                        "of its candidates counts in the fit")
    parser.add_argument("--silent-share", type=float, default=0.03, help="answered-when-silent the threshold allows")
    parser.add_argument("--no-meaning", action="store_true", help="match without a meaning table (to compare)")
    parser.add_argument("--folds", type=int, default=8, help="parts the FAQs are split into to train the paraphrase "
                        "encoder without the FAQ judged")
    parser.add_argument("--write", action="store_true", help="write meaning.tsv and decision.json")
    args = parser.parse_args(argv)
    faqs = read_folders(args.folders)
    pairs = [] if args.no_meaning else paraphrases(faqs)
    from plugins.faq.matcher import FaqIndex
    by_faq: dict[str, list[Row]] = {}
    held_encoders = encoders(faqs, args.folds)
    indexes = {faq.name: FaqIndex(faq.entries, meaning=learn([p for p in pairs if p[0] != faq.name]), chat_words={},
                                  encoder=held_encoders[faq.name])
               for faq in faqs}  # each FAQ matched with meaning, chat and paraphrase tables learned without it
    left = {faq.name: leftovers(faq, indexes[faq.name]) for faq in faqs}
    for faq in faqs:
        indexes[faq.name].chat = chat.learn(ex for name, exs in left.items() if name != faq.name for ex in exs)
        by_faq[faq.name] = examples(faq, indexes[faq.name])[0]
    rows = [r for faq in faqs for r in by_faq[faq.name]]
    names = [faq.name for faq in faqs]
    held_out = [(fit([r for r in rows if r[0] != held], args.l2, args.none_weight), by_faq[held]) for held in names]
    chosen, best = 0.99, -1.0
    for t in [t / 100 for t in range(10, 100)]:
        at = point(held_out, t)
        if at.answered_when_silent <= args.silent_share and at.accuracy > best:
            chosen, best = t, at.accuracy
    for (model, part), held in zip(held_out, names, strict=True):
        print(f"held out {held}: {point([(model, part)], chosen).line()}")
    print(f"leave-one-FAQ-out ({len(names)} FAQs, cross-validated training figures), by threshold:")
    for t in sorted({0.5, 0.6, 0.7, 0.8, 0.9, 0.95, chosen}):
        print(f"  {t:.2f}{' (chosen)' if t == chosen else ''}: {point(held_out, t).line()}")
    at = point(held_out, chosen)
    print("  what became of the queries at the chosen threshold: "
          + ", ".join(f"{kind} {n}" for kind, n in at.kinds.items()))
    print("  asked back (您是想问…吗？) from a floor up to the chosen threshold, never counted as answers:")
    for floor in (0.4, 0.5, 0.6, 0.7, 0.8):
        if floor < chosen:
            right, wrong, silent = asked_back(held_out, floor, chosen)
            print(f"    from {floor:.2f}: right entry {right:.1%} of answerable, another entry {wrong:.1%}, "
                  f"when silence was right {silent:.1%}")
    model = fit(rows, args.l2, args.none_weight)
    model = Decision(model.weights, model.intercept, chosen)
    for name, weight in zip(SIGNALS, model.weights, strict=True):
        print(f"  {name:>14} {weight:+.2f}")
    if args.write:
        if not args.no_meaning:
            learn(pairs).write()
        chat.write(chat.learn(ex for exs in left.values() for ex in exs))
        paraphrase.train([paraphrase_batch(faq) for faq in faqs]).referring_to(messages(faqs)).write()
        MODEL.write_text(json.dumps({"signals": SIGNALS, "weights": [round(w, 4) for w in model.weights],
                                     "intercept": round(model.intercept, 4), "threshold": model.threshold,
                                     "trained_on": [str(f) for f in args.folders]}, indent=1) + "\n",
                         encoding="utf-8")
    return 0


if __name__ == "__main__":
    import sys
    raise SystemExit(main(sys.argv[1:]))
