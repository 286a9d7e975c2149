"""Someone who cannot find their own way home, gone for hours: a person lost, told by who they are (issue 13,
emergency24).

What a family knows: a small child (才五岁), someone confused (老年痴呆, 有点糊涂) or an old person just come from the
village who does not know the streets or cannot speak Mandarin (刚从老家来 不会讲普通话) cannot ask the way or ring
home, so hours gone (到现在, 三个钟头, 天都黑了) with no phone, or the place they were going saying they never came
(他爷爷说没来, 同学家说没来过), is a search now. A walk with someone beside them (我陪着的), one that ends soon
(一会儿就回来) or a child at a friend's as agreed stays quiet. The step is `lost`'s (110 at once, the last place seen,
someone waiting at home).
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any
from bot.danger.lost_words import CANNOT_FIND_WAY as _CANNOT_FIND_WAY  # one list (code review 25, finding 6)

_HOURS = _any(r"""到现在 到这会(儿)? 到这时候 天(都|快|已经)?黑(了) 一上午 一下午 一整天 半天 一夜
([两三四五六七八九十几\d]|好几)个(多)?(钟头|小时|多钟头|多小时) [二三四五]十(多)?分钟 [2-5]\d分钟""")
_NOT_BACK = _any(r"""(还|都|也)?没(回来|回家|到家|见着人|见到人|看见人|见人) 找不(着|到)(人|他|她)?
(说|讲)\S{0,2}没(来|来过|见着|见到|看见)""")
_NO_PHONE = _any(r"""(手机|电话)(也)?没带 没带(手机|电话) (电话|手机)\S{0,4}(打不通|没人接|关机)
(手机|电话)\S{0,2}(落在|放在|丢在|忘在|搁在)""")
_SAFE = _any(r"""陪着 跟着(他|她) 一会(儿)?就回 马上(就)?回 回来了 到家了 找到了 找着了
在(同学|邻居|朋友|亲戚)家(写|玩|吃|住)
说好\S{0,8}(回来|回家) 上次 昨天 前天""")
NOT_BACK = (rf"^(?!.*({_SAFE}))(?=.*({_CANNOT_FIND_WAY}))(?=.*({_HOURS}))(?=.*({_NOT_BACK}|{_NO_PHONE}))"
            rf".*({_NOT_BACK})")

KINDS = {"lost": NOT_BACK}
