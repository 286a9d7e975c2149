"""A dialect read in Mandarin: the danger words for the emergency reading, the everyday words for the FAQ.

Two tables for two jobs, one longest-match reader (the longest word first: 跌落嚟 before 嚟, 几多日 before 几多).

Danger (`danger_in_mandarin`, bot.danger.emergency): the danger, time and tone words of each dialect family
(bot.danger.dialects: 粤语, 客家话, 闽语, 吴语, 赣语 and 湘语, the South-West's and the North's Mandarin), each
family's read only in a message that shows it. A stallholder at a Cantonese wet market writes 阿婆跌亲 起唔到身; a
Shanghai opera fan 伊勒卫生间掼了一跤 爬勿起来; a Chengdu teahouse's member 老头子倒起不醒事. The emergency reading
knows the Mandarin words, so the same readings, vetoes included (琴日 is 昨天, 老早 is 以前, 冇事 is 没事), hear
them. A phrase says what its characters alone would not (困咗 is 困住了, not 困了, sleepy); grammar characters
Mandarin never writes (唔 咗 勿 伫) come last. The reader's and the moderation's models read the member's own words.

Everyday (`everyday_in_mandarin`, plugins.faq): function words and everyday words of the main regions, and the
spellings pinyin typing and chat slang put in place of common words, read in every FAQ query: "要等几耐" (Cantonese)
asks what "要等多久" asks, "侬晓得伐" (Wu) what "你知道吗", "这疙瘩咋整" (North-East) what "这里怎么办". Only words
whose Mandarin is the same in any group are here; a trade's own words belong in its FAQ's `keywords`, and the synonyms
table (plugins/faq/synonyms.py) then brings the Mandarin word to the one the FAQ uses. Characters that are also
everyday Mandarin (系, 点, 额, 介, 嘛, 贼, 晒) are read so only where their neighbours say they are the dialect word.

No maintained library does this: OpenCC converts characters only (暈 to 晕, not 晕咗 to 晕倒了); PyCantonese segments
and gives Jyutping, and ships the Cantonese side of a parallel corpus only; cantonesedetect tells a Cantonese sentence,
sichuan-pinyin a Sichuanese reading aloud. Both readings take text already simplified (bot.chinese_text.simplify).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import partial

from bot.danger.dialects import FAMILIES, Family
from bot.literals import Candidates
from bot.memo import per_text

# Each line: the Mandarin, then dialect words and spellings that mean it. Longer words are matched first.
EVERYDAY = """
多久 几耐 几长时间 几多日 几多耐 多长辰光 几辰光
几天 几日 几多日子
为什么 做咩 为嘛 为啥子 咋个回事
怎么算 点计 点计算
怎么 哪能 啷个 肿么 腫么 咋着 咋子 点样
怎么办 哪能办 点算好 咋整呢
干什么 做啥 作啥 嘎哈 干哈 弄啥 弄啥嘞 搞啥子 做啥子 整啥
什么 乜嘢 乜 神马 嘛玩意 啥玩意 啥子 啥 咩
什么时候 嘛时候 啥辰光 几时
多少 几多 偌济
多少钱 几钱 几钿 偌济钱 几多钱
时间 辰光
知道 晓得
什么价 嘛价 咩价
哪里 边度 边道 乃达 哪达 阿达 哪疙瘩 哪旮旯 搁哪 哪嘎达 佗位 佗落
这里 呢度 呢处 这疙瘩 这旮旯 搿搭 这嘎达
那里 嗰度 嗰处 那疙瘩 那旮旯 那嘎达
谁 边个 啥人 哪个人
这个 呢个 搿个 迭个 介个
那个 嗰个
这样 咁样 酱紫 介样
这么 咁
那时 嗰阵 嗰时
最近 呢排 呢几日
现在 这会儿 而今
今天 今日 今朝 今儿个 今儿
明天 明朝 明儿个 听朝 明仔载
昨天 昨日 昨儿个 昨儿 夜儿个 夜个
前天 前日 前儿个
后天 后日
中午 晌午 晌午头 晏昼
早上 清早 朝早 透早
晚上 夜晚黑 黑夜里 夜里头
下班 放工 收工
我们 俺们 额们 我哋
你们 你哋
他们 佢哋 伊拉
我 俺
他 佢
们 哋
你 侬 恁
没有 莫得 木有 冇得 呒没 冇啊 冇
没问题 冇问题 没麻达
问题 麻达
不要 覅 嫑 唔好 唔要
不用 甭 唔使 唔洗
不是 唔系 勿是
不 勿 唔
了 咗
的 嘅
些 啲
在 喺
来 嚟
家 屋企 厝
可不可以 得唔得 可唔可以 中不中
是不是 阿是 系唔系 系咪 是伐
有没有 阿有 有伐 有冇
能不能 阿能 能伐
要不要 阿要 要伐
好不好 阿好 好伐
会不会 识唔识 会伐
好 倍儿 贼拉 交关
舒服 巴适 得劲 安逸
喜欢 欢喜 稀罕
脏 埋汰 邋遢
聊天 唠嗑 摆龙门阵 倾偈 谝闲传
东西 物事 嘢
沙发 梳化
家具 家私 傢俬
开车 揸车
停车 泊车 停个车
吃 咥 食嘢
吃饭 食饭 咥饭
喝水 饮水
睡觉 瞓觉 困觉
洗澡 冲凉
淋浴间 冲凉房
洗发水 洗头水
洗 汏
衣服 衣裳
丢了 唔见咗 唔见了
睡 瞓
拿 攞
找 揾 寻找
看 睇 瞅
给 俾 畀
女儿 闺女 妮儿 囡儿
孩子 小囡 囡囡 细路 细佬哥 娃儿 囝仔
谢谢 多谢晒 唔该晒
搞定 搞掂
收拾 拾掇 执拾
便宜 平啲
便宜了 平咗
交定金 落订 落定
结账 埋单 买单
钱 钞票 银纸 铜钿
太 忒
玩 耍
掉了 甩咗 跌咗
还没 仲未 还未
还有 仲有
还要 仲要
还是 仲系 还系
的话 嘅话
半夜 半暝
台风 风台
不好意思 歹势
爷爷 阿公
奶奶 阿嬷
妈妈 姆妈
爸爸 老汉儿
阿姨 孃孃
儿子 伲子
事情 事体
害羞 面皮薄
一个月 一个号头
一下 一哈
抽烟 食烟 吃烟
见面 碰头
"""

# Words that are also everyday Mandarin, read as dialect only beside what shows they are: (pattern, Mandarin).
EVERYDAY_IN_CONTEXT = [
    # 好 ... 伐 (Wu 可以 ... 吗) opening a question, read before 伐 itself: 好刷信用卡伐; 好伐 alone is 好不好
    (r"(?:(?<=^)|(?<=[\s，,]))好(?![吃看听玩用多久像些几的])(?=[^\s，,。？?伐]{1,10}伐)", "可以"),
    # 伐 (Wu) closing a question: 好伐 / 去伐; not 步伐, 采伐
    (r"(?<![步采征讨砍杀])伐(?=\s|[?？!！。，,~～]|$)", "吗"),
    # 系 (Cantonese 是) after a person or 唔: 我系阿婆, 佢系; not 关系, 联系, 系统
    (r"(?<=[我你他她佢呢嗰都就唔])系(?![统列数])", "是"),
    # 点 (Cantonese 怎么) before a verb, at the start or after a person: 点去, 你哋点收; not 几点, 一点, 早点
    (r"(?:(?<=^)|(?<=[\s，,。?？!！我你他她佢哋们要想咁又]))点(?=[去走收用买退换报约搞做洗修申计])", "怎么"),
    # 晒 (Cantonese: all of it) after a verb: 俾晒钱, 付晒; not 晒太阳, 晒衣服
    (r"(?<=[付俾畀给交卖用搞食做讲])晒(?![太衣被])", "完"),
    # 额 (North-West 我) opening a sentence: 额走十公里; not 金额, 额度, 额外
    (r"(?:(?<=^)|(?<=[\s，,。?？!！]))额(?![度外头定满])", "我"),
    # 介 (Tianjin 这): 介是, 介个, 介能; not 介绍, 介意, 简介
    (r"(?<![简中媒推引评])介(?=[是里儿边么会能事就不也])", "这"),
    # 嘛 (Tianjin 什么) before what it asks: 嘛事, 嘛样; not 干嘛 (already 干什么 by the table)
    (r"嘛(?=事|样|地方|意思|东西)", "什么"),
    # 贼 (North-East 很, read as 好: a word of degree, not of topic) before how something is: 贼冷, 贼贵; not 小偷 贼
    (r"贼(?=[冷热贵好多快慢难远近大小累脏香甜辣咸酸臭沉])", "好"),
    # 仲 (Cantonese 还) before what is still so: 仲有, 仲要; not 仲裁
    (r"仲(?=[有要未系可会能在得])", "还"),
    # 咧 (North-West 了) closing: 走咧, 封咧; not 咧嘴
    (r"(?<=[\u4e00-\u9fff])咧(?![嘴开])", "了"),
    # 寻 (North-West, Wu 找) before what is looked for: 寻不着, 寻人
    (r"寻(?=不[着到见]|着|人|一下|个)", "找"),
    # 得是 (North-West 是不是): 得是要说一声; not 还得是
    (r"(?<![还就也都记觉懂晓获使显像算])得是", "是不是"),
    # 泊 (Cantonese 停) before where: 车泊边度; not 湖泊, 漂泊
    (r"(?<![湖漂淡停])泊(?=哪|在|车位|位)", "停"),
    # 点解 (Cantonese 为什么): 点解唔得; not 快点解决, 一点解释
    (r"点解(?![决释答题开])", "为什么"),
    # 阿拉 (Wu 我们): 阿拉屋里; not 阿拉伯
    (r"阿拉(?!伯)", "我们"),
    # 要得 (Sichuan 可以) standing alone: 要得, 要得嘛; not 要得到, 要得了
    (r"要得(?=$|[\s，,。!！~～嘛哈哦呀])", "可以"),
    # 搁 (North 放): 搁哪, 搁这
    # 搬场 (Wu 搬家): 搬场公司; not 搬场地
    (r"搬场(?!地)", "搬家"),
    # 咋 (North 怎么): 咋办, 咋报名; not 咋舌, 咋呼
    (r"咋(?![舌呼])", "怎么"),
    (r"搁(?=[哪这那在])", "放"),
    # 会使 (Min 可以) in a question closed by 无: 会使带上船无; not 这会使价格上涨
    (r"会使(?=[^\s，,。？?！!]{0,12}无(?:$|[\s？?。，,！!]))", "可以"),
    # 无 (Min 吗) closing a question: 有快艇无, 会使改无; not 毫无, 并无, 别无
    (r"(?<=[\u4e00-\u9fff])(?<![毫并别虚南皆全绝有])无(?=$|[\s？?。，,！!])", "吗"),
    # 欲 (Min 要) before what is to be done: 欲去, 欲带; not 食欲, 欲望
    (r"(?<![食情贪色爱物求])欲(?=[去带搬载买食转坐订问])", "要"),
    # 好多 (South-West 多少) closing a question: 扣好多, 挂号费好多钱; not 好多人, 花了好多钱
    (r"(?<![了花用赚亏])好多(?=钱?\s*(?:$|[？?嘛哦呢啊]))", "多少"),
    # 冲 (充, by pinyin typing) before a sum or a card: 冲一千送多少, 冲卡; not 冲一下, 冲凉
    (r"冲(?=值|卡|[一二三五两几]?[百千万]|\d{3})", "充"),
    # 中 (Central Plains 可以) closing a question: 就中吗, 中不; not 中午, 其中
    (r"(?<=[就也都还])中(?=[吗不]|\s*$)", "可以"),
]


def _pairs(*tables: str) -> dict[str, str]:
    """A danger table (`said mandarin | said mandarin`) as {said: mandarin}."""
    words: dict[str, str] = {}
    for table in tables:
        for pair in table.replace("\n", "|").split("|"):
            if pair.strip():
                said, mandarin = pair.split()
                words[said] = mandarin
    return words


def _heads(table: str) -> dict[str, str]:
    """The everyday table (`mandarin said said ...`) as {said: mandarin}."""
    return {word: head for head, *others in (line.split() for line in table.strip().splitlines()) for word in others}


def _longest_first(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern for all `words`, the longest tried first."""
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


