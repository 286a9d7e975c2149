"""A bereavement: a member tells the group someone close to them has died, for every plugin (issue 13).

我父亲昨晚走了 后天上午在老家出殡 asks nothing and is no emergency, but a careful 社群运营 would hear of it at once
and offer condolences by name, in person: a bot's thanks or praise under it would hurt. Read from the member's words:
someone close (父亲, 老伴, 婆婆) and a death plainly said (去世, 过世, 不在了), or a softer word (走了, 没了) with
a sign that it is a death (出殡, 后事, 抢救, 昨晚, 凌晨), or the funeral of someone close (我爸的追悼会; not
我家楼下在办白事, a neighbour's, nor 老家出殡 with nobody named). Not a pet, the news, an anniversary long after
(去世三年了, 走了半年了, 忌日, 清明), a loss told as background (老伴去世后) or as over (谢谢大家关心
我妈的后事都办完了), a book's title, a condolence to someone else (节哀, 一路走好), or someone who left for
somewhere (我妈走了 去超市了).
"""
from __future__ import annotations

import re

from bot import people
from bot.chinese_text import FORWARDED, compact, simplify
from bot.chinese_text import any_of as _any
from bot.memo import per_text
from bot.people import words

KIN = words(people.KIN)  # the regular expression of the writer's own family (bot.people)
# a death plainly said, of anyone (the nudges' reading of someone else's death, plugins/nudge/warnings.py, asks this)
PLAINLY = _any("去世 过世 离世 病逝 仙逝 辞世 逝世")
DIED = PLAINLY + "|" + _any("不在了 咽气 断气 没气了 离开了我们 丢下我们 人没了")
SOFTLY = _any("走了 没了")
# the writer's own sorrow beside a softer word (那位奶奶今天下午走了 我心里好难受 一直在哭): a death, not a trip;
# not 舍不得 nor 心里空, said as often of a parting (老公刚走了 好舍不得)
SORROW = _any("难受 难过 伤心 心疼 哭 泪")
# a parting or a walk, beside a softer word: someone who left (回深圳上班, 送走, 舍不得) or walked (走了三公里)
PARTING = _any("舍不得 心里空 空落落 送走 送完 车站 机场 高铁 火车 飞机 上班 开学")
WALK = r"走了[\d一二两三四五六七八九十几半百千]+(步|公里|里|圈|米|趟|个?(小时|钟头)|分钟)|走了(好|很|老)?远"
# a sign that a softer word is a death: the funeral, the last hours, the night it happened
FUNERAL = _any("出殡 追悼会 告别仪式 遗体告别 办丧事 丧事 守灵 头七 下葬 落葬 入土 火化 后事 白事 治丧 丧礼 葬礼")
# (落葬, 入土: the burial as Wu and many southern members say it: 今朝落葬)
PLAIN_SIGN = _any(rf"""{FUNERAL} 抢救 安详 走得 最后一面 临终 昨晚 昨天 昨夜 今早 今天早上 凌晨 半夜 夜里 刚刚 刚才
生前 遗愿 遗物 遗像 住院 医院 病房 没能 身子\S{{0,2}}凉 护士 医生 大夫""")
# (a nurse or doctor beside a softer word: 我妈走了 刚走的 护士还没来, at home in hospice care)
DEATH_SIGN = rf"{PLAIN_SIGN}|{SORROW}"
# a pet, the news, an anniversary long after, a condolence to someone else, a question, someone gone somewhere
# a softer word that is no death at all: someone gone somewhere (我妈走了 去超市了, 老伴走了 去闺女家住几天,
# 出差, 旅游) or something lost (没了工作, 没了电), or a question; the one list of it, asked by every reading of a death
# here (bereaved, lost_close: code review 25, finding 1)
NOT_A_DEATH = _any(r"""走了(吗|没(?!气)|么) 没了(吗|没) 走了\S{0,2}(去|到|回)
没了(电|网|信号|钱|工作|胃口|力气|收入|饭碗) (去|在)外地 出差 旅游 旅行""")
NOT_THIS = _any(FORWARDED + r""" 猫 狗 狗狗 猫咪 宠物 鹦鹉 仓鼠 兔子 转发 新闻 报道 明星 电视剧 电影 小说
(\d+|几|两|三|四|五|好几|十几|多)(个)?(年|周年)(了|前|多) 忌日 清明 祭日 去年 前年 节哀 保重 一路走好 安息 rip
(去世|过世|走)(以)?后 《 谢谢大家(的)?关心 (后事|丧事|白事)\S{0,3}(都|已经|总算)?(办完|办好|忙完|结束)"""
    + " " + NOT_A_DEATH + " " + (
    # a death told as months or years ago (老伴走了半年了, 我妈去世三个月了): an old grief
    # (bot.danger.heartache), no news
    r"(走|去世|过世|离世|病逝|不在|没)了?(有|快|都|已经|整整)?(半|\d+|[一两二三四五六七八九十]+|几|好几)(个)?多?"
    r"(月|年)"))
