"""A gas stove left on, told by its smell rather than by the word 煤气 (issue 13, fixcare22).

燃气灶好像没关 有股味道 我看不见开关在哪 is a leak as much as 一股煤气味: no flame, no switch, the doors and windows
open, out of the house, the call from outside (the gas step). Read with the stove or the gas and a smell, or a knob
that cannot be found or turned; 出门前看看燃气灶关没关 (no smell), 燃气灶没关 还好回来关上了 (over) stay quiet.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

_STOVE = _any("燃气灶 煤气灶 灶台 灶上 灶眼 灶 煤气 燃气 天然气 液化气 煤气罐 气罐 热水器 阀门")
_ON = _any(r"""没关 忘关 忘了关 没有关 开着 关不上 关不掉 关不了 拧不动 找不到开关 找不着开关
不知道开关在哪 开关在哪""")
_SMELL = _any(r"""味道 味儿 有味 股味 一股味 臭味 难闻 闻到 呛 嘶嘶 呲呲""")
_OVER = _any(r"""关上了 关好了 关掉了 已经关了 关了 拧上了""")
GAS = rf"^(?!.*({_OVER}))(?=.*({_STOVE})\S{{0,10}}({_ON})).*({_SMELL})"

KINDS = {"gas": GAS}
