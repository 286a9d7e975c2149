"""A member who cannot make a phone call for help: deaf, unable to speak (issue 13, fixcare18).

我家着火了 我听不见 没法打电话, 老伴晕倒了 我不会说话 怎么叫救护车: "请马上打119" is no help to them. Read from the
writer's words about themselves: cannot hear (听不见, 耳聋), cannot speak (不会说话, 说不了话), or cannot call
(没法打电话). Someone else's symptom (他说不出话, 老伴说话不清) is the emergency's, not this. A group whose name says
it is for the deaf (聋老人交流群, 听障朋友群, 手语角) is read the same for all its members (fixcare21): its members type
in short lines and the first word must not tell them to phone. So is a room the operator set `suggest_voice: false`
(scriptmend22): the operator has said its members cannot hear.
"""
from __future__ import annotations

import re

from bot.chinese_text import compact, simplify

_CANNOT = re.compile(r"(我|俺|本人)\S{0,3}(听不见|听不到|耳聋|是聋|聋哑|聋了|不会说话|说不了话|不能说话|是哑巴)"
                     r"|(没法|没办法|不能|打不了|不会)打电话|电话(也)?(打不了|听不见)")


_DEAF_GROUP = re.compile(r"聋|听障|听力障碍|听力残疾|失聪|手语")


def cannot_call(text: str, room_topic: str = "", *, voice: bool = True) -> bool:
    """The writer says they cannot phone for help themselves (deaf, unable to speak), or writes in a deaf group (by
    its name, or a room set to invite no voice: `voice` False)."""
    if not voice or _DEAF_GROUP.search(room_topic or "") is not None:
        return True
    return _CANNOT.search(compact(simplify(text))) is not None
