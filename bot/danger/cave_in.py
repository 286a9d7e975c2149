"""Someone behind a cave-in, heard but not seen (issue 13, emergency23).

What a villager knows: a root cellar (菜窖, 地窖, 红薯窖), a cave dwelling (窑洞), a hill cave, a well or a tunnel whose
mouth or roof gives way with someone inside; the sign is the person heard (听得见他喊, 能听见哭声, 在里面敲) or silent
inside (在里头 没动静). A mine's pit is bot.danger.disaster's; a cave mouth fallen with nobody inside (路封了) stays
quiet. The step is `pinned`'s (119 and 120, nobody pulls or goes in where it may fall again, keep talking to him), never
`trapped`'s door (别硬撬门).
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

_HOLE = _any("菜窖 地窖 红薯窖 窖 窑洞 窑 山洞 洞口 洞里 洞 井 坑 隧道 涵洞 地道 防空洞 沟")
_GAVE_WAY = _any("塌 坍 垮 陷 堵住 堵死 埋住 埋了 封住 砸下来 掉下来一块")
_INSIDE = _any("在里面 在里头 在里边 在下面 在下头 在底下 在洞里 人在里 还在里 困在")
_HEARD = _any(r"""(听得见|能听见|听到|听见|还能听到)\S{0,6}(喊|哭|叫|声|敲|应) 在里面\S{0,2}(喊|哭|敲|叫)
(喊|哭|敲|叫)(救命|人)
没(了)?动静 不应(了)? 没声(了|音)?""")
# an animal inside and no person named (墙上的洞堵住了 老鼠在里面): no one to dig for
_ANIMAL_ONLY = (r"(?=.*(老鼠|黄鼠狼|猫|狗|蛇|鸡|兔|鸟|獾|刺猬))"
                r"(?!.*(人|孩子|小孩|娃|老人|爸|妈|爷|奶|叔|伯|舅|哥|姐|弟|妹|他|她))")
CAVE_IN = rf"^(?!{_ANIMAL_ONLY})(?=.*({_HOLE}))(?=.*({_GAVE_WAY}))(?=.*({_INSIDE})).*({_HEARD})"

KINDS = {"pinned": CAVE_IN}
