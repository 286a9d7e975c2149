"""A private call that names no goods but says what the offer is by its shape: the thing is kept out of the group's
sight ("群里不方便说 加我"), a way out offered to whoever is short of money or in trouble ("押金不够的 来找我想办法"),
or a benefit few know told only in private ("电费能少交的办法 … 私聊我", "这个病是怎么好的 私聊告诉你"). Also a kind
of member called out and asked to come privately with nothing named ("不想一辈子当保姆的 私我 给你看个东西", "想了解的
点我头像": who acts is whoever is so, who gains is promised, not told), a hurry to have it ("要的私我 晚了就没了"), and
what the poster can get done ("办证的事我搞得定 私聊").

Members keep things private too: a word to one member ("@李姐 你那事群里不方便说"), a leader who asks to hear
grievances alone. So each shape needs the poster as the way (a call to message them, or something they hold) and
something to be had (a way, a channel, stock, money), and none is read in a line addressed to one member.
"""
from __future__ import annotations

import re
from functools import lru_cache

from plugins.moderation.private_call import brokers

# The thing is said not to belong in the group: "群里不方便说", "不在群里发", "莫在群里问", "不方便群里讲".
_NOT_HERE = re.compile(r"(?:群里|在群里|这里)(?:不方便|不好|不便)(?:说|讲|发|细说|多说|讲清)|"
                       r"不(?:方便|好|便)?(?:在)?群里(?:说|讲|发|问|聊)|(?:莫|别|不要|甭)在?群里(?:问|说|讲|发|聊)|"
                       r"群里(?:莫|别|不要|甭)(?:问|说|讲|发|聊)")
# Something to be had: a way, a channel, stock, money or a thing better than what people have.
_TO_BE_HAD = re.compile(r"门路|渠道|路子|办法|法子|好东西|好货|有货|特药|内部|秘方|偏方|诀窍|秘诀|"
                        r"钱的事|缺钱|贷|借钱|少交|便宜|怎么好的|怎么治好|好的方法|价")
# The poster as the way: asked to be messaged or come to, or telling in private.
_THE_WAY = re.compile(r"加我|私我|私聊|私信|小窗|找我|问我|来问|滴我|戳我|我介绍|我帮你|告诉你|"
                      r"要的私(?=[\s，,。!！]|$)")
# The organiser's rule named as why it is not said here ("梁哥不让", "群主不让发"): sold round the rule.
_FORBIDDEN = re.compile(r"(?:群主|管理员|群规|[\u4e00-\u9fff]{1,2}(?:哥|姐|老师|班长))不(?:让|许)")
# The poster holds it: "我有门路", "我这里有货", "我咯有个路子"; not "我有点家事" (a member's own trouble).
_HOLDS = re.compile(r"我(?:这边?|这里|手上|咯)?有(?!点|些事|个事|事)")
# Whoever is short of money or in trouble with an office: "押金不够的", "做生意缺钱的", "专家号挂不上的",
# "税务上有麻烦的".
_IN_NEED = re.compile(r"(?:不够|缺钱|差钱|钱紧|周转不开|挂不上|买不到|办不下来|批不下来|有麻烦|被罚|被查)"
                      r"[^，。\s]{0,2}的")
# A benefit few know: "晓得的人不多", "知道的人少", "懂的都懂", "懂的来".
_FEW_KNOW = re.compile(r"(?:晓得|知道)的人(?:不多|很少|少)|懂的都懂|懂的来|懂的私")
# A way to a gain or a cure, told in private: "能少交的办法 … 私聊我", "怎么好的 私聊告诉你".
_SECRET = re.compile(r"门路|渠道|路子|办法|法子|秘方|偏方|诀窍|秘诀|怎么好的|怎么治好")
_PRIVATE = re.compile(r"私聊|私我|私信|小窗|加我")
# The poster holding something good, unnamed: "我手头有点好东西", "我这有个好活" (told only in private).
_HOLDS_GOOD = re.compile(r"我(?:这边?|这里|手头|手上|咯)?有(?:点|些|个|批)?好(?:东西|货|活|路子|门路|法子|事)")
# Whoever is in some state, called out at the head of a sentence ("想听得清楚的", "不想一辈子当保姆的",
# "在北京干满三年的阿姨"), then asked to come privately: what they get is promised, not named
# ("私我 给你看个东西", "点我头像").
_WHOEVER = re.compile(r"(?:^|[\s，,。！!])[\u4e00-\u9fff]{2,12}?的(?:阿姨|姐妹|朋友|老板|老乡|家长|宝妈|老人|兄弟|人)?"
                      r"[\s，,]*(?:[\u4e00-\u9fff]{0,4}[\s，,]?)?(?<![别莫甭])(?:私我|私信我?|私聊|私下找我|点我?的?头像|加我|小窗)(?!我?[说她他卖])")
