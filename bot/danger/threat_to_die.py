"""Someone who says they will end their life somewhere, not done yet, told by a member who heard it (issue 13,
fixcare22).

今天调解的那个大爷说 儿子不给养老钱 他要去儿子单位门口喝农药 让所有人看看: a threat, not a poisoning. The step is
a person's: someone stays with him, the pesticide taken away, 110 if he has gone there or holds it, 120 only if he
drank, 12356 for how to talk him round (the template). Never told as a poison swallowed (喝农药 alone is read as an
act by bot.danger.danger_words). Read for someone else (他, 那个大爷, 对方: the writer's own wish is
bot.danger.despair's) in a dispute (a place, 给…看), and never once done (喝了); the writer's own plan (`OWN_PLAN`) is
despair. 他要去打农药 (spraying a field) and 他说要跳槽 stay quiet.
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any

_WHO = _any(r"""他 她 大爷 大妈 大娘 大叔 阿姨 老汉 老头 老太 老人 那人 这人 那个人 对方 当事人 儿子 女儿 老公 老婆 丈夫
男的 女的 邻居 爸 妈 爷爷 奶奶 姥姥 姥爷 外公 外婆 媳妇 姐 妹 哥 弟 闺女 老伴""")
_MEANS = _any(r"""喝农药 喝敌敌畏 喝百草枯 喝老鼠药 吃老鼠药 跳楼(?!价) 跳河 跳江 跳湖 跳桥 上吊 自焚
浇汽油 点火烧自己 寻死 寻短见 死给""")
# gone there, not done (已经出门了, 已经往河边去了, 已经上楼了, 已经拿着农药走了, 已经在楼顶): the step's own case for
# 110 now (native re-read 24, finding 4); one list, read by `gone_off` (code review 24, finding 3).
# Never a bare 已经在 or 已经到了: 已经在那边喝上了 is an act under way
GONE_OFF = (r"出门|出去|走了|去了|往\S{0,6}(去|走)|跑|不见|找不到|联系不上|上楼|上了楼|上天台|拿着\S{0,6}走|"
            r"(在|到了?)(楼顶|楼上|天台|阳台|河边|江边|湖边|桥上)")
_UP = re.compile(r"上楼|上了楼|上天台|(在|到了?)(楼顶|楼上|天台|阳台)")
# 他爸喝了酒说要上吊: the drink, not the act; 正在喝, 喝上了, 喝进去: an act under way, 120 first (code review 24,
# finding 2); 已经 only with what is done (已经喝, 已经服下): 他已经说了好几次, 已经三天没吃饭 are a threat still
# (code review 25, finding 3)
_DONE = _any(r"""(喝|吃|跳|吊)了(?!酒) 喝下 吃下 正在(喝|吃|跳|吊) 在喝(?!酒) 喝上了 喝进去 在跳(?!舞)
已经(喝|吃|跳|吊|服|灌|上吊|割)""")
_SAYS = r"(说|扬言|嚷着|喊着|闹着|威胁|放话|要|想|准备|打算|就去)"
_MINE = rf"(我|俺)(要|想|准备|打算|就|干脆)\S{{0,12}}({_MEANS})"  # the writer's own: bot.danger.despair
_AT_PLAY = _any("游泳 玩水 洗澡 凉快 避暑 跳水 蹦极 跳伞 甩卖 清仓")  # 她想跳河里游泳, 跳楼价甩卖
# made in a dispute, at someone: a place to do it before them, or "for them to see" (他说今晚要喝农药, a plan with
# no one to shame, stays bot.danger.despair's private word)
_AT_SOMEONE = _any(r"""门口 单位 村委会 居委会 政府 厂里 公司 办公室 学校 医院 法院 信访 楼顶
(给|让)\S{0,8}看 讨(个)?说法""")
THREAT = rf"^(?!.*({_DONE}|{_AT_PLAY}))(?!.*{_MINE})(?=.*({_WHO}))(?=.*({_AT_SOMEONE})).*{_SAYS}\S{{0,12}}({_MEANS})"

# a relative's threat told by the writer, anywhere (native review 23, note A): 我老伴说要喝农药, 我闺女说不想活了要跳楼,
# 我妈说活着没意思要去跳河, 他爸喝了酒说要上吊 are a threat to die of THAT person (stay with her, the bottle away,
# 110/120, 12356), never comfort for the writer's own despair; a bare 他说今晚要喝农药 stays despair's private word
_KIN = _any(r"""老伴 老公 老婆 丈夫 媳妇 妻子 爱人 儿子 女儿 闺女 孩子 爸 妈 爷爷 奶奶 姥姥 姥爷 外公 外婆
大姐 二姐 姐姐 哥哥 大哥 弟弟 妹妹 婆婆 公公 岳父 岳母 丈母娘 老丈人 孙子 孙女 外孙""")
_KIN_SAYS = r"(说|扬言|嚷着|喊着|闹着|放话|哭着说|又说)"
# words sent from afar (孩子发消息说 … 想从楼上跳下去) stay despair's, whose word is for one out of reach
# (bot.danger.despair)
_FROM_AFAR = _any("发消息 发微信 微信上 微信里 打电话 电话里 短信 留言 发来")
KIN_THREAT = (rf"^(?!.*({_DONE}|{_AT_PLAY}|{_FROM_AFAR}))(?!.*{_MINE})"
              rf".*({_KIN})\S{{0,3}}{_KIN_SAYS}\S{{0,14}}({_MEANS})")

# a threat told as a condition on the writer (native re-read 24, left): 我老伴说要是我出去了他就喝农药, 儿子说如果我不
# 给钱他就跳楼, 她说只要我离婚她就上吊 are made to hold the writer where she is: the same danger as a threat made
# outright (stay with him, the bottle away), never a danger only supposed; a plan of life (要是考不上他就去当兵, 等开春
# 了他就去钓鱼) names no means
IF_I = re.compile(r"(要是|如果|只要|假如|万一|敢|不让)(我|俺)|(我|俺)(要是|如果|敢)")
_IF_MEANS = _any(r"喝药(?!水) 去死 死给 不活了 抹脖子 割腕 吃安眠药 吞安眠药 跳下去")
IF_THREAT = (rf"^(?!.*({_DONE}|{_AT_PLAY}))(?!.*{_MINE})(?=.*({_KIN}|他|她)\S{{0,4}}{_KIN_SAYS})"
             rf".*({IF_I.pattern})\S{{0,12}}就\S{{0,3}}({_MEANS}|{_IF_MEANS})")

KINDS = {"threat_to_die": rf"{THREAT}|{KIN_THREAT}|{IF_THREAT}"}
# the writer's own plan (我要去他单位门口喝农药): despair's word to the writer, never a poison swallowed
OWN_PLAN = re.compile(rf"^(?!.*({_DONE})).*{_MINE}")

# who made the threat, as the word names them (native review 22b, finding 4): the one named before the first 说, 扬言,
# 喊着 (我妈说要喝农药 → 她; 儿子不给钱 我妈说要去他单位门口 → 她), else the first one named; a woman is 她
_SPEAKS = re.compile(r"说|扬言|嚷|喊|闹着|威胁|放话")
_WOMAN = re.compile(r"她|妈|奶奶|姥姥|外婆|老婆|媳妇|妻子|女儿|闺女|姐|妹|姑|姨|婶|老太|大妈|大娘|女的")
_IN_LAW_MAN = r"姐夫|妹夫|姑父|姑夫|姨父|姨夫|姑爷"  # a man, though 姐 or 姑 opens his name
_ANYONE = re.compile(rf"{_IN_LAW_MAN}|{_WOMAN.pattern}|{_WHO}")
_SAYS_OF = re.compile(r"(说|扬言|嚷着|喊着|放话)(他|她)")  # 我老婆说他要跳楼: the one said of


def threatener(text: str) -> str:
    """她 or 他: the one who threatens to end their life in `text`, by the words naming them."""
    if (of := _SAYS_OF.search(text)) is not None:
        return of.group(2)
    speaks = _SPEAKS.search(text)
    named = list(_ANYONE.finditer(text[:speaks.start()] if speaks else text)) or list(_ANYONE.finditer(text))
    if not named:
        return "他"
    one = named[-1] if speaks and _ANYONE.search(text[:speaks.start()]) else named[0]
    return "她" if _WOMAN.fullmatch(one.group()) else "他"


# the one who threatened is gone already (已经出门了, 人不见了, 已经往河边去了, 人已经走了): 110 first, the search
# second; a plan (等我出门了他就去喝农药, 要是找不到他) is no going: he is at home with the bottle, and someone stays
# with him (native review 24b, finding 1; one list of going with _DONE: code review 24, finding 3)
_GONE = re.compile(rf"(已经|人)\S{{0,2}}({GONE_OFF})|出门|出去了|跑了|跑出去|不见|找不到|联系不上")
_MISSING = re.compile(r"不见|找不到|联系不上")
_AWAY = re.compile(r"已经(往|去|在)")
_PLAN = re.compile(r"等|要是|如果|万一|趁|待会|一会|回头|哪天|的时候")


def _told_done(pattern: re.Pattern[str], text: str) -> bool:
    """`pattern` is said as done, not as a plan (等我出门了, 要是找不到他: a plan)."""
    return any(_PLAN.search(text[max(0, m.start() - 6):m.start()]) is None for m in pattern.finditer(text))


def gone_off(text: str) -> str:
    """How the one who threatened to die has gone, as the member says it (出门了, 不见了, 上楼了, 不在身边了), or ""
    (never 走了 or 去了, read as "has died"; a plan is no going)."""
    for gone in _GONE.finditer(text):
        if _PLAN.search(text[max(0, gone.start() - 6):gone.start()]) is None:
            said = gone.group()
            return ("不见了" if _MISSING.search(said) else "上楼了" if _UP.search(said)
                    else "不在身边了" if re.search(r"(在|到)(河|江|湖|桥)", said) else "出门了")
    return "不在身边了" if _AWAY.search(text) else ""


# where the one who threatened is, when the member names it (已经在河边了, 已经往楼顶去了, 人到了桥上): the police told
# the place, someone near goes there now, nobody sent searching (native review 24b, finding 4)
_PLACE = (r"大桥上|河边|江边|湖边|海边|水库|塘边|桥上|大桥|楼顶|天台|阳台|楼上|房顶|顶楼|窗边|窗台|崖边|铁路|铁轨"
          r"|[^\s，,。]{0,4}(门口|单位|村委会|居委会|政府|厂里|公司|医院|法院)")
_THERE = re.compile(rf"(已经|人|现在|正)(在|到了|到|往|朝|去了|去)({_PLACE})")
# ... or seen past a railing (大桥栏杆外面站着个姑娘, 江汉桥栏杆外头站了个人): there now, the railing and its
# bridge named as the member names them (emergency27)
_PAST_RAIL = re.compile(r"[^\s，,。]{0,4}(栏杆|护栏|围栏)(外面|外头|外边|外侧)")


def gone_to(text: str) -> tuple[str, str]:
    """("在", place) where the one who threatened already is, ("往", place) where they are heading, or ("", "")."""
    if (there := _THERE.search(text)) is None or not _told_done(_THERE, text):
        rail = _PAST_RAIL.search(text)
        return ("在", rail.group()) if rail else ("", "")
    return ("往" if there.group(2) in ("往", "朝", "去", "去了") else "在"), there.group(3)


# a leap from a height, told (跳下去, 跳楼, 从阳台, 站在窗台上): not 心跳, 跳舞, 跳槽, 跳蚤, 眼皮跳, nor a window open
# (code review 26, finding 2; code review 27, finding 20)
_LEAP = re.compile(r"跳(下去|下来|楼(?!价)|河|江|湖|海|井)|从\S{0,4}(阳台|窗台|窗户|窗口|楼顶|天台|顶楼|楼上|桥上)"
                   r"|(站|坐|爬|蹲)(在|上|到)\S{0,2}(阳台|窗台|楼顶|天台|顶楼|桥)")


def leaps(text: str) -> bool:
    """Whether `text` tells of a leap or a height to leave first (抱着孩子想从阳台跳下去), never 心跳 or 跳舞."""
    return _LEAP.search(text or "") is not None
