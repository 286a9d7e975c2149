"""A gas bottle's hose off or its valve broken at a feast, a stall or a kitchen, told by the sound (issue 13,
emergency23).

What a cook knows: the hose slips off the bottle or the regulator (管子脱了, 减压阀坏了) and the gas rushes out with a
roar or a hiss (呼呼往外喷, 嘶嘶响) and a smell all over the yard; nobody lights anything, the valve is shut if one can,
everyone out. An empty bottle (用完了, 换一罐) or advice where to keep it stays quiet. The step is `gas`'s.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

_BOTTLE = _any("液化气罐 液化气瓶 煤气罐 煤气瓶 气罐 钢瓶 气瓶 液化气 煤气 燃气 沼气")
_BROKE = (r"(管子|软管|皮管|胶管|阀门|减压阀|阀|接口|口子|接头)\S{0,2}"
          r"(脱了|断了|裂了|掉了|松了|破了|坏了|关不上|拧不上)")
_RUSH = _any(r"""呼呼 嘶嘶 呲呲 滋滋 往外(喷|冒|窜)(气)? 喷气 冒气 (满|一)(院子|屋子|屋|厨房|棚子)\S{0,3}(味|气)""")
BOTTLE = rf"^(?=.*({_BOTTLE})).*(?:({_BROKE})\S{{0,16}}({_RUSH})|({_RUSH})\S{{0,16}}({_BROKE}))"

KINDS = {"gas": BOTTLE}
