"""The features the reader's learned layer reads: the words' characters and pairs (and those of their Mandarin where a
dialect's everyday words are in them, `bot.dialect`), the cue lexicons that fire, the
shapes of the sentence (an either-or question, a rhetorical one, 又/每次, a name first), the rules' reading and what
the messages just before tell (`bot.context_cues`). Each is a plain name (`#cue:request`), so every weight can be
read; what the words alone light up is worked out once per text (`bot.memo`)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from bot.acknowledgements import ACK_LEAD, THANKS
from bot.among_members import SECONDING
from bot.chinese_text import compact, simplify, strip_mentions
from bot.context_cues import context_cues
from bot.conversation import Conversation
from bot.dialect import everyday_in_mandarin
from bot.events import VOICE_TAG
from bot.greetings import GREETING_WORD
from bot.grievance import grievance
from bot.memo import Memo, per_text
from bot.providers import TARGET
from bot.question_shape import EXCLAIM, question_cue
from bot.repairs import CALLED_OUT_WORDS, calls_out
from bot.sharing import SHARE
from bot.to_the_staff import REQUEST

if TYPE_CHECKING:
    from bot.events import MessageReceived
    from bot.reading import Reading

__all__ = ["Worded", "features", "features_after_words", "opening_features", "plain", "spoken", "worded"]

_TAIL_ASKS = ("?", "？", "吗", "呢", "么", "嘛")
OR_ASK = re.compile(r"\S还是(?![不没得要挺很那老觉算])\S")  # 是上午还是下午: an either-or question, particle or not
RHETORICAL_ASK = re.compile(r"又\S{0,8}[?？]|\d+\S{0,3}[?？]|[?？]{2}|(才|就)\S{0,6}[?？]$")  # 一下涨三十？
DISPLEASED = re.compile("[😤😒🙄😏😡👎💢😠😑🤬😞😩😓]")
AGAIN = re.compile(r"又|还是|老是|总是|每次|一直|年年|天天|第[二三四五六七八九几]回|[两三四五六七八九几]回了|"
                   r"好几(回|次|遍)")
VOCATIVE = re.compile(r"^(@\S+\s+)?\S{0,3}(姐|哥|叔|姨|爷|奶|老师|教练|师傅|班长|群主|团长|老板|医生|大夫|经理|管家)"
                      r"(啊|呀)?(\s|，|,|$)")  # 何姐 要先授权手机号: spoken to one person


@per_text  # the reader asks first whether the words are too few to learn from
def plain(typed: str) -> tuple[str, str]:
    """The text as the learned layer reads it (simplified, mentions out) and its words alone (at most 120)."""
    text = simplify(strip_mentions(typed)).strip()
    return text, compact(text)[:120]


def spoken(message: MessageReceived) -> str:
    """A message's words: typed, or a voice message's transcript ("" when there is none, only "[语音]")."""
    return _spoken(message.type, message.text)


@per_text  # the rules and the learned layer both read them; the same words come again and again
def _spoken(kind: str, text: str) -> str:
    if kind == "voice" and text.startswith(VOICE_TAG):
        text = text[len(VOICE_TAG):]
    return simplify(strip_mentions(text)).strip()


def features(reading: Reading, message: MessageReceived, conversation: Conversation, operator: bool) -> list[str]:
    """The names one typed message (or voice transcript) lights up, read in its conversation (not yet part of it)."""
    said = worded(message)
    return [*opening_features(said, operator), *features_after_words(reading, message, conversation, said)]


def opening_features(said: Worded, operator: bool) -> tuple[str, ...]:
    """The features that come first, which the words and who said them alone decide."""
    return ("#op" if operator else "#member", *said.head)


def features_after_words(reading: Reading, message: MessageReceived, conversation: Conversation,
                         said: Worded) -> list[str]:
    """The features after the opening ones: the rules' reading, the words' shapes, the conversation."""
    feats = [f"#rules:{reading.kind}", *said.shapes]
    if message.reply_to:
        feats.append("#quote")
    if message.mentions:
        feats.append("#mention")
    if reading.addresses is not None:
        target = reading.addresses
        feats.append(f"#to:{'op' if target.operator else 'member'}:{target.kind}")
        if target.sender == message.sender:
            feats.append("#to:self")
    feats += said.ends
    feats += context_cues(said.words, message.sender, message.ts, conversation, seconds=said.seconds)
    return feats


class Worded(NamedTuple):
    """What the words alone light up (the same words again are looked up: bot.memo), in `features`' order."""

    words: str
    cues: tuple[str, ...]  # the cue lexicons that fire (`#cue:request`)
    shapes: tuple[str, ...]  # shapes of the sentence, grievance, asking tail, emoji or marks
    ends: tuple[str, ...]  # how the words begin and end
    seconds: bool  # "我也是…": seconds what was said before
    voice: bool  # a voice message's transcript
    mandarin: str  # the words as their Mandarin reads them where a dialect's everyday words are in them, else ""

    @property
    def head(self) -> tuple[str, ...]:
        """Length, voice, pairs of characters, characters (and those of the Mandarin), cues: made when asked for,
        not kept: a text's sums over them are kept instead (`KindModel._opening_sums`), and some eighty short
        strings a text would make the memo three times larger."""
        words = self.words
        head = [_LENGTH[min(len(words) // 4, 8)]]
        if self.voice:
            head.append("#voice")  # a transcript: no punctuation, run-on, the recogniser's slips
        head += [words[i:i + 2] for i in range(len(words) - 1)]
        head += words
        if self.mandarin:  # 恁厝呢, 要等几耐, 晓得了: a dialect's words light what their Mandarin lights (its pairs,
            kept, read = set(head), self.mandarin  # characters and cues), beside their own characters
            grams = dict.fromkeys([read[i:i + 2] for i in range(len(read) - 1)] + list(read))
            head += [g for g in grams if g not in kept]
        head += self.cues
        return tuple(head)


class _Asks:
    """The learned layer's question cue: QUESTION, or else a question asked without a mark (UNMARKED_QUESTION), in the
    words that may ask (`NOT_ASKING` taken out)."""

    @staticmethod
    def search(text: str) -> re.Match[str] | None:
        return question_cue(text)


class _Requests:
    """The learned layer's request cue: REQUEST, or the staff called out to the home with nothing of theirs blamed
    (`calls_out`: 有空过来紧一紧, not 上回你们师傅换的水龙头 又开始滴水了 有空过来看看)."""

    @staticmethod
    def search(text: str) -> re.Match[str] | None:
        return REQUEST.search(text) or (CALLED_OUT_WORDS.search(text) if calls_out(text) else None)


CUES: tuple[tuple[str, re.Pattern[str] | _Asks | _Requests], ...] = (
    ("request", _Requests()), ("question", _Asks()), ("thanks", THANKS), ("greeting", GREETING_WORD),
    ("share", SHARE), ("seconding", SECONDING), ("ack_lead", ACK_LEAD), ("aimed", TARGET), ("exclaim", EXCLAIM))
"""The lexicons that carry weight in the learned layer, by name (`#cue:request`; complaints: `#grievance`)."""
_LENGTH = tuple(f"#len:{n}" for n in range(9))
_CUE_NAMES = tuple((f"#cue:{name}", cue) for name, cue in CUES)
_WORDED: Memo[tuple[str, str], Worded] = Memo(4096)


def worded(message: MessageReceived) -> Worded:
    key = (message.type, message.text)
    found = _WORDED.get(key)
    if found is None:
        found = _WORDED.keep(key, _read_words(message))
    return found


def _read_words(message: MessageReceived) -> Worded:
    text, words = plain(message.text if message.type == "text" else spoken(message))
    mandarin = everyday_in_mandarin(text)
    dialect = mandarin != text
    cues = tuple(name for name, cue in _CUE_NAMES if cue.search(text) or dialect and cue.search(mandarin))
    shapes = [name for name, shape in _SHAPES if shape.search(text)]
    if grievance(text):
        shapes.append("#grievance")
    if text.endswith(_TAIL_ASKS):
        shapes.append("#ends_asking")
    if (len(words) if len(words) < 120 else len(compact(text))) < len(text.replace(" ", "")) - 1:  # words: cut at 120
        shapes.append("#emoji_or_marks")
    ends = (f"^{words[:2]}", f"{words[-1]}$", f"{words[-2:]}$$") if words else ()
    return Worded(words, cues, tuple(shapes), ends, bool(SECONDING.search(text)), message.type == "voice",
                  compact(mandarin)[:120] if dialect else "")


_SHAPES = (("#or_ask", OR_ASK), ("#rhetorical", RHETORICAL_ASK), ("#displeased", DISPLEASED), ("#again", AGAIN),
           ("#vocative", VOCATIVE))
