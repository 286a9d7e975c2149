"""A fall told once the person is up again, for the emergency word (plugins.nudge.emergencies, issue 13).

老伴刚才在卫生间摔了一跤 现在扶起来了 腰疼 is told what to watch tonight and to have it seen today; a fall where
the person is still down (起不来, 不能走了, 想站起来站不了, 先别扶起来, 快来人) gets 120 and 别硬扶 at once. An
up-word is read only in a form that cannot sit inside a negation (能走 is inside 不能走, 站起来 inside 想站起来站不了,
扶起来 inside 先别扶起来 and 要不要扶起来), and a word of still being down vetoes any up-word.
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any

# up again: said as done (了) or as able (自己能走); never a bare 能走 or 站起来
_UP = re.compile(_any("""扶起来了 已经起来了 自己起来了 现在起来了 坐起来了 站起来了 爬起来了 自己能走 能走路了 能走了
扶到床上了 扶到沙发上了"""))
# still down, or help wanted now: any of these and the person is treated as down
_DOWN = re.compile(_any(r"""起不来 动不了 站不起 爬不起 扶不起 不能动 不能走 走不了 站不了 起不了 别扶 要不要扶 没扶
扶不动 不敢动 快来人 叫不醒 叫不应 没反应 昏 晕"""))


def up_again(text: str) -> bool:
    """The person who fell is up again by the member's words (and nothing says they are still down)."""
    return bool(_UP.search(text)) and not _DOWN.search(text)
