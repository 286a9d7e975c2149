"""What an operator's line does in the conversation: answers a member's ask, speaks to one member by name, asks a
member for what it takes to help, or tells everyone something (a notice, a greeting) and answers nobody.

The reader (`bot.understanding`) asks this module for every operator's or owner's message: the words' kind comes from
the lexicons (`bot.acknowledgements`, `bot.sharing`), whom the line answers from the room's recent conversation. A
notice posted while a member's ask is open leaves it open (someone still has to answer it); a line that names what a
member asked about answers that member even when someone else asked since (`OperatorLine.addresses`).
"""
from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, NamedTuple

from bot.acknowledgements import ACK_WORDS
from bot.chinese_text import compact
from bot.conversation import ASKING, Conversation, Kind, Said
from bot.sharing import NOTICE

if TYPE_CHECKING:
    from bot.events import MessageReceived

OPERATOR_ANSWER_WINDOW_S = 1800  # an operator's message this soon after a member's ask answers it
NAMED_ANSWER_WINDOW_S = 4 * 3600  # an operator who names a member answers them even hours later
EARLIER_ASKS = 4  # how many open asks before the latest an operator's line may name (each looked at costs a scan)
_ASKS_DETAILS = re.compile(r"麻烦(您|你)?(说|发|拍|提供|告诉|把)|请(您|你)?(发|拍|提供)|没(太)?听清|听不(太)?清|打字")
NOTICE_OPENING = re.compile(  # 各位早上好 / 【通知】 / 提醒：… / 跟大家说一下: an operator's notice to all, no answer
    r"^(各位|大家|家人们|亲们|\w{1,3}们)\w{0,3}(早上|上午|中午|下午|晚上)?(?<!不)好|^【|"
    r"^(安全|温馨|重要|补充)?(提醒|通知|提示)(一下)?(大家)?[:：\s]|^另外(通知|说)|^跟大家说|^(再)?(提醒|通知)(一下)?大家")
VOCATIVE = re.compile(  # 王大爷 您说的… / 梅子姐，… / @刘建华 刘哥… / 李哥说得对: an operator speaks to one member
    r"^(@\S+\s+|(?!各位|大家|家人|亲们|通知|提醒|注意|温馨|重要|公告|今天|明天|后天|本周|下周|这周|周[一二三四五六日末]|"
    r"上午|下午|晚上|早上|中午)(\w{0,3}(姐|哥|叔|姨|爷|奶|老师|妈妈|爸爸|师傅|同学|老板|伯)|[\u4e00-\u9fff]{2,3})"
    r"([，,\s]|您好|你好))|^\w{1,5}说(得|的)(对|是|没错)")

# 陈阿姨太棒了 不过第一次别太猛 / 安安这学期进步特别大👏: an operator's praise is for a member's chat or photo, not an
# answer to a question asked since (operators' lines opening with praise over every labelled kind: 9 chat of 11)
PRAISE = re.compile(r"^\S{0,6}(太棒了|真棒|好棒|厉害|真好看|好看|真不错|真精神|真能干|了不起|进步(真|好|特别)?大)")

# characters of grammar and of everyday talk: a pair with one of them names no topic (了吗, 我们, 明天)
_GRAMMAR = frozenset("的了是在我你您他她们这那有不也都就还吗呢吧啊呀哦一个么什怎今明天下上午好大家请问")


class OperatorLine(NamedTuple):
    """What an operator's line is, the member's message it answers (if any), and why."""

    kind: Kind
    addresses: Said | None
    why: str


def card_answer(conversation: Conversation, message: MessageReceived, target: Said | None,
                thought: list[Said]) -> OperatorLine | None:
    """An operator's link, file or card for a member's ask still open (not the rest of their own sharing)."""
    asked = _asked(conversation, message, target)
    if asked is not None and not (thought and thought[-1].kind is Kind.SHARING):
        return OperatorLine(Kind.ANSWER, asked, f"an operator's {message.type} for a member's ask")
    return None