def _said_in_mandarin(words: dict[str, str], said: re.Match[str]) -> str:
    return words[said.group(0)]


def _read(words: dict[str, str], word: re.Pattern[str], text: str) -> str:
    return word.sub(partial(_said_in_mandarin, words), text)


def _danger_reading(family: Family) -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str],
                                              tuple[tuple[re.Pattern[str], str], ...]]:
    """A family's marks, its table, the table's pattern and its shared characters, compiled."""
    words = _pairs(family.words)
    return (re.compile(family.said), words, _longest_first(words),
            tuple((re.compile(pattern), mandarin) for pattern, mandarin in family.context))


_DANGER_READINGS = tuple(map(_danger_reading, FAMILIES))
# most messages show no family's mark: one pass finds the families that could be there (bot.literals)
_FAMILY_MAYBE = Candidates(said for said, *_ in _DANGER_READINGS)
_EVERYDAY = _heads(EVERYDAY)
_EVERYDAY_WORD = _longest_first(_EVERYDAY)
_EVERYDAY_CONTEXT = [(re.compile(pattern), mandarin) for pattern, mandarin in EVERYDAY_IN_CONTEXT]
_CONTEXT_MAYBE = Candidates(pattern for pattern, _ in _EVERYDAY_CONTEXT)


@per_text
def danger_in_mandarin(text: str) -> str:
    """`text` (already simplified) with its dialect's danger, time and tone words in Mandarin; a message with no
    mark of a family comes back as it is (有点搞笑, 血标本, 用温水浸泡 are Mandarin)."""
    maybe = _FAMILY_MAYBE.of(text)
    for at, (said, words, word, context) in enumerate(_DANGER_READINGS):
        if at in maybe and said.search(text):
            read = _read(words, word, text)
            for pattern, mandarin in context:
                read = pattern.sub(mandarin, read)
            if read != text:
                text, maybe = read, _FAMILY_MAYBE.of(read)  # a word put in may show a later family
    return text


def everyday_in_mandarin(text: str) -> str:
    """The (simplified) text with dialect words and typing slang read as Mandarin ("要等几耐" -> "要等多久")."""
    text = _read(_EVERYDAY, _EVERYDAY_WORD, text)
    maybe = _CONTEXT_MAYBE.of(text)  # most texts hold none of the words these need (bot.literals)
    for at, (pattern, word) in enumerate(_EVERYDAY_CONTEXT):
        if at in maybe and (read := pattern.sub(word, text)) != text:
            text = read
            maybe = _CONTEXT_MAYBE.of(text)  # a word put in may be one a later pattern needs
    return text
