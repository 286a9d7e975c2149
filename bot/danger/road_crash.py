"""A road crash with people hurt, told from the scene (issue 13, fixcare23): 大巴在高速上出事了 车翻了 好多人受伤.

`road_crash`: 120 for the hurt, 122 (or 110) for the crash, where exactly (the road, the direction, the last sign or
service area), everyone who can walk off the carriageway behind the barrier, the hazard lights and a triangle well
behind. Someone hit by a car on foot (在路边被车撞了) keeps the plain reading's step. A crash with nobody hurt
(追尾了 人没事, SAFE), the news, a video, 直播翻车了 (no one hurt) stay quiet.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

_VEHICLE = _any(r"大巴 客车 中巴 旅游车 公交 面包车 货车 卡车 小车 轿车 电动车 摩托 三轮 车子 车")
_CRASHED = _any(r"""翻了 侧翻 翻车 翻到 撞了 撞上 相撞 追尾 出事了 出车祸 车祸 冲下 掉下 滚下""")
# someone hit by a car on foot (我妈在路边被车撞了) keeps the plain reading's word for the one hit (its own 122 line)
_HIT_ON_FOOT = r"被\S{0,4}(撞|轧|碾|刮)"
_HURT = _any(r"""受伤 受了伤 伤了 伤员 流血 出血 好多人 好几个人 卡在 压着 压住 昏过去 晕过去 起不来 动不了 叫不醒
没反应 伤得""")
ROAD_CRASH = rf"^(?!.*{_HIT_ON_FOOT})(?=.*({_HURT}))(?:.*({_VEHICLE})\S{{0,12}}({_CRASHED})|.*车祸)"

KINDS = {"road_crash": ROAD_CRASH}
