"""Prices: what a thing or a service costs, in figures ("68元", "¥99") or in words ("一斤八十", "三十五一顶")."""
from __future__ import annotations

import re
from functools import lru_cache

from bot.literals import guarded

# What goods are sold by (a hat, a pair, a bottle) and what time or a service is sold by (a month, an hour, a table).
_PIECE = r"(?:斤|盒|瓶|罐|部|张|套|件|箱|袋|顶|双|支|条|只|份|包|副|桶|团|卷|把|台|本|棵|株)"
_SPAN = r"(?:天|晚|小时|个钟|个月|月|学期|期|次|节|堂|节课|堂课|次课|桌|位|人|个人|场)"
# An amount in words that ends where a price ends (not "一万步", "三千米", "七十多岁")
_AMOUNT = (r"[一二两三四五六七八九十]*[十百千万]"
           r"(?:[一二两三四五六七八九]十[一二三四五六七八九]?|[一二两三四五六七八九])?(?:块钱?|元)?(?=$|[\s，。！!、,~～]|块|元)")

# (written to be searched fast: "\d元" finds what "\d+元" finds, without retrying every digit of a number)
FIGURES = (r"\d(?:\.\d+)?\s*(?:元|块|万|w)|[¥￥]\s*\d|\d\s*(?:一|每)(?:盒|斤|箱|件|套|台|节|次|小时)|"
           r"[一二三四五六七八九十百千两](?:元|块)|(?:一|每)(?:盒|斤|箱|件|套|台|节|次)\d+|"
           r"(?:一|每)(?:天|晚)\d{2,}(?![\d点号:：])|(?:卖|才|只要|仅需?|价[:：]?)\d{2,}|(?:一|每)(?:节|堂|次)课\d{2,}|"
           r"\d\d(?:元|块)?(?:一|每)(?:疗程|盒|瓶|套|节|次)|[月年次]卡[一二两三四五六七八九十\d]")
# Amounts in words: every one names 十, 百, 千 or 万, so they are searched only when one of those is in the text.
IN_WORDS = (
    # "一学期八百", "学费一次一百五", "三双只要二十", "一斤八十", "十斤八十", "七十一斤", "两千一期", "八节课三百"
    r"(?:一|每)(?:学期|期|次|节|堂|个月|位|人)[一二两三四五六七八九十]+[十百千万]|"
    r"(?:一|每)(?:斤|盒|瓶|罐|部|张|套|件|箱|袋|节课|堂课|次课)[一二两三四五六七八九]?[十百千][一二三四五六七八九]?|"
    r"[一二两三四五六七八九]*[十百][一二两三四五六七八九十]*(?:块)?(?:一|每)(?:斤|盒|瓶|罐|箱|袋)|"
    r"[一二两三四五六七八九十\d]+(?:斤|盒|瓶|罐|箱|袋)[一二两三四五六七八九]?[十百千][一二三四五六七八九]?(?![斤盒瓶罐箱袋个])|"
    r"(?:学费|收费|费用)[^\s，。]{0,4}[一二两三四五六七八九十]+[十百千]|(?:只要|才|仅需?)[一二两三四五六七八九十]+[十百千]|"
    r"[一二两三四五六七八九十]+[百千](?:一|每)(?:期|学期|节|次|人|位)|"
    r"[\d一二两三四五六七八九十]+(?:节|堂|次)课[一二两三四五六七八九]?[十百千]|"
    # a bare amount in words ending a clause: "五斤装一百二", "一期八百"
    r"(?<=[装期次斤盒个位套张份件箱瓶])[一二两三四五六七八九]?[一二两三四五六七八九十]?[百千][一二两三四五六七八九]?(?=$|[\s，。！!])|"
    # so much a piece or a span: "三十五一顶", "一双四十", "一个月三千五", "一小时二十", "一个人三十"
    rf"[一二两三四五六七八九]*[十百千][一二两三四五六七八九十]*(?:块钱?|元)?(?:一|每){_PIECE}|"
    rf"(?:一|每){_PIECE}{_AMOUNT}|(?:一|每){_SPAN}{_AMOUNT}|"
    # a price named as one: "团购五十九", "售价一百二"
    rf"(?:团购价?|售价|零售价?|批发价|到手价?|现价|原价|定价|标价){_AMOUNT}|"
    # a price said as it is spoken, ending in eight or nine ("二百九八", "一百六九"); not "一百七八", about so many
    r"[一二两三四五六七八九]百(?:[一二三四五六九]八|[一二三四五六七九]九)(?=$|[\s，。！!、]|块|元)")
_PRICE = guarded(f"{FIGURES}|{IN_WORDS}")


@lru_cache(maxsize=4)  # asked by the free-help exception and the offer's shape
def named_price(plain: str) -> bool:
    """The text names a price, in figures or in words."""
    return _PRICE.search(plain) is not None


# A price someone else asked, told by a member ("酒店报价 一桌五千八 我觉得有点贵", "专卖店报价一万二"): a shop's,
# a hotel's, a hospital's quote, not the poster's own.
_QUOTED = guarded(r"(?:店|酒店|饭店|专卖店|门店|商场|医院|诊所|厂家|中介|公司|物业|人家|对方|他们|那边)的?"
                  r"(?:报价|报的价|开价|开的价|要价)")
# What the poster or someone of theirs offers beside it ("我这只要三千", "我朋友修理厂三百"): a rival's pitch.
# (or the poster's own price after the shops': 团购价, 特价, 秒杀, 下单, 链接, 群价: code review 24, finding 5)
_THEIRS = re.compile(r"我(?:这|那|家|们店|店|厂|朋友|认识|亲戚|侄|外甥|表|老乡|同学)|找我|问我|私|"
                     r"团购|特价|秒杀|下单|链接|拼单|群价|今天价|活动价|优惠价|扣1|拍下")


# A thing's price at a shop or a platform ("录音笔京东二百九 拼多多一百八"): twice in one message, it is a member
# comparing where to buy.
_AT_SHOP = re.compile(r"(?:京东|淘宝|天猫|拼多多|唯品会|苏宁|超市|菜场|菜市场|药店|药房|网上|实体店|专卖店|商场|"
                      r"盒马|美团|批发市场)[^，。\s\d]{0,3}?(?:才|要|卖)?(?:\d|[一二两三四五六七八九十][十百千块元])")


def quoted_elsewhere(plain: str) -> bool:
    """A price that a shop, a hotel or a hospital quoted, or one thing's prices at two shops, told by a member with
    nothing of their own beside it."""
    if _THEIRS.search(plain) is not None:
        return False
    return "价" in plain and _QUOTED.search(plain) is not None or len(_AT_SHOP.findall(plain)) >= 2


# An amount said last, bare ("这个艾灸贴 … 一百二十八"): after a thing offered, its price.
_AMOUNT_LAST = re.compile(r"[一二两三四五六七八九十百千\d]*[十百千\d][一二两三四五六七八九十]*(?:块钱?|元)?[^\w]*$")


def priced_after(tail: str) -> bool:
    """The words after a thing offered name its price, or end on a bare amount."""
    return named_price(tail) or _AMOUNT_LAST.search(tail) is not None
