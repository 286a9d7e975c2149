"""Dangers told quietly, as a mother or a son tells them, with no word of an emergency (issue 13, fixcare24).

- a head hit, told by a bump and vomiting or drowsiness (月嫂把孩子摔了 宝宝头上起了个包 一直吐): `head_injury`,
  120 now; a bump with no sign (磕了个包 玩得挺好) stays quiet;
- sudden confusion (我爸上午出院的 回家以后一直说胡话 不认识人了): `confusion`, a stroke, bleeding or delirium:
  120 now; a dementia told as a habit (老年痴呆好几年了 经常不认识人) or a sleeper's talk (说梦话) stays quiet;
- bleeding on a blood thinner (吃了华法林 今天尿里有血 牙龈也一直出血): `thinner_bleeding`, no wound to press:
  the hospital now, the next dose not taken, the pill box along; a question in general (吃华法林会不会牙龈出血) stays
  quiet, a cut on a thinner is bleeding's (press it);
- a wound after a birth or an operation bleeding with fever (剖腹产第五天 伤口一直往外渗血 还发烧): the
  `wound_bleeding` of bot.danger.after_transplant, whose step (press it, ring the ward) fits.

And two readings of what the member wrote: "looks fine" (现在看着没事) is no danger over after a swallowed battery or
a head hit (`LOOKS_FINE`, taken out as bot.danger.emergency reads), and whether someone fallen or ill does not answer
(`out_cold`: 叫他也不答应, 叫佢又唔應) for the step that looks at the breathing first.
"""
from __future__ import annotations

import re

from bot import people
from bot.chinese_text import any_of as _any
from bot.danger.body_signs import CONFUSED
from bot.danger.lost_words import DEMENTIA
from bot.medicines import THINNER
from bot.people import words

_HEAD = r"(头|脑袋|脑壳|后脑勺|后脑|脑门|额头)"
_BLOW = _any("摔 跌 掉下 掉到地 滚下 磕 撞 碰 栽 砸 打到 敲到 踢到 打中")
_BUMP = (rf"{_HEAD}\S{{0,3}}(起|鼓|肿|长)(了)?(个|一个)?(大|好大的)?包|{_HEAD}\S{{0,4}}(着地|先着地|磕|撞|碰|砸)"
         rf"|(磕|撞|碰|摔|砸)(到|在|着|了)?\S{{0,3}}{_HEAD}|(打|敲|踢|砸)(到|中|在)\S{{0,2}}{_HEAD}")
# the signs a doctor asks after a head hit (吐了好几次, 老想睡, 叫不醒, 抽); 吐奶 alone is a baby's everyday
_AFTER_HIT = _any(r"""一直吐 老吐 又吐 吐个不停 吐了(好几|几|两|三)(次|回) 吐了 呕吐 喷射 老想睡 一直睡 嗜睡 睡不醒
叫不醒 喊不醒 (叫|喊)\S{0,3}不(太|怎么)醒 昏昏沉沉 没精神 发蔫 蔫了 抽 眼神发直 不认人""")
HEAD_BLOW = rf"^(?!.*(吐奶|吐槽|吐口水))(?=.*({_BLOW}))(?=.*({_BUMP})).*({_AFTER_HIT})"

# the family from bot.people, and whoever the member names so (他, 老人): code review 25, finding 6
_KIN = f"{words(people.KIN, people.SPOUSE, people.CHILD)}|" + _any("爸 妈 老头 老太 他 她 老人")
_CONFUSED = f"{CONFUSED}|" + _any("胡说八道 糊里糊涂 突然糊涂 人糊涂了 不知道自己在哪")
# told as a habit or an old illness (老年痴呆, 经常, 好几年), a dream's talk or drink: no sudden change; a faint or
# the heat beside it (晕在电梯口 身上滚烫 答非所问) is unwell's, with its cooling step
# (平时吃降糖药 is the medicine's habit, 跟平时不一样 a change: neither is the confusion's; emergency26)
_HABIT = _any(rf"""{DEMENTIA} 经常 (?<![跟和])平时(?!(都|一直)?(在)?(吃|打|用)|不这样) 一向 老毛病
好几年 好些年 这几年 梦话 喝多 喝醉 酒
说胡话呢 别说胡话 净说胡话 滚烫 中暑 热射病 晒 晕在 晕倒 晕过去""")
CONFUSION = rf"^(?!.*({_HABIT}))(?=.*({_KIN})).*({_CONFUSED})"
# the confusion is now whatever time word is beside it (上午出院的 回家以后一直说胡话): going on, or just begun (了)
_CONFUSED_NOW = re.compile(rf"(一直|还在|还是|现在|又|突然|开始)\S{{0,3}}({_CONFUSED})|({_CONFUSED})(了|起来)")

_THINNER = THINNER  # bot.medicines

