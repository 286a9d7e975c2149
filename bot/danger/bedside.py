"""At the bedside of someone dying at home under hospice care (issue 13, fixcare23).

`pain_crisis` (anywhere): pain the painkillers no longer hold, told now (我妈疼得一直叫 止疼药吃了也不管用
护士电话打不通): the doctor or the hospice team's duty line now, 120 if nobody answers; never a welfare check's
"再打一次电话".
`last_days` (in a hospice group only: its name says 安宁/临终/宁养/舒缓, or `tone: gentle` and the end asked
about): the signs of the last days (不吃东西了 一直昏睡, 呼吸越来越慢了) are what the family chose to meet at home:
a gentle word, the hospice nurse or doctor, never "请马上打120". Outside such a group the same words stay the plain
reading (120).
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any
from bot.chinese_text import compact

_PAINKILLER = _any(r"""止疼药 止痛药 止疼片 止痛片 吗啡 镇痛泵 止痛泵 芬太尼 止疼贴 止痛贴 羟考酮 奥施康定 布洛芬
曲马多 杜冷丁""")
_NO_HELP = _any(r"不管用 没用 不顶用 不起作用 没效果 压不住 止不住 没啥用 不好使")
_CRYING_OUT = _any(r"""一直叫 直叫 叫唤 喊疼 喊痛 打滚 受不了 疼哭 痛哭 疼得(直)?(叫|喊|哭) 痛得(直)?(叫|喊|哭)
一直喊 一直哭 疼得厉害 痛得厉害 疼得不行 痛得不行 疼得要命 痛得要命 疼死了 痛死了""")
# (疼得厉害 too: 我妈疼得厉害 止疼药吃了也不管用 is no complaint card; native re-read 24, finding 9)
PAIN_CRISIS = rf"^(?=.*({_NO_HELP}))(?=.*({_CRYING_OUT})).*({_PAINKILLER})"

KINDS = {"pain_crisis": PAIN_CRISIS}

HOSPICE_ROOM = re.compile(r"安宁|临终|宁养|舒缓|姑息|善终|hospice", re.I)
_LAST_SIGNS = re.compile(_any(r"""不吃东西 不吃饭 吃不下 喂不进 不喝水 昏睡 一直睡 叫(她|他)?(也)?不(太)?(应|醒) 叫不醒
呼吸\S{0,4}(慢|弱|浅|停|长|短|不匀|有声) 喘气\S{0,3}(慢|弱|呼噜) 手脚\S{0,2}(发)?(凉|冰|紫|花) 是不是快了 是不是要走了
是不是不行了 还有几天 快不行了 最后几天 最后一程 意识模糊 不认人"""))
# the kinds a hospice family's words of the last days are read as elsewhere (a 120 call, a welfare check)
_READ_AS = ("unwell", "unreachable")


# the family asks whether the end is near, or names the care: the last days, in a `tone: gentle` room of any name
_NEARING = re.compile(_any("是不是快了 是不是要走了 是不是不行了 快不行了 还有几天 最后几天 安宁疗护 临终 宁养"))


def in_hospice(topic: str, gentle: bool, text: str) -> bool:
    """A family caring for the dying at home: the room's name says so (安宁疗护家属群), or a `tone: gentle` room (a
    bereavement group too) where the message asks whether the end is near; a gentle room's 我妈叫不醒了 stays 120."""
    return HOSPICE_ROOM.search(topic or "") is not None or (gentle and _NEARING.search(compact(text)) is not None)


# read as nothing, only the gravest signs page a person (我妈最近吃得少 is a carer's news, not a page)
_GRAVE_SIGNS = re.compile(_any(r"""叫(她|他)?(也)?不(太)?(应|醒) 呼吸\S{0,4}(慢|弱|浅|停|长|短|不匀|有声)
喘气\S{0,3}(慢|弱|呼噜)
是不是快了 是不是要走了 是不是不行了 快不行了"""))
# a death told or remembered (走了, 走之前那几天也是这样) is grief's, not the last days
_GONE = re.compile(_any("走了 去世 过世 走之前 走的时候 那时候 当时 那几天 以前 上次"))
# something sudden befell someone (倒地上了, 摔了, 抽起来了, 噎住): an accident or a new illness, the plain
# reading's 120
_SUDDEN = re.compile(_any("""倒 摔 跌 栽 晕 昏倒 抽 吐 噎 卡住 喘不上 憋 突然 烧炭 煤气 撞 停电 呼吸机 刚刚还 刚才还
好好的 救命 快来人 快打 叫个车 谁离得近 谁在附近 哪位 喝多 低血糖 中暑 晒 发作 哮喘 喷雾 车里"""))


def last_days(text: str, kind: str | None) -> str | None:
    """The sign of the last days in a hospice group's message read as `kind` (None: read as nothing), or None."""
    words = compact(text)
    if (kind is not None and kind not in _READ_AS) or _GONE.search(words) or _SUDDEN.search(words):
        return None
    m = (_LAST_SIGNS if kind is not None else _GRAVE_SIGNS).search(words)
    return None if m is None else m.group(0)


def hospice_room(topic: str) -> bool:
    """The group's name says it is a hospice group (安宁疗护家属群): its team, never 120 first, is who to call."""
    return HOSPICE_ROOM.search(topic or "") is not None
