"""Understanding: what a message is (question, complaint, greeting, …) and whom it answers, for every plugin.

`read(message, conversation)` looks at the message's own words and type first, then at the
room's recent conversation (`bot.conversation.Conversation`) for what only context tells: that a
statement answers someone's question, that a thanks closes it, that five short lines from one
person within seconds are one thought. It is rules over lexicons of how members write (chatter,
voice-input slips, dialect, traditional characters arrive simplified), not a model: cheap enough
for every message, and every decision can be explained to an operator.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from bot.chinese_text import compact, simplify, strip_mentions
from bot.conversation import Conversation, Said
from bot.events import MessageReceived


class Kind(StrEnum):
    """What a message does for the people reading it."""

    QUESTION = "question"  # asks for information
    REQUEST = "request"  # asks someone to do something, or for help
    COMPLAINT = "complaint"  # a complaint, or a problem with a product or a service
    THANKS = "thanks"
    GREETING = "greeting"
    SHARING = "sharing"  # an article, a video, a tip, an experience worth reading
    ANSWER = "answer"  # answers someone else's question or request
    SMALLTALK = "smalltalk"
    ACK = "ack"  # 好的 / 收到 / 👍
    MEDIA = "media"  # a photo, voice message, sticker or video with no words of its own


NEEDS_PERSON = frozenset({Kind.QUESTION, Kind.REQUEST, Kind.COMPLAINT, Kind.SHARING, Kind.MEDIA})
ASKING = frozenset({Kind.QUESTION, Kind.REQUEST, Kind.COMPLAINT})


@dataclass(frozen=True, slots=True)
class Reading:
    """What a message is, whom it addresses, and whether a person should respond to it."""

    kind: Kind
    addresses: Said | None = None  # the earlier message it responds to (a quote, a mention, or context)
    needs_person: bool = False
    why: str = ""  # the cue that decided, for operators and tests


_ACK = {"好", "好的", "好滴", "好嘞", "好哒", "好吧", "收到", "嗯", "嗯嗯", "哦", "哦哦", "噢", "ok", "okay", "知道了",
        "明白", "明白了", "了解", "晓得了", "是的", "对", "对的", "对对", "行", "可以", "中", "妥", "没问题", "好的呢",
        "收到了", "好的好的", "收到收到", "1", "嗯呢", "okk", "ok了"}
_THANKS = re.compile(r"谢谢|感谢|多谢|谢啦|谢了|谢谢啦|辛苦(了|啦|您|你)|3q|thx|thank|麻烦(你|您)了|劳驾了|感恩")
_GREETING = re.compile(
    r"^(各位|大家|亲们|家人们|朋友们|老师们|姐妹们|群友们|邻居们)?(早上好|早安|早啊|早呀|早|上午好|中午好|下午好|晚上好|晚安|"
    r"你们?好|您好|大家好|新年快乐|新年好|节日快乐|周末快乐|中秋快乐|国庆快乐|元旦快乐|过年好|春节快乐|除夕快乐|"
    r"端午安康|端午快乐|清明安康|重阳节快乐|重阳快乐|元宵节快乐|元宵快乐|冬至快乐|平安夜快乐|圣诞快乐|好梦|午安|吉祥)")
_GREETING_TAIL = re.compile(
    r"^[\s,，.。!！~～、呀啊哈呢吖哦噢喔们大家各位亲朋友姐妹兄弟老师邻居群友好早安晚🌹🌞☀️🌙💐🙏😊😄❤️️]*$")
_COMPLAINT = re.compile(
    r"坏了|坏的|烂了|烂的|发霉|臭了|变质|过期|破了|碎了|漏(水|了|电)|少了|少发|漏发|发错|错发|缺了|不新鲜|不能用|用不了|"
    r"打不开|不好用|不灵|没反应|质量(太|真|好)?差|太差|很差|差劲|垃圾|失望|投诉|退款|退钱|退货|换货|能换|给换|怎么回事|"
    r"咋回事|搞什么|什么情况|还没(到|发|收到|来|修|人)|一直没|到现在都?没|没人(管|理|回|接)|不回(复|消息)|骗人|骗子|上当|"
    r"坑人|黑心|太贵了|乱收费|多收|扣了我|吵死|吵得|噪音|太吵|停水|停电|没水|没电|不出水|跳闸|电梯(坏|又|停)|堵了|"
    r"生气|气死|受不了|无语|服了|离谱|太过分|过分了|不像话|态度(太|很|真)?差|凭什么|差评|没法|有问题|出问题|不对劲|"
    r"(这|也)叫新鲜|又(坏|停|没|迟|晚|漏|堵|吵)|晚点了|迟迟|等了(好|半|一|两|三|几)")
_REQUEST = re.compile(
    r"帮(我|忙|帮|下|一下|个忙|看|查|问)|麻烦(你|您|帮|给|老师|群主|管家|客服|一下|下)|请(帮|给|把|您|你)|能不能(帮|给|把)|"
    r"可不可以(帮|给|把)|可以(帮|给|把)我|求助|求帮|救救|给我(改|换|开|发|补|退|留|安排|登记|报|寄|看)|拉我|加一下我|"
    r"帮.{0,4}(改|换|查|看|登记|报名|预约|处理|安排)|(改|换)(一下|下)?(地址|电话|时间)|报个名|给.{1,4}报(个)?名")
_QUESTION = re.compile(
    r"[?？]|吗|么$|嘛$|呢$|怎么|怎样|咋|如何|哪|几点|几号|几个|几天|几岁|几次|几楼|多少|多久|多大|多长|什么|啥|谁|"
    r"能不能|可不可以|可以不|行不行|是不是|有没有|要不要|会不会|对不对|好不好|用不用|算不算|请问|问一下|问下|想问|"
    r"求问|打听|不知道|知道.{0,6}(吗|不)|晓得.{0,4}不|还是|没有\s*$|不\s*$|否")
_RHETORICAL = re.compile(r"[?？]{2,}|难道|凭什么|有没有搞错|什么玩意|搞什么|咋回事|怎么回事|怎么搞的|像话吗|还让不让")
_SHARE = re.compile(r"分享|推荐|给大家|转发|转给|转一|看看|瞧瞧|瞅瞅|欣赏|链接|文章|视频|照片|图片|美篇|好文|收藏|"
                    r"学习一下|涨知识|科普|提醒大家|告诉大家|大家注意|小贴士|小妙招|经验|心得|打卡|晒|拍的|拍了|录了")
_ANSWER_CUES = re.compile(
    r"^(在|是|有|没有|不用|不要|要|可以|不可以|能|不能|会|不会|应该|估计|好像|听说|一般|每|周|星期|礼拜|上午|下午|晚上|明天|"
    r"今天|后天|\d|[一二三四五六七八九十两]+(点|号|块|元|楼|天|个|次|岁)|就在|直接|先|去|找|打|问|用|点|进|我(们)?(家|那|这|是|也|上次|之前|去年)|"
    r"对(的|啊)?[,，]|不是|是的|没事|放心|别|你|您|交给|找|加)|"
    r"可以(的|啊|呀)|[0-9]+(点|号|块|元|楼|栋|路|分钟)|在.{1,8}(里|上|下|旁边|门口|那|对面)|就行|就好|就可以|即可|不用了?$")
_NAME_CALL = re.compile(r"^@\S+")
_FRAGMENT_GAP_S = 25  # lines from one person this close together are read as one thought
_ANSWER_WINDOW_S = 600  # a statement this soon after someone else's question may answer it


def read(message: MessageReceived, conversation: Conversation | None = None, *, operator: bool = False) -> Reading:
    """What `message` is, in the light of the room's recent conversation (which it is not yet part of)."""
    conversation = conversation or Conversation()
    text = simplify(strip_mentions(message.text)).strip() if message.type == "text" else ""
    words = compact(text)
    quoted = conversation.find(message.reply_to) if message.reply_to else None
    mentioned = conversation.last_from(message.mentions) if message.mentions else None
    if message.type in ("image", "voice", "emoticon", "video") and not text:
        return _reading(Kind.MEDIA, quoted, "media without words", operator)
    if message.type in ("url", "mini_program", "file", "contact_card"):
        return _reading(Kind.SHARING, quoted, f"a shared {message.type}", operator)
    if not words:
        return _reading(Kind.MEDIA if not text else Kind.ACK, quoted, "emoji only", operator)
    before = conversation.fragment_before(message.sender, message.ts, _FRAGMENT_GAP_S)
    kind, why = _kind_of_words(text, words)
    if kind is Kind.SMALLTALK and before is not None and before.kind in ASKING and len(words) <= 12:
        kind, why = before.kind, "continues the sender's last line"  # one thought in several fragments
    target = quoted or mentioned
    if kind in (Kind.THANKS, Kind.ACK):
        target = target or conversation.last_answer_to(message.sender, message.ts, _ANSWER_WINDOW_S)
        return _reading(kind, target, why, operator)
    if kind in (Kind.SMALLTALK, Kind.SHARING) or (kind is Kind.QUESTION and target is not None
                                                  and target.kind in ASKING and target.sender != message.sender
                                                  and _ANSWER_CUES.search(text) and not _RHETORICAL.search(text)):
        asked = target if target is not None and target.kind in ASKING else None
        if asked is None and target is None:
            asked = conversation.open_question(message.sender, message.ts, _ANSWER_WINDOW_S)
        if asked is not None and asked.sender != message.sender and (
                quoted is not None or mentioned is not None or operator or _ANSWER_CUES.search(text)):
            return _reading(Kind.ANSWER, asked, "responds to a recent question", operator)
    return _reading(kind, target, why, operator)


