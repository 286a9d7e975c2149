"""Questions about somewhere else: a place, shop or service the FAQ never mentions ("明天菜市场几点开门"), or a
thing of someone else's ("联通的积分怎么换", "京东的运费是不是涨了" in the group of a shop that is neither)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from plugins.faq import words as faq_words
from plugins.faq.synonyms import synonym_groups
from plugins.faq.words import DICTIONARY, cut, normalise

# Words that name a place or an organisation by how they end; a member asking about one the FAQ
# never mentions is asking about another place, however many other words match.
PLACE_END = re.compile(
    r"(市场|菜场|超市|商场|医院|诊所|药房|药店|银行|图书馆|博物馆|体育馆|学校|小学|中学|大学|幼儿园|公园|广场|驿站|"
    r"小区|物业|社区|委会|政府|办事处|街道办|店|馆|厅|公司|局|所|站|中心|酒店|宾馆|饭店|餐厅|食堂|影院|车站|机场|地铁|公交|"
    r"(?<![住出入])院|茶社|茶楼|寺|庙)$")
# Words after a noun that make it the owner or the place of what is asked: "联通的积分", "曲江那边的营业厅".
OWNED = frozenset({"的", "那边", "那家", "那里", "那儿", "这边"})
# A class named by its subject ("国画班", "舞蹈课"): named by a noun the FAQ never mentions, it is another class;
# words that say what sort of class it is (课外班, 暑假班) name no other one.
CLASS = frozenset({"班", "课"})
SORT_OF_CLASS = frozenset("课外 兴趣 培训 辅导 补习 补课 提高 基础 暑假 寒假 假期 周末 托管 精品 特长 实验 重点 "
                          "上网 网上 线上 线下 在线".split())
# A class is named by what is done in it as often as by a noun: 合唱班, 跳舞班, 游泳课.
SUBJECT_KINDS = frozenset({"v", "vn"})
# A count word between a verb and what it acts on: 配一把钥匙, 借个轮椅, 配副眼镜.
# Verbs that take anything or any place (去海南, 有医生, 要报告): what follows them is no thing the FAQ offers.
LIGHT_VERBS = frozenset("去 来 到 回 在 有 要 是 用 看 找 做 办 交 拿 带 上 下 进 出 过 "
                        "给 让 叫 问 说 想 会 能 打 弄 搞 放".split())
# 划船一个钟头: how long it takes, no thing
DURATION = frozenset("钟头 小时 分钟 星期 礼拜 个月 月份 年份 时辰 工夫 功夫".split())
NEGATED = re.compile(r"[不没了]")  # 上不了课: no class named
COUNT = re.compile(r"^[一二两三四五几\d]?[个把副套件张只台双条份本瓶盒斤箱块辆]$")
# A word of size or rank between a name and its place word: "老百姓大药房", "京东总店", "联通新营业厅".
SIZE = frozenset({"大", "小", "总", "分", "新"})
# Words before a place that say the member goes there or is there ("我要去医院", "在医院住着").
GOING = frozenset("去 到 回 在 住 上 跑".split())
OTHER = re.compile(r"隔壁|别家|别的|其他|其它|对面|楼下|外面|附近|"
                   # "布艺城那家做的": that shop, not ours; not 你们那家店, 那家伙
                   r"(?<![们您])那家(?![伙人里子])|"
                   # a shop named by its kind, owning what is asked: 早点铺的油条, 水果摊那边, 家具城买的 (jieba
                   # leaves 早点铺 and 布艺城 in pieces, so `owners` cannot see them); not 店铺, 床铺, 地摊, 县城
                   r"[\u4e00-\u9fff]{1,2}(?<![店商床通地卧上下])铺(?=的|那|里|买|做|订)|"
                   r"[\u4e00-\u9fff]{1,2}(?<!地)摊(?=的|那|里|买|做|订)|"
                   r"[\u4e00-\u9fff]{2}(?<![县进出京满全长])城(?=的|那|买|做|订)")
OURS = frozenset(f"{faq_words.OURS} 我们".split())  # the plugin's one list (plugins.faq.words)
# 你们豆腐摊的豆腐: the member names this shop by its kind
YOURS = re.compile("|".join(faq_words.OURS_BEFORE_A_KIND.split()))
# A member's own health case ("打了疫苗 发烧了 正常吗"): a symptom asked about an entry that speaks of no symptom at
# all (a timetable, a price) is a question for a doctor, not for that entry, however many other words it shares.
SYMPTOM = re.compile(r"发烧|发热|烧到|咳嗽|拉肚子|腹泻|呕吐|吐了|头晕|头疼|头痛|肚子疼|疼|痛|肿|过敏|疹|痒|出血|流血|"
                     r"流鼻涕|不舒服|难受|发炎|化脓|抽筋|头[^\s]{0,2}晕|发晕|晕乎|心慌|胸闷")
# A member asking whether to change a medicine ("药要不要加量", "降压药能停吗", "多吃一片行不行"): a question for the
# doctor or nurse; an entry that does not speak of that dose (a free check-up day, a price) never answers it.
DOSE = re.compile(r"加量|减量|加药|减药|停药|换药|药量|剂量|[多少]吃[一两半几]?[片粒颗]|吃几[片粒颗]|"
                  r"(?<![店房])药[^\s店房]{0,6}(?:停|减|加)")
# Staying away from what the group does: an entry about it answers a member who says why ("孩子发烧了 去不了 怎么请假").
ABSENCE = re.compile(r"请假|病假|缺课|缺席|补课|来不了|去不了|不能来|不能去")
# Nouns and names (jieba's parts of speech) that can own what a message asks about: "联通的积分", "新华书店的书".
OWNER_KINDS = frozenset({"n", "nz", "nt", "ns", "j"})
THING_KINDS = OWNER_KINDS | {"nr"}  # what an entry is about may be tagged a name: 玉米 (nr)
# ... but people own things in every group's questions ("我孙女的学费", "老伴的社保卡"): never another place.
PEOPLE = frozenset("""
孙子 孙女 外孙 外孙女 老伴 老伴儿 老头 老头子 老太太 老太婆 女儿 儿子 闺女 媳妇 老公 老婆 爸爸 妈妈 我妈 我爸 俺娘 娘 爹
宝宝 孩子 娃娃 家里 邻居 朋友 同事 老人 老人家 自己 别人 人家 大家 小孩 儿童 学生 家长 老师 师傅 阿姨 叔叔 爷爷 奶奶
姥姥 姥爷 外婆 外公 公公 婆婆 丈夫 妻子 先生 太太 兄弟 姐妹 哥哥 姐姐 弟弟 妹妹 亲戚 同学 领导 客户 业主 会员 顾客
""".split())


# How a message says where what it asks about came from: "京东买的", "京东上买的", "京东下单的" (bought there).
BOUGHT = frozenset("买 购 购买 网购 下单 订 预订 定 点 叫 抢 拼 团 领 办".split())
THERE = frozenset("上 里 那 那边 那里 那儿 网上".split())  # "京东上买的", "京东那边买的"


def bought(after: Sequence[str]) -> bool:
    """Do the words after a name say that what is asked about was bought or ordered there ("买的", "那边买的")?"""
    if after[:1] and after[0] in THERE:
        after = after[1:]
    return len(after) >= 2 and after[0] in BOUGHT and after[1] == "的"


@cache
def owner_words() -> frozenset[str]:
    """The words of the FAQ's jieba dictionary that are nouns or names (its parts of speech, make_dictionary.py)."""
    return _dictionary_words()[0]


