"""FAQ matching: keyword groups found by one Aho-Corasick automaton (hanzi and pinyin), ranked by fuzzy similarity."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

import ahocorasick
from rapidfuzz import fuzz

from bot.chinese_text import compact, pinyin, simplify, strip_mentions

QUESTION_CUES = re.compile(
    r"[?？]|吗|嘛|么|呢|怎|咋|如何|哪|几|多少|多久|多长时间|什么|啥|谁|何时|(.)不\1|是不是|有没有|请问|问一下|问下|想问|"
    r"想知道|求问|了解|咨询|请教|不$|没$|没有$|发一下|发我|查|开发票|忘在|落在|掉在|丢了"
)
THANKS = re.compile(r"^(谢谢|感谢|多谢|谢了)")
FILLER = re.compile(r"请问|问一下|问下|想问问?|我想|我要|那个|这个|一下|大家|谁知道|你们|咱们|我们|"
                    r"啊|呀|哦|嗯|吧|呢|哈|的|了|吗|嘛")


@dataclass(frozen=True)
class Entry:
    """One FAQ entry: a stable id, the question and its paraphrases, keyword groups, the answer."""

    id: str
    question: str
    answer: str
    keywords: tuple[tuple[str, ...], ...]
    questions: tuple[str, ...] = ()
    source: str = "file"


@dataclass
class Match:
    """How well a message asks one entry."""

    entry: Entry
    score: float
    coverage: float
    similarity: float
    hits: list[str] = field(default_factory=list)


def is_question(text: str) -> bool:
    """Does the message ask something (a cue word or a question mark), rather than thank someone?"""
    return QUESTION_CUES.search(text) is not None and THANKS.match(text) is None


def _core(text: str) -> str:
    return FILLER.sub("", text)


class FaqIndex:
    """All entries of one FAQ set, indexed once; `match` costs one automaton pass plus a few fuzzy scores."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self._automaton = ahocorasick.Automaton()
        keys: dict[str, set[tuple[int, int, str, str]]] = defaultdict(set)  # -> (entry, group, word, its sound)
        entries_of: dict[str, set[int]] = defaultdict(set)
        self._variants: list[list[str]] = []
        for i, entry in enumerate(entries):
            for g, group in enumerate(entry.keywords):
                for word in group:
                    word = compact(simplify(word))
                    if not word:
                        continue
                    sound = pinyin(word)
                    keys[word].add((i, g, word, sound))
                    entries_of[word].add(i)
                    if len(word) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", word):
                        keys[f" {sound} "].add((i, g, word, sound))
            self._variants.append([_core(compact(simplify(q))) for q in (entry.question, *entry.questions)])
        self._weight = {word: 1 / len(ids) for word, ids in entries_of.items()}  # rarer keywords say more
        for key, targets in keys.items():
            ordered = sorted(targets)
            if key.startswith(" "):  # a sound: its targets by the word it stands for (see match)
                by_word = {t[2]: [] for t in ordered}
                for t in ordered:
                    by_word[t[2]].append(t)
                self._automaton.add_word(key, (True, tuple((w, tuple(ts)) for w, ts in by_word.items())))
            else:
                self._automaton.add_word(key, (False, tuple(ordered)))
        if keys:
            self._automaton.make_automaton()
        self._empty = not keys

    def __len__(self) -> int:
        return len(self.entries)

    def match(self, text: str, limit: int = 3) -> list[Match]:
        """The best entries for a message, best first (scores 0..1)."""
        clean = compact(simplify(strip_mentions(text)))
        if not clean or self._empty:
            return []
        hits: dict[int, dict[str, set[int]]] = {}  # entry -> sound -> groups
        words: dict[int, set[str]] = {}
        for haystack in (clean, f" {pinyin(clean)} "):
            for _, (by_sound, found) in self._automaton.iter(haystack):
                # a sound stands for words; a word written out in the message was counted already
                targets = [t for word, ts in found if word not in clean for t in ts] if by_sound else found
                for i, g, word, sound in targets:
                    sounds = hits.get(i)
                    if sounds is None:
                        sounds = hits[i] = {}
                        words[i] = set()
                    sounds.setdefault(sound, set()).add(g)
                    words[i].add(word)
        # Keyword coverage and rarity first; the fuzzy similarity (the costly part, worth at most 0.3)
        # only for entries that could still make the top `limit`.
        ranked = []
        for i, sounds in hits.items():
            entry = self.entries[i]
            covered: set[int] = set()
            for groups in sounds.values():  # one spoken word covers one group: 积分 is not also 几分
                if len(groups) == 1:
                    covered |= groups
                elif free := sorted(groups - covered):
                    covered.add(free[0])
            coverage = len(covered) / len(entry.keywords)
            specificity = min(1.0, sum(self._weight[w] for w in words[i]) / 1.5)
            ranked.append((0.5 * coverage + 0.2 * specificity, i, coverage, specificity))
        ranked.sort(key=lambda r: -r[0])
        core = _core(clean)
        found: list[Match] = []
        for partial, i, coverage, specificity in ranked:
            if len(found) >= limit and partial + 0.3 + 1e-9 < found[limit - 1].score:
                break  # neither this entry nor any after it can reach the top `limit`
            similarity = max((fuzz.ratio(core, v) * 0.5 + fuzz.partial_ratio(core, v) * 0.5) / 100
                             for v in self._variants[i]) if core else 0.0
            score = 0.5 * coverage + 0.3 * similarity + 0.2 * specificity
            found.append(Match(self.entries[i], score, coverage, similarity, sorted(words[i])))
            found.sort(key=lambda m: (-m.score, m.entry.id))
        return found[:limit]

    def answer(self, text: str, threshold: float, require_question: bool = True) -> Match | None:
        """The entry to answer with, or None when the bot should stay silent."""
        if require_question and not is_question(simplify(text)):
            return None
        best = self.match(text, limit=1)
        if not best or best[0].score < threshold or best[0].coverage < 1.0 and len(best[0].entry.keywords) > 1 \
                and best[0].similarity < 0.5:
            return None
        return best[0]