# a spouse as a woman or man of her age names one (我家老头子刚才走了, 那口子昨儿夜里走了): as close as any kin
SPOUSE = words(people.SPOUSE)
_CLOSE = f"{KIN}|{SPOUSE}"
_KIN_DIED = re.compile(rf"({_CLOSE})\S{{0,10}}({DIED})")
_KIN_SOFTLY = re.compile(rf"({_CLOSE})\S{{0,16}}({SOFTLY})")
_OWN_FUNERAL = re.compile(rf"({_CLOSE})\S{{0,12}}({FUNERAL})")  # kin, not just 家: 我家楼下在办白事 is a neighbour's
_NEIGHBOUR = re.compile(r"楼下|楼上|邻居|隔壁|对门|对面|小区|村里|我们楼|单元|同事|同学|朋友|战友|老师|队里|团里|群里")
# 李奶奶, 王叔叔, 老张家的大伯: a kin word after a surname (or a neighbour's word) is someone else's, not the member's
_SURNAMED = re.compile(r"[王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏"
                       r"吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
                       r"覃武戴莫孔向汤]$")
_DEATH_SIGN, _NOT_THIS, _NOT_A_DEATH = re.compile(DEATH_SIGN), re.compile(NOT_THIS), re.compile(NOT_A_DEATH)
_PARTING, _PLAIN_SIGN = re.compile(rf"{PARTING}|{WALK}"), re.compile(PLAIN_SIGN)


@per_text
def bereaved(text: str) -> str | None:
    """The words that tell of a death in the member's family (我父亲昨晚走了 -> "父亲昨晚走了"), or None."""
    text = simplify(text)
    words = compact(text)
    if not words or _NOT_THIS.search(words) or _NOT_THIS.search(text):
        return None
    if (died := _KIN_DIED.search(words)) is not None and _own(words, died.start()):
        return died.group(0)
    softly = _KIN_SOFTLY.search(words)
    if softly is not None and _own(words, softly.start()) and _DEATH_SIGN.search(words) and not _PARTING.search(words):
        return softly.group(0)
    funeral = _OWN_FUNERAL.search(words)
    if funeral is None or _NEIGHBOUR.search(words, 0, funeral.start(2)):
        return None
    return funeral.group(0)


def _own(words: str, start: int) -> bool:
    """The kin word at `start` is the member's own: no surname just before it (李奶奶) and no neighbour's, colleague's
    or friend's word before it (我们楼的, 邻居, 同事)."""
    return _SURNAMED.search(words, max(0, start - 1), start) is None and _NEIGHBOUR.search(words, 0, start) is None


# a death near: someone close in their last days (我妈刚转到安宁病房 医生说时间不多了, 我爸可能就这两天了)
DYING = _any(r"""时间不多 就这(一)?(两|几)天 没(几|多少)天了 (下|发)了?病危 病危通知 安宁病房 安宁疗护 临终
快不行了 怕是不行了 撑不过(今晚|今天|这几天|这两天|去) 准备后事 见最后一面""")
_KIN_DYING = re.compile(rf"({_CLOSE})\S{{0,24}}({DYING})")


