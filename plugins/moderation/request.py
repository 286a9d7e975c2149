"""A contact given on request: someone in the room asked for a number, a WeChat or a tradesman, and a member answers.

"谁有修空调师傅的电话？" - "我家上次找的刘师傅，139…，人挺实在": the number is help, not an advert. It is an advert
again when the answer sells the poster's own trade ("我就是做这个的，加我"), calls people to message privately, or
shows any scheme, lending, recruiting or lure: those are what a seller answering an ask would add.
"""
from __future__ import annotations

import re

from plugins.moderation.intent import signals
from plugins.moderation.money_schemes import jargon
from plugins.moderation.trade import own_trade

ASK_S = 900  # an ask this recent may be what a contact answers
# Asking for a way to reach someone: a number, a WeChat, a card, or who to call for a job.
_ASKS = re.compile(
    r"(?:电话|号码|手机号?|微信号?|联系方式|名片|qq|vx|wx|v信)(?:多少|是多少|有吗|有没有|发|给|推|吗|呢|[?？])|"
    r"(?:谁|哪位|有没有人|有人|大家|你们|您)(?:有|知道|认识|存了?|留了?).{0,16}(?:电话|号码|手机|微信|联系方式|名片|qq)|"
    r"(?:求|要|给我|发我|推我|推一下|推个|推荐个?|介绍个?|发一下|发个|私发|留个|留一下).{0,10}(?:电话|号码|手机|微信|"
    r"联系方式|名片|qq)|"
    r"怎么联系|怎么找到?(?:他|她|他们|那个|这个|师傅|老师|医生|阿姨)|联系不上|找谁|"
    r"(?:谁|有没有人|有人|哪位).{0,6}(?:认识|知道|推荐).{0,12}(?:师傅|阿姨|保姆|家政|医生|大夫|老师|律师|店|维修|开锁|搬家|"
    r"装修|电工|水工)|"
    # who or where does a job: "有没有人知道哪里有上门理发的", "附近哪儿有修鞋的？", "谁知道哪家修车靠谱"
    r"(?:谁|有没有人|有人|哪位|大家|你们).{0,6}(?:认识|知道|晓得|推荐).{0,3}(?:哪里|哪儿|哪家|哪个|哪位|什么地方)|"
    r"(?:哪里|哪儿|哪家|什么地方)(?:有|能找到?|可以找到?)[^，。,？?]{1,10}的(?:吗|呀|啊|呢)?[?？]")

# Asking the room which service they use or recommend: "大家都用哪家快递？", "你们找的哪个师傅？", "谁家的保姆靠谱？",
# or what one costs ("谁知道快递寄新疆多少钱一斤"):
# a member's answer may well be a number.
_RECOMMEND = re.compile(
    r"(?:大家|你们|各位|谁|有人|哪位)[^，。,？?]{0,4}(?:用|找|选|叫|请)的?(?:是)?(?:哪家|哪个|哪位|什么|谁家)[^，。,]{0,10}[?？]|"
    r"(?:哪家|哪个|谁家)的?[^，。,？?]{1,8}(?:靠谱|好用|便宜|实惠|划算)[^，。,]{0,4}[?？]|"
    # asks the room what a service costs or where it is done: "谁知道快递寄新疆多少钱一斤", "有人知道哪能修电动车不"
    r"(?:谁|有没有人|有人|哪位|大家|你们)(?:知道|晓得|清楚|了解)[^，。,？?]{0,12}"
    r"(?:快递|寄|物流|邮|修|师傅|店|医院|诊所|车站|多少钱|几块|哪里|哪儿|哪家|哪能)")

# The poster offers themself: their own number, their own trade, "add me".
_SELF = re.compile(r"加我|找我|联系我|打我|私我|我的(?:电话|手机|号码?|微信|vx|qq)|本人|我就是|"
                   r"我(?:也|就)?是(?:做|干|搞|卖|开)|我(?:们)?(?:这边|这里)?(?:也)?(?:做|接|卖|开|干)")

# The words of an answer to someone's ask: "刚才谁问租船的", "问月嫂的那位", "你要的开锁电话", "我问到了", "让我发一下".
# "好多人问我" is a seller's hook, not an answer.
_ANSWERS = re.compile(
    r"(?:谁|有人|哪位|那位|刚才|刚刚|之前|前面|早上|上午|下午|昨天)[^，。,\s]{0,6}问(?!我)|"
    r"问[^，。？?\s]{1,10}的(?:那位|那个|人|朋友|姐妹|邻居|宝妈)|你要的|"
    # a member named as the one who asked ("老刘要的那个修琴师傅", "小王问的修花架的师傅")
    r"(?:[老小](?![板人年乡家])[\u4e00-\u9fff]|[\u4e00-\u9fff](?:姐|哥|叔|姨|总|老师))(?:要|问|打听)的|"
    r"谁(?:要|需要)[^，。\s]{0,8}(?:电话|号码|联系方式|微信|名片)|您要的|你们要的|"
    r"(?:给|帮)(?:你|您|你们)(?:发|找|问)|我发一下|(?:让|叫)我发|我打听了|问到了|别人介绍的|"
    r"(?:你|您|你们)自己(?:问|联系|打)|(?:推|发|转)给(?:你|您)了|我发(?:给)?(?:你|您)(?!们)|(?:你|您)就说是|"
    # a reply to one member, by name ("@刘哥 修鸽钟的师傅 136…"): an answer to them, not a call to the group
    r"^@(?!所有人|全体|大家|各位)[^\s@]{1,12}\s")

