"""Right entry first but not sure enough, read as a kind (faq27): is the decision unsure where it should be sure when
its first entry alone among the candidates shares the message's main noun or verb and leads the second?

    python bench/faq_head_word.py DIR            # DIR: a faq_lofo cache (bench/faq_lofo.py cache)

Prints (1) the LOFO figures (decision refitted per eighth of the FAQs) without and with three columns added to each
candidate's signals (shares a main word; shares one no other candidate shares; that, times its coverage lead), and
(2) how often the first entry is right, or answers a message that should get silence, among those 0.25-0.55 sure,
by whether it alone shares a main word and leads by 0.2 or more."""
from __future__ import annotations

import sys
from pathlib import Path

import jieba.posseg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.faq_lofo import FOLDS, _load, fast_fit, read  # noqa: E402
from plugins.faq.decision import SIGNALS  # noqa: E402
from plugins.faq.decision_figures import point  # noqa: E402
from plugins.faq.train_decision import read_folders  # noqa: E402
from plugins.faq.words import normalise, words  # noqa: E402

GENERIC = set("可以 能够 需要 知道 请问 想要 应该 怎么 什么 时候 多少 哪里 一下 东西 事情 问题 情况 时间 地方 有没有 "
              "是不是 我们 你们 他们 大家 老师 师傅 阿姨 今天 明天 现在 这个 那个 办理 可能 觉得 一般".split())


def heads(norm: str, tags: dict[str, str]) -> list[str]:
    """The message's nouns and two-character verbs (jieba's tags; a word jieba has no tag for counts as a noun)."""
    found = []
    for word in words(norm):
        tag = tags.get(word, "n")
        if word not in GENERIC and (tag.startswith("n") or tag == "vn" or (tag.startswith("v") and len(word) >= 2)):
            found.append(word)
    return found


def with_heads(out: Path) -> dict[str, list]:
    """The cache's rows, each candidate's signals with (shares, alone, alone x lead) appended."""
    jieba.posseg.dt.initialize()
    tags = jieba.posseg.dt.word_tag_tab
    found = read(out)
    faqs = {f.name: f for f in read_folders([Path(f) for f in _load(out / "folders.pkl")])}  # type: ignore[attr-defined]
    margin = SIGNALS.index("margin")
    rows: dict[str, list] = {}
    for name, data in found.items():
        texts = {e.id: normalise(" ".join([e.question, *e.questions, *e.keywords])) for e in faqs[name].entries}
        rows[name] = []
        for (faq, cands, should), ids, (text, _) in zip(data["rows"], data["ids"], data["queries"], strict=True):
            said = heads(normalise(text), tags)
            share = [{h for h in said if h in texts[i]} for i in ids]
            new = []
            for j, (signals, ok) in enumerate(cands):
                others = set().union(*(s for k, s in enumerate(share) if k != j))
                alone = 1.0 if share[j] - others else 0.0
                new.append(((*signals, 1.0 if share[j] else 0.0, alone, alone * max(signals[margin], 0.0)), ok))
            rows[name].append((faq, new, should))
    return rows


def lofo(rows: dict[str, list], width: int) -> list:
    """(decision fitted without the FAQ's eighth, its rows) with the first `width` signals."""
    names = list(rows)
    cut = {n: [(f, [(s[:width], ok) for s, ok in c], sh) for f, c, sh in rows[n]] for n in names}
    pairs = []
    for k in range(FOLDS):
        held = set(names[k::FOLDS])
        model = fast_fit([r for n in names if n not in held for r in cut[n]], 0.3, 4.0)
        pairs += [(model, cut[n]) for n in names[k::FOLDS]]
    return pairs


def bins(pairs: list) -> None:
    """Right / wrong / should-be-silent among first entries 0.25-0.55 sure, by sharing alone and lead."""
    margin = SIGNALS.index("margin")
    counts: dict[tuple[str, str, str], list[int]] = {}
    for model, part in pairs:
        for _, cands, should in part:
            if not cands:
                continue
            sure = model.confidences([s[:len(SIGNALS)] for s, _ in cands])
            at = max(range(len(cands)), key=sure.__getitem__)
            if 0.25 <= sure[at] < 0.55:
                signals, right = cands[at]
                key = ("alone" if signals[-2] else "shared" if signals[-3] else "no main word",
                       "lead>=0.2" if signals[margin] >= 0.2 else "lead<0.2",
                       "0.40-0.55" if sure[at] >= 0.4 else "0.25-0.40")
                c = counts.setdefault(key, [0, 0, 0, 0])
                c[0] += 1
                c[1] += bool(should and right)
                c[2] += bool(should and not right)
                c[3] += not should
    for key, (n, right, wrong, silent) in sorted(counts.items()):
        print(f"  {key}: {n}, right {right / n:.0%}, wrong entry {wrong / n:.0%}, should be silent {silent / n:.0%}")


def main(argv: list[str]) -> int:
    rows = with_heads(Path(argv[0]))
    for label, width in (("as cached", len(SIGNALS)), ("with the main-word columns", len(SIGNALS) + 3)):
        pairs = lofo(rows, width)
        for t in (0.5, 0.55, 0.6):
            print(f"{label} {t:.2f}: {point(pairs, t).line()}")
    bins(lofo(rows, len(SIGNALS) + 3))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
