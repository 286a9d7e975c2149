"""Does the neural matcher (bench/faq_encoder.py) help the decision? Out-of-fold, on the LOFO cache.

    python bench/faq_lofo.py cache DIR FOLDERS...                                      # the cache (until "done")
    .venv/bin/python bench/faq_encoder.py prepare DATA.pkl FOLDERS...          # the same FAQs as bags
    for k in 0..7: /tmp/trainvenv/bin/python bench/faq_encoder.py fit DATA.pkl ENC/k.npz \
        --without "$(python bench/faq_encoder_lofo.py group DATA.pkl k)"              # an encoder without each eighth
    python bench/faq_encoder_lofo.py compare DIR DATA.pkl ENC [--share 0.03]

Each FAQ's queries are scored by the encoder trained without its eighth of the FAQs (faq_lofo's eighths: names[k::8]
in the folders' order), and three measures per candidate are appended to the cached signals: the encoder's score,
its lead over the FAQ's best other entry, and how far behind the best candidate it is. The decision is refitted
without each FAQ (as `faq_lofo.py fit`) with and without them; figures at the threshold keeping answered-when-silent
within --share, pooled and per eighth.
"""
from __future__ import annotations

import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.faq_encoder import Matcher  # noqa: E402
from bench.faq_lofo import FOLDS, choose, held_out, read  # noqa: E402
from plugins.faq.decision_figures import point  # noqa: E402


def groups(data: list[dict]) -> list[list[str]]:
    """faq_lofo's eighths of the FAQs."""
    names = [f["name"] for f in data]
    return [names[k::FOLDS] for k in range(FOLDS)]


def augmented(found: dict[str, dict], data: list[dict], encoders: Path, replace: bool = False
              ) -> tuple[dict[str, dict], dict[str, float]]:
    """The cache with the encoder's three measures appended to each candidate (with `replace`, put in the place of
    the paraphrase encoder's three: paraphrase, paraphrase_lead, paraphrase_behind); and the encoder's own top-1
    figures: its best entry of the whole FAQ right, its best of the lexical candidates right (answerable queries)."""
    from plugins.faq.decision import SIGNALS
    places = [SIGNALS.index(n) for n in ("paraphrase", "paraphrase_lead", "paraphrase_behind")]

    def joined(sig: tuple[float, ...], mine: tuple[float, float, float]) -> tuple[float, ...]:
        if not replace:
            return (*sig, *mine)
        out = list(sig)
        for at, value in zip(places, mine, strict=True):
            out[at] = value
        return tuple(out)

    fold = {name: k for k, names in enumerate(groups(data)) for name in names}
    by_name = {f["name"]: f for f in data}
    matchers = {k: Matcher.load(encoders / f"{k}.npz") for k in range(FOLDS)}
    out: dict[str, dict] = {}
    whole = among = answerable = 0
    for name, cached in found.items():
        f, m = by_name[name], matchers[fold[name]]
        asked, owner, answers = m.entry_vectors(f["entries"])
        at = {eid: i for i, eid in enumerate(f["ids"])}
        queries = m.vectors([b for b, _ in f["queries"]])
        rows = []
        for (faq, cands, should), ids, q, (_, label) in zip(cached["rows"], cached["ids"], queries, f["queries"],
                                                            strict=True):
            s = m.scores(q, asked, owner, answers)
            top = np.sort(s)[-2:] if len(s) > 1 else np.array([s[0], s[0]])
            own = [float(s[at[i]]) for i in ids]
            best = max(own, default=0.0)
            lead = [o - (top[0] if o >= top[1] else top[1]) for o in own]
            rows.append((faq, [(joined(sig, (o, ld, o - best)), ok) for (sig, ok), o, ld in zip(cands, own, lead,
                                                                                         strict=True)], should))
            if label >= 0:
                answerable += 1
                whole += int(np.argmax(s)) == label
                among += bool(cands) and cands[int(np.argmax(own))][1]
        out[name] = {**cached, "rows": rows}
    return out, {"encoder's best entry of the FAQ right": whole / answerable,
                 "encoder's best of the lexical candidates right": among / answerable}


def compare(cache: Path, data_path: Path, encoders: Path, share: float, replace: bool = False, fits: int = 0
            ) -> None:
    """Before and after, the decision refitted without each FAQ (with `fits` > 0: without each of that many parts)."""
    found = read(cache)
    data = pickle.loads(data_path.read_bytes())
    more, own = augmented(found, data, encoders, replace)
    for what, figure in own.items():
        print(f"{what}: {figure:.1%}")
    names = list(found)
    for label, rows in (("before", found), ("after", more)):
        pairs = held_out(rows, groups=fits)
        t = choose(pairs, share)
        print(f"{label}: at {t:.2f}: {point(pairs, t).line()}", flush=True)
        order = [n for k in range(fits) for n in names[k::fits]] if fits else names
        at = dict(zip(order, pairs, strict=True))
        for k, part in enumerate(groups(data)):
            print(f"  eighth {k} ({len(part)} FAQs): {point([at[n] for n in part], t).line()}")


def main(argv: list[str]) -> int:
    import argparse
    parser = argparse.ArgumentParser(prog="python bench/faq_encoder_lofo.py")
    parser.add_argument("what", choices=("group", "compare"))
    parser.add_argument("rest", nargs="+")
    parser.add_argument("--share", type=float, default=0.03)
    parser.add_argument("--fits", type=int, default=0, help="refit the decision per this many parts of the FAQs "
                        "(0: per FAQ; 8 is ten times quicker, for tuning)")
    parser.add_argument("--replace", action="store_true", help="the encoder's measures in the place of the "
                        "paraphrase encoder's, not beside them")
    args = parser.parse_args(argv)
    if args.what == "group":
        data = pickle.loads(Path(args.rest[0]).read_bytes())
        print(",".join(groups(data)[int(args.rest[1])]))
    else:
        compare(Path(args.rest[0]), Path(args.rest[1]), Path(args.rest[2]), args.share, args.replace, args.fits)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
