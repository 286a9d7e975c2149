"""FAQ matching: retrieval over each entry's questions, keywords and answer, and a calibrated decision to answer."""
from __future__ import annotations

import math
from collections import defaultdict

import numpy as np

from bot.chinese_text import compact, pinyin, simplify
from bot.memo import Memo
from plugins.faq import asking, chat, days
from plugins.faq.after_a_loss import the_question
from plugins.faq.decision import DECISION, SIGNALS, chat_side
from plugins.faq.dialect_reading import Dialect, written_in
from plugins.faq.entry import Entry, Match
from plugins.faq.meaning import MEANING, Meaning, units
from plugins.faq.measures import GENERIC, Closeness, Measures, Message, behind, message_cues, text_of
from plugins.faq.paraphrase import ANSWER_WEIGHT, ENCODER, Encoder, bag_of
from plugins.faq.respelling import Respelling
from plugins.faq.silence import silenced
from plugins.faq.words import KIND_WEIGHT, asks, features, features_of, normalise, words

FIELD_WEIGHT = {"question": 1.0, "keywords": 1.0, "answer": 0.5}
PART_BIT = {"question": 1, "keywords": 2, "answer": 4}
SLOT = {"w": 4, "p": 5, "c": 6, "s": 7}  # where a kind of feature adds up in a candidate's sums (0 total, 1-3 parts)
CANDIDATES = 5  # entries the decision looks at for each message
WITHIN = 0.5  # ... those of them whose coverage is at least this share of the best one's
ELSEWHERE, SIMILARITY, DAYS = SIGNALS.index("elsewhere"), SIGNALS.index("similarity"), SIGNALS.index("days_unsaid")
TOPIC = SIGNALS.index("topic")
# What a feature no entry has weighs in a message, times the weight of the rarest known feature:
# words the FAQ never mentions dilute a match ("菜市场" in a question about opening hours).
UNKNOWN_IDF = {"w": 2.33, "b": 0.44, "c": 1.17, "p": 0.44, "s": 0.44}


def _text_of(entry: Entry, with_answer: bool = True) -> str:
    return text_of(entry.question, entry.questions, entry.keywords, entry.groups, entry.answer if with_answer else None)


