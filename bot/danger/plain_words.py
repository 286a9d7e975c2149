"""A member's message as the readings of despair read it, for bot.danger.despair and bot.danger.taken_along.

Simplified, run together (no spaces, punctuation or emoji), a laughing face read as 哈哈 (a laugh vetoes one sign of
despair), and a shop's 跳楼价 / 跳楼大甩卖 taken out (no one's jump).
"""
from __future__ import annotations

import re

from bot.chinese_text import compact, simplify

_EMOJI = re.compile("[😂🤣😅😄😆😁]")
# a shop's price or sale (跳楼价甩卖, 跳楼大甩卖): no one's despair
_SALE = re.compile(r"跳楼(价|大?(甩卖|减价|清仓|促销|处理|放血|出血|抛售))")


def plain_words(text: str) -> str:
    """`text` as the readings of despair read it (哈哈 for a laughing face, no shop's 跳楼价)."""
    return _SALE.sub("", compact(_EMOJI.sub("哈哈", simplify(text))))
