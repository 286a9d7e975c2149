"""Someone gone out into open country and not heard from for hours while the night or the weather closes in (issue 13,
emergency27).

What a herder or a hill village knows: a man who rode out after the sheep (骑摩托出去找羊), students gone up a ridge
(去山上调查), a picker in the woods (进林子采蘑菇) who cannot be reached for hours (联系不上, 电话打不通, 关机,
没消息) is in danger once the dark or a storm comes (天黑了, 下雪, 白毛风, 暴风雪, 起大风): cold, a fall, a horse
come back alone. He must be looked for now (110, the village's searchers, the last place he was). One who is late but
answered (打通了 说在路上), or weather told of with no one out in it, stays quiet. The step is `overdue`'s.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

_WENT_OUT = _any(r"""进(的)?山 上(的)?山 去山上 进林子 去林子 林子里 山里 梁上 沟里 草场 草原 戈壁 雪山 野外 徒步 驴友
(骑|开|赶)\S{0,4}(马|摩托|车)?\S{0,2}出去 出去(找|放|赶|追)\S{0,2}(羊|牛|马|骆驼) 放(羊|牛|马|牧) 找(羊|牛|马)
采(蘑菇|药|山货) 打草 巡山 调查""")
_SILENT = _any(r"""联系不上 打不通 没人接 关机 没(有)?消息 没(有)?信号 不回 找不到人 没回音 失联""")
_CLOSING_IN = _any(r"""天(快|要|都|已经)?(黑|暗)(了|下来) 天黑 下(起)?(大)?雪 雪(越来越|下)大 白毛风 暴风雪 大风雪 风雪
(刮|起)(起)?(大)?(风|白毛风|沙尘暴) 沙尘暴 起雾 大雾 暴雨 降温 零下""")
_HOURS = _any(r"""([两三四五六七八九十\d]+|几|好几|半天)\S{0,2}(个)?(小时|钟头)
一下午 一整天 一天了 到现在 之后 以后""")
_FOUND = _any(r"打通了 联系上了 回来了 找到了 到家了 报平安 在路上 没事了")
OUT_IN_WEATHER = (rf"^(?!.*({_FOUND}))(?=.*({_WENT_OUT}))(?=.*({_CLOSING_IN}))(?=.*({_HOURS}))"
                  rf".*({_SILENT})")

KINDS = {"overdue": OUT_IN_WEATHER}
