"""Sarcasm: praise that says the opposite, a complaint in praise's words.

呵呵 你们的服务可真是太好了 (a sneer before praise of the provider), 服务真是越来越"好"了 (praise in scare quotes),
你们协会真是越办越好了啊 活动一年比一年少😏 (the club praised for growing, beside its decline or with a smirk).
The complaint reader (`bot.grievance`) hears these as complaints; the reader's learned layer cannot read them otherwise.
"""
from __future__ import annotations

import re

from bot.providers import TARGET

# 呵呵 你们的服务可真是太好了: praise of the provider after a sneer is a complaint in praise's words
SNEER = re.compile(r"^(呵呵|呵|哼|嗬嗬|哦豁|啧啧)|[\s，,。](呵呵|哼)")
# 服务真是越来越"好"了: praise in scare quotes says the opposite, whoever it is aimed at
QUOTED_PRAISE = re.compile(r"[\"“”「『'‘’](好|棒|贴心|周到|负责|专业|快|及时|高效|靠谱|优质|用心|热情|省心|放心"
                           r"|便宜|实惠|方便)[\"“”」』'‘’]")
PRAISED = re.compile(r"(你们|贵|服务|态度|效率|速度|办事|管理|客服|物业)\S{0,8}(可|真|太|好)(是|真是|是太)?(太)?"
                     r"(好|棒|行|厉害|负责|专业|快|及时|周到|贴心|高效)")
# 你们协会真是越办越好了啊 活动一年比一年少😏: the club praised for growing, beside its decline or with a smirk
GROWING = re.compile(r"(你们|咱们|我们|贵|协会|合作社|群|团|队|店|学校|大学|社区|物业|服务|管理)\S{0,8}"
                     r"越(办|来|做|搞|弄|管|开)越(好|棒|行|红火|出色|像样|厉害)")
SMIRK = re.compile(r"[😏🙄🙃]|\[(撇嘴|白眼|奸笑|呵呵)\]")
_WORSE = r"(一\S{1,2}比一\S{1,2}|越来越)"
DECLINE = re.compile(rf"(活动|课|聚会|出游|郊游|福利|分量|菜|货|东西|服务|次数|排练|比赛|讲座)\S{{0,4}}{_WORSE}"
                     rf"(少|差|贵|短|小|敷衍)|{_WORSE}(差|贵|敷衍|不像样|糊弄|不上心)|少得可怜|"
                     r"(就|才|只)(组织|办|搞|开)了(一|两|1|2)(次|回|场)")
# 你们家助听器真好 戴上跟没戴一样😂: praise its last words take back, the thing no use at all
USELESS = re.compile(r"((跟|和|同)没\S{1,3}(一样|似的|差不多)|有(跟|和)没有一样|等于没\S{1,2}|白(买|花钱|戴|装|用)了?)"
                     r"(?=[^\w]*$)")
# ... of something of ours (TARGET) or a thing bought and used (戴了跟没戴似的), never a joke on oneself or the family
# (孙子真好 教了半天跟没教一样, 天气真好 出去跟没出去一样: code review 27, finding 8)
_A_THING_USED = re.compile(r"没(戴|用|开|装|买|吃|喝|擦|抹|贴|穿|涂|洗|修|换|吹|照|泡|插|充|调)")
GOOD = re.compile(r"(真|太|可|好)(是)?(好|棒|行|厉害|灵|管用|不错|好用)")


def sneered(text: str) -> str:
    """The praise a sneer turns into a complaint ("呵呵 你们的服务可真是太好了", 服务真是越来越"好"了), or ""."""
    if SNEER.search(text) and (found := PRAISED.search(text) or GROWING.search(text)) is not None:
        return found.group(0)
    if (found := PRAISED.search(text) or GROWING.search(text)) is not None and (SMIRK.search(text)
                                                                               or DECLINE.search(text)):
        return found.group(0)  # 真是越办越好了啊 活动一年比一年少😏: praise its own words or a smirk take back
    if (quoted := QUOTED_PRAISE.search(text)) is not None and (SNEER.search(text) or TARGET.search(text)):
        return quoted.group(0)  # 呵呵 …越来越"好"了, 你们可真"负责": scorn in quotes
    if ((good := GOOD.search(text)) is not None and (useless := USELESS.search(text, good.end())) is not None
            and (TARGET.search(text) or _A_THING_USED.search(useless.group(0)))):
        return good.group(0)  # 助听器真好 戴上跟没戴一样😂: praise taken back by what follows
    return ""