# a bleed that cannot wait on a thinner: in urine or stool, blood brought up (吐了好多血, 呕了小半碗血: not plain
# bleeding's "press the wound"; emergency26), bruises spreading, one that will not stop
# blood brought up or passed (吐了好多血, 呕了小半碗血, 咳出来好多血, 拉出来的都是血): written once, read twice
_BLED_INSIDE = r"(吐|呕|咳)(了|出|出来)?\S{0,5}血(?!压|糖|脂|丝|常规) 拉(的|出来的|出来)?(都是|全是|好多|一摊)血"
_GRAVE_BLEED = _any(rf"""尿里有血 尿血 尿是红 尿发红 血尿 便血 大便(有血|发黑|是黑|黑) 拉黑 黑便 柏油 吐血 呕血 咳血
{_BLED_INSIDE}
眼睛\S{{0,2}}(出血|红了一大片) 青一块紫一块 身上\S{{0,4}}(青|紫|瘀) 止不住 不停 停不下来
(一直|还在|老是)\S{{0,2}}(出|流|渗)血""")
_BLED = _any(rf"""{_GRAVE_BLEED} 出血 流血 渗血""")
# blood brought up or passed (吐了好多血, 呕了小半碗血, 咳出来好多血, 拉出来的都是血, 黑便): a bleed inside,
# 120 and lie still
_INSIDE = re.compile(_any(rf"""吐血 呕血 咳血 黑便 拉黑 柏油 大便(有血|发黑|是黑|黑) 便血 {_BLED_INSIDE}"""))
_IN_GENERAL = _any("会不会 会引起 能不能 可不可以 是不是副作用 注意什么 要注意")
# gums that bleed when brushed (刷牙牙龈出血, 牙龈出血正常吗), with no grave bleed beside it: a question for the
# clinic, not a page (code review 25, finding 10); a grave bleed asked about (尿里有血 正常吗) is still read
_GUMS = r"(?=.*(刷牙|牙龈|牙床|牙刷))"
GUMS_ONLY = re.compile(rf"^(?!.*({_GRAVE_BLEED})){_GUMS}")
# a wound or a nose: pressed or pinched, as bleeding's step says
_CUT = _any("伤口 割 划 砍 切到 扎到 摔 跌 磕 撞 刀 鼻血 鼻子")
THINNER_BLEEDING = rf"^(?!.*({_IN_GENERAL}|{_CUT}))(?!(?!.*({_GRAVE_BLEED})){_GUMS})(?=.*({_THINNER})).*({_BLED})"
# still bleeding, whatever time word is beside it (这两天身上青一块紫一块, 今天尿里有血)
_BLEEDING_NOW = re.compile(rf"(这两天|这几天|今天|一直|还在|还是|又)\S{{0,6}}({_BLED})"
                           rf"|({_BLED})\S{{0,2}}(止不住|不停|个不停)")

_BIRTH_OR_OPERATION = _any(r"""剖腹产 剖宫产 剖了 顺产 侧切 生完 产后 坐月子 月子里 手术 术后 开刀 开完刀 刀口""")
_WOUND_BLEEDS = r"(伤口|刀口|切口|缝的地方|缝针的地方)\S{0,8}(渗血|出血|流血|冒血|往外渗|流脓|化脓|裂开)"
_FEVER = _any(r"发烧 发热 高烧 烧到 (3[89]|4[01])(\.\d)?度")
WOUND_WITH_FEVER = (rf"^(?=.*({_BIRTH_OR_OPERATION}))"
                    rf"(?:.*{_WOUND_BLEEDS}\S{{0,16}}({_FEVER})|.*({_FEVER})\S{{0,16}}{_WOUND_BLEEDS})")

KINDS = {"head_injury": HEAD_BLOW, "confusion": CONFUSION, "thinner_bleeding": THINNER_BLEEDING,
         "wound_bleeding": WOUND_WITH_FEVER}
# the kinds whose harm does not show at first (a battery burns in hours, a head bleeds slowly): "looks fine" is no
# danger over
HIDDEN_HARM = ("swallowed", "head_injury")
LOOKS_FINE = re.compile(r"(现在|目前|暂时|这会儿?)?\S{0,2}(看着|看起来|看上去|好像|像是|表面上)\S{0,2}"
                        r"(没事|没啥事|没什么事|挺好|好好的|正常|跟没事人一样)(儿|了|的)?")

# a head hit, fine then and drowsy or sick now (当时没事 现在睡着了叫不醒): the interval a doctor fears (emergency27)
_HEAD_NOW = re.compile(rf"(现在|这会儿?|刚才|越来越)\S{{0,6}}({_AFTER_HIT})")
_GOING_ON = {"confusion": _CONFUSED_NOW, "thinner_bleeding": _BLEEDING_NOW, "head_injury": _HEAD_NOW}


def bled_inside(text: str) -> bool:
    """Blood brought up or passed (吐了好多血, 拉黑便): a bleed inside (the thinner's step: 120, lie still)."""
    return _INSIDE.search(text.replace(" ", "")) is not None


def going_on(kind: str, words: str) -> bool:
    """The sign of `kind` is told as going on now (一直说胡话, 今天尿里有血), whatever time word stands beside it."""
    return kind in _GOING_ON and _GOING_ON[kind].search(words) is not None


_OUT_COLD = re.compile(_any(r"""叫不应 叫不醒 喊不应 喊不醒 不答应 不吭声 没反应 没有反应 不省人事 没知觉 没了知觉 唔应
唔應 冇反应 冇反應 叫(他|她|佢)?\S{0,2}(又|也)?不应(?!该)"""))


def out_cold(text: str) -> bool:
    """Someone who does not answer when called (叫他也不答应, 叫佢又唔應, 没反应): breathing is looked at first."""
    return _OUT_COLD.search(text.replace(" ", "")) is not None