@per_text
def dying(text: str) -> str | None:
    """The words that tell someone close to the member is dying (我妈刚转到安宁病房 医生说时间不多了), or None: not the
    news, an article or a question (什么是安宁疗护), nor someone else's (李奶奶)."""
    words = compact(simplify(text))
    found = _KIN_DYING.search(words)
    if found is None or _NOT_THIS.search(words) or re.search(r"[?？]|什么是|怎么(申请|办理)", words):
        return None
    return found.group(0) if _own(words, found.start()) else None


# a death just now (刚刚走了, 没气了): a person is needed that night, not in the morning; a bare 刚 only beside a
# plain sign of a death (我爸刚走了 在医院, 刚去世), never beside sorrow alone (老公刚走了 好难过 may be a parting)
_JUST_NOW = re.compile(r"刚刚|刚才|没气了|断气|咽气|身子\S{0,2}凉")
_JUST = re.compile(r"刚(?!转|住)")


def just_now(text: str) -> bool:
    """The death told happened just now (我爸刚刚走了, 俺娘没气了 身子都凉了): someone must hear of it tonight."""
    if bereaved(text) is None:
        return False
    words = compact(simplify(text))
    return _JUST_NOW.search(words) is not None or (_JUST.search(words) is not None and (
        _KIN_DIED.search(words) is not None or _PLAIN_SIGN.search(words) is not None))


_AFRAID = re.compile(r"一个人|好怕|害怕|很怕|怕得|慌|不知道(该)?怎么办|撑不住")


def needs_someone_tonight(text: str) -> bool:
    """A death just now, or someone alone and afraid at a deathbed (我一个人守在医院 好怕): a person must hear of it
    tonight, not in the morning."""
    return just_now(text) or (dying(text) is not None and _AFRAID.search(compact(simplify(text))) is not None)


# a death a doctor confirmed (医生说人已经走了, 抢救无效, 宣布死亡): condolences are right; without it, 没气了
# just now may be a heart stopped, and 120 comes first (a dispatcher guides the chest compressions over the phone)
# (护士说今晚过来 is a nurse awaited, not a death confirmed: native re-read 24, finding 6)
_CONFIRMED = re.compile(r"(医生|大夫|护士|120)\S{0,4}(说|确认|宣布)(?!\S{0,4}(过来|来|到|在路上))"
                        r"|确认(了)?(死亡|过世|去世)|宣布(了)?(死亡|过世|去世)"
                        r"|抢救无效|没(能)?抢救过来|没救过来|抢救不过来|死亡证明")


def confirmed(text: str) -> bool:
    """The death told was confirmed by a doctor or a nurse (医生说已经走了, 抢救无效), not a heart stopped just now."""
    return _CONFIRMED.search(compact(simplify(text))) is not None


# a death awaited in hospice care at home (护士还没来, 安宁疗护的医生在路上): the team that looks after the dying
# confirms it; no 120 and no hurry (a call for help would bring chest compressions the family had declined)
# a nurse alone is no sign (社区护士早上才来打过针, 护士邻居在按): only one awaited, or the hospice's own words
# the nurse on her way, told any way (护士马上到, 说十分钟就到, 已经出发了, 在来的路上)
_AWAITED = re.compile(r"安宁|临终|舒缓|护士\S{0,4}(还没(来|到)|没来|没到|(在)?(来的)?路上|马上(就)?(过来|来|到)"
                      r"|快(要)?到|要来|过来|就到|一会(儿)?(就)?(到|来)|已经出发|出发了|[\d一二三四五六七八九十几半]+(个)?(分钟|小时)(就|能)?(到|来))")


def awaited(text: str) -> bool:
    """The death told came under hospice care, its nurse or team expected (我妈刚走的 护士还没来)."""
    return _AWAITED.search(compact(simplify(text))) is not None


_WARD = re.compile(r"病房|医院|住院|病床|床头|护士站")
# 从医院接回家, 刚从医院接回来, 出院了 护士还没来: at home after all, no bell and no nurses' station (native review
# 24b, finding 2); 家里人都在路上: family, not a place (code review 24, finding 9)
_HOME = re.compile(r"家里(?!人)|在家|回家|家中|接回|回来|出院|送回|拉回")


def in_ward(text: str) -> bool:
    """The awaited death came in a hospice ward (安宁病房的护士说马上过来): its nurse is near, never 120."""
    words = compact(simplify(text))
    return awaited(text) and _WARD.search(words) is not None and _HOME.search(words) is None


