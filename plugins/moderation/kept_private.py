"""With a private call: a fixer ("我有熟人 能快点 私我"), something kept from the group ("群里不方便说价 私聊"), or
members steered from what they use to the poster's own goods ("别用机油 我这有专门的护石蜡 要的私我")."""
from __future__ import annotations

import re

from plugins.moderation.goods import second_hand, sold, wants_to_buy
from plugins.moderation.private_call import sellers_call

# What may not be said in the group ("群里不方便说价", "不对外", "一般人拿不到"): with a private call, a sale or a
# favour sold out of the group's sight. A neighbour's offer has nothing to hide from the room.
_HIDDEN = re.compile(r"群里[^，。\s]{0,3}(?:就)?不(?:方便|好|能|多)(?:说|讲|发|报|谈)|不(?:方便|好|能)在群里|"
                     r"不在群里(?:说|讲|晒|发)|不对外|不公开|"
                     r"一般人(?:拿|买|弄|办|抢|订)不到|不外传|不外卖")
# What the shops do not have ("外面买不着", "市面上见不到"): with a seller's call, goods sold out of the group's sight.
_NOT_IN_SHOPS = re.compile(r"(?:外面|外头|市面上|店里)(?:都)?(?:买|拿|弄|见)不[着到]")
# What the poster can get that others cannot: a way, a connection, an inside place.
_MEANS = re.compile(r"我有(?:办法|路子|门路|关系|渠道|熟人|人)|我认识人|内部|渠道|名额")
# A fixer: the poster knows someone or has a way ("我认识人", "我有熟人 能快点"), and asks to be messaged privately.
_FIXER = re.compile(r"我(?:有|认识)(?:熟人|人|门路|路子|关系)|我有办法|有门道|"
                    # a place, a prize or a medal got for you: "我能弄进去", "我能帮你保个优秀奖", "有朋友能搞到"
                    r"能(?:弄|搞)(?:到|进去|进)|(?:能|可以)帮你(?:弄|办|搞|保)|(?:内部|保底|加急)的?名额|"
                    # who decides a prize or a place, known; a report changed ("我认识评委 能帮着推", "我能帮你改")
                    r"我(?:有|认识)[\u4e00-\u9fff]{0,4}(?:评委|裁判|考官|领导)|(?<![谁没])有(?:门路|路子)|"
                    r"能帮(?:你|着)?(?:改|推|保)|"
                    # an ability claimed, whatever it is for ("我识人 好快办到", "我都能查", "我帮你搞", "我这有个方法")
                    r"我(?:识|认得)(?:人|路)|我(?:都|也)能(?:查|办|弄|搞|拿)|我帮你(?:搞|弄|办)|"
                    r"我这有个(?:方法|办法|法子)|"
                    r"有(?:好|个)方法")
# Who decides is known to the poster ("裁判那边我熟", "我跟主任熟"): a fixer when something is got or bent for you.
_KNOWS = re.compile(r"(?:那边|里面|里头|上面)我(?:很|挺)?熟|我跟[\u4e00-\u9fff]{1,6}(?:很|挺)?熟")
# A place or a paper got for members ("省里比赛的名额 我能弄"): what a fixer's "我能弄" is about.
_FAVOUR = re.compile(r"名额|证|奖|报销|不用考|加急|插队|入选|入户|落户|户口|指标|学位|床位|挂号|排队|往前排|时段|"
                     r"比例|额度|审批|比赛|评审|考核|"
                     # money or a place a public scheme gives by its rules ("医保卡的钱", "高龄津贴", "公办养老院")
                     r"医保卡|津贴|补贴|养老金|公办|养老院|有位")
# Such a thing got round its rules: sooner, more, out of its purpose, or with no queue ("可以早些拿", "可以拿出来用",
# "三天出", "不用排"): with a private call, a favour sold.
_BENT = re.compile(r"可以(?:拿|领|取)出来|(?:早|快)(?:些|点|一点)?(?:拿|领|办|出)|[一二两三四五\d]天(?:出|办好|拿到)|"
                   r"不用(?:排|等)|拿多|多拿|多领|多报|好快办")
# The poster can bend it for you ("我能弄", "能给你弄高点", "能帮办", "有办法", "比赛能照顾照顾", "加急办").
_CAN_GET = re.compile(r"我能(?:弄|搞|办)|能(?:给|帮)(?:你|您|大家)?(?:弄|搞|办|排|往前排|提|调|插队)|"
                      r"(?<![谁没])有办法(?![吗吧?？])|能照顾|加急办")
