"""The words around a person lost: what shows they cannot find their way back, lost outdoors, a reason given.

Read by bot.danger.emergency beside danger_words' `lost` kind (走丢, 不见了, 还没回来): a person who cannot come back
alone (糊涂, 不会英语, 手机也没带, a night falling, the place they said they were going says they never came) is lost
now; a reason given (在同学家写作业, 跳广场舞去了) is no loss, unless the one gone is confused (有点糊涂 … 可能去河边了
is a guess where to look, not a reason).
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

# a dementia, by any of its names (老年痴呆, 脑退化, 阿尔茨海默): the one list every reading takes (code review 25,
# finding 6: lost, wandered off, not back, self-injury, a habit that is no sudden confusion); bare 糊涂 is added by
# the readings of a person lost, never by confusion's (人突然糊涂了 is sudden)
DEMENTIA = _any("痴呆 失智 脑退化 认知障碍 认知症 阿尔茨海默 老糊涂")
# who cannot find the way back alone: confused, a small child, a newcomer from the village with no Mandarin
CANNOT_FIND_WAY = _any(rf"""{DEMENTIA} 糊涂 记性(不好|差|特别差|很差|不行) 说不清 不认(识)?路
不会(说|讲)?(英语|外语|普通话|话) 听不懂普通话 刚从(老家|农村|乡下|村里)(来|过来|上来) 才[一二两三四五六七八九十\d]岁
[一二两三四五六七八九\d]岁(的)?(孩子|儿子|女儿|孙子|孙女|娃|闺女)""")
# a person lost who cannot find their way back alone (糊涂, 不会英语, 手机也没带, 电话打不通, 药在我这)
LOST_HARM = _any(CANNOT_FIND_WAY + r""" 说不上来 答非所问
天(快|要)?黑了 天都黑了 广播\S{0,4}(也|都)?找不(到|着)
零下 穿得(很|太|特别)?少 (手|脚)?冻得 说\S{0,2}(她|他)?(今天)?没(来|去)过?
手机(也)?没带 没带手机
电话\S{0,4}(打不通|没人接|关机) 手机\S{0,2}关机 兜里\S{0,2}(也)?没(手机|电话) 手表\S{0,2}打不通 药\S{0,4}在我
找不到(了|人)""")

# lost outdoors (跟丢, 迷路): only with a sign of harm beside it (手机就剩8%电, 喊也听不到); 迷路了 别急 is no danger
# ... and a stranger found who cannot find home (说找不到家; not a habit: 一出门就找不着家)
LOST_OUTDOORS = _any(r"""跟丢 迷路 迷了路 找不到路 看不到路 跟不上 追不上
问(他|她)\S{0,3}(家在哪|住哪|住在哪|家住哪|叫什么|哪里人)\S{0,3}(说不清|说不上来|说不出|答不上|不知道|不记得|摇头)
(?<![就总老常])找不(到|着)家(?!具) 不知道家在哪 不记得家在哪""")

# a family member "not back" with the reason given (在同学家写作业, 跳广场舞去了): not lost
LOST_CALM = _any(r"(?<![现正])在[^，,。\s回]{1,5}(家|那儿|那里) (跳|玩|打|逛|买|去)\S{0,6}去了 估计 可能 应该是")
