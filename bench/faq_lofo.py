"""Leave-one-FAQ-out of the FAQ's learned parts, cached so the decision can be refitted in seconds.

train_decision's loop (plugins/faq/train_decision.py) in resumable pieces: each call does work for at most
--minutes and saves it under DIR, so a long run is many calls of under ten minutes each:

    python bench/faq_lofo.py cache DIR FOLDERS... [--minutes 8]    # until it prints "done"
    python bench/faq_lofo.py fit DIR [--share 0.03]                # LOFO figures from the cache (decision refitted)
    python bench/faq_lofo.py nested DIR [--splits 500]             # threshold chosen on 2/3 of the FAQs, checked on 1/3
    python bench/faq_lofo.py ship DIR THRESHOLD FOLDERS...         # write the tables as train_decision --write does

Pieces: a paraphrase encoder per eighth of the FAQs trained without it (enc{k}.npz), each FAQ's leftovers matched with
tables learned without it (left/NAME.pkl), each FAQ's candidates and their signals (rows/NAME.pkl, with the query
texts and candidate ids so that signals can be studied from the cache).
"""
from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from plugins.faq import chat, paraphrase  # noqa: E402
from plugins.faq.decision import MODEL, SIGNALS, Decision  # noqa: E402
from plugins.faq.decision_figures import point  # noqa: E402
from plugins.faq.meaning import learn  # noqa: E402
from plugins.faq.train_decision import (  # noqa: E402
    Labelled,
    examples,
    leftovers,
    messages,
    paraphrase_batch,
    paraphrases,
    read_folders,
)

FOLDS = 8


