"""The everyday words a customer writes in a shop's or a service's group, in each dialect family, read as Mandarin
before the FAQ matches: "箇个肉摊在市场何里" asks what "这个肉摊在市场哪里" asks, "下昼几点开档" what "下午几点开门".

Written from knowledge of the families, not from any test line (the emergency reading's danger words showed that a
family's words carry to groups nobody here has read): question words, times, negation and yes-no endings, and the
verbs and nouns of buying, fixing, delivering, opening hours, prices and places. A word here must mean its Mandarin
wherever it is written; a word that is also everyday Mandarin (斩首, 个个, 屋里, 多钱) is read only where its
neighbours show the dialect (`IN_CONTEXT`). A word the FAQ itself writes is kept as written (`Dialect(kept)`): the
operator chose it and the entries read it so. bot.dialect's everyday table (shared with the conversation reader)
runs after this one and is left as it is. They are read by plugins.faq.dialect_reading.
"""
from __future__ import annotations

# Each line: the Mandarin, then the words of the family that mean it wherever they are written.
FAMILIES = {
    "粤语": """
        为什么 何解
        哪里 边处
        哪家 边间
        哪些 边啲
        哪天 边日 边日子
        多远 几远
        多重 几重
        多贵 几贵
        一会儿 一阵间 等阵
        刚刚 啱啱
        剁块 斩件
        下午 下昼
        早上 朝头早
        开门 开档 开铺
        关门 收档 收铺 闩门 关铺
        下班 落班
        有空 得闲
        没空 唔得闲
        下雨 落雨
        下楼 落楼
        冰箱 雪柜
        菜市场 街市
        食堂 饭堂
        店 铺头
        老板 老细 事头
        零钱 散纸
        找零 找赎
        这样 噉样 噉
        肥皂 番枧
        灯泡 电灯胆
        水龙头 水喉
        电池 电芯
        插头 插苏
        螺丝刀 螺丝批
        土豆 薯仔
    """,
    "客家话": """
        我 𠊎
        哪里 奈位 奈里
        哪个 奈只
        今天 今晡日
        明天 天光日
        昨天 昨晡日
        中午 当昼
        晚上 暗晡 暗晡夜
        家 屋下
        孩子 细人仔
    """,
    "闽语": """
        什么 啥物 啥乜
        怎么 按怎 安怎
        哪里 底块
        这里 遮位
        那里 遐位 彼位
        多少 偌多
        不可以 袂使
        今天 今仔日
        昨天 昨昏
        下午 下晡
        中午 中昼
        晚上 暗时 暗暝
        孩子 囡仔
    """,
    "吴语": """
        什么 啥个
        什么东西 啥物事
        什么地方 啥场化
        哪里 阿里搭
        多少 几化
        多少钱 几化钱 几化钿
        上午 上半日
        下午 下半日
        晚上 夜头
        傍晚 夜快
        一会儿 一歇歇 一歇
        在 勒拉 勒海 辣海
        菜市场 菜场
        肥皂 洋碱
        去年 旧年
        知不知道 晓不晓得
        家里 屋落
        你们 侬拉
    """,
    "吴语瓯江片（温州话）": """
        什么 何乜
        怎么 訾那
        家里 屋底
        中午 日昼
        晚上 黄昏头
        昨天 昨暝 昨暝儿
        放 囥
        称的分量 称头
        鱼干 鲞
        青蟹 蝤蠓
        章鱼 望潮
        牡蛎 蛎黄
    """,
    "赣语、湘语": """
        干什么 搞么子 搞么事 做么子
        多久 几久
        上午 上昼
        吃饭 恰饭
        孩子 细伢子 伢子 伢儿 小伢
    """,
    "晋语": """
        干什么 做甚
        什么时候 甚时候
        什么 甚么
        那里 兀搭
        上午 前晌 头晌
        下午 后晌 下晌
    """,
    "北方官话、东北话、天津话、中原官话": """
        后天 后儿个
        大后天 大后儿
        什么时候 多咱 啥前儿 多前儿 嘛前儿 嘛时候 撒时候
        什么地方 嘛地儿
        多少钱 多儿钱
        怎么样 咋地
        肥皂 胰子
        厕所 茅房 茅厕
        傍晚 擦黑 傍黑
        玉米 苞米 苞谷 包谷
        很多 老鼻子
    """,
    "西南官话": """
        哪里 哪哈 哪哈儿
        什么时候 哪阵 哪阵子
        什么 哪样
        干什么 搞哪样
        怎么 咋个
        有没有 有没得
        家里 屋头
        土豆 洋芋
        红薯 红苕 番薯
    """,
    "江淮官话": """
        今天 今个
        明天 明个
        昨天 昨个
        什么 什呢
    """,
}

