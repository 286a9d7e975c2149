"""The room's own class: in a group named for a class (老年大学国画班, 周末书法班), "这周的课在几楼" asks about
that class.

When the FAQ never mentions the class's subject (国画), it knows nothing of that class's rooms or times, and an entry
about another event (健康讲座每周三…在门店二楼) is the wrong place and the wrong day: the FAQ stays silent and a person
(or the teacher in the room) answers. A class named in the message (太极课几点) is left to the FAQ as usual.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from bot.chinese_text import compact, simplify
from plugins.faq.entry import Entry

ROOM_CLASS = re.compile(r"([\u4e00-\u9fff]{2})(班|课|学习班|培训班)$")  # 国画班, 书法课: the subject before it
# the class spoken of without naming it: 这周的课, 下节课, 明天上课吗, 课在几楼, 班上几点
NAMED_CLASS = re.compile(r"([\u4e00-\u9fff]{2})(?:班|课)")  # 太极拳班, 合唱课: a class named (not 这周的课, 下节课)
NOT_A_NAME = "的这那节次周天上下每"
COUNTED = "一二三四五六七八九十零两级年届期号"
ANY_CLASS = re.compile(r"(^|[的这那节次周天])课|上课|下课|停课|调课|课(在|几|什么|啥|哪|是|还|要|改)")


def the_rooms_own_class(entries: Sequence[Entry], topic: str | None, said: str) -> str:
    """The subject of the room's own class (国画) when the message asks about "the class" unnamed in a room named for a
    class the FAQ never mentions, else ""."""
    found = ROOM_CLASS.search(compact(simplify(topic or "")))
    if found is None or ANY_CLASS.search(compact(simplify(said))) is None:
        return ""
    subject, words = found.group(1), compact(simplify(said))
    if any(c in COUNTED for c in subject):
        return ""  # 一年级三班, 第二期培训班: a school's or a course's class by number, whose FAQ speaks for it
    known = simplify("".join(f"{e.question}{''.join(e.questions)}{''.join(e.keywords)}{e.answer}" for e in entries))
    if any(m.group(1) in known and m.group(1)[-1] not in NOT_A_NAME for m in NAMED_CLASS.finditer(words)):
        return ""  # 太极拳班什么时候上课: a class the FAQ knows, named
    return "" if subject in known else subject
