"""A member who cannot see: the word said to them is read aloud by the phone, and must ask nothing of the eyes
(issue 13, fixcare22).

燃气灶好像没关 有股味道 我看不见开关在哪, 导盲犬丢了: the gas step without "find the valve", the lost step without
"read a sign". Read from the writer's own words (我看不见, 眼睛不好, 导盲犬, 盲杖) or a group whose name says it is
for the blind (盲人读书会, 视障朋友群, 低视力).
"""
from __future__ import annotations

import re

from bot.chinese_text import compact, simplify

_CANNOT_SEE = re.compile(r"(我|俺|本人)\S{0,3}(看不见|看不到|看不清|眼睛不好|眼睛看不见|眼神不好|是盲人|失明|瞎了|眼瞎)"
                         r"|导盲犬|盲杖")
_BLIND_GROUP = re.compile(r"盲|视障|视力障碍|低视力|视力残疾")


def no_sight(text: str, room_topic: str = "") -> bool:
    """The writer says they cannot see, or writes in a group for the blind (by its name)."""
    if _BLIND_GROUP.search(room_topic or "") is not None:
        return True
    return _CANNOT_SEE.search(compact(simplify(text))) is not None