# A public body that does it ("社区能帮办"): the member tells of a service, no favour of theirs.
_BODY = re.compile(r"(?:社区|街道|居委会|村委会?|医院|政府|单位|窗口|办事处|派出所|医保局|社保局)$")
_ASKS = re.compile(r"[?？]|吗|能不能|可不可以")
_ASKED_BY_NAME = re.compile(r"你问的|你说的|你要的|你家")  # a friend's answer to a friend, not an offer to the room
STEERED = "steered to the poster's own"
# Steered from what members use to what the poster has ("降磷药别吃医院开的 … 我这有一种好的 要的私我").
_AWAY_FROM = re.compile(r"别光?(?:用|吃|买|喝|涂|抹|贴|戴|去|找|订|在)|不要(?:用|吃|买|喝|在)|"
                        r"光(?:吃|喝|用|贴|抹)[^，。\s]{0,6}(?:可)?(?:不行|没用)|(?:吃|喝|用|贴|抹|泡)[^，。\s]{0,6}(?:没用|不管用|没效果)")
# What the poster has is goods ("我这有进口的", "我这有一种好的", "我这有几双手工的"), not the new group's QR code.
_GOODS = re.compile(r"进口|专门|正宗|一种|一款|好的|手工|特制|自制|几[双盒瓶个块支包袋套]|老[\u4e00-\u9fff]{0,2}料|"
                    # a better kind or a way to it ("天然植物的", "香港直邮的", "正品渠道", "推拿的法子")
                    r"天然|纯[\u4e00-\u9fff]|直邮|正品|渠道|法子|方子|偏方|[^，。\s]{1,8}的(?=[\s，。!！]|$)")
# A way of doing things the poster uses ("我在用一种方法 每天走路"): advice, nothing to sell.
_WAY = re.compile(r"[^，。\s]{0,2}(?:方法|办法|锻炼|运动|走路|习惯)")
# What a neighbour has spare ("我这有多的 找我拿") is no goods of a seller's.
_SPARE = re.compile(r"多的|多余|用不完|吃不完|剩的|不要钱|送你")
_POSTER_HAS = re.compile(r"我(?:这|这边|这里|手上|手里|家)(?:还)?有|我(?:最近|现在)?在用(?:一种|一款)|"
                         r"我自己(?:配|做|调)了")


def _favour_got(plain: str) -> bool:
    """A place, a paper or a rule bent for you by the poster ("能帮办 残疾证", "积分入户 有办法"), not by a public
    body."""
    return _FAVOUR.search(plain) is not None and (_BENT.search(plain) is not None or any(
        _BODY.search(plain, max(0, m.start() - 4), m.start()) is None for m in _CAN_GET.finditer(plain)))


def kept_or_steered(plain: str, broker: bool, private: bool = False) -> str | None:
    """With a private call: a fixer, something kept from the group, or members steered to the poster's goods (where
    any call to go private will do, "找我" and "加我" too: `private`)."""
    sellers = sellers_call(plain)
    if (sellers or broker) and _ASKED_BY_NAME.search(plain) is None and _ASKS.search(plain) is None \
            and (_FIXER.search(plain) is not None or _favour_got(plain)
                 or _KNOWS.search(plain) is not None and (_FAVOUR.search(plain) is not None or "能" in plain)):
        return "sold privately"  # "有没有要办老年证的 我有熟人 能快点 私我", "门特报销比例能给你弄高点 要的小窗"
    if (sellers or broker) and (_HIDDEN.search(plain) is not None and (
            broker or _MEANS.search(plain) is not None or sold(plain) or "价" in plain)
                                or _NOT_IN_SHOPS.search(plain) is not None and _ASKED_BY_NAME.search(plain) is None):
        return "sold privately"  # "医保报销我有办法 不方便在群里说 私聊"; not "你问的事群里不方便说 私聊吧"
    if _AWAY_FROM.search(plain) is not None and (m := _POSTER_HAS.search(plain)) is not None \
            and _AWAY_FROM.search(plain, 0, m.start()) is not None and _GOODS.search(plain, m.start(), m.end() + 10) \
            and ("有" in m.group(0) and (sellers or broker or private) or sellers
                 or broker and _WAY.match(plain, m.end()) is None) \
            and _SPARE.search(plain, m.start()) is None and not second_hand(plain) and not wants_to_buy(plain):
        return STEERED  # "别用机油 我这有专门的护石蜡 要的私我"
    return None