# What the poster can get done, told with a private call: "办证的事我搞得定 私聊" (a fixer's claim, no goods named).
_CAN_DO = re.compile(r"我(?:都|全)?(?:能|可以|会)?(?:办得成|办得了|办得下来|搞得定|搞定|摆得平|摆平|包办|包过)")
# A good promised and not named, the hook of a pitch: "有个好事", "给你看个东西", "带你看个机会".
_VAGUE_GOOD = re.compile(r"有(?:个|件)?好事|看个东西|看样东西|(?:有|看)个机会|好机会|有惊喜|告诉你个(?:好|秘密)")
PROMISED = "whoever is in some state, promised a good privately"  # sure: the hook says what it is
# Sure too: a way to a gain or a cure few know, told only in private (26 ads and no innocent line over 84 kinds, none
# in the members' probe, session 23).
SECRET_TOLD = "a benefit told only in private"
# The poster is the one in need, asking whoever is free ("我有点家事 … 有空的姐妹私聊我一下"): help asked, not offered.
_OWN_NEED = re.compile(r"我有(?:点|些|个|件)?(?:家事|事|难处|急事)|帮(?:我|个忙|帮我)|请教|求助|(?:有空|有时间|方便)的")
# The group's own life organised privately: a sign-up, a meal, a photo retaken, a lift shared, an errand offered
# ("报名合唱队的 私我", "今天拍照片没拍好的 私我 重拍", "没领到老年卡的 私聊我 我帮你问"): nothing is sold.
_GROUP_LIFE = re.compile(r"报名|参加|活动|聚餐|拍照|照片|重拍|搭车|拼车|顺路|我帮你|帮你问|接龙|家属|体检|合唱|排练|"
                         r"一起(?:走|去|玩|练|唱|跳|坐|爬|逛|骑|钓)")  # coming along together ("想一起走的加我")
# What members hand each other privately, named: a photo's original, a video of the day, the words or score of a song
# ("要原图的私我", "要歌词的私我"); or the call is a word to one member ("@李姐 想去的话私我"), not to all.
_NAMED_THING = re.compile(r"原图|(?:要|想要|需要)[^，。\s]{0,4}"
                          r"(?:照片|相片|合影|合照|录像|视频|歌词|歌谱|曲谱|简谱|谱子|伴奏)的|@(?!所有人)")
# Gone soon: "晚了没有了", "手慢无", "先到先得", "就这几份".
_HURRY = re.compile(r"晚了?就?没(?:有)?了|手慢无|先到先得|数量有限|卖完为止|卖完就没|就剩(?:这)?[一二两三四五几\d]")
# Addressed to one member: a mention, or that member's own matter.
_TO_ONE = re.compile(r"@|你(?:那|的|家|上次|上回|说的|问的|要的|找的)")
# A member asking for a way ("孩子入户的事有办法吗 私聊问问"), not offering one.
_ASKS = re.compile(r"[?？]|吗|谁知道|哪里有|哪有")
_WHO_WANTS = re.compile(r"有人要|有没有人?要|谁要|谁需要|还有要")  # a seller's question to the room ("有人要崖柏料吗")
# Someone else's private message told ("天天有人私聊我卖偏方"): no call of the poster's.
_TOLD = re.compile(r"(?:有人|人家|他|她|对方|骗子)[^，。\s]{0,4}(?:私聊|私信|加)了?我")


def group_life(plain: str) -> bool:
    """The private call organises the group's own life: a sign-up, a meal, a lift, a photo ("报名合唱队的 私我")."""
    return _GROUP_LIFE.search(plain) is not None and _VAGUE_GOOD.search(plain) is None


def photos_or_one_member(plain: str) -> bool:
    """The private call hands over the day's photos or is a word to one member ("要原图的私我", "@李姐 想去的私我")."""
    return _NAMED_THING.search(plain) is not None


@lru_cache(maxsize=4)  # asked by the rules and by the learned layer about the same message
def kept_from_the_group(plain: str) -> str | None:
    """Why the message is an offer finished in private though it names no goods, or None."""
    if _TO_ONE.search(plain) is not None or _TOLD.search(plain) is not None \
            or _ASKS.search(plain) is not None and _WHO_WANTS.search(plain) is None:
        return None
    if _HURRY.search(plain) is not None and brokers(plain):
        return "whoever wants it, before it is gone"
    holds = _HOLDS.search(plain) is not None
    if _NOT_HERE.search(plain) is not None and (holds or _THE_WAY.search(plain) and (
            _TO_BE_HAD.search(plain) or _FORBIDDEN.search(plain))):
        return "kept out of the group's sight"
    if _THE_WAY.search(plain) is None and _WHOEVER.search(plain) is None:
        return None
    if _IN_NEED.search(plain) is not None:
        return "a way out for whoever is in need, privately"
    if _FEW_KNOW.search(plain) or (_SECRET.search(plain) or _HOLDS_GOOD.search(plain)) and _PRIVATE.search(plain):
        return SECRET_TOLD
    if _WHOEVER.search(plain) is not None and _NAMED_THING.search(plain) is None and _OWN_NEED.search(plain) is None \
            and not group_life(plain):
        if _VAGUE_GOOD.search(plain) is not None:
            return PROMISED
        return "whoever is in some state, asked to come privately"
    if _CAN_DO.search(plain) is not None and _PRIVATE.search(plain) is not None:
        return "what the poster can get done, privately"
    return None
