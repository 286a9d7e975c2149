"""How a poster asks to be messaged privately, or puts themself between whoever wants something and it: the sale
is finished out of the group's sight ("要的跟我说", "私我", "看我朋友圈", "单独找我")."""
from __future__ import annotations

import re
from functools import lru_cache

_END = r"[^\w]*$"  # to the end, past punctuation and emoji
# Whoever wants something: "要的", "想去的", "有需要的", "谁要", "有意者".
_AUDIENCE = (r"(?:谁|有没有人?|还有没有人?|哪位[\u4e00-\u9fff]{0,2}?也?)(?:要|想|需要)|"
             r"谁家?[\u4e00-\u9fff]{0,3}?(?:要|需要)|(?:要|想)?订的|"
             r"(?:想|需要|打算|愿意|准备)[\u4e00-\u9fff]{0,3}的|"
             r"有需要的?|有意(?:向|者)的?|有要[\u4e00-\u9fff]{0,8}?的|感兴趣的?|有兴趣的?|懂(?:茶|行|货|酒)?的|(?<![不没只也还重主])要[\u4e00-\u9fff]{0,3}的|(?<![不没])去的")
# The poster in the middle: asked privately, or taking them there, ordering or fetching for them.
_MIDDLE = (r"(?:(?:找|问|私|戳|滴滴?|加|联系|告诉)我|跟我(?:说|讲|走|联系|订|买|拿|要)|"
           r"我(?:带|帮|统一|一起|一块儿?(?:买|订|拿货|下单|团)|去|给|介绍|拿|约|代|领)|给(?:你|您|大家)们?(?:带|送|留|拿)|"
           r"说一声|早说|吱一?声|冒个泡|报[\u4e00-\u9fff]{0,3}给我|报(?:我的?)?名字|(?:加|找|联系)(?:他|她)|"
           rf"私聊|私信|小窗|说(?:话|数量)?{_END}|聊{_END}|联系{_END}|报名{_END}|私{_END}|问{_END}|滴滴{_END})")
_BROKER = re.compile(rf"(?:{_AUDIENCE})[^。！!？?]{{0,14}}?{_MIDDLE}")
# A call to go private, whoever it is addressed to: the sale is finished out of the group's sight ("戳我", "私聊约",
# "有意者联系", "小窗聊", "看我朋友圈").
_PRIVATE = re.compile(r"私我|(?<![人他她])私(?:聊|信)|小窗|戳我|滴滴?我|加我|v我|有意(?:者|向)|(?:找|问|联系)我|"
                      r"跟我(?:说|讲)|单独聊|吱一?声|[+]\s*v(?![a-z0-9])|加[威薇](?![信芯心])|"
                      r"(?:看|见|翻)我?的?朋友圈|朋友圈(?:见|有|看)|私[。!！~～\s]*$")
# Someone else's private message, told to the group ("他刚才私信我卖教辅"): no call of the poster's own.
_REPORTED = re.compile(r"(?:他|她|人|对方|骗子)[^，。\s]{0,4}私(?:聊|信|加)我|"
                       r"(?:有(?:个|一个)?人|对方|骗子)[^，。\s]{0,4}加了?我")
# How a seller asks to go private, also in full words ("单独找我", "私下问我", "价格私下谈").
_PRIVATELY = re.compile(r"单独(?:聊|找我|问我|联系我?)|私下(?:问我|聊|谈|找我|联系)|小窗我")
# However long the words between ("想加入老乡会成为会员的跟我说"): the poster asked to be told.
_ASKED_TO_TELL = re.compile(_MIDDLE)


# How sellers ask to be messaged (not the "找我" of a neighbour: "有事找我").
_SELLERS_CALL = re.compile(r"私我|私(?:聊|信)|小窗|戳我|滴滴?我|v我|(?:看|见|翻)我?的?朋友圈|朋友圈(?:见|有|看)|私\W*$")
_ANY_SELLERS_CALL = re.compile(f"{_SELLERS_CALL.pattern}|{_PRIVATELY.pattern}")