def operator_line(conversation: Conversation, message: MessageReceived, text: str, kind: Kind, why: str,
                  target: Said | None) -> OperatorLine:
    """An operator's words: greetings and thanks as they are; anything else soon after a member's ask answers it."""
    if kind is Kind.THANKS and len(compact(text)) >= 25 and "大家" in text:
        return OperatorLine(Kind.SHARING, target, "an operator's notice that thanks everyone")
    if kind in (Kind.GREETING, Kind.THANKS) or (kind is Kind.ACK and compact(text) in ACK_WORDS):
        return OperatorLine(kind, target, why)
    asked = _asked(conversation, message, target)
    if kind in (Kind.REQUEST, Kind.QUESTION, Kind.SMALLTALK) and asked is not None and _ASKS_DETAILS.search(text):
        return OperatorLine(Kind.REQUEST, asked, "asks the member for what it takes to help")
    if asked is not None and asked.kind is not Kind.COMPLAINT and target is None \
            and (chat := _chat_since(conversation, asked)) is not None \
            and not _topic(text) & _topic(asked.text):
        return OperatorLine(Kind.SMALLTALK, chat, "an operator joins the members' chat, not the ask before it")
    if asked is not None and asked.kind is not Kind.COMPLAINT and target is None and PRAISE.match(text) \
            and not _topic(text) & _topic(asked.text) and (praised := _chat_before(conversation, asked)) is not None:
        return OperatorLine(Kind.SMALLTALK, praised, "an operator praises a member's chat or photo, not the ask")
    if asked is not None and not NOTICE_OPENING.match(text):
        return OperatorLine(Kind.ANSWER, asked, "an operator responds to a member's ask")
    if asked is None and target is not None and not target.operator and not NOTICE_OPENING.match(text):
        return OperatorLine(Kind.ANSWER, target, "an operator responds to the member quoted or mentioned")
    if asked is None and VOCATIVE.match(text) and (member := _last_member(conversation, message)) is not None:
        return OperatorLine(Kind.ANSWER, member, "an operator speaks to one member by name")
    if kind in (Kind.SMALLTALK, Kind.ACK, Kind.QUESTION, Kind.COMPLAINT) or (kind is Kind.REQUEST
                                                                             and NOTICE.search(text)):
        return OperatorLine(Kind.SHARING, target, "an operator's notice")
    return OperatorLine(kind, target, why)


def recast(before: OperatorLine, kind: Kind, message: MessageReceived, conversation: Conversation) -> OperatorLine:
    """The rules' reading of an operator's line (`before`) read as `kind` by the operator model: an answer answers
    the ask still open; a notice answers nobody."""
    if kind is before.kind:
        return before
    addresses = before.addresses
    if kind is Kind.ANSWER and addresses is None:
        addresses = conversation.open_ask(message.ts, OPERATOR_ANSWER_WINDOW_S, besides=message.sender)
    elif before.kind is Kind.ANSWER and message.reply_to is None and not message.mentions:
        addresses = None  # a notice posted while a member's ask was open answers nobody: the ask stays open
    return OperatorLine(kind, addresses, f"operator model (the rules read {before.kind.value}: {before.why})")


def _asked(conversation: Conversation, message: MessageReceived, target: Said | None) -> Said | None:
    """The member's ask this message would answer: the quoted or mentioned one, else the latest still open, unless
    the words speak of an earlier one (电梯的事物业已经报修了 after 电梯又坏了, though someone asked since)."""
    if target is not None and target.kind in ASKING and not target.operator:
        return target
    if target is not None and not target.operator:
        return None
    asks = conversation.open_asks(message.ts, OPERATOR_ANSWER_WINDOW_S, besides=message.sender)
    latest = next(asks, None)
    if latest is None or not (pairs := _topic(message.text)) or pairs & _topic(latest.text):
        return latest
    return next((said for said in islice(asks, EARLIER_ASKS) if pairs & _topic(said.text)), latest)


def _chat_since(conversation: Conversation, asked: Said) -> Said | None:
    """Another member's chat or sharing said last, after `asked` (陈阿姨厉害👍 after her photo), if that is what was
    (the asker's own photo or voice message after the ask is more of it)."""
    last = conversation.said[-1] if conversation.said else None
    if last is None or last.operator or last.sender == asked.sender or last.ts <= asked.ts \
            or last.kind not in (Kind.SMALLTALK, Kind.SHARING, Kind.MEDIA):
        return None
    return last


def _chat_before(conversation: Conversation, asked: Said, look_back: int = 6) -> Said | None:
    """The latest of another member's chat, sharing or photo among the last few lines (what praise is for)."""
    return next((said for said in islice(reversed(conversation.said), look_back) if not said.operator
                 and said.sender != asked.sender and said.kind in (Kind.SMALLTALK, Kind.SHARING, Kind.MEDIA)), None)


@lru_cache(maxsize=1024)  # each member's ask is looked at by every operator's line while it is open
def _topic(text: str) -> frozenset[str]:
    """The pairs of characters that may name what `text` is about (电梯, 饭凉), none of them a word of grammar: a
    line names what an ask is about when the two share one."""
    words = compact(text)
    return frozenset(pair for i in range(len(words) - 1) if not _GRAMMAR.intersection(pair := words[i:i + 2]))


def _last_member(conversation: Conversation, message: MessageReceived) -> Said | None:
    """The latest member's message an operator's words may respond to (not a greeting, thanks or acknowledgement)."""
    since = message.ts - timedelta(seconds=NAMED_ANSWER_WINDOW_S)
    for said in reversed(conversation.said):
        if said.ts < since:
            return None
        if not said.operator and said.kind not in (Kind.GREETING, Kind.THANKS, Kind.ACK):
            return said
    return None
