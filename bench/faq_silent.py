"""Where the FAQ answers a question that should get silence, read from a leave-one-FAQ-out cache (bench/faq_lofo.py).

    python bench/faq_silent.py cost FOLDERS...                # each rule on every labelled query, no matching
    python bench/faq_silent.py misses DIR [--threshold T]     # the near misses answered, with the entry they got
    python bench/faq_silent.py gates DIR [--threshold T]      # each silence rule (plugins/faq/silence.py) on and off
    python bench/faq_silent.py calibrate DIR [--share 0.03] [--no-gates]  # threshold chosen on 15 groups, checked on 1

Every figure is leave-one-FAQ-out: each FAQ's candidates and signals from tables learned without it (the cache), its
confidences from a decision fitted without it. "Groups" are the folders the FAQs come from (tune, faq_train,
heldout5 ... heldout15_plain): each was written at one time by one helper, so a group held out is the nearest thing
in the cache to a set of FAQs nobody has seen.
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.faq_lofo import _load, _save, held_out, read  # noqa: E402
from plugins.faq.decision import SIGNALS  # noqa: E402
from plugins.faq.silence import Gate  # noqa: E402
from plugins.faq.train_decision import read_folders  # noqa: E402

ELSEWHERE, QUESTION, TOPIC = SIGNALS.index("elsewhere"), SIGNALS.index("question"), SIGNALS.index("topic")


def load(out: Path) -> tuple[dict[str, dict], dict[str, str], dict[str, dict]]:
    """The cache, each FAQ's group (its folder's name) and its entries by id."""
    found = read(out)
    group, entries = {}, {}
    for folder in _load(out / "folders.pkl"):  # type: ignore[attr-defined]
        for faq in read_folders([Path(folder)]):
            name = faq.name if faq.name not in group else f"{faq.name}@{Path(folder).name}"  # as read_folders names
            group[name] = Path(folder).name
            entries[name] = {e.id: e for e in faq.entries}
    return found, group, entries


def held(out: Path, found: dict[str, dict]) -> list:
    """held_out(found), kept in DIR/held.pkl: 86 fits take minutes, the figures below need them several times."""
    path = out / "held.pkl"
    if path.exists():
        return _load(path)  # type: ignore[return-value]
    pairs = held_out(found)
    _save(path, pairs)
    return pairs


def scored(found: dict[str, dict], entries: dict[str, dict], gates: list[Gate], pairs: list | None = None
           ) -> list[dict]:
    """Each query's best candidate, its confidence (decision fitted without its FAQ), whether the matcher's rules
    rule it out, and which gate (if any) silences it; `at` applies a threshold."""
    pairs = pairs or held_out(found)
    out = []
    for name, (model, rows) in zip(found, pairs, strict=True):
        texts, ids = found[name]["queries"], found[name]["ids"]
        for (_, cands, should), (text, expected), cand_ids in zip(rows, texts, ids, strict=True):
            sure = model.confidences([c[0] for c in cands]) if cands else []
            at = max(range(len(cands)), key=sure.__getitem__, default=None)
            entry, ruled, why = None, True, ""
            if at is not None:
                signals = cands[at][0]
                entry = entries[name].get(cand_ids[at])
                ruled = bool(signals[ELSEWHERE]) or not signals[QUESTION] or not signals[TOPIC]
                for gate in gates:
                    why = gate(text, entry) or ""
                    if why:
                        break
            out.append({"faq": name, "text": text, "expected": expected, "should": should, "ruled": ruled,
                        "right": bool(at is not None and cands[at][1]), "score": sure[at] if at is not None else 0.0,
                        "entry": entry, "gated": why})
    return out


def at(items: list[dict], threshold: float) -> list[dict]:
    """The queries with `said`: answered at `threshold`."""
    return [{**q, "said": q["score"] >= threshold and not q["ruled"] and not q["gated"]} for q in items]


def judged(found: dict[str, dict], entries: dict[str, dict], gates: list[Gate], threshold: float,
           pairs: list | None = None) -> list[dict]:
    """Each query with what became of it at `threshold`."""
    return at(scored(found, entries, gates, pairs), threshold)


def figures(items: list[dict]) -> tuple[float, float, int, int]:
    """Accuracy on answerable queries, answered when silence was right, and the two counts."""
    answerable = [q for q in items if q["should"]]
    silent = [q for q in items if not q["should"]]
    acc = sum(q["said"] and q["right"] for q in answerable) / max(len(answerable), 1)
    wrong = sum(q["said"] for q in silent) / max(len(silent), 1)
    return acc, wrong, len(answerable), len(silent)


def by_group(items: list[dict], group: dict[str, str]) -> dict[str, list[dict]]:
    """The queries of each group of FAQs, in the cache's order."""
    found: dict[str, list[dict]] = {}
    for q in items:
        found.setdefault(group[q["faq"]], []).append(q)
    return found


def gate_list() -> list[tuple[str, Gate]]:
    from plugins.faq import silence
    return list(silence.GATES.items())


def misses(out: Path, threshold: float) -> None:
    found, group, entries = load(out)
    items = judged(found, entries, [], threshold, held(out, found))
    gates = gate_list()
    for q in items:
        if q["said"] and not q["should"]:
            tags = [name for name, gate in gates if gate(q["text"], q["entry"])]
            print(f"{group[q['faq']]}/{q['faq']}\t{q['score']:.2f}\t{q['text']}\t-> {q['entry'].question}"
                  f"\t{','.join(tags)}")