class FaqIndex:
    """All entries of one FAQ set, indexed once: an inverted index of weighted features; a match reads a few lists."""

    def __init__(self, entries: list[Entry], margin: float = 0.0, meaning: Meaning | None = None,
                 chat_words: dict[str, float] | None = None, encoder: Encoder | None = None) -> None:
        self.entries, self.margin = entries, margin
        self.encoder = ENCODER if encoder is None else encoder
        per_entry: list[dict[str, tuple[float, str, int]]] = []
        variants: list[list[dict[str, float]]] = []
        df: dict[str, int] = defaultdict(int)
        bags: list[dict[int, float]] = []  # each entry's features as the paraphrase encoder reads them
        for entry in entries:
            feats: dict[str, tuple[float, str, int]] = {}
            keywords = (*entry.keywords, *(w for g in entry.groups for w in g))
            texts_of: dict[str, list[dict[str, float]]] = {}
            for part, texts in (("answer", (entry.answer,)), ("keywords", keywords),
                                ("question", (entry.question, *entry.questions))):
                bit = PART_BIT[part]
                texts_of[part] = [features(text) for text in texts]
                for text_features in texts_of[part]:
                    for f in text_features:
                        weight, best, bits = feats.get(f, (0.0, "", 0))
                        if FIELD_WEIGHT[part] >= weight:
                            weight, best = FIELD_WEIGHT[part], part
                        feats[f] = (weight, best, bits | bit)
            per_entry.append(feats)
            bags.append(bag_of([*((q, 1.0) for q in texts_of["question"]),
                                ({f: k for kw in texts_of["keywords"] for f, k in kw.items()}, 1.0),
                                *((a, ANSWER_WEIGHT) for a in texts_of["answer"])]))
            for f in feats:
                df[f] += 1
            variants.append([features(q) for q in (entry.question, *entry.questions)])
        self._features = per_entry
        # each entry's meaning as a unit vector (paraphrase.py): a message's vector is compared with all of them
        self._vectors = np.stack([self.encoder.vector(b) for b in bags]) if self.encoder and entries else None
        n = max(len(entries), 1)
        self._idf = {f: math.log(1 + n / d) for f, d in df.items()}
        # each of an entry's questions as weighted features and their total: what `similarity` compares with
        weighted = [[({f: kind * self._idf[f] for f, kind in v.items()}, sum(kind * self._idf[f]
                      for f, kind in v.items())) for v in vs] for vs in variants]
        self._unknown = {kind: share * math.log(1 + n) for kind, share in UNKNOWN_IDF.items()}
        # each feature: the entries that have it and what it adds to each one's sum (numpy: one message adds up
        # a few thousand postings in a large FAQ, which a Python loop takes most of a millisecond to do)
        common = max(50, n // 10)  # in a large FAQ, features this many entries share say too little to look up
        lists: dict[str, tuple[list[int], list[float]]] = defaultdict(lambda: ([], []))
        for i, feats in enumerate(per_entry):
            for f, (weight, _, _) in feats.items():
                if df[f] <= common:
                    at, adds = lists[f]
                    at.append(i)
                    adds.append(KIND_WEIGHT[f[0]] * weight * self._idf[f])
        # all postings in two flat arrays; each known feature: its weight in a message, where it adds up in a
        # candidate's sums (SLOT), and the span of its postings (empty when too common to look up)
        flat_at: list[int] = []
        flat_adds: list[float] = []
        self._known: dict[str, tuple[float, str, int, int, int]] = {}
        for f, idf in self._idf.items():
            sort = f[0] if f[0] in SLOT else "c"
            start = len(flat_at)
            if f in lists:
                flat_at.extend(lists[f][0])
                flat_adds.extend(lists[f][1])
            self._known[f] = (KIND_WEIGHT[f[0]] * idf, sort, SLOT[sort], start, len(flat_at))
        self._at_of = np.array(flat_at, dtype=np.intp)
        self._adds_of = np.array(flat_adds, dtype=np.float64)
        self._respelled = Respelling(df)  # slips by sound put right (respelling.py)
        # members' dialect words read as Mandarin, those the FAQ writes itself kept (dialect_words.py)
        self._dialect = Dialect(written_in(_text_of(e) for e in entries))
        self._at = {e.id: i for i, e in enumerate(entries)}
        self._groups = [[{compact(simplify(w)) for w in g} for g in e.groups] for e in entries]
        self.measures = Measures([[e.question, *e.questions] for e in entries], [_text_of(e) for e in entries],
                                 [_text_of(e, with_answer=False) for e in entries], [e.answer for e in entries],
                                 weighted, MEANING if meaning is None else meaning,
                                 chat.CHAT if chat_words is None else chat_words)
        self._ranked: Memo[tuple[str, int], list[Match]] = Memo(4096)  # the same question again is looked up (bot.memo)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def chat(self) -> dict[str, float]:
        """The chat table the decision reads leftover words by (chat.py)."""
        return self.measures.chat

    @chat.setter
    def chat(self, table: dict[str, float]) -> None:
        """A new table (training swaps one in): rankings made with the old one are forgotten."""
        self.measures.chat = table
        self._ranked.clear()

    def match(self, text: str, limit: int = 3) -> list[Match]:
        """The best entries for a message, most likely first; `score` is the learned confidence (0..1).

        A ranking depends only on the words and this index, so the same words again are looked up (bot.memo)."""
        key = (text, limit)
        found = self._ranked.get(key)
        if found is None:
            found = self._ranked.keep(key, self._rank(text, limit))
        return list(found)

    def _rank(self, text: str, limit: int) -> list[Match]:
        text = self._dialect(the_question(text))  # news of a death before the question is the grief nudge's
        norm = normalise(text)
        query = features_of(self._respelled(norm))
        if not query:
            return []
        mass, words_asked = 0.0, 0
        content: set[str] = set()  # words of two characters or more that say what the message is about
        kind_mass: dict[str, float] = defaultdict(float)
        shares: list[tuple[str, float, int]] = []  # each feature: its weight in the message, where it adds up
        spans: list[slice] = []
        asked_words: list[str] = []  # words some entries have and few enough to be looked up: what operators see
        for f, kind in query.items():
            known = self._known.get(f)
            if known is None:  # a feature no entry has adds to no entry's sums, only to the message's mass
                sort = f[0] if f[0] in SLOT else "c"
                share = kind * self._unknown[f[0] if len(f) > 3 else "c"]
            else:
                share, sort, slot, start, stop = known
                shares.append((f, share, slot))
                if stop > start:
                    spans.append(slice(start, stop))
                    if sort == "w":
                        asked_words.append(f)
            mass += share
            kind_mass[sort] += share
            if sort == "w":
                words_asked += 1
                if len(f) > 3 and f[2:] not in GENERIC:
                    content.add(f[2:])
        if not spans:
            return []
        # every posting of the message's features added up per entry in one pass, in the postings' order (so each
        # entry's sum is the same number a loop would make); the best CANDIDATES, ties to the earlier entry
        at = np.concatenate([self._at_of[s] for s in spans])
        sums = np.bincount(at, weights=np.concatenate([self._adds_of[s] for s in spans]), minlength=len(self.entries))
        met = np.flatnonzero(sums > 0)
        top = met[np.lexsort((met, -sums[met]))[:CANDIDATES]].tolist()
        gained = dict(zip(top, sums[top].tolist(), strict=True))
        said = tuple(words(norm))
        message = Message(norm, query, mass, dict(kind_mass), math.log1p(words_asked), content,
                          float(asks(text)), message_cues(text), asking.asked(norm), compact(norm),
                          self.measures.elsewhere.unknown(norm), said, days.named(norm),
                          chat.loose(units(said), GENERIC), self.measures.explainer.asked(said),
                          self.measures.unheard(said))
        covers = [gained[i] / mass for i in top]
        vector = self.encoder.of_message(query) if self._vectors is not None and self.encoder else None
        closeness = Closeness.of(self._vectors @ vector if vector is not None else None)
        chat_like = chat_side(self.encoder.chat_like(vector)) if vector is not None and self.encoder else 0.0
        found = []
        for n, i in enumerate(top):
            if covers[n] < WITHIN * covers[0]:
                break  # too far behind the best to be the answer: its measures are not worth taking
            margin = covers[n] - max((c for m, c in enumerate(covers) if m != n), default=0.0)
            parts: dict[str, list[str]] = {}
            feats = self._features[i]
            for f in asked_words:
                if f in feats:
                    parts.setdefault(feats[f][1], []).append(f[2:])
            signals = self.measures.signals(message, i, self._sums(shares, i, gained[i]), margin, parts, closeness)
            found.append(Match(self.entries[i], 0.0, covers[n], signals[SIMILARITY], parts, signals, message.wanted))
        for m, signals in zip(found, behind([m.signals for m in found]), strict=True):
            m.signals = (*signals, chat_like)
        for m, p in zip(found, DECISION.confidences([m.signals for m in found]), strict=True):
            m.score = p
        found.sort(key=lambda m: (-m.score, m.entry.id))
        return found[:limit]

    def _sums(self, shares: list[tuple[str, float, int]], i: int, total: float) -> list[float]:
        """What entry `i` has of the message: the total, by part (question, keywords, answer), by kind (SLOT)."""
        sums = [total] + [0.0] * 7
        feats = self._features[i]
        for f, share, slot in shares:
            found = feats.get(f)
            if found is not None:
                bits = found[2]
                sums[slot] += share
                if bits & 1:
                    sums[1] += share
                if bits & 2:
                    sums[2] += share
                if bits & 4:
                    sums[3] += share
        return sums

    def leftover(self, said: tuple[str, ...], i: int) -> list[str]:
        """The words of a message (jieba) that entry `i` neither has nor means: chat, or a topic of its own."""
        return self.measures.leftover(said, i)

    def reaches(self, i: int, text: str) -> bool:
        """Does the message mention a word of each of entry `i`'s groups (by writing or by sound)?"""
        groups = self._groups[i]
        if not groups:
            return True
        clean = compact(simplify(text))
        sound = pinyin(clean)
        return all(any(w in clean or (len(w) > 1 and pinyin(w) in sound) for w in g) for g in groups)

    def answer(self, text: str, threshold: float, require_question: bool = True) -> Match | None:
        """The entry to answer with, or None when the bot should stay silent (not sure, or about somewhere else)."""
        return self.best(text, threshold, require_question)

    def best(self, text: str, floor: float, require_question: bool = True) -> Match | None:
        """The most likely entry if the bot is at least `floor` sure of it and no rule says it is about something else:
        at the threshold it is answered, from a lower floor the member may be asked back (plugins/faq/__init__.py)."""
        if require_question and not asks(text):
            return None
        best = self.match(text, limit=1)
        if not best or best[0].score < floor:
            return None
        at = self._at[best[0].entry.id]
        text = self._dialect(text)
        if not self.reaches(at, text) or best[0].signals[ELSEWHERE] or not best[0].signals[TOPIC]:
            return None  # about another place, or only "where" or "when" in common: the thing asked about is another
        if best[0].signals[DAYS] >= 1.0:
            return None  # about a day the entry's own list of days leaves out ("礼拜天" and "周一到周五")
        if "crowd" in best[0].wanted - self.measures.gives[at]:
            return None  # how many people ("报名的人多吗", "名额满了没"), and the answer counts nobody
        if silenced(text, best[0].entry):
            return None  # asked of the other members, or a judgement the entry does not give (silence.py)
        return best[0]
