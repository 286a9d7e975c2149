"""The reader's learned layer: one multinomial linear model over the words, the cues and the conversation before.

Trained at build time from labelled conversations (`qunbot understanding train`) and shipped as
`reading_model.json` beside this file, as moderation ships its `model.json` (both fit by `bot.linear`).
Features are plain names, so every weight can be read (`bot.reading_features`): character 1- and
2-grams of the words, the first two and the last one or two characters (sentence-final particles),
which cue lexicons fire (`#cue:request`), the shapes that tell a question from chat and a complaint
from venting (an either-or question `#or_ask`, a rhetorical question about a price or a repeat
`#rhetorical`, a displeased emoji, 又/每次/第三回 `#again`, a name or title first `#vocative`), the
rules' reading (`#rules:question`), and what the messages just before tell (`bot.context_cues`: who
spoke last and how long ago, the sender's own last line, an ask still open and how much the message
shares with it, a notice just posted, what the message seconds).

The model reads every kind of a member's typed message (`KindModel.judge`); the rules' reading is
one feature among others, not a first decision. Chosen leaving one kind of group out at a time
over 21 kinds (`qunbot understanding eval --loko`): one multinomial model deciding every kind read
better than one-vs-rest models each deciding some kinds after the rules (0.887 against 0.875).
The rules still decide what a model of one message cannot see: a thought typed in several lines
(`Reading.thought`), media, operators' messages and lines too short to learn from. A voice message's
transcript is read like typed words (`#voice`: no punctuation, the recogniser's slips).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from bot.conversation import Conversation, Kind
from bot.linear import class_sums, class_sums_after, fit_softmax, softmax
from bot.memo import Memo
from bot.reading_features import Worded, features, features_after_words, opening_features, plain, spoken, worded
from bot.sarcasm import sneered

__all__ = ["CLASSES", "COMPLAINT_FLOOR", "NEGATIVE_DOUBT", "SECONDS", "SHIPPED", "Judgement", "KindModel", "features",
           "plain", "shipped", "spoken", "train"]

if TYPE_CHECKING:
    from bot.events import MessageReceived
    from bot.reading import Reading

SHIPPED = Path(__file__).with_name("reading_model.json")
CLASSES = tuple(k.value for k in Kind if k is not Kind.MEDIA)  # media is read from the message type alone
COMPLAINT_FLOOR = 0.45  # read as a complaint from this probability on, even when another kind is likelier
# a question or request the rules heard (纸尿裤一个月一百多？外面超市一包才三十几) is read as a complaint from this on,
# even as the last line of a thought typed in pieces: a complaint read as a question loses its urgency
ASKED_COMPLAINT_FLOOR = 0.7  # 38 kinds: 0.855 (0.6) -> 0.854; 这个怎么报名？ 0.66 (0.6 over 27 kinds: 0.858 -> 0.865)
# words with no grievance the lexicons know (睡不着 跟大家说说话): surer before a complaint (0.4 read 0.003 better
# leaving one kind out, but took chat for complaints on kinds never tuned on: a false alarm goes up to the owners).
# 0.5 since the complaint alert waits for a thought typed in lines (plugins/nudge): 8 groups of 59 kinds 0.850 -> 0.855
UNVOICED_COMPLAINT_FLOOR = 0.5
# a member's reply the rules heard answer another's open question (孙姐 不用带 老师都准备好了) is read as chat only
# when the model is sure: an answer read as chat leaves the asker chased and the helper unseen
ANSWER_CHAT_FLOOR = 0.85  # leave-one-kind-out over 21 kinds: 0.874 -> 0.875 (0.85 and 0.95 alike)
# a question the rules heard is read as an answer to someone's ask only from this on: two members asking one after
# the other are two asks, and an ask read as an answer opens no wait
ASKED_ANSWER_FLOOR = 0.6  # leave-one-kind-out over 38 kinds: 0.855 either way
# an operator's line the rules read as an answer, a notice, chat or a question is read as another of these four
# only from this probability of the operator model on (孙阿姨别急 … vs 下回来让杨杨给小羊起个名字😄)
OPERATOR_FLOOR = 0.6
OPERATOR_KINDS = (Kind.ANSWER, Kind.SHARING, Kind.SMALLTALK, Kind.QUESTION)
# the operator model keeps a feature only with a weight this large: it reads ~550 lines of the bench day's 2,500
OPERATOR_PRUNE = 0.05  # and each kept feature is one more row summed (instructions per message: +11% unpruned)
HEARD_COMPLAINT_FLOOR = 0.3  # a complaint the rules heard stays one, not a question, request or answer (nor any kind,
# when it seconds an open complaint: 我们家也就十六度 晚上冷得很, the README's "+1"), from this on
# a complaint the rules heard (本来不想麻烦师傅，可这水龙头修完还是滴水) is read as a question, request or answer only
# from this on: an unsure ask is still given to a person, but without the complaint's alert, and an answer to nobody
HEARD_ASK_FLOOR = 0.5
SECONDS = "seconds someone else"  # why the rules read a line as a second of an open complaint
NEGATIVE_DOUBT = 0.2  # from this complaint probability on a message is possibly negative: never praised
OWN_COMPLAINT_S = 900  # a member's own complaint this recent: her next line, likeliest a complaint, goes on with it


def _goes_on_with_own_complaint(message: MessageReceived, conversation: Conversation) -> bool:
    """Whether the sender's own last line in the room, in the last quarter hour, was a complaint."""
    mine = conversation.last_from((message.sender,))
    return mine is not None and mine.kind is Kind.COMPLAINT \
        and (message.ts - mine.ts).total_seconds() <= OWN_COMPLAINT_S


