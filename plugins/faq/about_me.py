"""A member asks whether the bot is a person ("@小助手 你是真人还是机器人啊"): the one question it can always answer
itself, honestly and at once, rather than "工作人员正在确认"."""
from __future__ import annotations

import re

from bot.chinese_text import compact

# 你是真人还是机器人, 小助手是机器人吗, 您是人工的不, 是不是机器人在回, 你是人吗, 你是AI吗, 这是自动回复吗,
# 你是人工客服吗: the bot itself asked about (not 客服 on the phone, not a robot vacuum: code review 25, finding 9)
_YOU = r"(你|您|小助手|助手)"
ASKS_IF_BOT = re.compile(
    rf"{_YOU}\S{{0,3}}(是)?(真人|活人|人工)(客服)?(的)?(吗|不|啊|吧|还是|呀|么)|"
    rf"{_YOU}是(个)?人(吗|么|不|啊|呀)|"
    rf"{_YOU}\S{{0,3}}(是不是|是)(机器人|机器|程序|自动(回复|的)|ai|人工智能)|"
    r"是(真)?人还是(机器人?|程序|自动|ai)|是机器人?还是(真)?人|是不是机器人在回|机器人(在)?回(的|复的)?吗|"
    r"(这|这个|这些|刚才)\S{0,3}是(不是)?自动回复|自动回复(的)?(吗|吧|呀)", re.IGNORECASE)
NOT_ABOUT_ME = re.compile(r"(?<!人工)客服|电话|扫地|拖地|玩具|买")
# 王姐你是真人吗 这么快就回了: another member called by name before 你, not the bot
_ANOTHER_ADDRESSED = re.compile(r"[\u4e00-\u9fff]{0,3}(姐|哥|姨|叔|婶|伯|妹|弟|老师|大爷|大妈|奶奶|爷爷|阿婆|阿公)"
                                r"(子|们)?[啊呀]?(你|您)")


def asks_if_bot(text: str) -> bool:
    """Whether `text` asks if the bot is a person or a program, and asks it of the bot, not of a member called by
    name before 你 (王姐你是真人吗)."""
    words = compact(text)
    found = ASKS_IF_BOT.search(words)
    if found is None or NOT_ABOUT_ME.search(words):
        return False
    return _ANOTHER_ADDRESSED.search(words, 0, found.end()) is None


# ... and asks for a person, or says the bot missed the point (我要找真人, 转人工, 怎么老答非所问): an apology and a
# person, never a smiley (native review 25, finding 10)
MISSED_HER_POINT = re.compile(r"答非所问|问东答西|听不懂|没听懂|不明白我|说不明白|说了半天|白说|鸡同鸭讲|牛头不对马嘴"
                              r"|驴唇不对马嘴")
WANTS_A_PERSON = re.compile(r"找(个|一下)?(真人|人工|活人|工作人员|管理员|群主)|要(真人|人工)|转人工"
                            r"|叫(个)?(真人|人|工作人员|管理员|群主)(来|过来)|" + MISSED_HER_POINT.pattern)
# what the question about the bot leaves of a message (你是真人吗？鸡蛋今天几点到货: 鸡蛋今天几点到货)
_ABOUT_ME_CLAUSE = re.compile(r"[^。！？!?\n]*?(" + ASKS_IF_BOT.pattern + r")[^，,。！？!?\s]*[，,。！？!?\s]*",
                              re.IGNORECASE)


def wants_a_person(text: str) -> bool:
    """The member who asks if the bot is a person also asks for one, or says it missed her point."""
    return WANTS_A_PERSON.search(compact(text)) is not None


def says_bot_missed(text: str) -> bool:
    """She says the bot missed her point (答非所问, 听不懂我说话): cross with it, not only asking for a person."""
    return MISSED_HER_POINT.search(compact(text)) is not None


def beyond_about_me(text: str) -> str:
    """The rest of `text` once the question about the bot is taken out ("" when nothing else is asked)."""
    rest = _ABOUT_ME_CLAUSE.sub("", text, count=1).strip()
    return rest if len(compact(rest)) >= 2 else ""