def _save(path: Path, value: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    tmp.write_bytes(pickle.dumps(value))
    tmp.replace(path)


def _load(path: Path) -> object:
    return pickle.loads(path.read_bytes())


def cache(out: Path, folders: list[Path], minutes: float, encoders_from: Path | None = None) -> bool:
    """Do the next pieces of the LOFO run for at most `minutes`; True when every piece is done.

    The meaning table and the paraphrase encoder that match a FAQ are learned without its eighth of the FAQs (train_
    decision learns a meaning table per FAQ: ten times the CPU, one FAQ more in each); `encoders_from` takes the
    encoders of another run's directory (to compare readings of the same FAQs without training them again)."""
    from plugins.faq.matcher import FaqIndex
    stop = time.monotonic() + minutes * 60
    faqs = read_folders(folders)
    names = [f.name for f in faqs]
    _save(out / "folders.pkl", [str(f) for f in folders])
    fold = {name: k for k in range(FOLDS) for name in names[k::FOLDS]}
    batches: dict[str, paraphrase.Batch] = {}
    pairs = paraphrases(faqs)
    waiting = False  # for another run's encoders
    for k in range(FOLDS):
        held = set(names[k::FOLDS])
        path = (encoders_from or out) / f"enc{k}.npz"
        if not path.exists():
            if encoders_from is not None:
                waiting = True
            elif time.monotonic() > stop:
                return False
            else:
                if not batches:
                    batches = {faq.name: paraphrase_batch(faq) for faq in faqs}
                paraphrase.train([b for name, b in batches.items() if name not in held]).write(path)
                print(f"encoder {k} trained", flush=True)
        path = out / f"meaning{k}.pkl"
        if not path.exists():
            if time.monotonic() > stop:
                return False
            _save(path, learn([p for p in pairs if p[0] not in held]))
            print(f"meaning {k} learned", flush=True)
    if waiting:
        return False
    meanings = {k: _load(out / f"meaning{k}.pkl") for k in range(FOLDS)}
    encoders = {k: paraphrase.Encoder.load((encoders_from or out) / f"enc{k}.npz").referring_to(
        messages([faq for faq in faqs if faq.name not in names[k::FOLDS]])) for k in range(FOLDS)}

    def index(faq: Labelled) -> FaqIndex:
        k = fold[faq.name]
        return FaqIndex(faq.entries, meaning=meanings[k], chat_words={}, encoder=encoders[k])  # type: ignore[arg-type]

    for faq in faqs:
        path = out / "left" / f"{faq.name}.pkl"
        if not path.exists():
            if time.monotonic() > stop:
                return False
            _save(path, leftovers(faq, index(faq)))
    left = {faq.name: _load(out / "left" / f"{faq.name}.pkl") for faq in faqs}
    for faq in faqs:
        path = out / "rows" / f"{faq.name}.pkl"
        if not path.exists():
            if time.monotonic() > stop:
                return False
            idx = index(faq)
            idx.chat = chat.learn(ex for name, exs in left.items() if name != faq.name for ex in exs)  # type: ignore[attr-defined]
            rows, ids = examples(faq, idx)
            _save(path, {"rows": rows, "ids": ids, "queries": faq.queries})
            print(f"rows of {faq.name}", flush=True)
    return True


def read(out: Path) -> dict[str, dict]:
    """Each FAQ's cached rows, ids and queries, in the order of the folders."""
    folders = [Path(f) for f in _load(out / "folders.pkl")]  # type: ignore[attr-defined]
    return {faq.name: _load(out / "rows" / f"{faq.name}.pkl") for faq in read_folders(folders)}  # type: ignore[misc]


def fast_fit(rows: list, l2: float | np.ndarray = 0.3, none_weight: float = 4.0, prior: Decision | None = None
             ) -> Decision:
    """train_decision.fit vectorised over queries (candidates padded to CANDIDATES): the same conditional logit, the
    same Newton steps, in a fraction of the time. `l2` may be one penalty per signal; with a `prior` the weights are
    pulled towards its weights instead of towards 0 (a refit that moves the shipped decision only as far as the new
    FAQs ask)."""
    from plugins.faq.matcher import CANDIDATES
    kept = [cands for _, cands, _ in rows if cands]
    size = len(kept[0][0][0]) + 1
    x = np.zeros((len(kept), CANDIDATES, size))
    y = np.zeros((len(kept), CANDIDATES))
    mask = np.zeros((len(kept), CANDIDATES), dtype=bool)
    for g, cands in enumerate(kept):
        n = len(cands)
        x[g, :n, :-1] = [s for s, _ in cands]
        x[g, :n, -1] = 1.0
        y[g, :n] = [ok for _, ok in cands]
        mask[g, :n] = True
    weight = np.where(y.any(axis=1), 1.0, none_weight)
    w = np.zeros(size)
    penalty = np.zeros(size)
    penalty[:-1] = l2
    centre = np.zeros(size) if prior is None else np.array([*prior.weights, prior.intercept])
    for _ in range(100):
        z = np.where(mask, x @ w, -np.inf)
        top = np.maximum(z.max(axis=1), 0.0)
        e = np.exp(z - top[:, None])
        p = e / (np.exp(-top) + e.sum(axis=1))[:, None]
        mean = np.einsum("gc,gcd->gd", p, x)
        grad = penalty * (w - centre) + (weight[:, None] * (mean - np.einsum("gc,gcd->gd", y, x))).sum(axis=0)
        wp = weight[:, None] * p
        flat = x.reshape(-1, size)
        hess = np.diag(penalty) + 1e-9 * np.eye(size) + (flat * wp.reshape(-1, 1)).T @ flat \
            - (mean * weight[:, None]).T @ mean
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return Decision(tuple(float(v) for v in w[:-1]), float(w[-1]), 0.5)


def held_out(found: dict[str, dict], l2: float = 0.3, none_weight: float = 4.0, groups: int = 0
             ) -> list[tuple[Decision, list]]:
    """(decision fitted without each FAQ, its rows); with `groups` > 0, one fit per that many parts of the FAQs."""
    names = list(found)
    rows = [r for name in names for r in found[name]["rows"]]
    if not groups:
        return [(fast_fit([r for r in rows if r[0] != name], l2, none_weight), found[name]["rows"]) for name in names]
    pairs = []
    for k in range(groups):
        held = set(names[k::groups])
        model = fast_fit([r for r in rows if r[0] not in held], l2, none_weight)
        pairs += [(model, found[name]["rows"]) for name in names[k::groups]]
    return pairs


def choose(pairs: list, share: float) -> float:
    """The threshold with the best accuracy whose answered-when-silent is within `share`."""
    chosen, best = 0.99, -1.0
    for t in [t / 100 for t in range(30, 100)]:
        at = point(pairs, t)
        if at.answered_when_silent <= share and at.accuracy > best:
            chosen, best = t, at.accuracy
    return chosen


def report(out: Path, share: float, groups: int) -> None:
    """LOFO figures from the cache."""
    found = read(out)
    pairs = held_out(found, groups=groups)
    chosen = choose(pairs, share)
    for t in sorted({0.45, 0.5, 0.53, 0.56, 0.6, chosen}):
        print(f"{t:.2f}{' (chosen)' if t == chosen else ''}: {point(pairs, t).line()}")
    print("kinds at chosen:", point(pairs, chosen).kinds)
    at = dict(zip(found, pairs, strict=True))
    for folder in _load(out / "folders.pkl"):  # type: ignore[attr-defined]
        if "heldout1" in folder:
            part = [at[faq.name] for faq in read_folders([Path(folder)])]
            print(f"  {folder} held out, at {chosen:.2f}: {point(part, chosen).line()}")


def nested(out: Path, splits: int, share: float) -> None:
    """The threshold chosen on a random two thirds of the FAQs (LOFO confidences, decision per eighth), checked on
    the rest."""
    found = read(out)
    pairs = held_out(found, groups=FOLDS)
    rng = np.random.default_rng(15)
    accs, silents, over, ts = [], [], 0, []
    for _ in range(splits):
        order = rng.permutation(len(pairs))
        cut = len(pairs) * 2 // 3
        t = choose([pairs[i] for i in order[:cut]], share)
        check = point([pairs[i] for i in order[cut:]], t)
        accs.append(check.accuracy)
        silents.append(check.answered_when_silent)
        over += check.answered_when_silent > share
        ts.append(t)
    print(f"{splits} splits: threshold median {np.median(ts):.2f} (5-95%: {np.percentile(ts, 5):.2f}-"
          f"{np.percentile(ts, 95):.2f}); check accuracy {np.mean(accs):.1%}, answered when silent "
          f"{np.mean(silents):.1%} on average, over {share:.0%} in {over / splits:.0%} of splits")


def ship(out: Path, threshold: float, folders: list[Path]) -> None:
    """Write meaning.tsv, chat.tsv, paraphrase.npz and decision.json from all FAQs (train_decision --write)."""
    import json
    faqs = read_folders(folders)
    found = read(out)
    rows = [r for name in found for r in found[name]["rows"]]
    learn(paraphrases(faqs)).write()
    chat.write(chat.learn(ex for faq in faqs for ex in _load(out / "left" / f"{faq.name}.pkl")))  # type: ignore[attr-defined]
    paraphrase.train([paraphrase_batch(faq) for faq in faqs]).referring_to(messages(faqs)).write()
    model = fast_fit(rows, 0.3, 4.0)
    MODEL.write_text(json.dumps({"signals": SIGNALS, "weights": [round(w, 4) for w in model.weights],
                                 "intercept": round(model.intercept, 4), "threshold": threshold,
                                 "trained_on": [str(f) for f in folders]}, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    import argparse
    parser = argparse.ArgumentParser(prog="python bench/faq_lofo.py")
    parser.add_argument("what", choices=("cache", "fit", "nested", "ship"))
    parser.add_argument("out", type=Path)
    parser.add_argument("rest", nargs="*")
    parser.add_argument("--minutes", type=float, default=8.0)
    parser.add_argument("--share", type=float, default=0.03)
    parser.add_argument("--splits", type=int, default=500)
    parser.add_argument("--encoders-from", type=Path, help="take the paraphrase encoders of another run")
    parser.add_argument("--groups", type=int, default=0, help="refit the decision per this many parts (0: per FAQ)")
    args = parser.parse_args(argv)
    if args.what == "cache":
        done = cache(args.out, [Path(f) for f in args.rest], args.minutes, args.encoders_from)
        print("done" if done else "not done: run again", flush=True)
    elif args.what == "fit":
        report(args.out, args.share, args.groups)
    elif args.what == "nested":
        nested(args.out, args.splits, args.share)
    else:
        ship(args.out, float(args.rest[0]), [Path(f) for f in args.rest[1:]])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
