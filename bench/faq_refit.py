"""What a refit of the FAQ decision does to FAQs it did not see, from a faq_lofo cache (bench/faq_lofo.py).

    python bench/faq_refit.py DIR [--anchor decision.json --strength S] [--groups 8] [--per-faq] [--by-length]
    python bench/faq_refit.py DIR --shipped decision.json [--by-length]   # no refit: the shipped weights on every FAQ
    python bench/faq_refit.py DIR --unseen-by decision.json               # the plain refit, apart on FAQs it never saw

The LOFO figures of faq_lofo (each FAQ's decision fitted without it, or without its part of `--groups` parts), the
same at each threshold, per folder and per FAQ; with `--anchor` the refit pulls the weights towards a shipped
decision's instead of towards 0 (faq_lofo.fast_fit's `prior`, `--strength` its penalty). `--by-length` splits the
queries by how long the member's message is (characters, spaces left out): the short questions a retrain has lost
three times (faq23-faq25). Figures of a shipped decision are clean only on folders not in its `trained_on`; they are
printed apart.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.faq_lofo import FOLDS, _load, fast_fit, read  # noqa: E402
from plugins.faq.decision import Decision  # noqa: E402
from plugins.faq.decision_figures import asked_back, outcomes, point  # noqa: E402
from plugins.faq.train_decision import read_folders  # noqa: E402

LENGTHS = ((0, 8), (9, 14), (15, 999))  # characters of the message, spaces left out


def shipped(path: Path) -> tuple[Decision, list[str]]:
    """A decision.json's weights and the folders it was trained on."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return Decision(tuple(data["weights"]), data["intercept"], data["threshold"]), data.get("trained_on", [])


def pairs_of(found: dict[str, dict], groups: int, prior: Decision | None, strength: float
             ) -> dict[str, tuple[Decision, list]]:
    """Each FAQ's decision fitted without it (or without its part of `groups`) and its rows."""
    names = list(found)
    rows = [r for name in names for r in found[name]["rows"]]
    parts = groups or len(names)
    pairs = {}
    for k in range(parts):
        held = set(names[k::parts])
        model = fast_fit([r for r in rows if r[0] not in held], strength if prior else 0.3, 4.0, prior)
        pairs.update({name: (model, found[name]["rows"]) for name in names[k::parts]})
    return pairs


def by_length(found: dict[str, dict], pairs: dict[str, tuple[Decision, list]], names: list[str],
              threshold: float) -> None:
    """Right among the answerable and answered among those that should get silence, by the message's length."""
    for low, high in LENGTHS:
        kinds: dict[str, int] = {}
        for name in names:
            model, rows = pairs[name]
            for (text, _), kind in zip(found[name]["queries"], outcomes(model, rows, threshold), strict=True):
                if low <= len(text.replace(" ", "")) <= high:
                    kinds[kind] = kinds.get(kind, 0) + 1
        silent = kinds.get("silent", 0) + kinds.get("answered", 0)
        answerable = sum(kinds.values()) - silent
        print(f"    {low}-{high} chars: right {kinds.get('right', 0) / max(answerable, 1):.1%} of {answerable}, "
              f"answered when silent {kinds.get('answered', 0) / max(silent, 1):.1%} of {silent}")


def main(argv: list[str]) -> int:
    import argparse
    parser = argparse.ArgumentParser(prog="python bench/faq_refit.py")
    parser.add_argument("out", type=Path)
    parser.add_argument("--anchor", type=Path, help="pull the refit towards this decision.json's weights")
    parser.add_argument("--strength", type=float, default=3.0, help="the pull's penalty per weight")
    parser.add_argument("--shipped", type=Path, help="no refit: this decision.json on every FAQ")
    parser.add_argument("--groups", type=int, default=FOLDS, help="refit per this many parts of the FAQs (0: per FAQ)")
    parser.add_argument("--unseen-by", type=Path, help="print apart the FAQs this decision.json was not trained on")
    parser.add_argument("--per-faq", action="store_true")
    parser.add_argument("--by-length", action="store_true")
    parser.add_argument("--threshold", type=float, default=0.55)
    parser.add_argument("--ask-back-from", type=float, default=0.40)
    args = parser.parse_args(argv)
    found = read(args.out)
    seen: list[str] = []
    if args.shipped:
        model, seen = shipped(args.shipped)
        pairs = {name: (model, found[name]["rows"]) for name in found}
    else:
        prior = shipped(args.anchor)[0] if args.anchor else None
        pairs = pairs_of(found, args.groups, prior, args.strength)
        if args.anchor or args.unseen_by:
            seen = shipped(args.unseen_by or args.anchor)[1]
    every = list(pairs.values())
    for t in (0.50, 0.53, 0.55, 0.56, 0.60):
        print(f"{t:.2f}: {point(every, t).line()}")
    at = point(every, args.threshold)
    print(f"kinds at {args.threshold:.2f}: {at.kinds}")
    print("asked back from {:.2f} (right, another entry, near misses): {:.1%} {:.1%} {:.1%}".format(
        args.ask_back_from, *asked_back(every, args.ask_back_from, args.threshold)))
    unseen: list[str] = []
    for folder in _load(args.out / "folders.pkl"):  # type: ignore[attr-defined]
        names = [faq.name for faq in read_folders([Path(folder)])]
        unseen += names if folder not in seen else []
        figures = point([pairs[n] for n in names], args.threshold).line()
        print(f"  {folder}{' (seen)' if folder in seen else ''}: {figures}")
        for name in names if args.per_faq else []:
            print(f"      {name}: {point([pairs[name]], args.threshold).line()}")
    if seen:
        print(f"FAQs the anchor/shipped decision never saw ({len(unseen)}): "
              f"{point([pairs[n] for n in unseen], args.threshold).line()}")
    if args.by_length:
        print("by length, all FAQs:")
        by_length(found, pairs, list(pairs), args.threshold)
        if seen:
            print("by length, FAQs never seen:")
            by_length(found, pairs, unseen, args.threshold)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