# Words that are also everyday Mandarin, read as the dialect only beside what shows it: (pattern, Mandarin).
# a ride or a word to someone after 该搭/许搭 is Mandarin's 搭 (该搭几路车, 搭地铁, 搭理他)
_RIDE = "|理|几|地铁|公交|飞机|船|高铁|哪|什么|班|趟|顺风"
IN_CONTEXT = [
    # 么子 / 么个 / 么价 / 么事 (赣、湘、江淮 什么): 买么子, 么价一斤; not 怎么个, 什么价, 什么事, 这么个
    (r"(?<![怎这那什多要])么[子个]", "什么"),
    (r"(?<![怎这那什多要])么(?=[价事])", "什么"),
    # 何里 (赣、湘、吴 哪里): 肉摊在何里; not 任何里面, 如何
    (r"(?<![任如为])何里", "哪里"),
    # 这搭 / 那搭 / 哪搭 (晋、中原、吴 这里、那里、哪里); not 搭配, 搭档, 搭车
    (r"([这那哪])搭(?!配|档|建|乘|车|讪|把|伙)", r"\1里"),
    # 该搭 / 许搭 / 何搭 (温州 这里、那里、哪里); not 应该搭, 也许搭, 如何搭配, nor Mandarin's 该搭几路车, 不许搭理他
    (rf"(?<![应也或如奈不还就我你他她])该搭(?!配|档|建|乘|车|讪|把|伙{_RIDE})", "这里"),
    (rf"(?<![应也或如奈不还就我你他她])许搭(?!配|档|建|乘|车|讪|把|伙{_RIDE})", "那里"),
    (rf"(?<![应也或如奈不还就我你他她])何搭(?!配|档|建|乘|车|讪|把|伙{_RIDE})", "哪里"),
    # 俫 (温州 们) after who: 你俫, 我俫, 渠俫
    (r"(?<=[你我渠他])俫", "们"),
    # 匄 (温州 给) before whom: 匄我, 匄渠
    (r"匄(?=[我你渠他她侬])", "给"),
    # 否 (温州、吴 问话的尾) closing a question: 有望潮否, 开门否, 好否; not 是否, 能否, 可否, 与否
    (r"(?<=[\u4e00-\u9fff])(?<![是能与可然])否(?=$|\s|[?？。，,!！])", "吗"),
    # 弗 (吴 不) wherever it stands: 弗要, 好弗好, 走弗开, 记弗清, 弗一定; not 弗兰克, 弗洛伊德, 自愧弗如, 弗吉尼亚
    (r"(?<![愧兰])弗(?![兰洛如吉雷里朗莱罗拉])", "不"),
    # 寻 (吴 找) before not finding or found: 寻弗着, 寻不到; not 寻找, 寻常
    (r"寻(?=[弗不勿]?[着到见])", "找"),
    # 来事 (吴 行) asked or said of a plan: 来事伐, 弗来事; not 会来事, 来事儿, 来事了
    (r"(?<![会能])来事(?![儿情了])", "行"),
    # 阿 (吴、江淮 问话) before a verb: 阿收 收不收, 阿算 算不算; 阿照 (扬州 行不行); 阿能/阿有/阿要/阿是/阿好 are
    # bot.dialect's words; not 阿姨, 阿拉, 阿里, 阿胶
    (r"阿照", "行不行"),
    (r"(?<![东])阿([去来卖收开办买拿送用修换行算兑上带退查扫当赎借还])", r"\1不\1"),
    # 夜来 (晋、中原、山东 昨天); not 夜来香
    (r"夜来(?!香|风)", "昨天"),
    # 多会儿 (北方、晋 什么时候); not 没多会儿, 不多会儿
    (r"(?<![没不])多会儿", "什么时候"),
    # 得不得 (西南 会不会); not 高兴得不得了, 不得劲
    (r"得不得(?![了劲])", "会不会"),
    # 落车 (粤、客、吴 下车); not 落车上了 (left in the car)
    (r"落车(?![上里])", "下车"),
    # 帮手 (粤 帮忙) before what is to be done: 帮手斩, 帮手送; not 找个帮手
    (r"帮手(?=[斩剁切送搬拿修整装])", "帮忙"),
    # 斩 (粤、赣、客、闽 剁) a cut of meat: 斩件, 斩排骨, 帮我斩细点; not 斩首, 斩获, 斩钉截铁, 腰斩
    (r"(?<![腰问力连])斩(?![首获钉草杀])", "剁"),
    # 个个 from 箇个 (赣、吴 这个): simplify makes it 个个; only opening a sentence before a thing: 箇个肉摊
    (r"(?:(?<=^)|(?<=[\s，,。]))个个(?=[^\s，,。都人是]{1,6}(?:在|有|是|几|多|么|什么|怎么|哪))", "这个"),
    # 崽 (赣、湘、粤 孩子): 屋里崽, 崽读书; not 猪崽, 狗崽, 兔崽子
    (r"(?<![猪狗兔猫羊牛鱼鸡鸭牛])崽(?!子)", "孩子"),
    # 多钱 (北方 多少钱) asked: 这个多钱, 多钱一斤; not 很多钱, 好多钱, 更多钱
    (r"(?<![很好许更太挺老那这么得赚花省挣几块百千万十])多钱", "多少钱"),
    # 多儿 (天津、东北 多少) before a measure: 多儿一斤
    (r"多儿(?=[一个斤块位张])", "多少"),
    # 么样 (江淮、西南 怎么): 么样走, 么样挂号; not 怎么样, 这么样, 什么样
    (r"(?<![怎这那什多要])么样", "怎么"),
    # 克 (江淮、西南: 合肥、昆明 问是不是) after who or when: 你克去, 明个克开门; not 50克有, 夹克能, 克服
    (r"(?:(?<=^)|(?<=[\s，,。？?!！你我他她您们俺家店个天日上]))克([是有能要行会好去在卖开关送来收退换])", r"\1不\1"),
    # 甚 (晋 什么) before what it asks: 甚事, 甚东西; not 甚至, 甚好, 甚多
    (r"(?<![欺过太尤])甚(?=[事东地价意])", "什么"),
    # 哪块 / 哪点 (江淮、西南 哪里) after going or being: 在哪块, 住哪点; not 哪块肉, 哪点不好
    (r"(?<=[在去到住放停])哪[块点](?![肉地钱布表不好])", "哪里"),
    # 港 (赣 讲): 港一声, 跟你港; not 香港, 港口, 港币
    (r"港(?=一声|一下|清楚)|(?<=[跟和同])港(?![口币台澳])", "说"),
    # 礼拜 (吴、粤、闽、客 星期) before the day: 礼拜一, 礼拜几; not 做礼拜
    (r"(?<!做)礼拜(?=[一二三四五六日天几])", "星期"),
    # 拜 (闽 星期) before the day: 拜一, 拜几; not 拜一拜, 礼拜, 参拜
    (r"(?<![礼参朝叩])拜(?=[一二三四五六几](?!拜))", "星期"),
    # 蚊 (粤 块) after a sum: 十蚊, 几蚊一斤; not 蚊子
    (r"(?<=[\d一二两三四五六七八九十百千几])蚊(?!子|香|帐)", "块"),
    # 拨 (吴 给) before whom: 拨我, 拨侬; not 拨打, 拨款, 拨号
    (r"拨(?=[我侬你伊他她阿])", "给"),
    # 渠 (赣、客、吴 他) before what he does: 渠屋里, 渠讲; not 渠道, 水渠
    (r"(?<![水沟河暗明干])渠(?=[是讲说的屋去来要会在])", "他"),
    # 食 (粤、闽、客 吃) before what is eaten or its ending: 食咗, 食唔食得; not 食品, 食物, 零食
    (r"(?<![零粮饮主副甜面素美熟生肉鲜])食(?=[咗唔得过完饭嘢])", "吃"),
    # 衫 (粤、客、闽 衣服) counted or bought: 买件衫, 换衫; not 衬衫, 汗衫, 开衫
    (r"(?<=[件买洗换])衫(?!裤)", "衣服"),
    # 遮 (粤 伞) counted: 把遮, 一把遮; not 遮挡, 遮阳
    (r"(?<=[把支])遮(?![挡阳光住盖])", "伞"),
    # 莫 (西南、赣、湘 不要) before a verb: 莫急, 莫要; not 莫名, 莫非, 约莫
    (r"(?<![约])莫(?=[急要慌怕去来买走搞等])", "不要"),
    # 嘎 / 啵 / 不咯 (西南、赣、湘、客 问话的尾): 有货嘎, 开门啵, 送货不咯; not 嘎嘎, 嘎吱
    (r"(?<=[\u4e00-\u9fff])(?<!嘎)(?:嘎|啵|不咯)(?=$|\s|[?？。，,!！])", "吗"),
    # 哒 (湘 了) after a verb: 卖完哒, 关门哒; not 嘀哒, 哒哒
    (r"(?<=[\u4e00-\u9fff])(?<![嘀哒吧滴嘎])哒(?!哒)", "了"),
    # 噻 (西南) closing what is said: a tone, read as 啊 (嘛 would make 要得噻 a question)
    (r"噻", "啊"),
    # 干么 (北方 干什么); not 要么, 那么
    (r"干么", "干什么"),
]

# Characters simplify turns into another word (箇个 would be 个个): read before it.
BEFORE_SIMPLIFY = {"箇": "这"}


def _table() -> dict[str, str]:
    """Every family's words as {said: Mandarin}; a word two families read differently is refused."""
    words: dict[str, str] = {}
    for family, lines in FAMILIES.items():
        for line in lines.strip().splitlines():
            head, *said = line.split()
            for word in said:
                if words.get(word, head) != head:
                    raise ValueError(f"{family}: {word} is read as both {words[word]} and {head}")
                words[word] = head
    return words


WORDS = _table()
