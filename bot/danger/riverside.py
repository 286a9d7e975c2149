"""Water coming down a river or a gully after rain upstream, and someone in the water not yet out (issue 13,
emergency23).

What anyone who camps, fishes or holds a feast by a river knows: rain upstream (上游下暴雨, 山里下了一夜雨) or a dam
opened (放水, 开闸, 泄洪) sends water down faster than one can walk: the water turning muddy (变浑, 变黄), rising in a
moment (一下子涨上来, 涨得很快, 到脚脖子 还在涨), branches coming down, with people still on the bank, a sandbar or in
the tents. And someone fallen into a pond or a river who is "not pulled out yet" (还没捞上来, 没救上来) is in the water
now. Rain upstream as a warning (这两天别去河边) or a river up for fishing stays quiet.
The steps are `rising_water`'s (up and away from the river now) and `water`'s.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

_UPSTREAM = _any(r"""上游\S{0,4}(下|下了)?\S{0,3}(暴雨|大雨|雨) 山里\S{0,4}(下|下了)\S{0,4}(暴雨|大雨|雨)
上游\S{0,3}(放水|开闸|泄洪)
水库\S{0,3}(放水|开闸|泄洪) (水|河|江|溪|沟)\S{0,3}(变浑|变黄|发浑|浑了|黄了)
(树枝|树|木头|柴|草|东西)\S{0,3}(漂下来|冲下来)""")  # the water's colour, not a shop going under (小店快黄了)
_RISING = _any(r"""一下子\S{0,3}涨 突然\S{0,3}涨 涨得(很|好|太|特别)?快 (还在|一直在|一直)涨(?!价)
涨(到|过|上来|起来)\S{0,4}(脚脖|脚踝|小腿|膝盖|腰|桌|帐篷|院) 漫(到|上|进)\S{0,4}(桌|帐篷|院|屋|岸)
水\S{0,3}(冲|漫)(过来|下来|上来)""")
_PEOPLE = _any(r"人 老人 孩子 小孩 帐篷 桌 还有 钓鱼的 捡石头 露营 酒席")
FLASH_FLOOD = rf"^(?=.*({_UPSTREAM}))(?=.*({_RISING})).*({_PEOPLE})"
_FELL_IN = r"(掉|落|栽|滑|摔|跌|翻)(到|进|下|入)(了)?\S{0,3}(池塘|水塘|鱼塘|河|江|湖|水库|井|塘|水沟|渠|粪池|水池|水坑)"
_NOT_OUT = _any("没捞上来 还没上来 没救上来 捞不上来 拉不上来 没拉上来 还没捞着 没找着人")
_THING = _any("手机 钥匙 钱包 鱼竿 东西 球 鞋 帽子 桶 竿 眼镜 浮漂 鱼漂")
NOT_OUT = rf"^(?!.*({_THING})\S{{0,6}}(掉|落)).*{_FELL_IN}\S{{0,16}}({_NOT_OUT})"

KINDS = {"rising_water": FLASH_FLOOD, "water": NOT_OUT}
