"""Testimony: a before-and-after story of something used for a while, and stock of it the poster holds or can get
("我这还有几盒", "能拿内部价", "需要的问我"). The story alone is a recommendation and passes."""
from __future__ import annotations

import re

from plugins.moderation.goods import second_hand, sold

# A before-and-after story: something used for a while, and how it is now.
_USED = re.compile(r"每天(?:吃|喝|用|贴|泡|擦|抹|涂|戴)|就靠|"
                   r"(?:吃|喝|用|贴|泡|喂|擦|抹|涂|做|戴|枕|穿|坐|喷)了?[^，。！!]{0,14}?"
                   r"(?:[\d一二两三四五六七八九十半几]+个?(?:天|周|星期|礼拜|月|年|疗程|次)|一段时间|一阵子)|"
                   r"(?:吃|喝|用|贴|泡|喂|擦|抹|涂|喷)了[^，。！!]{0,12}(?:就|现在|之后|以后)")
_NOW = re.compile(r"(?:现在|就|已经|都|后来)[^，。！!]{0,12}"
                  r"(?:好了|不[\u4e00-\u9fff]|没[\u4e00-\u9fff]|能[\u4e00-\u9fff]|"
                  r"正常|稳|小了|降|消|白|舒服|管用|灵|停了)|好了一大半|见效|管用|真(?:好用|有用|灵)|神奇|长好了|"
                  r"[看走睡吃听][得清见动着下]{1,2}了|"
                  # sleep or memory come back ("一觉到天亮", "以前的事全想起来了")
                  r"一觉(?:睡)?到(?:天亮|大天亮)|(?:全|都)想起来了")
# Before and after, with something taken or used between ("原来蹲不下 … 喝了那个骨胶原 … 现在天天上楼顶").
_BEFORE = re.compile(r"(?:原来|以前|之前|本来|过去|去年|前年|老是?)[^。！!?？]{2,40}?(?:现在|如今|后来|今年|这下)")
_TOOK = re.compile(r"(?:吃|喝|用|贴|泡|擦|抹|涂|戴|喷|报)了")
# An ailment better after something taken ("血糖稳了", "咽炎好了", "一次都没犯过"): a member's own story alone,
# a testimony with stock or a way to it.
_RELIEF = re.compile(r"(?:血压|血糖|血脂|失眠|颈椎|腰椎|关节|肌酐|尿酸|咽炎|鼻炎|胃|咳嗽|风湿|便秘|痛风|湿疹|头发)"
                     r"[\u4e00-\u9fff]{0,4}?(?:也|都|就)?(?:好了|稳了|降了|没了|正常了|降下来了?|下来了|不疼了|没犯过?|"
                     r"灵活多了)|"
                     # the medicine given up after it ("药停了", "眼药都停了", "停了药")
                     r"药(?:都|也|就)?停了|停了药")
# How it was before something was taken ("我以前睡不着觉 … 用了个磁疗枕头"): with stock held, the story sells it.
_ONCE_TOOK = re.compile(r"(?:原来|以前|之前|本来|过去|去年|前年)[^。！!?？]{2,40}?(?:吃|喝|用|贴|泡|擦|抹|涂|戴|喷)了")
# More of it, or a way to it, after a story of use ("我还有几瓶 要的说", "我这还有货", "有需要的我帮你带",
# "我让厂家寄", "茶我这有"): read only with a story of something used for a while, not a "现在…不…" alone
# ("我家还有五张水票" is no testimony).
_MORE = re.compile(
    r"我(?:这|这里|这边|家|家里|手头|手上)还(?:有|多)|我(?:这里?)?(?:还)?多(?:了)?[两几一][个双瓶盒贴]|我还有(?:几|货)|"
    r"我(?:可以)?帮(?:你|你们|大家|忙)?(?:带|团|拿|寄)|我给(?:你|你们|大家)寄|我让[\u4e00-\u9fff]{1,3}(?:寄|发)|"
    r"帮好几个[\u4e00-\u9fff]{0,4}(?:拿|带|买)")
_MORE_CHARS = frozenset("还多帮寄发")  # one of these is in every match of _MORE
# What was taken, held where the poster sells from, said last ("…眼压都没高过 茶我这有"; not a household's
# "褪黑素我家有"): looked for only when "有" is among the last characters.
_HELD_LAST = re.compile(r"[\u4e00-\u9fff]我(?:这|这里|这边|手上|手里)(?:都|就)?有[^\w]*$")


