"""A welfare check: an old or frail person nobody can reach, with a sign of trouble now (issue 13, emergmend16).

The door not answered, lying on the floor, not seen for days, a relative asking someone to go and knock; or an old
person living alone, itself the second sign (联系不上我爸了 他一个人住 八十多了). A phone unanswered alone is not one
(我妈电话没人接，估计在打麻将), nor when the relative has an easy reason for it. Read for bot.danger.emergency, which
asks first whether the person is old, frail or family. A member overdue on a hill or by the water as it grows dark
(老周还没 下山 天都黑了, 钓鱼的老公还没回来 电话打不通) is a welfare check too, of its own kind (`overdue`).
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any
from bot.grievance import grievance

ALONE_WORDS = _any("独居 一个人住 一个人在家 一个人过 自己住 自己一个人 孤寡 空巢")
_ELDER_WORDS = _any(r"""老人 老太 老头 老爷子 老伴 大爷 大妈 奶奶 爷爷 外婆 姥姥 姥爷 外公 我爸 我妈 俺爸 俺妈 老爸 老妈
父亲 母亲 公公 婆婆 岳父 岳母 [6-9]\d岁 [六七八九]十(多|几)?(岁|了) 独居 孤寡 空巢""")
_UNSEEN = _any(r"""(好几|两|三|四|几|这几|这两)天(都)?没(见|看见|看到|见到)\S{0,3}(人|她|他|出门|下楼|出来|动静)
(好几|两|三|四|几)天(都)?没(出门|下楼|出来) (好几|两|三|四|几|这几|这两)天(都)?没(在群里)?(说话|冒泡|露面|吭声|吱声)""")
_NO_DOOR = _any(r"""敲门\S{0,6}(没人|不|没)(开|应|答应|回应|理|动静|反应) 没人(开门|应门) 门(也)?(敲不开|叫不开)
屋里\S{0,2}没(动静|声音|声|人应)""")
_UNREACHABLE = _any(rf"""(电话|手机|视频|微信|语音)\S{{0,8}}(没人接|不接|没接|打不通|无人接听|关机|没(有)?人?回)
(然后|后来|之后)\S{{0,2}}(就)?(没(了)?(动静|声音|回音|消息)|不回(了|话|消息)?)
联系不上 联系不到 找不到人 找不着人 打不通 {_UNSEEN} {_NO_DOOR}""")
_TROUBLE = _any(rf"""{_NO_DOOR} (躺|趴|倒)(在)?地上 {_UNSEEN}
(去|帮忙|帮我)\S{{0,4}}(敲\S{{0,2}}门|看(一)?看|瞧(一)?瞧)""")
_CALM = _any(r"""估计 可能在 应该在 大概在 八成 打麻将 打牌 跳舞 睡着了 睡午觉 在(邻居|朋友|亲戚|女儿|儿子|我姐|我哥)家
回来了 原来 后来(?!\S{0,2}(不|没)) 找到了 联系上了 没事 没电 明天 回头再 待会 等会""")
# a word of being ill told to the group or a friend, then silence (发了句"好难受" 然后就没动静了): ill now, whoever
# she is (emergency24); the silence itself is the sign of trouble (电话也不接, 就联系不上了: code review 25, finding 7),
# and 再 is no silence (头疼得厉害 再睡会)
_ILL_SAID = _any(r"""难受 不舒服 头疼得 头晕得 疼得(要命|厉害|受不了) 喘不(上|过) 胸口疼 肚子疼得 救命 不行了""")
_SILENCE = _any(r"""不回 没回 没(了)?(动静|消息|回音|声音|声) 联系不(上|到) 不接 没人接 打不通 关机""")
ILL_THEN_SILENT = re.compile(rf"({_ILL_SAID})\S{{0,12}}(然后|后来|之后)\S{{0,3}}({_SILENCE})")
UNREACHABLE, TROUBLE, CALM, ALONE, _ELDER = (
    re.compile(p) for p in (_UNREACHABLE, _TROUBLE, _CALM, ALONE_WORDS, _ELDER_WORDS))
# unseen for days, and neither the phone nor the door answered (租我房子的小伙子三天没见人了 电话也不接 敲门没人应): a
# person who may be lying inside, whoever they are, not only the old (native review 25, finding 7); not a tenant gone
# owing the rent (跑路了, 欠了三个月房租)
_PHONE_UNANSWERED = r"(电话|手机|视频|微信|语音)\S{0,8}(没人接|不接|没接|打不通|无人接听|关机|没(有)?人?回)"
_DAYS_UNSEEN, _NO_ANSWER = re.compile(_UNSEEN), re.compile(rf"{_NO_DOOR}|{_PHONE_UNANSWERED}")
_GONE_OWING = re.compile(_any("跑路 搬走 搬家 欠 押金 房租 租金 退租 卷钱"))
# a guess that asks why (是不是换号了, 出去旅游了吧): the writer sees an everyday reason, nobody lying inside
# (code review 26, finding 3)
_GUESSED = re.compile(_any(r"""是不是\S{0,4}(换号|换手机|出去|旅游|出差|忙) 换号了 换手机了 (出去|去)?旅游(了|去了)
出差(了|去了)"""))
# the one who serves as the subject right before the silence (客服两天没冒泡, 快递两天没见动静): a provider gone quiet,
# not someone of the writer's life named by their work (店里的小张, code review 27, finding 5)
_SERVES = re.compile(r"(客服|商家|平台|快递|店家|卖家|售后|物业|群主|主办方)\S{0,2}$")


def unseen_for_days(words: str) -> bool:
    """Someone of the writer's life not seen for days whose phone or door goes unanswered (`words`: compacted),
    whoever they are (店里的小张, 开小卖店的小刘): a welfare check without the old or alone. Not the one who serves
    (客服两天没冒泡了 电话也打不通 退款到底啥时候给: a provider the subject of the silence, or a grievance beside it),
    nor a guess that asks."""
    unseen = _DAYS_UNSEEN.search(words)
    answer = _NO_ANSWER.search(words)
    if unseen is None or answer is None or _GONE_OWING.search(words) or _GUESSED.search(words):
        return False
    rest = words.replace(unseen.group(0), "|").replace(answer.group(0), "|")  # the silence itself is no complaint
    return _SERVES.search(words[:unseen.start()]) is None and not grievance(rest)


# with no door knocked on, an everyday reason is enough to wait (在洗澡, 出去买菜了, 手机静音); kept apart from CALM, a
# signal of the learned layer
_EVERYDAY = re.compile(_any("洗澡 做饭 买菜 遛弯 散步 出去了 下楼了 静音 午睡 在忙 上班 开会"))


def unreachable(words: str) -> str | None:
    """The words that say nobody can reach them and that trouble is likely now (电话没人接…敲门没人应), or None; whether
    they are old or frail is for bot.danger.emergency to ask."""
    if CALM.search(words):
        return None
    trouble = TROUBLE.search(words)
    if trouble is None and _ELDER.search(words) and not _EVERYDAY.search(words):
        trouble = ALONE.search(words)  # an old person living alone: nobody there to open the door
    if trouble is not None:
        start, end, sign = trouble.start(), trouble.end(), trouble.group(0)
    elif (ill := ILL_THEN_SILENT.search(words)) is not None:
        start, end, sign = ill.start(1), ill.end(1), ill.group(1)  # 说头疼得要命 后来就不回了: ill, then silence
    else:
        return None
    rest = words[:start] + "|" + words[end:]  # two signs: 电话没人接 + 敲门没人应, not one twice
    if (cannot := UNREACHABLE.search(rest)) is None:
        return None
    return cannot.group(0) + "…" + sign


# overdue outdoors: 还没下山 names the hill itself; 还没回来 needs the hill or the water beside it (还没下来, the
# dark coming on will do), and the dark or nobody able to reach them (老王还没下来 他说在山顶多拍几张 is fine)
_OVERDUE_HILL = _any(r"(还没|没|还不见|不见)\S{0,2}(下山|上岸|回营地|到营地)")
_OVERDUE = _any(r"(还没|没|还不见)\S{0,2}(下来|回来|出来|回到|到集合)")
_OUTDOORS = _any("山 爬山 登山 徒步 步道 景区 野外 林子 树林 河 江边 湖 海边 水库 营地 领队 驴友 钓鱼 赶海 峡谷 溪")
_DUSK = _any(r"""天(快|要|都|已经)?(黑|暗)(了|下来) 天黑 太阳(快|要|都)?(下山|落山) 天擦黑 傍晚 [5-9]点(了|多|半)
(五|六|七|八|九)点(了|多|半) 说好\S{0,6}(点|之前) 超过\S{0,4}(时间|点) 过了\S{0,4}(点|时间)""")
# 还没下来 with no hill named needs the sky growing dark, not a clock time (都六点半了 says nothing of the dark), and
# nobody waiting at a building (我在楼下等了半天 他还没下来)
_DARK = _any(r"天(快|要|都|已经)?(黑|暗)(了|下来) 天黑 太阳(快|要|都)?(下山|落山) 天擦黑 傍晚")
_BUILDING = _any("楼下 楼上 下楼 电梯 单元门 小区门口 家门口")
OVERDUE_HILL, OVERDUE, OUTDOORS, DUSK, DARK, BUILDING = (
    re.compile(p) for p in (_OVERDUE_HILL, _OVERDUE, _OUTDOORS, _DUSK, _DARK, _BUILDING))


def overdue(words: str) -> str | None:
    """A member not back from a hill or the water with the dark coming on, or nobody able to reach them, or None."""
    if CALM.search(words):
        return None
    if (late := OVERDUE_HILL.search(words)) is None:
        late = OVERDUE.search(words)
        outdoors = late is not None and OUTDOORS.search(words[:late.start()] + "|" + words[late.end():])
        from_above = late is not None and late.group(0).endswith("下来") and not BUILDING.search(words)
        if late is None or not (outdoors or (from_above and DARK.search(words))):
            return None  # 还没下来 as it grows dark is from a hill, a tree or a roof; 还没回来 wants the hill named
    rest = words[:late.start()] + "|" + words[late.end():]
    sign = DUSK.search(rest) or UNREACHABLE.search(rest)
    return None if sign is None else late.group(0) + "…" + sign.group(0)
