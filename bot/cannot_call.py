"""A member who cannot make a phone call for help: deaf, unable to speak (issue 13, fixcare18).

我家着火了 我听不见 没法打电话, 老伴晕倒了 我不会说话 怎么叫救护车: "请马上打119" is no help to them. Read from the
writer's words about themselves: cannot hear (听不见, 耳聋), cannot speak (不会说话, 说不了话), or cannot call
(没法打电话). Someone else's symptom (他说不出话, 老伴说话不清) is the emergency's, not this.
"""
from __future__ import annotations

import re

from bot.chinese_text import compact, simplify

_CANNOT = re.compile(r"(我|俺|本人)\S{0,3}(听不见|听不到|耳聋|是聋|聋哑|聋了|不会说话|说不了话|不能说话|是哑巴)"
                     r"|(没法|没办法|不能|打不了|不会)打电话|电话(也)?(打不了|听不见)")


def cannot_call(text: str) -> bool:
    """The writer says they cannot phone for help themselves (deaf, unable to speak)."""
    return _CANNOT.search(compact(simplify(text))) is not None
