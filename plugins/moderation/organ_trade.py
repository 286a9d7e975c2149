"""Organs offered for money: a broker in a patients' group (肾源有 正规渠道 快速配型 费用面议 有意者私聊).

Buying and selling human organs is a crime in China (《人体器官移植条例》), and the offer is as often a fraud that
takes a desperate family's savings. It is no ad to be let off as a first slip ("要是我们看错了"): the group is told
plainly that organs come only through the hospital's waiting list, the poster is told it is illegal, and a person is
told at once to take it down. Read from the words: an organ or a donor (肾源, 肝源, 供体, 卖肾) beside a deal (费用,
面议, 价格, 私聊, 联系我, 快速配型, 不用排队). Not a patient's question or a warning (哪里能等到肾源,
别信私下卖肾源的), nor the hospital's own list or a donation told (器官捐献登记, 医院排队, 红十字会).
"""
from __future__ import annotations

import re

_ORGAN = re.compile(r"肾源|肝源|心源|肺源|器官|供体|供肾|供肝|活体|眼角膜"
                    r"|(?:卖|买|出|收)(?:个|一个|一颗)?(?:肾|肝|眼角膜)")
_DEAL = re.compile(r"费用|面议|价格|价钱|多少钱|[\d一二两三四五六七八九十]+万|私聊|私信|私我|联系我|加我"
                   r"|有意者|有需要的?|快速(?:配型|匹配|手术)|不用排队|免排队|插队|包(?:配|成功|手术)|渠道")
# a patient's question, a warning or the hospital's own way (哪里能等到肾源, 别信, 器官捐献登记, 红十字会)
_NOT_A_DEAL = re.compile(r"别信|不要信|骗|违法|犯法|举报|小心|警惕|吗|？|\?|捐献|红十字|排队等|医院排|分配系统|登记")


def organ_trade(plain: str) -> bool:
    """The poster offers organs or donors for money, or a way round the waiting list for them."""
    return (_ORGAN.search(plain) is not None and _DEAL.search(plain) is not None
            and _NOT_A_DEAL.search(plain) is None)