@cache
def _dictionary_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Nouns and names (not people) of two characters or more; verbs that can name a class (合唱, 跳舞); all verbs."""
    nouns, doings, verbs = set(), set(), set()
    with DICTIONARY.open(encoding="utf-8") as lines:  # a line at a time: the whole file would double the peak
        for line in lines:
            word, _, kind = line.rstrip("\n").split(" ")
            if kind in OWNER_KINDS and len(word) >= 2 and word not in PEOPLE:
                nouns.add(word)
            elif kind in SUBJECT_KINDS:
                verbs.add(word)
                if len(word) >= 2:
                    doings.add(word)
    return frozenset(nouns), frozenset(doings), frozenset(verbs)


@cache
def _things() -> frozenset[str]:
    """Nouns of two characters or more, names among them (jieba tags 玉米 a name): what an entry may be about."""
    with DICTIONARY.open(encoding="utf-8") as lines:
        return frozenset(word for line in lines if (parts := line.rstrip("\n").split(" "))[2] in THING_KINDS
                         and len(word := parts[0]) >= 2 and word not in PEOPLE)


def _acted_on(words: Sequence[str], at: int) -> str:
    """The verb of one character just before word `at` ("配眼镜", "配一把钥匙", "借个轮椅"), or "".

    A verb like 配, 修, 洗 or 寄 acts on a thing; longer ones (体检, 划船) are doings, followed by what they give or
    how long they take (体检报告, 划船一个钟头)."""
    before = words[at - 1] if at >= 1 else ""
    if COUNT.match(before) and at >= 2:
        before = words[at - 2]
    return before if len(before) == 1 and before in _dictionary_words()[2] and before not in LIGHT_VERBS else ""


class OtherThing(str):
    """A thing a message puts after a verb of the FAQ (眼镜 in 配眼镜), which the FAQ never names."""

    verb: str

    def __new__(cls, thing: str, verb: str) -> OtherThing:
        made = super().__new__(cls, thing)
        made.verb = verb
        return made


def _own_things(asked: str, whole: str, kinds: dict[str, set[str]]) -> frozenset[str]:
    """The verbs of an entry's questions and keywords that act on a thing its answer names again: the entry is about
    that thing (配一把钥匙多少钱 answered "普通钥匙5元一把…": 配 acts on 钥匙 here, and on nothing else); and the
    words such a thing heads (玉米收购价 answered "玉米保底收购价每斤1.2元": 收购 is of 玉米 here), noted in `kinds`
    with the thing."""
    verbs = set()
    for chunk in normalise(asked).split():
        words = cut(chunk)
        for at, word in enumerate(words):
            if whole.count(word) <= asked.replace(" ", "").count(word):
                continue
            if word in _dictionary_words()[0] and (verb := _acted_on(words, at)):
                verbs.add(verb)
            if word in _things() and at + 1 < len(words) and len(head := words[at + 1]) >= 2:
                verbs.add(head)
                kinds.setdefault(head, set()).add(word)
    return frozenset(verbs)


def _siblings(one: str, other: str) -> bool:
    """Two things of one kind and not one thing (小麦 and 玉米: grain crops in 同义词词林, Bh05A05 and Bh05A10)."""
    mine, theirs = synonym_groups(one), synonym_groups(other)
    return not set(mine) & set(theirs) and any(a[:5] == b[:5] for a in mine for b in theirs)


class Elsewhere:
    """Knows the words of one FAQ, to tell when a message is about a place the FAQ is not about."""

    def __init__(self, asked: list[str], entries: list[str]) -> None:
        # the FAQ's own places are named in its questions and keywords; its answers also name other
        # places (an address "opposite the library") that an entry about them must not be taken for
        self._asked = "".join(normalise(t).replace(" ", "") for t in asked)
        self._entries = [normalise(t).replace(" ", "") for t in entries]
        self._all = "".join(self._entries)
        # entries that speak of a symptom, or of staying away (请假): there an illness is the reason, not the question
        self._ailing = [SYMPTOM.search(t) is not None or ABSENCE.search(t) is not None for t in self._entries]
        self._dosing = [DOSE.search(normalise(t)) is not None for t in entries]  # (spaced: 参加 量血压 is no 加量)
        self._kinds: dict[str, set[str]] = {}  # 收购 -> {玉米}: the things the FAQ's words head (玉米收购价)
        self._own = [_own_things(normalise(a), e, self._kinds) for a, e in zip(asked, self._entries, strict=True)]

    def unknown(self, normalised: str) -> list[str]:
        """The place words of a message that none of the FAQ's questions or keywords mention, and the owners of
        what it asks about that the FAQ never mentions at all."""
        chunks = normalised.split()
        found = [w for n, chunk in enumerate(chunks) for w in self._places_asked(cut(chunk), n + 1 < len(chunks))]
        found += [m.group() for m in OTHER.finditer(normalised) if m.group() not in self._asked
                  and not YOURS.search(normalised, max(0, m.start() - 3), m.end())]
        found += [m.group() for m in SYMPTOM.finditer(normalised)]  # per entry, in `beyond`: some may speak of it
        found += [m.group() for m in DOSE.finditer(normalised)]  # counts against an entry that does not say it
        return found + self.owners(normalised) + self.other_things(normalised)

    def _places_asked(self, words: Sequence[str], more_follows: bool) -> list[str]:
        """The place words of one chunk the FAQ's questions never mention; a place the member says they go to in a
        chunk before the question is their own plan, not what they ask about ("下周二我要去医院 来不了 怎么请假")."""
        return [w for at, w in enumerate(words) if len(w) >= 2 and PLACE_END.search(w) and w not in self._asked
                and not (more_follows and at and words[at - 1] in GOING)
                and not (at and words[at - 1] in OURS)]  # 你们超市, 咱药店: the member names this shop by its kind

    def owners(self, normalised: str) -> list[str]:
        """Nouns and names the FAQ never mentions that own what the message asks about: followed by 的, 那边, a
        place word (after a word of size: 老百姓大药房), a class (国画班) or by where it was bought ("联通的积分",
        "新华书店的书", "曲江那边的营业厅", "京东买的东西"); people are left out ("我孙女的学费")."""
        nouns = owner_words()
        found = []
        for chunk in normalised.split():
            words = cut(chunk)
            for at, (word, after) in enumerate(zip(words, words[1:], strict=False)):
                if word not in nouns or word in self._all:
                    continue
                head = words[at + 2] if after in SIZE and at + 2 < len(words) else after
                if after in OWNED or PLACE_END.search(head) or after in CLASS and word not in SORT_OF_CLASS \
                        or bought(words[at + 1:at + 4]):
                    found.append(word)
        return found

    def other_things(self, normalised: str) -> list[str]:
        """What the message asks about that the FAQ never names, where the FAQ's own words say it is another thing:
        another class (合唱班 in a photography class's group: 合唱 is no noun, so `owners` misses it) or another
        object of a verb the FAQ uses (配眼镜 where the FAQ is about 配钥匙: 配 and 价格 alone carry nothing)."""
        nouns, doings, verbs = _dictionary_words()
        found = []
        for chunk in normalised.split():
            words = cut(chunk)
            for at, word in enumerate(words):
                if word in self._all:
                    continue
                after = words[at + 1] if at + 1 < len(words) else ""
                if word in doings and after in CLASS and word not in SORT_OF_CLASS and not NEGATED.search(word):
                    found.append(word)  # 合唱班, 跳舞课
                    continue
                if word in nouns and word not in DURATION and (verb := _acted_on(words, at)):
                    found.append(OtherThing(word, verb))  # 配眼镜: an entry's verb may act on its own thing only
                elif word in _things() and any(_siblings(word, own) for own in self._kinds.get(after, ())):
                    found.append(OtherThing(word, after))  # 小麦收购价 where the FAQ has 玉米收购价 only
        return found

    def places(self, normalised: str, entry: int) -> list[str]:
        """The place words of a message that neither the FAQ's questions nor entry `entry` mention."""
        return self.beyond(self.unknown(normalised), entry)

    def beyond(self, unknown: list[str], entry: int) -> list[str]:
        """Of the place words the FAQ's questions do not mention (`unknown`), those entry `entry` does not mention;
        a symptom counts only against an entry that speaks of none, nor of staying away; a change of dose against an
        entry that speaks of no dose."""
        return [w for w in unknown if (not self._dosing[entry] if DOSE.fullmatch(w) else w not in self._entries[entry])
                and not (self._ailing[entry] and SYMPTOM.fullmatch(w))
                and not (isinstance(w, OtherThing) and w.verb not in self._own[entry])]

    def mentioned(self, normalised: str, entry: int) -> bool:
        """Is the message about somewhere the FAQ (or this entry) does not cover?"""
        return bool(self.places(normalised, entry))