# someone the member sat with or looked after as a volunteer, a carer or a nurse (今天陪的那个奶奶走了, 我照顾了半年的
# 老人昨晚过世了): her grief is a carer's, to be thanked and comforted, not a family's to be offered condolences
_CARED_FOR = re.compile(rf"(陪|照顾|护理|看护|服务|守)(着|过|了\S{{0,4}})?的(那(个|位))?\S{{0,3}}"
                        rf"({KIN}|老人|病人|患者|阿姨|大爷)|(那(个|位))({KIN})")


def cared_for(text: str) -> bool:
    """The one who died is someone the member looked after, not family (今天陪的那个奶奶走了 我心里好难受)."""
    return _CARED_FOR.search(compact(simplify(text))) is not None


# the children at home not yet told (我孙子还不知道, 不知道咋跟孩子说): the one who must tell them needs help with it
_CHILD = f"({words(people.GRANDCHILD, people.LITTLE_ONE, but='外孙女 小孩 小朋友 宝宝')})"
_CHILD_NOT_TOLD = re.compile(rf"{_CHILD}\S{{0,3}}(还)?不知道|(咋|怎么|如何)\S{{0,2}}跟\S{{0,2}}{_CHILD}\S{{0,2}}说")


def children_not_told(text: str) -> bool:
    """The member must still tell a child of the death (我孙子还不知道)."""
    return _CHILD_NOT_TOLD.search(compact(simplify(text))) is not None


# someone close gone, as a word of despair tells it (我妈没了, 老伴走了, 老头去世了), never the writer's own (我走了),
# nor one who walked out (老公走了 不要我了, 跟人跑了, 离婚): a parting named as a death would wound her (native re-read
# 24, finding 2); a husband or wife 走了 with no sign of a death is left unnamed (the farewell word, not condolence)
_GONE = re.compile(r"没了|走了|去世|过世|不在了")
# the one gone, from the module's own family words (bot.people, code review 24, finding 10): a parent or an old
# partner (老伴, 老头子), or a husband or wife, whose 走了 may be a walking out
_PARENT_OR_OLD_PARTNER = words(people.PARENT, "老伴 老头 妈 爸 娘 爹")
_SPOUSE_ONLY = words(people.SPOUSE, people.PARTNER, but="老头子 老头儿 我家老头 俺家老头 老伴 爱人")
_GONE_ONE = re.compile(rf"{_PARENT_OR_OLD_PARTNER}|{_SPOUSE_ONLY}")
_OWN_GONE = re.compile(r"我(走了|不在了|没了)")
# (再也不回来了 is how a death is most often said: not a walking out; a quarrel only before a husband's or wife's 走了)
_WALKED_OUT = re.compile(_any(r"""不要(我|这个家|我们) 跟\S{0,4}(跑|走)了 跑了 离婚 离家出走 出走 外面有人 小三 出轨
搬走 搬出去 不回家 不肯回 甩了 分居 找了别人 收拾(东西|行李) 带着行李"""))
_QUARREL = re.compile(r"吵架|吵完")
_PLAIN_DEATH = re.compile(rf"没了|去世|过世|不在了|{FUNERAL}|抢救|医院|病房|临终|最后一面|身子\S{{0,2}}凉|走得")


def lost_close(text: str) -> bool:
    """Someone close to the writer has died, by her words of despair (我妈没了 我不想活了), not walked out on her
    (老公走了 不要我了 我不想活了) nor gone somewhere or lost a job (妈妈没了工作, 老伴走了 去闺女家住几天:
    NOT_A_DEATH)."""
    words = compact(simplify(text))
    if not (_GONE.search(words) and _GONE_ONE.search(words)) or _OWN_GONE.search(words) or _WALKED_OUT.search(words) \
            or _NOT_A_DEATH.search(words):
        return False
    spouse_left = re.search(_SPOUSE_ONLY, words) and not re.search(_PARENT_OR_OLD_PARTNER, words)
    if spouse_left and _QUARREL.search(words):
        return False
    return not spouse_left or _PLAIN_DEATH.search(words) is not None or confirmed(text)
