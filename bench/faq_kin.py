"""A candidate signal for the decision to answer, measured leave-one-FAQ-out from a bench/faq_lofo.py cache: a thing
and its kind (issue 15, faq21).

    python bench/faq_kin.py DIR [--groups 8] [--level 5] [--kinds BCD]
    python bench/faq_kin.py DIR --groups 8 --reading clause [--form plain|behind|only_behind|top]
    python bench/faq_kin.py DIR --groups 8 --reading clause_weighted

heldout20's answerable queries left silent were read by hand (RESULTS, faq21): many name a thing of the kind the
entry speaks of, in another word: 中秋节 for the entry's 节日, 羊肉 beside 牛羊肉, 排骨 in a price list of 五花、前腿.
同义词词林 (the synonym table the FAQ already ships, plugins/faq/synonyms.txt) puts words in classes of five levels;
two words in one class at level 4 (the first five characters of the code: Ca25A holds 节日, 中秋节, 春节, 端午节) are
things of one kind. The reading: of the message's words the entry does not write, the share that are of a kind the
entry's words are (kinds limited to the code's first letters, `--kinds`: B things, C time and place, D abstract ...).
The decision is refitted without each FAQ (or per `groups` parts) with and without it, and read as faq_signal does.

The second reading (`--reading clause`, shipped as the signal `clause`): how fully the best part of the message says
the entry's words, for the chatty preamble or tail a member puts around the question ("我是开快餐店的 每天要四十斤 有冇
批发价"); `clause_weighted` weighs each word by how few of the FAQ's entries write it.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.faq_lofo import _load, held_out, read  # noqa: E402
from bench.faq_signal import THRESHOLDS, figures  # noqa: E402
from plugins.faq.entry import Entry  # noqa: E402
from plugins.faq.synonyms import synonym_groups  # noqa: E402
from plugins.faq.train_decision import read_folders  # noqa: E402
from plugins.faq.words import normalise, words  # noqa: E402

LEVEL = 5
LETTERS = "BCD"


def kinds_of(word: str, level: int = LEVEL, letters: str = LETTERS) -> frozenset[str]:
    """The kinds a word of two characters or more is a thing of (none for a word the table does not have)."""
    return frozenset(code[:level] for code in synonym_groups(word) if code[0] in letters)


@dataclass(frozen=True)
class Kinds:
    """An entry's own words and the kinds of thing they are."""

    words: frozenset[str]
    kinds: frozenset[str]


def entry_kinds(entry: Entry, level: int = LEVEL, letters: str = LETTERS) -> Kinds:
    """The words of the entry's questions, keywords and answer, and their kinds."""
    said = frozenset(words(normalise(" ".join((entry.question, *entry.questions, *entry.keywords, entry.answer)))))
    return Kinds(said, frozenset(k for w in said for k in kinds_of(w, level, letters)))


def kin_of(said: tuple[str, ...], entry: Kinds, level: int = LEVEL, letters: str = LETTERS) -> float:
    """Of the message's words (two characters or more) the entry does not write, the share that are things of a kind
    the entry's words are."""
    other = [w for w in said if len(w) >= 2 and w not in entry.words]
    if not other:
        return 0.0
    return sum(1 for w in other if kinds_of(w, level, letters) & entry.kinds) / len(other)


def kin(text: str, entry: Kinds, level: int = LEVEL, letters: str = LETTERS) -> float:
    """kin_of the words of a message as typed."""
    return kin_of(tuple(words(normalise(text))), entry, level, letters)


def clause(text: str, entry: Kinds) -> float:
    """How fully the best part of the message (its chunks between spaces) says the entry's words: "有冇检疫的章
    我屋里崽不放心" asks in its first part what the entry on 检疫 holds, the rest is the member's worry (shipped as
    Measures.clause, which reads the entry's words as the meaning table knows them)."""
    from plugins.faq.measures import GENERIC
    best = 0.0
    for chunk in normalise(text).split():
        said = [w for w in words(chunk) if w not in GENERIC]
        if said:
            best = max(best, sum(1 for w in said if w in entry.words) / len(said))
    return best


def clause_weighted(text: str, entry: Kinds, weight: dict[str, float], unknown: float) -> float:
    """clause with each word weighed by how few of the FAQ's entries write it (log N/df; `unknown` for a word none
    writes): a part of the message is said by the entry when its rare words are the entry's."""
    from plugins.faq.measures import GENERIC
    best = 0.0
    for chunk in normalise(text).split():
        said = [w for w in words(chunk) if w not in GENERIC]
        total = sum(weight.get(w, unknown) for w in said)
        if total > 0:
            best = max(best, sum(weight.get(w, unknown) for w in said if w in entry.words) / total)
    return best



