"""The reader's learned layer: a linear model over the words, the cues and the conversation before a message.

Trained at build time from labelled conversations (`qunbot understanding train`) and shipped as
`reading_model.json` beside this file, as moderation ships its `model.json` (both fit by `bot.linear`).
Features are plain names, so every weight can be read: character 1- and 2-grams of the words, the
first two and the last character, which cue lexicons fire (`#cue:request`), and what the messages
just before tell (`bot.context_cues`: who spoke last and how long ago, an ask still open and how
much the message shares with it, the sender's own ask answered, a notice just posted). The rules'
own reading is deliberately not a feature: the rules were written on most of the conversations the
model learns from, so there they look nearly always right and a model learns to copy them (tried:
left out of kinds of group the rules never saw, it read worse). The model reads every kind; the
reader takes its word for the kinds it was chosen for (`KindModel.decides`, chosen leaving one kind
of group out at a time: `qunbot understanding train --choose`) and the rules' for the others.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from bot.chinese_text import compact, simplify, strip_mentions
from bot.context_cues import context_cues
from bot.conversation import Conversation, Kind
from bot.cues import CUES
from bot.grievance import grievance
from bot.linear import class_scores, class_sums, fit_classes, logistic

if TYPE_CHECKING:
    from bot.events import MessageReceived
    from bot.understanding import Reading

SHIPPED = Path(__file__).with_name("reading_model.json")
CLASSES = tuple(k.value for k in Kind if k is not Kind.MEDIA)  # media is read from the message type alone
COMPLAINT_FLOOR = 0.6  # read as a complaint from this score on, even when another kind scores higher
ASKED_COMPLAINT_FLOOR = 0.8  # a question or request the rules heard is read as a complaint only when surely one
NEGATIVE_DOUBT = 0.2  # from this complaint score on a message is possibly negative: never praised
_TAIL_ASKS = ("?", "？", "吗", "呢", "么", "嘛")


@lru_cache(maxsize=256)  # the reader asks first whether the words are too few to learn from
def plain(typed: str) -> tuple[str, str]:
    """The text as the learned layer reads it (simplified, mentions out) and its words alone (at most 120)."""
    text = simplify(strip_mentions(typed)).strip()
    return text, compact(text)[:120]


def features(reading: Reading, message: MessageReceived, conversation: Conversation, operator: bool) -> list[str]:
    """The names one typed message lights up, read in its conversation (which it is not yet part of)."""
    text, words = plain(message.text)
    feats = ["#op" if operator else "#member", f"#len:{min(len(words) // 4, 8)}"]
    feats += [words[i:i + 2] for i in range(len(words) - 1)]
    feats += list(words)
    feats += [f"#cue:{name}" for name, cue in CUES if cue.search(text)]
    if grievance(text):
        feats.append("#grievance")
    if text.endswith(_TAIL_ASKS):
        feats.append("#ends_asking")
    if len(compact(text)) < len(text.replace(" ", "")) - 1:
        feats.append("#emoji_or_marks")
    if message.reply_to:
        feats.append("#quote")
    if message.mentions:
        feats.append("#mention")
    if reading.addresses is not None:
        target = reading.addresses
        feats.append(f"#to:{'op' if target.operator else 'member'}:{target.kind.value}")
        if target.sender == message.sender:
            feats.append("#to:self")
    if words:
        feats += [f"^{words[:2]}", f"{words[-1]}$"]
    feats += context_cues(words, message.sender, message.ts, conversation)
    return feats


class Judgement(NamedTuple):
    """The learned layer's verdict on one message."""

    kind: Kind
    sure: float  # how sure it is of the kind (for a kind the rules read: that it is not a complaint)
    complaint: float  # the complaint score, whatever kind it read


@dataclass(frozen=True)
class KindModel:
    """Weights by feature for each kind (one-vs-rest), and the biases."""

    weights: dict[str, list[float]]
    biases: list[float]
    classes: tuple[str, ...] = CLASSES
    decides: frozenset[str] = frozenset({"complaint"})  # the kinds the model reads rather than the rules

    def scores(self, feats: list[str]) -> dict[Kind, float]:
        """Each kind's score for one message's features."""
        return dict(zip(self.kinds, class_scores(self.weights, self.biases, feats), strict=True))

    @property
    def kinds(self) -> tuple[Kind, ...]:
        """The classes as kinds, in the weights' order."""
        return _kinds(self.classes)

    def judge(self, reading: Reading, message: MessageReceived, conversation: Conversation,
              operator: bool) -> Judgement:
        """The kind the model reads where it decides (`decides`), the rules' reading elsewhere; the complaint score.

        For a kind it decides, the model's reading stands both ways: a message it reads as that kind
        is read so, and one the rules read as that kind is read as the model reads it. A likely
        complaint is read as one whatever the rules say (`COMPLAINT_FLOOR`: missing one costs far more
        than a false alarm), and a complaint the rules heard stays one. Which kinds it decides is
        chosen leaving one kind of group out at a time (`qunbot understanding train --choose`).
        """
        sums = class_sums(self.weights, self.biases, features(reading, message, conversation, operator))
        kinds = self.kinds
        complaint = logistic(sums[kinds.index(Kind.COMPLAINT)])
        floor = ASKED_COMPLAINT_FLOOR if reading.kind in (Kind.QUESTION, Kind.REQUEST) else COMPLAINT_FLOOR
        if complaint >= floor and reading.kind is not Kind.COMPLAINT:
            return Judgement(Kind.COMPLAINT, complaint, complaint)
        best = max(range(len(sums)), key=sums.__getitem__)
        kind = kinds[best]
        if reading.kind is not Kind.COMPLAINT and kind is not Kind.COMPLAINT and kind is not reading.kind \
                and not reading.revises and (kind.value in self.decides or reading.kind.value in self.decides) \
                and not (reading.kind is Kind.REQUEST and kind is Kind.QUESTION):
            return Judgement(kind, logistic(sums[best]), complaint)
        return Judgement(reading.kind, 1.0 - complaint if reading.kind is not Kind.COMPLAINT else complaint, complaint)

    @classmethod
    def load(cls, path: Path = SHIPPED) -> KindModel | None:
        """The model in a file, or None when there is none."""
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(weights=data["weights"], biases=data["biases"], classes=tuple(data["classes"]),
                   decides=frozenset(data.get("decides", ["complaint"])))

    def save(self, path: Path) -> None:
        """Write the model, weights rounded (a few hundred kilobytes at most)."""
        weights = {f: [round(w, 3) for w in row] for f, row in sorted(self.weights.items())}
        data = {"classes": list(self.classes), "decides": sorted(self.decides),
                "biases": [round(b, 4) for b in self.biases], "weights": weights}
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def train(examples: list[tuple[list[str], str]]) -> KindModel:
    """Fit one weight per feature and kind from (features, label) pairs."""
    weights, biases = fit_classes(examples, CLASSES, epochs=20, rate=0.1, l2=1e-3, min_count=2)
    return KindModel(weights, biases)


@lru_cache(maxsize=4)
def _kinds(classes: tuple[str, ...]) -> tuple[Kind, ...]:
    return tuple(Kind(c) for c in classes)


@lru_cache(maxsize=1)
def shipped() -> KindModel | None:
    """The model shipped with the bot (read once)."""
    return KindModel.load()