@lru_cache(maxsize=4)  # asked by the kept, steered and fixer readings and by the stock offered privately
def sellers_call(plain: str) -> bool:
    """A seller's call to go private, in short or in full words ("私我", "小窗", "单独找我", "价格私下谈")."""
    return _ANY_SELLERS_CALL.search(plain) is not None


def sellers_short_call(plain: str) -> bool:
    """A seller's call to go private in its short words ("私我", "小窗", "看朋友圈"), whoever's message
    it is."""
    return _SELLERS_CALL.search(plain) is not None


@lru_cache(maxsize=4)
def calls_privately(plain: str) -> bool:
    """The poster singles out whoever wants something or asks as sellers do to be messaged ("要的私", "看朋友圈")."""
    return brokers(plain) or _SELLERS_CALL.search(_REPORTED.sub(" ", plain)) is not None


def asks_privately(plain: str) -> bool:
    """A call to go private, whoever it is addressed to ("有意者联系", "加我"), not someone else's private message told
    to the group."""
    return _PRIVATE.search(_REPORTED.sub(" ", plain)) is not None


def asked_to_tell(plain: str) -> bool:
    """The poster asks to be told or messaged, however long the words before ("想加入老乡会成为会员的跟我说")."""
    return _ASKED_TO_TELL.search(plain) is not None


@lru_cache(maxsize=4)
def brokers(plain: str) -> bool:
    """The poster singles out whoever wants something and puts themself in the middle ("要的跟我说")."""
    return _BROKER.search(plain) is not None


# "Message me" calls to action: the contact detail is given privately instead of in the group.
CALL = re.compile(
    r"私我|私聊|私信我|私信看|私信了解|小窗|滴滴?我|找我(?!们?的?[^\s，。]{0,2}(?:玩|聊天|吃饭|喝茶))|"
    r"联系我(?!们?的?(?:老师|班主任))|"
    r"跟我说一声|(?:感兴趣|有兴趣|有意|有需要|需要|要)的?.{0,6}加我|回复.?[1一贷]|扣1|点我头像|点头像|报我名字|"
    r"主页|橱窗|小黄车|直播间.{0,8}(?:下单|特价|秒杀|抢)|(?:下方|置顶|评论区).{0,4}链接|点击.{0,6}(?:购买|下单|"
    r"报名|了解)|"
    r"拉你进|我拉您?|吱一?声|[+]\s*v(?![a-z0-9])|加[威薇](?![信芯心])|详询|欢迎咨询|可咨询|咨询(?:电话|热线|微信)|戳我|私戳|v我|扣我|欢迎(?:私聊|来撩|勾搭)|"
    r"有意者?(?:联系|私|加|找|电话|微信)|有意向的?(?:联系|私|加|找)|加我(?:细说|详聊|详谈|了解|咨询|下单|预定|预订)|看圈|看我的?圈|"
    r"(?:需要|想要|要)的?(?:朋友|姐妹|宝妈)?滴滴(?!打车|出行|司机|快车)")
# A wanted person asked to message privately, or a closing "私聊": a sale moved out of the group.
WANTED = re.compile(r"(?:想要|想吃|想买|想报|想做|想进|想看|想学|想加入|想改变|想让|想给|想了解|想咨询|要的|要办的|"
                     r"需要的?|"
                     r"要买的|"
                     r"想知道|感兴趣的?|有兴趣的?|有意向?的?|喜欢的?|"
                     r"有需要的?).{0,12}(?:私我|私聊|私信|小窗|找我|问我|滴滴?我|加我|联系我|跟我说)|(?:价格|价钱|价)(?:私下|私聊|单独)(?:谈|聊|说)?|(?:私聊|私我|"
                     r"小窗我?)(?:详谈|细说|报价)?"
                     r"[。!！~～\s]*$")
