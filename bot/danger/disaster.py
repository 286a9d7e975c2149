"""A disaster with people still inside: a mine flooded or caved in with a shift underground, a building cracking
over the people in it (issue 13, fixcare22).

A coal town says it in four words: 井下透水了 俺儿子那个班还没上来 (water burst into the pit, the shift is not up); a
mining-subsidence estate: 楼又裂了一道大缝 墙皮直往下掉 老伴还在屋里. Each has its own step: the mine's dispatch room
and its rescue team, nobody running to the pithead (`mine`); everyone out of the building now, away from its walls,
then 119 (`collapse`), never the flood's "leave the water". Read only with a sign of now: somebody not up or still
inside, or plaster falling, the crack growing. 俺儿子在井下上班, 塌陷区搬迁补偿啥时候发, 墙上有条缝 物业啥时候来修,
装修的墙皮往下掉 裂了好多缝 找谁修 and 透水事故演练 (bot.danger.emergency: an exercise is an article) stay quiet.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

# underground: a pit, a shaft, a roadway; a mine's disasters (透水 is a mine's word: water bursting in)
_PIT = _any("井下 矿井 矿下 矿上 煤矿 矿里 巷道 掌子面 工作面 采区 下井 坑下 坑道 矿洞")
_DISASTER = _any(r"透水 突水 冒水 涌水 冒顶 塌方 塌了 垮了 瓦斯 爆炸 炸了 着火 起火 矿难 出事(了)? 出了事")
_NOT_UP = _any(r"""没上来 还没上 没出来 还没出 上不来 出不来 困在 被困 困住 堵在 埋在 (在|留在)(井下|下面|底下|里面)
联系不上 打不通 没消息 没音信 下落不明""")
MINE = rf"^(?=.*({_PIT}|透水|冒顶|矿难))(?=.*({_DISASTER}|矿难)).*({_NOT_UP})"

# a building or a house cracking, sinking or leaning, with plaster falling or the crack growing: it may come down
_CRACK = _any(r"""(裂|裂开|裂了)\S{0,4}(缝|口子|口) 大缝 裂缝 开裂 裂开了 塌陷 下沉 往下沉 歪了 倾斜 斜了
要塌 快塌 要倒 快倒""")
_BUILDING = _any("楼 房 屋 墙 梁 顶 天花板 地基 塌陷区")
_GIVING = _any(r"""(墙皮|墙灰|灰|水泥块|水泥|石灰|瓦|砖|渣|土)\S{0,3}(掉|落|往下) 直往下掉 往下掉 簌簌 哗哗
(咯吱|嘎吱|咔咔|嘎嘎)\S{0,2}(响|的) 在晃 晃得 摇晃 越裂越大 越来越大 又裂 还在裂 门(都)?关不上 窗(户)?(都)?变形""")
# a repair asked about (找谁修, 装修, 报修) is the property office's, unless someone is still inside
_REPAIR = _any("修 装修 翻新 刷墙 粉刷 补一下 补补")
_INSIDE = _any(r"还在(屋|里|家|楼) 还没出来 在里(面|头)(睡|躺|呢) 出不来")
COLLAPSE = rf"^(?=.*({_BUILDING}))(?=.*({_CRACK}))(?:(?=.*({_INSIDE}))|(?!.*({_REPAIR}))).*({_GIVING})"

KINDS = {"mine": MINE, "collapse": COLLAPSE}