def _more(plain: str) -> bool:
    return not _MORE_CHARS.isdisjoint(plain) and _MORE.search(plain) is not None \
        or "有" in plain[-4:] and _HELD_LAST.search(plain) is not None


def testimony(plain: str, stock: bool, broker: bool) -> bool:
    """A story of use or relief with more of it held, stock named, or the poster in the middle."""
    if not stock and _more(plain) and (
            _USED.search(plain) is not None or _ONCE_TOOK.search(plain) is not None or _RELIEF.search(plain) is not None
            or _BEFORE.search(plain) is not None and _TOOK.search(plain) is not None) \
            and (not second_hand(plain) or sold(plain)):
        return True  # "用了一个月 不疼了 我这还有 要的说"
    if stock or broker:  # a testimony needs one or the other: most messages never look for a story
        story = _BEFORE.search(plain) is not None and _TOOK.search(plain) is not None
        if stock and (_USED.search(plain) is not None or _NOW.search(plain) is not None or story
                      or _ONCE_TOOK.search(plain) is not None or _RELIEF.search(plain) is not None) \
                and (not second_hand(plain) or sold(plain)):
            return True
        if broker and ((_USED.search(plain) is not None or _TOOK.search(plain) is not None)
                       and _NOW.search(plain) is not None or story):
            return True
    return False


# The shape of a testimony that ends in an offer, whatever was used and however it is said: the poster's own (or a
# relative's) before and after, a gain that came of something taken up, and the same offered to everyone at the end
# ("说实话我一开始也不信 … 交了会员 今年去了三个地方 … 你们想了解我给介绍", "我儿子去年四十了还单着 … 后来托人找到
# 一个老师 三个月就领证了 … 有需要的我把老师推给你"). A member's recommendation tells the story and stops, or names
# a public place ("社区医院的王医生"), and gives no way to the poster.
_DOUBTED = re.compile(r"(?:一开始|开始|起初|本来|原先)(?:我)?(?:也|都|还)?(?:不信|不相信|不敢|怀疑|犹豫)")
_THEN = re.compile(r"(?:原来|以前|之前|本来|过去|去年|前年|上年|早年|那会|[一二两三四五六七八九十几\d]+年)"
                   r"[^。！!?？]{2,40}?(?:后来|现在|如今|今年|最后|结果|这下|自从)")
_GAINED = re.compile(r"(?:[一二两三四五六七八九十几半\d]+个?(?:天|周|星期|礼拜|月|年|次))(?:就|都|便)|"
                     r"(?:就|都|已经|终于|最后)"
                     r"(?:领证|成了|找到|好了|减了|停了|不疼|不晕|降了|通了|赚|返|回本)|减了一半|比[^，。\s]{1,8}(?:有用|强|好)|"
                     r"都不花钱|每个月(?:返|拿|领|有)|不花钱|(?:现在|而今|如今)[^，。]{0,6}(?:好|能|都)|"
                     r"(?:拿了|考了|得了)(?:满分|第一|一等奖)|"  # a child's marks
                     r"再(?:也)?(?:没有?|没得|不用)(?:人|犯|疼|来|操心|罚)")  # the trouble gone for good
# The offer to everyone at the end: whoever wants it, with the poster as the way ("有需要的我把老师推给你", "要的阿姨
# 我发链接", "你们想了解我带你去", "我给你推荐"), or more of it kept at home ("我家还有几箱", "家里还有").
_OFFERED = re.compile(r"(?:有需要|需要的|要的|想了解|想知道|想去|想试|感兴趣|有意)[^，。！!]{0,8}?"
                      r"(?:我|找我|私|问我|联系|推给|介绍|带你|发链接|加)|"
                      r"我(?:给|帮|替|把)[^，。！!\s]{0,6}(?:推荐|介绍|推给|引荐|带你|带您|发链接|牵线)|"
                      r"(?:我家|家里|我这|我这里)(?:还|仲)有|(?:比|过)外面(?:便宜|平|实惠)|平过出面|(?:问|找)我要")


def ends_in_offer(plain: str) -> bool:
    """A story of the poster's own gain (doubted at first, or before and after, with what came of it) that ends in
    the same thing offered to everyone."""
    return (_DOUBTED.search(plain) is not None or _THEN.search(plain) is not None) \
        and _GAINED.search(plain) is not None and _OFFERED.search(plain[len(plain) // 2:]) is not None
