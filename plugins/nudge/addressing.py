"""Whom a message in the room speaks to: a member by name, the whole room, or the topic of someone's ask."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.chinese_text import compact, simplify, strip_mentions
from bot.greetings import GREETS
from bot.medicines import SUGAR_DRUG, THINNER
from bot.memo import per_text

TITLES = ("阿姨", "大姐", "大哥", "叔叔", "大爷", "爷爷", "奶奶", "大妈", "大伯", "老师", "师傅", "姐", "哥", "叔",
          "姨", "伯", "婶", "嫂", "爷", "奶")  # how members over sixty call each other: 孙姐, 老赵, 王大爷
_PREFIXES = ("老", "小", "阿")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
TO_THE_ROOM = re.compile(r"大家|各位|诸位|家人们|亲们|朋友们|群友|兄弟姐妹|姐妹们|所有人|全体")
_CALLING = re.compile(r"^([老小阿][\u4e00-\u9fff]|[\u4e00-\u9fff]{1,3}(" + "|".join(TITLES) + r"))[，,、\s!！]")
HEDGES = re.compile(r"好像|可能|应该是|估计|大概|不太?清楚|不知道|不太?确定|记不清|忘了|听说|据说|没准|说不好|"
                    r"吧[。~～！!]*$|[?？]$")
_NO_WORDS = re.compile(r"^(?:[哈呵嘿嘻哇哦噢喔啊呀额呃唉哎诶欸吼嘎咯hHaAoO]|[^\w])*$")  # 哈哈, 嗯嗯, 😂👍, [捂脸]
_FUNCTION_CHARS = frozenset("的了吗呢啊呀吧哦哈嘛是在有不没我你您他她们这那个一上下天今明要就也"
                            "都和还好么什么怎几哪谁多少点去来说看会能可以给到得着过对把被让从跟")
_COMMON_PAIRS = frozenset("我们 你们 他们 今天 明天 一下 这个 那个 什么 怎么 是不 不是 有没 没有 可以 大家 一个 知道 "
                          "现在 时候".split())


@per_text  # one message is read against every waiting member's name
def _words(text: str) -> str:
    return compact(simplify(strip_mentions(text)))


def forms_of(name: str) -> frozenset[str]:
    """The ways a member may be called in the group: 孙阿姨 → 孙姐, 孙姨, 老孙…; 刘建华 → 建华, 老刘…"""
    name = _words(name)
    if len(name) < 2 or not _HAN.match(name):
        return frozenset({name} if len(name) >= 2 else ())
    core = name
    if core[0] in _PREFIXES and len(core) == 2:
        core = core[1:]
    for title in TITLES:
        if core.endswith(title) and len(core) > len(title):
            core = core[: -len(title)]
            break
    forms = {name}
    if len(core) >= 2:
        forms.add(core)
    if len(core) == 3:
        forms.add(core[1:])  # 建华
    surname = core[0]
    forms |= {surname + title for title in TITLES} | {prefix + surname for prefix in _PREFIXES}
    return frozenset(f for f in forms if len(f) >= 2)


def names(text: str, name: str) -> bool:
    """Whether `text` calls the member `name` by one of their forms (not just @-mentions)."""
    return calls(words(text), name)


def words(text: str) -> str:
    """A message's words as names are looked for in them (`calls`): read once for all the members waiting."""
    return _words(text)


def calls(words: str, name: str) -> bool:
    """Whether a message's `words` call the member `name` by one of their forms.

    A form can only be in the words if its first character is: most messages hold none of a name's few first
    characters (孙, 老, 小, 阿…), so most of its ~25 forms are never looked for."""
    for first, forms in _forms(name):
        if first in words:
            for form in forms:
                if form in words:
                    return True
    return False