def kin_reading(out: Path, found: dict[str, dict], level: int, letters: str, what: str = "kin"
                ) -> dict[str, list[list[float]]]:
    """Per FAQ, per query, per candidate: the kin reading of the message against that candidate entry."""
    faqs = {faq.name: faq for faq in read_folders([Path(f) for f in _load(out / "folders.pkl")])}  # type: ignore
    reading: dict[str, list[list[float]]] = {}
    for name, d in found.items():
        kinds = {e.id: entry_kinds(e, level, letters) for e in faqs[name].entries}
        n = len(kinds)
        df: dict[str, int] = {}
        for k in kinds.values():
            for w in k.words:
                df[w] = df.get(w, 0) + 1
        weight = {w: float(np.log((n + 1) / c)) for w, c in df.items()}
        unknown = float(np.log(2 * (n + 1)))

        def read_one(text: str, i: str, kinds: dict[str, Kinds] = kinds, weight: dict[str, float] = weight,
                     unknown: float = unknown) -> float:
            if what == "kin":
                return kin(text, kinds[i], level, letters)
            if what == "clause":
                return clause(text, kinds[i])
            return clause_weighted(text, kinds[i], weight, unknown)
        reading[name] = [[read_one(text, i) for i in ids]
                         for (text, _), ids in zip(d["queries"], d["ids"], strict=True)]
    return reading


def behind(hs: list[float]) -> list[float]:
    """How far each candidate is behind the best of them on the reading (0 for the best), as decision.BEHIND."""
    top = max(hs, default=0.0)
    return [top - h for h in hs]


def appended(found: dict[str, dict], reading: dict[str, list[list[float]]], form: str = "plain") -> dict[str, dict]:
    """The cache's rows with each candidate's own reading appended to its signals (`form` "behind": also how far
    behind the best candidate it is; "only_behind": that alone)."""
    def extra(hs: list[float]) -> list[tuple[float, ...]]:
        if form == "behind":
            return [(h, b) for h, b in zip(hs, behind(hs), strict=True)]
        if form == "only_behind":
            return [(b,) for b in behind(hs)]
        if form == "top":  # only the candidates the reading puts first keep it
            return [(h if b == 0.0 else 0.0,) for h, b in zip(hs, behind(hs), strict=True)]
        return [(h,) for h in hs]
    return {name: {**d, "rows": [(f, [(tuple(s) + e, ok) for (s, ok), e in zip(cands, extra(hs), strict=True)], should)
                                 for (f, cands, should), hs in zip(d["rows"], reading[name], strict=True)]}
            for name, d in found.items()}


def main() -> None:
    import argparse
    parser = argparse.ArgumentParser(prog="python bench/faq_kin.py")
    parser.add_argument("out", type=Path)
    parser.add_argument("--groups", type=int, default=0, help="refit per this many parts of the FAQs (0: per FAQ)")
    parser.add_argument("--level", type=int, default=5, help="characters of the 词林 code that make one kind")
    parser.add_argument("--kinds", default="BCD", help="first letters of the codes read (B things, C time/place ...)")
    parser.add_argument("--reading", choices=("kin", "clause", "clause_weighted"), default="kin")
    parser.add_argument("--form", choices=("plain", "behind", "only_behind", "top"), default="plain")
    args = parser.parse_args()
    found = read(args.out)
    reading = kin_reading(args.out, found, args.level, args.kinds, args.reading)
    every = [(h, ok, should) for d, r in zip(found.values(), reading.values(), strict=True)
             for (_, cands, should), hs in zip(d["rows"], r, strict=True) for (_, ok), h in zip(cands, hs, strict=True)]
    right = np.array([h for h, ok, _ in every if ok])
    other = np.array([h for h, ok, should in every if not ok and should])
    none = np.array([h for h, ok, should in every if not should])
    print(f"kin > 0: right candidates {np.mean(right > 0):.1%}, other candidates of answerable queries "
          f"{np.mean(other > 0):.1%}, candidates of queries that should get silence {np.mean(none > 0):.1%}")
    base = held_out(found, groups=args.groups)
    new = held_out(appended(found, reading, args.form), groups=args.groups)
    print("| threshold | right | wrong entry | answered when silent | with it: right | wrong entry | answered when "
          "silent |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for t in THRESHOLDS:
        a, b = figures(base, t), figures(new, t)
        print(f"| {t:.2f} | " + " | ".join(f"{v:.2%}" for v in (*a, *b)) + " |", flush=True)


if __name__ == "__main__":
    main()
