"""Words of despair or self-harm: a member who may end their life, for every plugin (issue 13).

活着真没意思 不想拖累孩子了 想一了百了 is a danger to life as much as a fall: a person must hear of it at once, day or
night, and the member must hear, privately and without haste, that someone is here. Read from the member's
words alone, as a careful 社群运营 would: a wish to die or to end it (不想活了, 想一了百了, 死了算了), a plan
(安眠药攒着, 遗书), or a life felt as a burden (活着没意思, 不想拖累孩子, 撑不下去了). Two such signs are enough;
one strong sign (不想活了, 想死, 自杀) needs the speaker to mean themselves (我, 自己, or nobody else named).

A figure of speech is not despair: 累死了, 烦死了, 热死了, 想死你们了 (missing someone), a laugh, a lost mahjong game
or overtime as the cause right before the one sign (输得不想活了, 加班加得不想活); nor talk about others or the news
(新闻里那个自杀的明星, 听说隔壁小伙子不想活了), an article or a hotline shared, a past got through (那年我也想过一了百了
现在好多了). A game or hearsay elsewhere in the message vetoes nothing: 老伴走了 我也不想活了 打牌都没意思 and
听说儿子要离婚 我真的不想活了 are heard. A false reading costs a kind private word and an operator's call;
a miss may cost a life, so the reading leans to hearing.
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any
from bot.chinese_text import compact, simplify
from bot.memo import per_text

# a wish to die or a plan: one is enough when the speaker means themselves (想死你们了, 想死我了: missing someone)
STRONG = _any(r"""不想活 活不下去 活够了 想死(?!(你|您|大家|咱|我了|我啦|了你))
(死了|走了)(算了|干净|一了百了|就解脱) 一了百了
了结(自己|这条命|生命) 结束(自己|这条命|生命) 轻生 自杀 寻死
(跳楼|跳河|跳江|跳湖|喝农药|割腕|上吊)(算了|死了算|去|走) 安眠药\S{0,4}(攒|存|囤|一把|全吃)
(写|留)(好)?(了)?遗书 交代后事 不如死了 死了(就)?好了""")
# a life felt as a burden or past bearing: a sign only beside another
BURDEN = _any(r"""活着(真|太|也|都|还)?(没|有啥|有什么)(意思|意义|盼头|劲|用) 不想(再)?拖累
拖累(孩子|儿女|家里|家人|你们|大家|老伴) (撑|熬|挺)不下去 没(有)?活路 解脱 没人(在乎|管)我
我(就)?是个(累赘|废人|包袱) 对不起(孩子|家里|大家|你们) (以后|往后)(就)?(拜托|麻烦)(你们|大家)了
活着(就是|只是)(受罪|遭罪|拖累)""")
SIGN = f"{STRONG}|{BURDEN}"
# the speaker means someone else, the news, an article or a hotline shared
ELSEWHERE = _any(r"""^转 转[：:] 转发 【 新闻 报道 专家 明星 电视剧 电影 小说 剧里 热线 心理援助 讲座
(那个|有个|有人|邻居|隔壁|楼上|楼下)\S{0,6}(自杀|跳楼|跳河|轻生|寻死) 预防 怎么(劝|开导|帮) 劝劝""")
# hearsay of a third party (听说老李家小伙子不想活了): the writer's own words after it (听说儿子要离婚 我真的不想活了)
# are the writer's, so only a sign reached from 听说 / 据说 with no 我 between is someone else's
HEARSAY = rf"(听说|据说)((?!我|俺|咱|自己)\S){{0,12}}?({SIGN})"
# a figure of speech in its tone, anywhere: 累死了, a laugh
LAUGH = _any(r"哈哈 😂 🤣 😅 😄 😆 😁 hhh 开玩笑 逗你 [累烦热冷饿困忙笑气]死(了|我|人) 尴尬 社死")
# a figure of speech by its cause, only right before the sign (今天麻将又输了三百 不想活了, 加班加得不想活):
# 老伴走了 我也不想活了 打牌都没意思 or 股票又跌了 亏了一半 真不想活了 are heard
CAUSE = _any(r"""麻将 打牌 斗地主 输(了|得|光) 游戏 考试 考砸 作业 加班 老板 堵车 减肥 追剧 球赛 股票 基金
[累热冷饿困忙气]得""")
FIGURE = rf"({CAUSE})\S{{0,4}}({SIGN})"
# a past got through: told as over (现在好多了), with no sign that it is back
OVER = _any(r"(现在|如今|后来)\S{0,6}(好多了|好了|想开了|看开了|挺好) 幸亏 多亏 那(年|时候|阵子)")
SELF = _any(r"我 俺 自己 咱")
_SIGN, _STRONG, _ELSEWHERE, _HEARSAY, _LAUGH, _FIGURE, _OVER, _SELF = (
    re.compile(p) for p in (SIGN, STRONG, ELSEWHERE, HEARSAY, LAUGH, FIGURE, OVER, SELF))
# someone close who said it (我爸这几天老说不想活了): the carer who tells it needs help to keep them safe
_CLOSE = _any("他 她 孩子 儿子 女儿 老伴 我爸 我妈 老爸 老妈 父亲 母亲 老人 爷爷 奶奶 外公 外婆 婆婆 公公 爱人 老公")
_OTHER = re.compile(rf"({_CLOSE})\S{{0,6}}(说|闹着|喊着|念叨|嘀咕)")
_STRANGER = re.compile(r"人家|别人")
# someone else named as the one who said it (他, 那人, 有个…): without one, the writer means themselves
_THIRD = re.compile(r"他|她|那人|有人|有个|那个")


@per_text
def despair(text: str) -> str | None:
    """The words of despair or self-harm that `text` says of its writer now (不想拖累孩子…想一了百了), or None."""
    text = simplify(text)
    words = compact(text)
    signs = [m.group(0) for m in _SIGN.finditer(words)]
    if not signs or _ELSEWHERE.search(words) or _LAUGH.search(text) or _OVER.search(words):
        return None
    if len(set(signs)) == 1 and (_FIGURE.search(words) or _HEARSAY.search(words)):
        return None  # one sign, and its cause a game or a loss at cards, or someone else's words heard
    if len(set(signs)) >= 2:
        return "…".join(dict.fromkeys(signs))
    strong = _STRONG.search(words)
    if strong is None or _STRANGER.search(words):
        return None  # a burden alone (活着没意思) is a low mood, not yet a danger; 别人说: nobody close
    mine = _SELF.search(words) or _OTHER.search(words) or len(words) <= 12 or not _THIRD.search(words)
    return strong.group(0) if mine else None


def of_another(text: str) -> bool:
    """The despair is someone close to the writer (我妈老说活着没意思 不想拖累我们), not the writer's own."""
    return _OTHER.search(compact(simplify(text))) is not None
