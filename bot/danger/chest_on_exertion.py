"""A chest that tightens on exertion and eases with rest: the heart's early warning, told as a worry (issue 13,
acceptance 26, #4).

这两天练完拳胸口有点闷 歇一会儿就好了 没事吧, 爬楼梯胸口发紧 停下来歇歇就好, 一走快了心口就憋得慌: nobody's life is at
stake this minute (no 120 alarm: a hard pain now is `unwell` or `chest_pain`), yet it is angina's classic sign, and a
careful 社群运营 would have a person answer today: see a doctor about the heart this week, stop and call 120 if it comes
with pain, a cold sweat, or does not pass with rest. Read from the chest's words beside exertion (练完, 爬楼, 走快,
干活) and, or, rest easing it (歇一会儿就好); legs sore after practice, a stuffy room, a cold or a mood stay quiet.
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any
from bot.chinese_text import compact, simplify
from bot.danger.body_signs import (
    CHEST,  # the one list of the chest (胸口发紧, 前胸隐隐作痛, 胸闷), shared with the heart
)

EXERTION = _any(r"""练完 练拳 打完拳 打拳 练功 跳完舞 跳舞 爬楼 上楼 爬山 走快 走急 快走 跑步 跑两步 跑完 干活 干完活
使劲 用力 搬东西 扛 运动完 锻炼完 锻炼 一活动 一动 走路 一走 走两步 走几步""")
EASES = _any(r"""歇(一会儿?|会儿?|一下|下|歇|了)\S{0,3}(就)?(好|没事|缓|过去)
(停|坐|躺)(下来|下)\S{0,4}(就)?(好|没事|缓|过去)
缓(缓|一缓|一会|过来)""")
# not the heart: a cold, a stuffy room, a mood, smoke, a meal; sore legs and arms stay quiet with no chest named
NOT_HEART = _any(r"""感冒 咳嗽 鼻塞 屋里闷 天气闷 天闷 闷热 下雨 心里(头)?(闷|堵|憋)得慌?\S{0,3}(烦|气) 生气 吵架 憋屈
吃撑 吃多 胃 烟 哈哈 😂 转发 科普 讲座 专家 (不|没)(闷|疼|痛|憋|紧)""")
_CHEST_RE, _EXERTION, _EASES, _NOT_HEART = (re.compile(p) for p in (CHEST, EXERTION, EASES, NOT_HEART))


def chest_on_exertion(text: str) -> str | None:
    """The chest's words when `text` tells of a chest tightening on exertion and easing with rest, or None."""
    words = compact(simplify(text))
    chest = _CHEST_RE.search(words)
    if chest is None or _NOT_HEART.search(words) or _EXERTION.search(words) is None:
        return None
    return chest.group(0) if _EASES.search(words) or _EXERTION.search(words, 0, chest.start()) else None