_REFERRED = re.compile(r"报我(?:的)?名字|说是?我介绍的")


# whose trade the number is, in a reply to one member (@刘哥 修鸽钟的师傅 136…): a third person's, not the poster's
_THIRD_TRADE = re.compile(r"师傅|老板|他家|她家|那家|这家|店|医生|大夫|阿姨|大姐|老师")


def answers_an_ask(plain: str) -> bool:
    """The message says it answers someone's ask and sells nothing of the poster's own (see `given_on_request`);
    a priced good after a name with nobody else's trade named (@张三 纯正土蜂蜜 80一斤 电话…) is the poster's own."""
    if (m := _ANSWERS.search(plain)) is None or not given_on_request(plain):
        return False
    return not (m.group(0).startswith("@") and _ANSWERS.search(plain, m.end()) is None
                and "price" in signals(plain) and _THIRD_TRADE.search(plain) is None)


# Asking the room for a thing to be sent (a backing track, a score, a recording, photos):
# "谁有《锁麟囊》的伴奏 发我一份呗", "哪位存了上次合唱的视频"; a member who has it may give her WeChat to send it.
_ASKS_THING = re.compile(r"(?:谁|哪位|有没有人|有人|大家|你们|各位)(?:有|存了?|录了?|拍了?|留了?|下载了?).{0,16}"
                         r"(?:伴奏|谱子|曲谱|简谱|歌谱|视频|录像|录音|音频|照片|相片|合影|歌词|课件|资料|文件|电子版|唱段)")
# ... and the answer: she has it and will send it to the one who asked ("我有 加我微信 zhaojie1955 发你")
_HAS_IT = re.compile(r"我(?:这|这儿|这里|手机里|电脑里)?(?:有|存了|录了|拍了|下载了)")
_SENDS_IT = re.compile(r"(?:发|传|转|分享)(?:给)?(?:你|您)|给(?:你|您)(?:发|传|转)")


def asks_for_a_thing(plain: str) -> bool:
    """The message asks the room for a thing to be sent (a backing track, a score, photos): `_ASKS_THING`."""
    return _ASKS_THING.search(plain) is not None


def sends_what_was_asked(plain: str) -> bool:
    """The poster has the thing asked for and gives her WeChat to send it ("我有 加我微信 … 发你"): help to one
    member, with nothing priced, sold or offered to whoever wants it."""
    return _HAS_IT.search(plain) is not None and _SENDS_IT.search(plain) is not None \
        and jargon(plain) is None and not own_trade(plain) and set(signals(plain)) <= {"call"} \
        and re.search(r"要的|需要的|有需要|谁要|大家|各位|你们", plain) is None


def asks_for_contact(plain: str) -> bool:
    """The message asks the room for a contact (a number, a WeChat, who to call for a job)."""
    return _ASKS.search(plain) is not None


def asks_for_recommendation(plain: str) -> bool:
    """The message asks the room which service to use (a courier, a tradesman, a shop), a question a member may
    answer with a number: not an ad (asked only for a member's ask; a number posted unasked is judged as ever)."""
    return _RECOMMEND.search(plain) is not None


def given_on_request(plain: str) -> bool:
    """A contact in this message can be the answer to an ask: nothing in it sells the poster's own trade or lures.

    Asked only when someone else in the room asked for a contact just before.
    """
    if jargon(plain) is not None or own_trade(plain) or _SELF.search(plain) is not None:
        return False
    plain = _REFERRED.sub(" ", plain)  # "你报我名字": a friendly referral, not a sales code
    return not any(s in ("call", "work", "lend", "scheme", "lure", "gather", "exam") for s in signals(plain))


# A word to one member by name ("@刘姐 你要的竹笛我帮你买了 一百二 钱转我就行", "@刘姐 明天我来接你 我电话 139…"):
# an errand or a lift between two people, said in the group; nothing is put to the room.
_TO_ONE = re.compile(r"^@(?!所有人|全体|大家|各位)[^\s@]{1,12}\s")
_TO_THE_ROOM = re.compile(r"大家|各位|你们|群里|群友|有需要|需要的|(?<![你您])要的|谁要|想要|私我|私聊|私信|加我|微信|"
                          r"@所有人|还有|多的")


# the errand's own words: what one member asked for or is given a lift to (你要的, 帮你买, 接你, 给你带)
_ERRAND = re.compile(r"你要的|您要的|帮你|帮您|替你|接你|接您|送你|送您|给你(带|捎|拿|买)|给您(带|捎|拿|买)")

_A_NUMBER = re.compile(r"\d{7,}|电话|手机号|vx|v信|微信|威信|加v|扣扣|qq", re.IGNORECASE)


def to_one_member(plain: str) -> bool:
    """The message is said to one member by name and puts nothing to the room: no offer to whoever, no scheme, no
    cure; a price or a number only beside the errand's own words (@王姐 保健品 一盒198 可以治高血压 vx… is an ad)."""
    if not plain.startswith("@") or _TO_ONE.match(plain) is None or _TO_THE_ROOM.search(plain) is not None \
            or jargon(plain) is not None:
        return False
    said = set(signals(plain))
    if said & {"work", "lend", "scheme", "lure", "gather", "exam", "cure"}:
        return False
    return _ERRAND.search(plain) is not None or not (said - {"price"} or _A_NUMBER.search(plain))

