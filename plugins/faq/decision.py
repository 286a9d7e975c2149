"""The decision to answer: a small logistic regression over how a message meets each candidate entry.

Trained at build time on the tune FAQs (`python -m plugins.faq.train_decision tests/data/faq_eval/tune --write`)
and shipped as `decision.json` (a few numbers); at run time it is one dot product per candidate.
"""
from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from pathlib import Path

# Measures each candidate is also compared on with the best of the candidates (see `*_behind` below).
BEHIND = ("coverage", "meant", "written", "similarity", "meant_chars", "partly_written", "words", "question_part",
          "paraphrase")
# What the matcher measures for each candidate entry, in this order (plugins/faq/matcher.py FaqIndex.match).
SIGNALS = (
    "coverage",  # share of the message's weighted features the entry has (field-weighted)
    "question_part",  # ... met in the entry's questions
    "keywords_part",  # ... met in its keywords
    "answer_part",  # ... met in its answer
    "words",  # share of the message's word weight the entry has
    "sounds",  # share of the message's pinyin pairs the entry has
    "characters",  # share of its characters and character pairs
    "synonyms",  # share of the synonym sets (同义词词林) of its words
    "length",  # log(1 + content words in the message)
    "margin",  # coverage minus the best other candidate's
    "similarity",  # share of the entry's closest question that the message says
    "topic",  # a word met that says what the entry is about (not only when/where)
    "question",  # the message asks something
    "elsewhere",  # the message names a place the FAQ does not know
    "words_missing",  # content words of the message this entry never uses (0..4, over 4)
    "asks",  # bot/question_shape.py: the words ask something
    "thanks",  # ... thank someone
    "complains",  # ... complain
    "requests",  # ... ask for something to be done
    "gives",  # share of the kinds of thing asked (a time, a price, an age ...) the entry's answer gives (asking.py)
    "lacks",  # kinds of thing asked the answer does not give
    "partly_written",  # how closely part of the message is written like one of the entry's questions (RapidFuzz)
    "written",  # how closely the whole message is written like one of them
    "same_kind",  # the kinds of thing asked in the message and in the entry's questions agree (Jaccard)
    "meant",  # share of the message's words the entry's words explain, by meaning or by being the same (meaning.py)
    "meant_only",  # ... explained only by meaning: words the entry does not have
    "meant_chars",  # the same two for single characters
    "meant_chars_only",
    "days_unsaid",  # share of the days the message names (周日, 春节) that the entry never speaks of (days.py)
    "chat_least",  # the least chat-like word the entry leaves unexplained (learned log-odds, chat.py)
    "chat_sum",  # ... all of them added up
    "left_unseen",  # words left unexplained that the chat table never saw (a shop, a place, a thing)
    "left_in_faq",  # words left unexplained that another entry of the FAQ has
    "paraphrase",  # how close in meaning the message is to the entry (cosine of the learned vectors, paraphrase.py)
    "paraphrase_lead",  # ... minus the closest other entry of the FAQ (negative when another entry is closer)
    "unheard",  # share of the message's words (two characters or more) that no entry of the FAQ uses anywhere
    # how far behind the best of the candidates the entry is on a few of the measures above (0 for the best): an
    # entry that leads on all of them is the one asked for more surely than its own figures say
    *(f"{name}_behind" for name in BEHIND),
    # the message, the same for every candidate: how much closer it is to other groups' messages that should get
    # silence than to their questions (paraphrase.Encoder.chat_like), counted only on the chat side (`chat_side`)
    "chat_like",
)
MODEL = Path(__file__).with_name("decision.json")


def chat_side(chat_like: float) -> float:
    """The chat-likeness the decision weighs: only a message closer to chat than to questions counts (it makes every
    candidate less sure); one that reads like a question makes none surer, so a question-shaped near miss of a small
    FAQ does not rise with it (faq19: 配副假牙要多少钱 in a one-entry key-cutting FAQ went from 0.34 to 0.57 sure)."""
    return max(chat_like, 0.0)


@dataclass(frozen=True)
class Decision:
    """Weights of the logistic regression, one per signal, and the intercept."""

    weights: tuple[float, ...]
    intercept: float
    threshold: float  # the confidence the tune FAQs suggest for the config's default

    def confidences(self, candidates: list[tuple[float, ...]]) -> list[float]:
        """For each candidate, how likely it is the entry the member asks for, against the others and against
        "none of them" (a softmax whose "none" scores 0): they add up to at most 1."""
        scores = [min(self.intercept + sum(w * s for w, s in zip(self.weights, signals, strict=True)), 50.0)
                  for signals in candidates]
        exps = [math.exp(z) for z in scores]
        total = 1.0 + sum(exps)
        return [e / total for e in exps]

    @classmethod
    def load(cls, path: Path = MODEL) -> Decision:
        """The shipped weights; a model of other signals is refused (retrain after changing SIGNALS)."""
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["signals"]) != SIGNALS:
            raise ValueError(f"{path}: trained on other signals; run python -m plugins.faq.train_decision to retrain")
        return cls(tuple(data["weights"]), data["intercept"], data["threshold"])


def _neutral() -> Decision:
    weights = [0.0] * len(SIGNALS)
    weights[0] = 10.0
    return Decision(tuple(weights), -3.2, 0.5)


def _shipped() -> Decision:
    """The shipped model; without one (or a stale one, while retraining) coverage alone decides, and the log says so."""
    try:
        return Decision.load()
    except (OSError, ValueError, KeyError) as exc:
        logging.getLogger("qunbot.plugin.faq").error("faq decision model not used (%s); coverage alone decides", exc)
        return _neutral()


DECISION = _shipped()