def gates(out: Path, threshold: float, show: bool) -> None:
    found, group, entries = load(out)
    pairs = held(out, found)
    named = gate_list()
    runs: list[tuple[str, list[Gate]]] = [("none", []), *((name, [g]) for name, g in named),
                                          ("all", [g for _, g in named])]
    base = judged(found, entries, [], threshold, pairs)
    for label, gs in runs:
        items = judged(found, entries, gs, threshold, pairs)
        acc, wrong, _, _ = figures(items)
        groups = by_group(items, group)
        rates = [figures(g)[1] for g in groups.values()]
        over = sum(r > 0.03 for r in rates)
        print(f"{label:>14}: accuracy {acc:.1%}, answered when silent {wrong:.1%}; per group "
              f"{np.mean(rates):.1%} mean, {max(rates):.1%} max, {over} of {len(rates)} over 3%")
        if show and label != "none":
            for q, b in zip(items, base, strict=True):
                if b["said"] and not q["said"]:
                    ok = "SAVED" if not q["should"] else ("LOST" if b["right"] else "wrong-entry-held")
                    print(f"    {ok}\t{q['gated']}\t{q['text']}\t-> {q['entry'].question}")


def calibrate(out: Path, share: float, gate_on: bool) -> None:
    """Threshold chosen on all groups but one (pooled over their queries, as train_decision does, or with each group
    weighing the same), checked on the group left out: the spread over groups is what a new set of FAQs will see."""
    found, group, entries = load(out)
    pairs = held(out, found)
    gs = [g for _, g in gate_list()] if gate_on else []
    names = list(found)
    groups = sorted(set(group.values()), key=lambda g: [f for f in group.values()].index(g))
    base = scored(found, entries, gs, pairs)
    cache = {t: at(base, t / 100) for t in range(30, 100)}

    def rate(items: list[dict]) -> tuple[float, float]:
        acc, wrong, _, _ = figures(items)
        return acc, wrong

    def pick(keep: set[str], rule: str, budget: float) -> float:
        best, chosen = -1.0, 0.99
        for t, items in cache.items():
            kept = [q for q in items if group[q["faq"]] in keep]
            rates = [figures(p)[1] for p in by_group(kept, group).values()]
            wrong = {"pooled": rate(kept)[1], "mean": float(np.mean(rates)),
                     "q75": float(np.percentile(rates, 75))}[rule]
            acc = rate(kept)[0]
            if wrong <= budget and acc > best:
                best, chosen = acc, t / 100
        return chosen

    rules = (("pooled <= 3%", "pooled", share), ("each group weighing the same <= 3%", "mean", share),
             ("pooled <= 2%", "pooled", share * 2 / 3), ("three groups in four <= 3%", "q75", share))
    for label, rule, budget in rules:
        checks = []
        for g in groups:
            t = pick(set(groups) - {g}, rule, budget)
            left = [q for q in cache[round(t * 100)] if group[q["faq"]] == g]
            checks.append((g, t, *rate(left), len(left)))
        wrongs = [c[3] for c in checks]
        allq = [q for g, t, *_ in checks for q in cache[round(t * 100)] if group[q["faq"]] == g]
        acc, wrong = rate(allq)
        print(f"{label}: groups left out in turn ({len(groups)}): accuracy {acc:.1%}, answered when silent "
              f"{wrong:.1%} pooled; per group {np.mean(wrongs):.1%} mean, {np.median(wrongs):.1%} median, "
              f"{min(wrongs):.1%}-{max(wrongs):.1%}, {sum(w > share for w in wrongs)} of {len(wrongs)} over "
              f"{share:.0%}")
        for g, t, a, w, n in checks:
            print(f"    {g:>16} threshold {t:.2f}: accuracy {a:.1%}, answered when silent {w:.1%} ({n} queries)")
    del names


def cost(folders: list[Path]) -> None:
    """Each gate on every labelled query (no matching): silent queries it reads, and answerable ones it would
    silence if their right entry came first (an upper bound of what it can cost)."""
    faqs = read_folders(folders)
    for name, gate in gate_list():
        caught, lost = 0, []
        for faq in faqs:
            by_id = {e.id: e for e in faq.entries}
            for text, expected in faq.queries:
                if expected is None:
                    caught += bool(gate(text, None))
                elif expected in by_id and gate(text, by_id[expected]):
                    lost.append(text)
        print(f"{name}: {caught} queries that should get silence, {len(lost)} answerable: {' / '.join(lost)}")


def main(argv: list[str]) -> int:
    import argparse
    parser = argparse.ArgumentParser(prog="python bench/faq_silent.py")
    parser.add_argument("what", choices=("misses", "gates", "calibrate", "cost"))
    parser.add_argument("out", type=Path, help="the faq_lofo cache (cost: a folder of FAQs)")
    parser.add_argument("more", type=Path, nargs="*", help="cost: more folders of FAQs")
    parser.add_argument("--threshold", type=float, default=0.55)
    parser.add_argument("--share", type=float, default=0.03)
    parser.add_argument("--show", action="store_true", help="gates: each query a gate silences")
    parser.add_argument("--no-gates", action="store_true", help="calibrate: without the silence rules")
    args = parser.parse_args(argv)
    if args.what == "misses":
        misses(args.out, args.threshold)
    elif args.what == "cost":
        cost([args.out, *args.more])
    elif args.what == "gates":
        gates(args.out, args.threshold, args.show)
    else:
        calibrate(args.out, args.share, not args.no_gates)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
