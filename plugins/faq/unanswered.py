"""Unanswered questions grouped by what they ask, each group with a one-line `/faq add` to answer it.

Two questions ask the same when the words that carry their meaning meet: the same word, the same sound (a typo
or voice input), a synonym, or one word inside the other (牙 in 牙科 and 补牙: the FAQ's segmentation, its
character pairs, its synonym sets and pinyin); a little when two words share a thing (课 in 上课 and 听课). A word
counts by how rare it is in everyday Chinese, less when the FAQ uses it all over (医院 in a clinic's FAQ says where,
not what), and little when it only says how one asks (跟着一起来).
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from bot.chinese_text import compact, syllables
from plugins.faq.synonyms import synonym_groups
from plugins.faq.words import DICTIONARY, FILLER, normalise, words

# what comes before the question itself: the bot called by name (小助手), asking leave to ask (我想问问, 麻烦问下)
_LEAD_IN = rf"(?:我?(?:想|要)?(?:问问|问一下|问下|请教一下?)|{FILLER.pattern}|[\s，,:：、~!！。]+)"


def as_asked(text: str, bot_name: str) -> str:
    """The question as a member would ask it, to teach with `/faq add` (小助手 我想问问 优待证在哪办: 优待证在哪办)."""
    names = "|".join(re.escape(n) for n in dict.fromkeys((bot_name, "小助手", "助手")) if n)
    question = re.sub(rf"^(?:@?(?:{names})|{_LEAD_IN})+", "", text.strip())
    return question if len(compact(question)) >= 2 else text.strip()


SAME = 0.42  # how much of two questions' weighted words must meet (both ways, harmonic mean) to ask the same
# words that say how one asks, not what about: counted at a third
LIGHT = frozenset("能 看 打 办 办理 可以 有 去 来 吃 做 用 弄 说 问 找 带 交 拿 要 需要 开始 行 多 少 时间 哪里 哪个 "
                  "几 多少 怎么样 一般 大概 还有 另外 时候 地方 一起 起来 跟着 一下".split())
EVERYWHERE = 0.5  # a word in two or more entries of the FAQ counts half: it names the place, not the question


@dataclass
class Group:
    """Questions that ask about the same thing: the most asked one speaks for them."""

    sample: str
    count: int
    others: list[str] = field(default_factory=list)


@cache
def _dictionary() -> tuple[dict[str, int], int, frozenset[str]]:
    """How often each word of jieba's dictionary occurs, the total (for how rare a word is), and its nouns."""
    counts: dict[str, int] = {}
    nouns = set()
    for line in DICTIONARY.read_text(encoding="utf-8").splitlines():
        word, count, *tag = line.split(" ")
        counts[word] = int(count)
        if tag and tag[0].startswith("n"):
            nouns.add(word)
    return counts, sum(counts.values()), frozenset(nouns)


def everyday(word: str) -> int:
    """How often a word occurs in everyday Chinese (jieba's dictionary; 0 when it is not a word there)."""
    return _dictionary()[0].get(word, 0)


def _rarity(word: str) -> float:
    counts, total, _ = _dictionary()
    return math.log(total / (counts.get(word, 0) + 50)) * (1 / 3 if word in LIGHT else 1.0)


def _words(text: str) -> list[str]:
    return list(dict.fromkeys(words(normalise(text))))


@lru_cache(maxsize=16384)
def _sound(word: str) -> str:
    return " ".join(syllables(word)) if len(word) >= 2 else word


@lru_cache(maxsize=16384)
def _marks(word: str) -> frozenset[str]:
    """What two words must share to be alike at all: a character, the sound, a synonym set."""
    return frozenset((*word, _sound(word), *synonym_groups(word)))


