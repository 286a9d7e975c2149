"""The room's own class: in a group named for a class (老年大学国画班, 周末书法班), "这周的课在几楼" asks about
that class.

When the FAQ's entry found for it speaks of another class or event (健康讲座每周三…在门店二楼, 太极拳班每周二), it is
the wrong place and the wrong day: the FAQ stays silent and a person (or the teacher in the room) answers. An entry
that names no other class (上课时间：每周二上午九点，老年大学三楼301: the room's own FAQ, which never needs to name its
own subject) answers; so does one for a class named in the message (太极课几点).
"""
from __future__ import annotations

import re

from bot.chinese_text import compact, simplify
from plugins.faq.entry import Entry
from plugins.faq.words import SHOP_KINDS, THIS_SHOP

ROOM_CLASS = re.compile(r"([\u4e00-\u9fff]{2})(班|课|学习班|培训班)$")  # 国画班, 书法课: the subject before it
# the class spoken of without naming it: 这周的课, 下节课, 明天上课吗, 课在几楼, 班上几点
NAMED_CLASS = re.compile(r"([\u4e00-\u9fff]{2})(?:班|课)")  # 太极拳班, 合唱课: a class named (not 这周的课, 下节课)
NOT_A_NAME = "的这那节次周天上下每"
COUNTED = "一二三四五六七八九十零两级年届期号"
ANY_CLASS = re.compile(r"(^|[的这那节次周天])课|上课|下课|停课|调课|课(在|几|什么|啥|哪|是|还|要|改)")


# an event that is not a class: its entry answers for a day and a place of its own
_ANOTHER_EVENT = re.compile(r"讲座|活动(?!室|中心)|沙龙|义诊|体检|讲堂")


def the_rooms_own_class(entry: Entry, topic: str | None, said: str) -> str:
    """The subject of the room's own class (国画) when the message asks about "the class" unnamed in a room named for a
    class and the entry found for it speaks of another class or event, else "" (the entry may answer)."""
    found = ROOM_CLASS.search(compact(simplify(topic or "")))
    if found is None or ANY_CLASS.search(compact(simplify(said))) is None:
        return ""
    subject, words = found.group(1), compact(simplify(said))
    if any(c in COUNTED for c in subject):
        return ""  # 一年级三班, 第二期培训班: a school's or a course's class by number, whose FAQ speaks for it
    texts = [compact(simplify(t)) for t in (entry.question, *entry.questions, *entry.keywords, entry.answer)]
    if any(subject in t for t in texts):
        return ""  # the entry speaks of this very class
    if any(m.group(1) in t and m.group(1)[-1] not in NOT_A_NAME for m in NAMED_CLASS.finditer(words) for t in texts):
        return ""  # 太极拳班什么时候上课: a class the entry knows, named
    other = any(m.group(1) != subject and m.group(1)[-1] not in NOT_A_NAME and m.group(1)[0] not in NOT_A_NAME
                for t in texts for m in NAMED_CLASS.finditer(t))
    return subject if other or any(_ANOTHER_EVENT.search(t) for t in texts) else ""


# the kind of shop a group is named for (惠民超市福利群, 康泰大药房会员群): its members call the shop by that kind
ROOM_SHOP = re.compile("|".join(SHOP_KINDS.split()))


def the_rooms_own_shop(topic: str | None, said: str) -> str:
    """`said` with the shop the room is named for, named bare by its kind at the start of a phrase ("超市礼拜天开不开门"
    in 惠民超市福利群), said as this shop (你们店, once, as normalise says it); unchanged in any other room, and where
    other words name whose shop it is (华联超市, 隔壁超市, 去超市)."""
    found = ROOM_SHOP.search(simplify(topic or ""))
    if found is None:
        return said
    return re.sub(rf"(?<![\u4e00-\u9fff]){found.group(0)}", THIS_SHOP, said)
