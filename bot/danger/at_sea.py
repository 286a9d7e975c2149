"""Someone at sea or on a mudflat who has not come back: the sea's own rescue, not a shopping mall's (issue 13,
fixcare21).

A fishing village says it plainly: 去滩涂讨小海 水涨上来了 人还没回来 (cut off by the tide), 早上出海到现在没回来
手机打不通 风越来越大了 (a boat not back in a rising wind). The step is the sea's: 12395 (水上遇险求救, China's
maritime search and rescue) and 110, the harbour and the boats near, nobody going out alone to look. Read only with a
sign the person is not back (没回来, 联系不上, 困在) and, for a boat, a sign of trouble (the wind, no answer, the
hour): 出海了 三天后回来 is a trip, 赶海要注意涨潮 is advice (bot.danger.emergency weighs both).
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

# a shore the tide covers: a mudflat, rocks, a sandbar, gathering shellfish (赶海, 讨小海)
_SHORE = _any("滩涂 海滩 沙滩 泥滩 海涂 礁石 沙洲 沙坝 滩上 赶海 赶小海 讨小海 挖蛏 挖蛤 捡螺 挖花蛤 拾贝")
_TIDE = _any(r"""涨潮 潮水\S{0,3}(上来|涨|来了|困|围|隔|堵) 潮涨 水\S{0,2}涨(上来|起来|了) 涨水
被(潮|海水)\S{0,2}(困|围|隔|堵)""")
_NOT_BACK = _any(r"""没回来 还没回 没上来 没上岸 回不来 出不来 困在 被困 困住 围在 被(水|潮水)?围 联系不上 打不通 没人接
找不(着|到) 不见(人)?了""")
TIDE = rf"^(?=.*({_SHORE}))(?=.*({_TIDE})).*({_NOT_BACK})"

# a boat out fishing, not back and no word, in a wind or past its hour (出海到现在没回来 手机打不通); not 下海 (to go
# into business) nor a tourist's boat ride (坐船去舟山玩了)
_OUT = _any(r"出海 打鱼 捕鱼 海上 渔船 (?<![坐乘搭游轮渡])船(?!票|费|期|厂) 开船出去 出船")
_BOAT_NOT_BACK = _any(r"""没回来 还没回 没回港 没进港 没靠岸 没到港 联系不上 打不通 失联 没信号 没消息 呼不到 叫不应""")
_TROUBLE = _any(r"""风\S{0,4}大 浪\S{0,4}大 大风 台风 起风 变天 风暴 雷雨 暴雨 大雾 天黑 早该 该回来
打不通 联系不上 失联 呼不到 叫不应""")
AT_SEA = rf"^(?=.*({_OUT})\S{{0,20}}({_BOAT_NOT_BACK})).*({_TROUBLE})"

KINDS = {"tide": TIDE, "at_sea": AT_SEA}