@lru_cache(maxsize=65536)
def _alike(a: str, b: str) -> float:
    """How far two words say the same: the same word, sound or synonym set; one inside the other; a shared pair."""
    if a == b:
        return 1.0
    if not _marks(a) & _marks(b):
        return 0.0
    if len(a) >= 2 and len(b) >= 2 and _sound(a) == _sound(b):
        return 0.9
    if set(synonym_groups(a)) & set(synonym_groups(b)):
        return 0.8
    short, long = sorted((a, b), key=len)
    if short in long and short not in LIGHT:  # one character inside a word: a thing (牙 in 牙科), not a verb (发)
        return 0.7 if len(short) >= 2 or short in _dictionary()[2] else 0.35
    if len(short) >= 2 and {a[i:i + 2] for i in range(len(a) - 1)} & {b[i:i + 2] for i in range(len(b) - 1)}:
        return 0.6
    if any(c in _dictionary()[2] for c in set(a) & set(b)):  # the same thing done another way: 上课 and 听课
        return 0.2
    return 0.0


Near = dict[str, dict[str, float]]  # each word: the words alike to it, and how much


def _near(words: set[str]) -> Near:
    """For each of these words, the others alike to it (only words sharing a character, sound or set are tried)."""
    by_mark: dict[str, set[str]] = {}
    for word in words:
        for mark in _marks(word):
            by_mark.setdefault(mark, set()).add(word)
    near: Near = {}
    for word in words:
        tried = set().union(*(by_mark[m] for m in _marks(word)))
        near[word] = {other: alike for other in tried if (alike := _alike(word, other)) > 0}
    return near


def _met(these: dict[str, float], those: dict[str, float], near: Near) -> float:
    """The weighted share of `these` words that some word of `those` says too."""
    total = sum(these.values())
    met = 0.0
    for word, weight in these.items():
        alike = near[word]
        met += weight * max((alike[other] for other in those if other in alike), default=0.0)
    return met / total if total else 0.0


def similarity(a: dict[str, float], b: dict[str, float], near: Near | None = None) -> float:
    """How much two questions (weighted words) ask the same, 0..1."""
    near = near if near is not None else _near(set(a) | set(b))
    x, y = _met(a, b, near), _met(b, a, near)
    return 2 * x * y / (x + y) if x + y else 0.0


def weighted(text: str, everywhere: frozenset[str] = frozenset()) -> dict[str, float]:
    """A question's content words, each with what it says about the question."""
    return {w: _rarity(w) * (EVERYWHERE if w in everywhere else 1.0) for w in _words(text)}


def everywhere_in(faq: Iterable[str]) -> frozenset[str]:
    """Words two or more entries of the FAQ use (each text: one entry's questions and answer)."""
    seen: dict[str, int] = {}
    for text in faq:
        for word in _words(text):
            seen[word] = seen.get(word, 0) + 1
    return frozenset(w for w, n in seen.items() if n >= 2)


def grouped(rows: list[tuple[str, int]], limit: int = 10, faq: Iterable[str] = ()) -> list[Group]:
    """Group (question, times asked) rows, most asked first; `faq`: the entries' texts, to know the place's words."""
    common = everywhere_in(faq)
    rows = sorted(rows, key=lambda r: -r[1])
    asked = [weighted(text, common) for text, _ in rows]
    near = _near({word for said in asked for word in said})
    # only questions sharing a character, sound or synonym set of a word that says what they ask are compared
    sharing: dict[str, list[int]] = {}
    for i, said in enumerate(asked):
        for mark in {m for w in said if w not in LIGHT for m in _marks(w)}:
            sharing.setdefault(mark, []).append(i)
    pairs = sorted({(i, j) for ids in sharing.values() for n, i in enumerate(ids) for j in ids[:n]})
    leader = list(range(len(rows)))

    def head(i: int) -> int:
        while leader[i] != i:
            leader[i] = leader[leader[i]]
            i = leader[i]
        return i

    for i, j in pairs:
        if head(i) != head(j) and similarity(asked[i], asked[j], near) >= SAME:
            leader[max(head(i), head(j))] = min(head(i), head(j))
    groups: dict[int, Group] = {}
    for i, (text, count) in enumerate(rows):  # most asked first: the first of a group speaks for it
        group = groups.get(head(i))
        if group is None:
            groups[head(i)] = Group(text, count)
        else:
            group.count += count
            group.others.append(text)
    return sorted(groups.values(), key=lambda g: -g.count)[:limit]