class Judgement(NamedTuple):
    """The learned layer's verdict on one message."""

    kind: Kind
    sure: float  # how sure it is of the kind (for a kind the rules read: that it is not a complaint)
    complaint: float  # the complaint score, whatever kind it read


@dataclass(frozen=True)
class KindModel:
    """Weights by feature for each kind (one multinomial model), and the biases."""

    weights: dict[str, list[float]]
    biases: list[float]
    classes: tuple[str, ...] = CLASSES
    _openings: Memo[tuple[str, str, bool], tuple[float, ...]] = field(
        default_factory=lambda: Memo(4096), compare=False, repr=False)  # ~0.2 KB a text
    operator: KindModel | None = None  # a model of operators' lines alone (`recast`)

    def scores(self, feats: list[str]) -> dict[Kind, float]:
        """Each kind's probability for one message's features."""
        return dict(zip(self.kinds, softmax(class_sums(self.weights, self.biases, feats)), strict=True))

    @property
    def kinds(self) -> tuple[Kind, ...]:
        """The classes as kinds, in the weights' order."""
        return _kinds(self.classes)

    def judge(self, reading: Reading, message: MessageReceived, conversation: Conversation,
              operator: bool) -> Judgement:
        """The likeliest kind, and the complaint probability.

        A thought typed in several lines is read as the rules put it together (`Reading.thought`), unless
        they heard a question or request in it and the model finds its last line likely a complaint
        ("我问一下" / "我妈前天是不是摔了" / "…怎么没人跟我们说一声呢"). Otherwise
        a complaint is read whenever it is likely enough (`COMPLAINT_FLOOR`), as missing one costs far
        more than a false alarm; but a question or request the rules heard only when it is fairly sure
        (`ASKED_COMPLAINT_FLOOR`: one still goes to a person, and "这个怎么弄啊" is no complaint), and
        words with no grievance the lexicons know only when it is fairly sure (`UNVOICED_COMPLAINT_FLOOR`).
        """
        said = worded(message)
        probability = self._probabilities(reading, message, conversation, said, operator)
        kinds = self.kinds
        complaint = probability[kinds.index(Kind.COMPLAINT)]
        asked = reading.kind in (Kind.QUESTION, Kind.REQUEST)
        if reading.kind is Kind.COMPLAINT and sneered(spoken(message)):  # 呵呵 这保洁做得可真"用心": praise a sneer
            return Judgement(Kind.COMPLAINT, complaint, complaint)  # turns; the pool has none, the layer reads praise
        if reading.thought and not (asked and complaint >= ASKED_COMPLAINT_FLOOR):
            return Judgement(reading.kind, probability[kinds.index(reading.kind)], complaint)
        floor = ASKED_COMPLAINT_FLOOR if asked else COMPLAINT_FLOOR if "#grievance" in said.shapes else \
            UNVOICED_COMPLAINT_FLOOR
        if complaint >= floor:
            return Judgement(Kind.COMPLAINT, complaint, complaint)
        best = max((i for i, k in enumerate(kinds) if not (floor > COMPLAINT_FLOOR and k is Kind.COMPLAINT)),
                   key=probability.__getitem__)
        if not asked and complaint > probability[best]:  # 伤口有点渗液: a complaint likeliest but not sure enough is
            if _goes_on_with_own_complaint(message, conversation):  # the rules' reading; but 上午就说在路上 after her
                return Judgement(Kind.COMPLAINT, complaint, complaint)  # own complaint and the answer: still unheard
            return Judgement(reading.kind, probability[kinds.index(reading.kind)], complaint)
        if reading.kind is Kind.COMPLAINT and (kinds[best] in (Kind.QUESTION, Kind.REQUEST, Kind.ANSWER)
                                               or reading.why == SECONDS) \
                and complaint >= HEARD_COMPLAINT_FLOOR:  # 音箱太小声了…听不到口令: a grievance the rules heard,
            return Judgement(Kind.COMPLAINT, complaint, complaint)  # said to someone by name, is still a complaint
        if reading.kind is Kind.COMPLAINT and kinds[best] in (Kind.QUESTION, Kind.REQUEST, Kind.ANSWER) \
                and probability[best] < HEARD_ASK_FLOOR:  # 快递柜坏了 找谁修 just after another's ask: no answer
            return Judgement(Kind.COMPLAINT, complaint, complaint)
        if asked and kinds[best] is Kind.ANSWER and probability[best] < ASKED_ANSWER_FLOOR:  # 下周三的讲座在几楼, just
            return Judgement(reading.kind, probability[kinds.index(reading.kind)], complaint)  # after another's ask
        if reading.kind is Kind.ANSWER and kinds[best] is Kind.SMALLTALK and probability[best] < ANSWER_CHAT_FLOOR:
            return Judgement(Kind.ANSWER, probability[kinds.index(Kind.ANSWER)], complaint)
        return Judgement(kinds[best], probability[best], complaint)

    def _opening_sums(self, message: MessageReceived, said: Worded, operator: bool) -> tuple[float, ...]:
        """Each class's sum over the opening features (`_opening`): the same words again are looked up (bot.memo).

        Most of a message's features are its words', so most of the sum is worked out once per text; the rest
        is added on in the same order (`class_sums_after`), so every sum is the number one pass would make."""
        key = (message.type, message.text, operator)
        found = self._openings.get(key)
        if found is None:
            sums = class_sums(self.weights, self.biases, opening_features(said, operator))
            found = self._openings.keep(key, tuple(sums))
        return found

    def _probabilities(self, reading: Reading, message: MessageReceived, conversation: Conversation, said: Worded,
                       operator: bool) -> list[float]:
        """Each class's probability: the opening's sums looked up by text, the rest of the features added on."""
        return softmax(class_sums_after(self._opening_sums(message, said, operator), self.weights,
                                        features_after_words(reading, message, conversation, said)))

    def recast(self, reading: Reading, message: MessageReceived, conversation: Conversation) -> Kind:
        """An operator's line: the rules' kind, or another of `OPERATOR_KINDS` the operator model is sure of.

        The rules take an operator's words soon after a member's ask for an answer to it; the model (trained on
        operators' lines, `operator`) also reads the words and the context, so a notice posted after a member's
        question, or chat with a member who shared a photo, is not taken for an answer (or the other way round).
        """
        if self.operator is None or reading.kind not in OPERATOR_KINDS:
            return reading.kind
        model = self.operator
        scores = dict(zip(model.kinds, model._probabilities(reading, message, conversation, worded(message), True),
                          strict=True))
        best = max(OPERATOR_KINDS, key=scores.__getitem__)
        return best if scores[best] >= OPERATOR_FLOOR else reading.kind

    @classmethod
    def load(cls, path: Path = SHIPPED) -> KindModel | None:
        """The model in a file, or None when there is none."""
        if not path.exists():
            return None
        return cls._of(json.loads(path.read_text(encoding="utf-8")))

    @classmethod
    def _of(cls, data: dict) -> KindModel:
        operator = cls._of(data["operator"]) if data.get("operator") else None
        return cls(weights=data["weights"], biases=data["biases"], classes=tuple(data["classes"]), operator=operator)

    def _data(self) -> dict:
        weights = {f: [round(w, 3) for w in row] for f, row in sorted(self.weights.items())}
        data = {"classes": list(self.classes), "biases": [round(b, 4) for b in self.biases], "weights": weights}
        if self.operator is not None:
            data["operator"] = self.operator._data()
        return data

    def save(self, path: Path) -> None:
        """Write the model, weights rounded (a few hundred kilobytes at most)."""
        path.write_text(json.dumps(self._data(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


L2 = 1e-3  # chosen leaving one kind of group out at a time (`qunbot understanding eval --loko`)
BALANCE = 0.5  # rarer kinds weigh more: (n / (kinds x count)) ** BALANCE


def train(examples: list[tuple[list[str], str]], operators: list[tuple[list[str], str]] | None = None, *,
          l2: float = L2, balance: float = BALANCE) -> KindModel:
    """Fit one weight per feature and kind from members' (features, label) pairs; and, given operators' pairs,
    a second model of operators' lines alone (their kinds and context differ: answers, notices)."""
    weights, biases = fit_softmax(examples, CLASSES, l2=l2, balance=balance)
    operator = None
    if operators:
        weights_of_operators, operator_biases = fit_softmax(operators, CLASSES, l2=l2, balance=balance)
        kept = {f: row for f, row in weights_of_operators.items() if max(map(abs, row)) >= OPERATOR_PRUNE}
        operator = KindModel(kept, operator_biases)
    return KindModel(weights, biases, operator=operator)


@lru_cache(maxsize=4)
def _kinds(classes: tuple[str, ...]) -> tuple[Kind, ...]:
    return tuple(Kind(c) for c in classes)


@lru_cache(maxsize=1)
def shipped() -> KindModel | None:
    """The model shipped with the bot (read once)."""
    return KindModel.load()
