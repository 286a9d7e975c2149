"""Two dangers of the body a member may tell as a question: a pill taken twice with dizziness, and a bad chest pain
that has eased (issue 13, fixcare22).

我眼睛不好 降压药好像吃了两遍 现在头有点晕 (`double_dose`): sit or lie down, no more of that medicine today, 120 now,
the box kept at hand; without a sign in the body (降压药好像多吃了一片 要紧吗) it stays a question for a person.
我一个人在家 刚才胸口疼得厉害 现在好点了 要不要紧 (`chest_pain`): a heart's pain eases and comes back, so 好点了
(`EASED`) is no danger over, and 要不要紧 asks whether it is serious (`ASKS_IF_SERIOUS`): it never says it is not.
Read only so (eased or asked about): a hard pain told now stays the `unwell` of bot.danger.danger_words, with its own
step. 胸口有点闷 是不是天气的原因 and 昨天胸口疼 去医院查了没事 stay quiet (no hard pain; the past, a check-up).
"""
from __future__ import annotations

import re

from bot.chinese_text import any_of as _any
from bot.danger.body_signs import CHEST as _CHEST

_MEDICINE = _any(r"""药 胰岛素 降压 降糖 安眠 片""")
TWICE = _any(r"""吃了两(遍|次|回|顿|份) 又吃了[一两](遍|次|回|顿|片|粒|颗) 吃重了 吃重复了 重复吃了 多吃了 吃多了
吃了双份 打了两(遍|次) 打重了 多打了 (吃|打)了两遍""")
# a count that is also a regimen, a clinic's visit or an ordinary dose (打了两针 一针长效一针短效, 改成吃两次,
# 吃了两片): a dose twice only when a mistake is told beside it (code review 26, finding 1)
COUNTED = _any(r"打了两针 两针都打了 吃两(遍|次|回) 吃了两(片|粒|颗)")
MISTAKE = _any(r"""又(吃|打) 吃重 打重 重复 多(吃|打) 忘了(已经)?(吃|打)过 (吃|打)没(吃|打)过 记不清 不记得 糊涂了
不小心 弄错 搞错 搞混""")
_BODY_SAYS = _any(r"""晕 眼前发黑 发黑 心慌 心跳 没劲 没力气 站不稳 站不住 想吐 恶心 吐了 出冷汗 冒冷汗 发抖 手抖 迷糊
难受 不舒服 胸闷 腿软 发软""")
DOUBLE_DOSE = (rf"^(?=.*({_MEDICINE})\S{{0,10}}({TWICE})|.*(多吃|多打)了?\S{{0,2}}(药|片|粒|针)"
               rf"|(?=.*({MISTAKE})).*({_MEDICINE})\S{{0,10}}({COUNTED})).*({_BODY_SAYS})")

# a hard pain in the chest (疼得厉害, 压着, 喘不上, 冷汗, 一个人), not 有点闷
_HARD = _any(r"""厉害 剧 得不行 受不了 要命 喘不 冷汗 压着 压得 石头 一阵一阵 钻心 往(左)?(胳膊|后背|肩膀|下巴)
一个人""")
# eased, or asked about: what the old reading took for a danger over (现在好点了, 要不要紧); a pain told now is `unwell`
_EASED_OR_ASKED = _any(r"""好点 好些 好一点 好一些 轻点 轻些 缓过来 缓过劲 不那么疼 没那么疼 不太疼 不怎么疼
要不要紧 要紧不要紧 要紧吗 严不严重 严重吗 有没有事 有事没事 会不会有事""")
CHEST_PAIN = rf"^(?!.*(有点|有些|一点)闷)(?=.*({_HARD}))(?=.*({_EASED_OR_ASKED})).*({_CHEST})"

KINDS = {"double_dose": DOUBLE_DOSE, "chest_pain": CHEST_PAIN}

# after a pain of the heart, "a bit better now" is no danger over
EASED = re.compile(r"(现在|这会儿|这会|刚刚|已经)?\S{0,3}(好点|好些|好一点|好一些|轻点|轻些|缓过来|缓过劲|不那么疼|"
                   r"没那么疼|不太疼|不怎么疼)(了|啦)?")
# "is it serious?" asks; it never says the danger is over (要不要紧 holds 不要紧)
ASKS_IF_SERIOUS = re.compile(_any(r"""要不要紧 要紧不要紧 要紧吗 严不严重 严重吗 有没有事 有事没事 会不会有事
是不是(不要紧|没事|没关系) 不要紧吧 没事吧"""))

# who has the chest pain (native review 22b, finding 3): someone named just before it (老伴说胸口疼, 我老伴心口压得慌),
# else the writer when the words say so (我胸口疼, 俺心口绞着疼, or alone: 一个人, 老伴不在家, 他们都上班去了), else
# nobody can tell and the word says both
_KIN = (r"老伴|老头子|老头|老太太|老太婆|老太|老公|老婆|媳妇|爸|妈|爷爷|奶奶|姥姥|姥爷|外公|外婆|儿子|女儿|闺女"
        r"|(?<!其)他(?!们)|她(?!们)")
# not 我跟他说我胸口疼: the one told, then the writer's own chest
_SOMEONE_ELSES = re.compile(rf"({_KIN})(?:(?!说我|告诉我|跟我|我|俺)[^，,。；;！!？? ]){{0,6}}?{_CHEST}")
_MY_CHEST = re.compile(rf"(我|俺)(的)?[^，,。；;！!？? 老爸妈儿女闺他她]{{0,3}}{_CHEST}")
_ALONE = re.compile(r"一个人|不在家|不在身边|上班去了|都上班|都出去|没人在家|家里没人|身边没人|没人陪")
_SAID_SO = {"妈": "妈妈", "爸": "爸爸"}


def in_pain(text: str) -> str:
    """Who has the hard chest pain in `text`: the one named (老伴, 妈妈, 他), "我" for the writer, or "" unknown."""
    words = text.replace("\u3000", " ")
    mine = _MY_CHEST.search(words)
    other = _SOMEONE_ELSES.search(words)
    if other is not None and (mine is None or other.start() < mine.start()):
        return _SAID_SO.get(other.group(1), other.group(1))
    return "我" if mine is not None or _ALONE.search(words) else ""
