"""What a question asks for (a time, a price, an age, a place ...) and whether an answer gives that kind of thing.

"我82了 能去一日游吗" asks about an age, and the entry whose answer says "80岁以上" gives one; "下午五点多还能
进去不" asks about a time of day, and "8:00-17:30 开放" gives one. Kinds only, never the words of one FAQ.
"""
from __future__ import annotations

import re

_N = "[0-9零一二两三四五六七八九十百千万半]"
# Each kind: how a member asks for it, and how an answer gives it.
KINDS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "age": (re.compile(f"{_N}+岁|岁数|年龄|多大(年纪|岁数)?|{_N}{{2,3}}了|年纪|老人|小孩|孩子|儿童"),
            re.compile(r"\d+\s*(周岁|岁)|年满|以上|以下|老人|儿童|未成年")),
    "clock": (re.compile(f"几点|时间|{_N}+点|[上下]午|中午|晚上|早上|凌晨|夜里|半夜|开门|关门|营业|上班|下班|截止"),
              re.compile(r"\d{1,2}\s*[:：点]\s*\d{0,2}|上午|下午|晚上|早上|中午|全天|24小时")),
    "day": (re.compile(f"哪天|几号|周[一二三四五六日末天]|星期|礼拜|节假日|假期|放假|周末|{_N}+[号月]|时间|什么时候"),
            re.compile(r"周[一二三四五六日末天]|星期|礼拜|每[天日周月年]|\d+\s*[月日号]|节假日|工作日|当天|次日|开学|之前|以前")),
    "duration": (re.compile(f"多久|多长|几天|{_N}+天|几个月|多少天|时间|到账|才能|什么时候"),
                 re.compile(r"\d+\s*[-~至到]?\s*\d*\s*(个)?(天|工作日|分钟|小时|周|个月|年)|次日|当天|隔天|马上|立即")),
    "money": (re.compile(f"价钱|多少|收费|费|钱|元|块|免费|贵|便宜|优惠|打折|折扣|{_N}+[元块]"),
              re.compile(r"\d+\s*(元|块|折)|免费|收费|半价|包邮|原价|押金|费用|[¥￥]")),
    "place": (re.compile(r"哪里|哪|地址|位置|几栋|几楼|几号楼|怎么走|路线|坐|车|到哪"),
              re.compile(r"\d+\s*(号|栋|楼|层|路|站)|路|街|对面|旁边|门口|大厅|一楼|二楼|楼下|地址")),
    "contact": (re.compile(r"电话|号码|联系|找谁|微信|客服|人接|谁"),
                re.compile(r"\d{3,4}-?\d{6,8}|1\d{10}|电话|微信|客服|联系")),
    "crowd": (re.compile(r"人多|人少|多少人|几个人|人数|人满|满了|满没满|名额|排队|人挤"),
              re.compile(r"\d+\s*个?(人|位|名|师傅)(?!民)|名额|人数|限额|排队|人最?[少多]|满员|候补|取号|叫号")),
    "area": (re.compile(f"{_N}+平|平米|平方|面积"), re.compile(r"平方米|平米|面积|/㎡|㎡")),
}


def asked(text: str) -> frozenset[str]:
    """The kinds of thing a (simplified, canonical) message asks for."""
    return frozenset(kind for kind, (asks, _) in KINDS.items() if asks.search(text))


def given(answer: str) -> frozenset[str]:
    """The kinds of thing an answer gives."""
    return frozenset(kind for kind, (_, gives) in KINDS.items() if gives.search(answer))


def fit(wanted: frozenset[str], offered: frozenset[str]) -> tuple[float, float]:
    """Share of the kinds asked that the answer gives (0.5 when nothing in particular is asked), and kinds it lacks."""
    if not wanted:
        return 0.5, 0.0
    return len(wanted & offered) / len(wanted), float(len(wanted - offered))