@lru_cache(maxsize=1024)  # the waiting members' names, asked again with every message in their room
def _forms(name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The member's forms by their first character (none: a name with no form to call), each looked for as it is."""
    by_first: dict[str, list[str]] = {}
    for form in sorted(forms_of(name)):
        by_first.setdefault(form[0], []).append(form)
    return tuple((first, tuple(forms)) for first, forms in by_first.items())


def to_the_room(text: str) -> bool:
    """Whether the message speaks to everyone (大家, 各位…) rather than to one member."""
    return bool(TO_THE_ROOM.search(_words(text)))


def to_one_person(text: str) -> bool:
    """Whether the message speaks to one member: opens by calling someone (李叔，… / 王大爷 …) or says 您, 你."""
    plain = simplify(strip_mentions(text)).strip()
    if to_the_room(plain):
        return False
    return bool(_CALLING.match(plain)) or "您" in plain or "你" in plain


def says_nothing(text: str) -> bool:
    """A line with no words of its own (哈哈, 😂, [捂脸]): whatever it reacts to, it answers no one's ask."""
    plain = re.sub(r"\[[\u4e00-\u9fff]{1,4}\]", "", strip_mentions(text))  # WeChat's little faces: [捂脸] [呲牙]
    return bool(_NO_WORDS.match(plain))


def hedged(text: str) -> bool:
    """An answer its writer is not sure of (好像, 可能, 不太清楚…): a person still has to confirm it."""
    return bool(HEDGES.search(simplify(text).strip()))


def on_topic(text: str, asked: str, *, loosely: bool = False, room_wide: bool = False) -> bool:
    """Whether `text` speaks of what `asked` asked: two shared pairs of characters (旅游, 身份证 — one alone, like
    活动, is too common); loosely (the ask just before): one pair, or one shared content character, for a short
    reply like 在三楼 to 讲座在几楼. Words to the whole room (`room_wide`) need the pair even loosely: one
    character in common is chance (学员 in a notice, 会员卡 in the ask)."""
    words, topic = _words(text), _words(asked)
    shared = {words[i:i + 2] for i in range(len(words) - 1) if words[i:i + 2] in topic} - _COMMON_PAIRS
    if len(shared) >= (1 if loosely else 2):
        return True
    return loosely and not room_wide and any(c in topic for c in words if c not in _FUNCTION_CHARS and _HAN.match(c))


# 透析的人每天能喝多少水, 降压药饭前吃还是饭后吃, 糖尿病能吃柚子吗: what is right depends on the person's illness and
# treatment, and a member's kind advice may be wrong for them ("多喝点好 排毒" to a dialysis patient)
HEALTH = re.compile(rf"{SUGAR_DRUG}|{THINNER}|"  # a sugar medicine or a blood thinner by its name (bot.medicines)
                    r"透析|肾|血压|血糖|血脂|胰岛素|糖尿病|心脏|支架|化疗|放疗|手术|伤口|刀口|针眼|造瘘|内瘘|"
                    r"(?<!毛)病|症|药(?!店|房)|"
                    r"剂量|忌口|打针|输液|疫苗|发烧|咳嗽|过敏|怀孕|孕妇|哺乳|医生|大夫|体检|化验|指标|肌酐|尿酸|痛风|"
                    r"保健品|偏方|中医|针灸|理疗|降压|降糖|"
                    # a medicine by its name (二甲双胍, 阿托伐他汀, 硝苯地平, 缬沙坦) or by how it is taken (饭后吃,
                    # 空腹吃, 掰开吃, 漏吃了一顿, 一天吃几片): never 药 in its words, a health matter all the same
                    r"他汀|地平|沙坦|普利|洛尔|西林|头孢|沙星|霉素|布洛芬|胶囊|肠溶|缓释|"
                    r"饭(前|后)吃|空腹吃|掰开吃|漏吃|吃几片")


def health_matter(asked: str) -> bool:
    """The ask is about health or medicine: a member's answer, however sure, is checked by a person."""
    return bool(HEALTH.search(simplify(asked)))


# 各位家属，今天下午机器故障，让大家久等了，真对不起 / …已经安排上机了: a word to everyone that takes up the trouble
OWNS_THE_TROUBLE = re.compile(r"抱歉|道歉|对不起|不好意思|久等|添麻烦|原因是|是因为|"
                              r"(已经|马上|正在|在)(处理|解决|修|排查|安排|协调|调整|加开|改进|反映)")


def owns_the_trouble(text: str) -> bool:
    """A line to the whole room that takes up a trouble (an apology, a cause, what is being done), not a notice that
    only mentions the same place: it may answer a member's complaint on its topic."""
    return bool(OWNS_THE_TROUBLE.search(simplify(text)))


# 几点到场 / 八点半: what the ask wants (a time, a place, a price, the steps to get something done) and whether the
# reply gives it
_WANTS = (
    (re.compile(r"几点|什么时候|啥时候|几号|哪天|多久|什么时间|啥时间"),
     re.compile(r"[\d一二两三四五六七八九十]+\s*(点|时|号|分)|点半|[上下中]午|早上|晚上|周[一二三四五六日末天]|星期|"
                r"明天|后天|今天")),
    (re.compile(r"哪里|哪儿|在哪|去哪|哪个(地方|门|楼)|地址|位置|几楼|怎么走"),
     re.compile(r"在\S|楼|路|街|号|门|室|馆|宫|中心|广场|对面|旁边|隔壁|附近|往\S|"
                r"(去|到|找)\S{0,5}(委会|社区|所|站|局|院|厅|处|银行|大队|办公室)|"  # 去村委会, 到派出所: an office
                r"^(就|就是)?(这个?|这儿|这里)(个)?(地方|里|儿)")),  # 就这个地方, with the photo just sent
    (re.compile(r"多少钱|什么价|啥价|几块|费用|收费"),
     re.compile(r"[\d一二两三四五六七八九十百千]+\s*(块|元|毛)|免费|不要钱|不收")),
    (re.compile(r"(咋|怎么|怎样|如何|去哪)\S{0,2}(申请|办|弄|登记|报名|领|交|开|补办|操作)"),  # 补贴咋申请: the steps
     re.compile(r"(去|到|找)\S{1,8}(登记|办|申请|报名|领|交|问)|带(上|好|着)?\S{1,10}(证|本|卡|照片|材料|证明)|"
                r"先\S{1,10}再\S|填\S{0,4}(表|单)|"
                r"(按住|长按|按一下|点一下|点开|拧一下|往[左右上下]拧|扫一扫|扫码|插上|拔掉|打开|关掉)")),  # 按住…三秒
    # 哪个镜头拍的 / 助听器啥牌子的: a make or a model ("尼康200-500", "西门子的", "欧姆龙 U10")
    (re.compile(r"(哪个|哪款|什么|啥|哪家)的?(牌子|品牌|镜头|型号|相机|机子|机器|款式?|厂家)|用的(什么|啥)(拍|照)?"),
     re.compile(r"[A-Za-z]{2,}|[A-Za-z]?\d{2,}|尼康|佳能|索尼|富士|徕卡|华为|小米|苹果|西门子|峰力|奥迪康|瑞声达|唯听|"
                r"斯达克|鱼跃|欧姆龙|三诺|罗氏|雅培")),
)


def gives_what_was_asked(text: str, asked: str) -> bool:
    """Whether a reply nobody quoted gives what the ask wanted: a time to 几点, a place to 在哪, a price to 多少钱,
    the steps to 咋申请 ("八点半 在少年宫二楼" to "几点到场啊"; "去村委会找会计登记 带上身份证" to "补贴咋申请",
    typed or said in a voice message), so it reads as an answer to check, not talk beside it."""
    said, ask = simplify(text), simplify(asked)
    return any(wants.search(ask) and gives.search(said) for wants, gives in _WANTS)


def put_to(text: str, speakers: dict[str, str], sender: str) -> str | None:
    """The member (not the sender) a message opens by calling by name, of those who spoke lately (张老师 我那段…
    能不能单独给我说说): the ask is theirs to answer, not the staff's. None when it opens with no such name."""
    said = simplify(strip_mentions(text)).strip()
    opening = said[:1]  # a form the message opens with starts with its first character: only those are looked at
    for member, name in speakers.items():
        if member != sender and any(said.startswith(form) and _CALLED.match(said[len(form):])
                                    for first, forms in _forms(name) if first == opening for form in forms):
            return member
    return None


def asked_of(asked: str, name: str, speakers: Iterable[str] = ()) -> bool:
    """Whether an ask opens by calling the member `name` by a form of the name or by the title it ends with (师傅 我明天
    去不了 跟您请个假, to 郑师傅): the one called is the one to answer it. A bare title is hers only when she is the one
    of the room's recent `speakers` who bears it (老师，明天要带什么 among 刘老师 and 李老师 is to the staff)."""
    said = simplify(strip_mentions(asked)).strip()
    opening = said[:1]  # only the forms and titles that start with the ask's first character can open it
    bearers = [_words(other) for other in {*speakers, name}]
    calls_by = [form for first, forms in _forms(name) if first == opening for form in forms]
    calls_by += [title for title in TITLES if len(title) >= 2 and title[0] == opening and _words(name).endswith(title)
                 and sum(bearer.endswith(title) for bearer in bearers) == 1]
    return any(said.startswith(form) and _CALLED.match(said[len(form):]) for form in calls_by)


# 张老师 我…, 王姐你…: a call, not 张老师说的
_CALLED = re.compile(r"[，,、\s!！~～]|(你|您|我|能不能|能否|可不可以|麻烦|帮)")


# a time, a day, a place or a number: a line to the room that gives one answers someone, whatever greeting opens it
_GIVES = re.compile(r"\d|[一二三四五六七八九十两半]点|点半|[一二三四五六七八九十]号|星期|礼拜[一二三四五六天日]|"
                    r"周[一二三四五六日天]|在|到|集合|地址|楼|门口|报名|通知")


def only_greets_the_room(text: str) -> bool:
    """A greeting to everyone and nothing more (大家主日平安, 各位早上好, 家人们中秋快乐): it answers nobody's ask,
    though it shares a word or two with one (平安！…主日几点到啊)."""
    said = _words(text)
    return len(said) <= 12 and to_the_room(said) and GREETS.search(said) is not None and not _GIVES.search(said)
