"""What the decision weighs: how a message meets each candidate entry, in the order of decision.SIGNALS."""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from bot.acknowledgements import THANKS
from bot.chinese_text import compact, simplify, strip_mentions
from bot.grievance import grievance
from bot.question_shape import QUESTION
from bot.to_the_staff import REQUEST
from plugins.faq import asking, chat, days
from plugins.faq.decision import BEHIND, SIGNALS
from plugins.faq.elsewhere import Elsewhere
from plugins.faq.meaning import Explainer, Meaning, MessageWords, characters, units
from plugins.faq.words import normalise, words

_HANZI = re.compile(r"[\u3400-\u9fff]")
_BEHIND = tuple(SIGNALS.index(name) for name in BEHIND)
# Words that say what kind of question it is, not what it is about: a match on these alone is no match.
GENERIC = frozenset("""
时间 价钱 多久 哪里 可以 知道 怎么 什么 地址 需要 一般 多少 问题 情况 时候 办法 地方 东西 现在 平时 还能
能 交 用 去 来 办 拿 到 有 要 几 周 多 做 说 找 看 买 送 发 走 行 算 弄 搞 收 放 后 前 天 次 点
""".split())


@dataclass(frozen=True)
class Message:
    """What the matcher works out about a message once, before weighing each candidate entry."""

    norm: str
    features: dict[str, float]
    mass: float
    kind_mass: dict[str, float]
    length: float
    content: set[str]
    question: float
    cues: tuple[float, ...]
    wanted: frozenset[str]
    said: str
    places: list[str]  # place words none of the FAQ's questions mention (elsewhere.py)
    words: tuple[str, ...]  # its content words (jieba), for the meaning layer (meaning.py)
    days: frozenset[str]  # days of the week and holidays it names (days.py)
    loose: tuple[str, ...]  # its words an entry could leave unexplained (chat.py)
    asked: MessageWords  # its words and characters with the entries they stand for (meaning.py)
    unheard: float  # the share of its words no entry of the FAQ uses (Measures.unheard)


@dataclass(frozen=True)
class Closeness:
    """How close in meaning the message is to every entry (cosine, paraphrase.py), the closest entry, its closeness
    and the next best one (0 when the FAQ has one entry): what each candidate's own closeness is compared with."""

    close: np.ndarray | None
    nearest: int = -1
    top: float = 0.0
    second: float = 0.0

    @classmethod
    def of(cls, close: np.ndarray | None) -> Closeness:
        """The closest two of the cosines with every entry."""
        if close is None or not len(close):
            return cls(close)
        first = int(np.argmax(close))
        top = float(close[first])
        if len(close) < 2:
            return cls(close, first, top)
        close[first] = -2.0  # below any cosine: the next best is the largest of the rest (a full sort costs 5x more)
        second = float(close.max())
        close[first] = top
        return cls(close, first, top, second)

    def of_entry(self, i: int) -> tuple[float, float]:
        """Entry `i`'s closeness and its lead over the closest other entry (negative when another is closer)."""
        if self.close is None:
            return 0.0, 0.0
        return float(self.close[i]), float(self.close[i]) - (self.second if i == self.nearest else self.top)


def message_cues(text: str) -> tuple[float, float, float, float]:
    """What the message's own words say it is (bot/question_shape.py, bot/acknowledgements.py,
    bot/grievance.py, bot/to_the_staff.py): asks, thanks, complains, requests."""
    clean = simplify(strip_mentions(text))
    return (float(QUESTION.search(clean) is not None), float(THANKS.search(clean) is not None),
            float(bool(grievance(clean))), float(REQUEST.search(clean) is not None))


def text_of(question: str, questions: tuple[str, ...], keywords: tuple[str, ...], groups: tuple[tuple[str, ...], ...],
            answer: str | None) -> str:
    """An entry's words in one text (its answer too unless None)."""
    texts = (question, *questions, *keywords, *(w for g in groups for w in g))
    return " ".join(texts if answer is None else (*texts, answer))