def _kind_of_words(text: str, words: str) -> tuple[Kind, str]:
    """The kind the words alone say."""
    if words in _ACK or (len(words) <= 3 and words.rstrip("啦了呀哈的呢") in _ACK):
        return Kind.ACK, "an acknowledgement"
    greeting = _GREETING.match(words)
    if greeting and (len(words) <= 14 or _GREETING_TAIL.match(words[greeting.end():])):
        return Kind.GREETING, "a greeting"
    complaint = _COMPLAINT.search(text)
    asks = _QUESTION.search(text)
    if complaint and not (_THANKS.search(text) and not asks):
        return Kind.COMPLAINT, f"complaint cue {complaint.group(0)!r}"
    if _THANKS.search(text) and not (asks and len(words) > 8):
        return Kind.THANKS, "thanks"
    if request := _REQUEST.search(text):
        return Kind.REQUEST, f"request cue {request.group(0)!r}"
    if asks and not (_SHARE.search(text) and len(words) > 30):
        return Kind.QUESTION, f"question cue {asks.group(0)!r}"
    if _SHARE.search(text) or len(words) >= 40:
        return Kind.SHARING, "shares something"
    return Kind.SMALLTALK, "chat"


def _reading(kind: Kind, target: Said | None, why: str, operator: bool) -> Reading:
    needs = kind in NEEDS_PERSON and not operator
    return Reading(kind, target, needs, why)
