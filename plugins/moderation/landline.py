"""A landline on a trade's card: a number with an area code, a 400 line, or a city's number after 电话, in figures or
read out in numerals ("冷库安装维修 电话0731-…", "修电脑 电话 零七三一 八八六六 五五四四"). An office's line is posted
to help; a trade's is an advert only beside a price, a shop's words or the trade's own service."""
from __future__ import annotations

import re

from plugins.moderation.intent import signals
from plugins.moderation.normalize import Views
from plugins.moderation.trade import own_trade

# A landline (an area code and seven or eight digits, or a 400 line): almost always an office's, posted to help; a
# shop's only beside a price or a shop's words ("体检套餐 199 预约电话0571-…", "集邮品专卖 … 电话0571-…").
_LANDLINE = re.compile(r"(?<!\d)(?:0\d{2,3}[-－—\s]?\d{7,8}|400[-－\s]?\d{3}[-－\s]?\d{4})(?!\d)")
# A city's number without its area code, after the word for it ("电话 八八六六 五五四四", read in the digits view).
_LOCAL = re.compile(r"(?:电话|座机|热线)[:：]?(\d{7,8})(?!\d)")


def _landline(v: Views) -> str | None:
    """A landline written in figures, or read out in numerals, or a local number after 电话."""
    if "0" in v.plain and (m := _LANDLINE.search(v.plain)) is not None:
        return m.group(0)
    if v.digits != v.squeezed and ((m := _LANDLINE.search(v.digits)) is not None
                                   or (m := _LOCAL.search(v.digits)) is not None):
        return m.group(m.lastindex or 0)
    return None


_SHOP_WORDS = re.compile(r"专卖|专营|经营|批发|零售|直销|门市|套餐")
# A trade's service named as on a card ("冷库安装维修 电话0731-…", "术后调理 王大夫 0731-…"), not a public body's
# ("社区居家养老服务站 助浴保洁 电话 0571-…").
_TRADE_SERVICE = re.compile(r"安装|维修|修理|上门|调理|搬家|开锁|疏通|清洗|保洁|推拿|按摩|"
                            r"(?:^|\s)修[\u4e00-\u9fff]{1,4}(?=\s)")  # "修电脑 电话 …"
_PUBLIC_BODY = re.compile(r"社区|街道|居委|村委|政府|中心|服务站|管理处|卫生院|医院|残联|民政|派出所|局|办公室|学校|"
                          r"物业|业委会|楼长|通知|电力所|供电所|供电局|电力局|卫生所|自来水|燃气|电信局|邮局")
# A member telling of a tradesman she used ("找了个维修师傅 挺靠谱", "上次去的那家 还行"): a tip, not a card.
_OWN_USE = re.compile(r"找了个|上次去的|上回去的|用过|挺靠谱|有没有")


def trade_line(v: Views) -> str | None:
    """The landline of a trade offered to the group, or None (a public body's or a tip about one used is not)."""
    if (line := _landline(v)) is None:
        return None
    plain = v.plain
    if "price" in signals(plain) or _SHOP_WORDS.search(plain) is not None or own_trade(plain) \
            or _TRADE_SERVICE.search(plain) is not None and _PUBLIC_BODY.search(plain) is None \
            and _OWN_USE.search(plain) is None:
        return line
    return None