class Measures:
    """What each entry of a FAQ is measured against, read once; `signals` measures one candidate for one message."""

    def __init__(self, asked: list[list[str]], with_answers: list[str], without_answers: list[str],
                 answers: list[str], variants: list[list[tuple[dict[str, float], float]]], meaning: Meaning,
                 chat_words: dict[str, float]) -> None:
        self.meaning, self.chat = meaning, chat_words
        self.variants = variants  # each of an entry's questions as weighted features and their total
        self.gives = [asking.given(simplify(a)) for a in answers]
        self.asked = [[compact(normalise(q)) for q in qs] for qs in asked]
        self.days = [days.spoken_of(normalise(t)) for t in with_answers]
        self.kinds = [asking.asked(" ".join(normalise(q) for q in qs)) for qs in asked]
        said = [words(normalise(t)) for t in with_answers]  # what meaning.py explains a message by
        self.words = [frozenset(units(w)) for w in said]
        self.chars = [frozenset(characters(w)) for w in said]
        self.topics = [frozenset(w for w in ws if len(w) > 1 and w not in GENERIC and _HANZI.fullmatch(w[0]))
                       for ws in self.words]
        self.vocabulary = frozenset().union(*self.words)
        self.explainer = Explainer(meaning, self.words, self.chars)
        self.elsewhere = Elsewhere(without_answers, with_answers)

    def signals(self, message: Message, i: int, acc: list[float], margin: float, parts: dict[str, list[str]],
                closeness: Closeness) -> tuple[float, ...]:
        """How a message meets entry `i`, in the order of decision.SIGNALS (without the `_behind` ones)."""
        mass, kinds = message.mass, message.kind_mass
        words_met = {w for words in parts.values() for w in words}
        union = message.wanted | self.kinds[i]
        left = chat.leftover(message.loose, self.words[i], lambda w: self.explainer.means(w, i))
        return (
            acc[0] / mass, acc[1] / mass, acc[2] / mass, acc[3] / mass,
            *(acc[k] / kinds[kind] if kinds.get(kind) else 0.0 for k, kind in zip(range(4, 8), "wpcs", strict=True)),
            message.length,
            margin,
            max((sum(w for f, w in v.items() if f in message.features) / total if total else 0.0
                 for v, total in self.variants[i]), default=0.0),
            float(any(w not in GENERIC for w in words_met) or self.names_topic(message.content, i)
                  or self.names_topic_in_a_word(message.words, i)),
            message.question,
            float(bool(self.elsewhere.beyond(message.places, i))),
            min(len(message.content - words_met), 4) / 4,
            *message.cues,
            *asking.fit(message.wanted, self.gives[i]),
            max((fuzz.partial_ratio(message.said, q) for q in self.asked[i]), default=0.0) / 100,
            max((fuzz.ratio(message.said, q) for q in self.asked[i]), default=0.0) / 100,
            len(message.wanted & self.kinds[i]) / len(union) if union else 1.0,
            *self.explainer.explains(message.asked, i),
            days.unsaid(message.days, self.days[i]),
            *chat.signals(left, self.chat, sum(w in self.vocabulary for w in left)),
            *closeness.of_entry(i),
            message.unheard,
        )

    def unheard(self, said: tuple[str, ...]) -> float:
        """The share of a message's words (two characters or more) that no entry of the FAQ uses: a message about
        something the FAQ never speaks of (a shop, a thing, a place) is less surely one of its entries."""
        asked = [w for w in units(said) if len(w) > 1]
        return sum(w not in self.vocabulary for w in asked) / len(asked) if asked else 0.0

    def names_topic(self, content: set[str], i: int) -> bool:
        """Does a content word of the message contain, or sit inside, a word of entry `i` that says what it is
        about (中午饭 and 午饭, 鞋后跟 and 后跟)?"""
        return any(a in c or c in a for c in content for a in self.topics[i])

    def names_topic_in_a_word(self, said: tuple[str, ...], i: int) -> bool:
        """Does a word of one character the message says alone end a word that says what entry `i` is about (课 in
        "课在哪上来着" where the entry asks 在哪里上课)?"""
        return any(len(w) == 1 and w not in GENERIC and _HANZI.fullmatch(w) and a.endswith(w)
                   for w in said for a in self.topics[i])

    def leftover(self, said: tuple[str, ...], i: int) -> list[str]:
        """The words of a message (jieba) that entry `i` neither has nor means: chat, or a topic of its own."""
        return chat.leftover(chat.loose(units(said), GENERIC), self.words[i], lambda w: self.explainer.means(w, i))


def behind(candidates: list[tuple[float, ...]]) -> list[tuple[float, ...]]:
    """Each candidate's signals with how far behind the best of the candidates it is on the BEHIND measures."""
    best = [max(s[k] for s in candidates) for k in _BEHIND]
    return [(*s, *(s[k] - b for k, b in zip(_BEHIND, best, strict=True))) for s in candidates]
