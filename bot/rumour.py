"""A rumour passed on to the group: a forwarded scare (明天开始微信聊天要收费了 赶紧转发给十个群) or a folk cure
told to everyone (银杏叶泡水喝能治耳聋 大家也试试). Nothing is wrong with the shop, so it is no complaint and nobody
apologises for it; the operator is told, so a person sets it right kindly (plugins/nudge/chain.py).

Read from the words. A forwarded scare: an order to forward it on (转发给十个群, 看到的都转) beside a condition or a
threat (就能免费, 要收费, 会封号, 紧急通知); a warning passed on (这是骗子 转给家里老人看看) orders no count of groups.
A folk cure: something that cures an illness (能治耳聋, 治好了糖尿病, 降血压特别灵) beside an urging to try it or a
treatment given up (大家也试试, 药都停了, 助听器都想摘了); never a question (能治耳聋吗, 真的假的).
"""
from __future__ import annotations

import re

from bot.chain_letter import FORWARD_ON
from bot.chinese_text import compact, simplify
from bot.memo import per_text

CHAIN_RUMOUR = "a rumour to forward on: an operator sets it right, nothing to apologise for"
FOLK_CURE = "a folk cure urged on the others: an operator sets it right, nothing to apologise for"

SCARE = re.compile(r"就能|就可以|就免|免了|手续费|才能|免费|收费|扣费|封号|销号|清零|"
                   r"紧急|重要通知|通知|速转|扩散|千万别|马上就要")
CURES = re.compile(r"(能|可以|专|包|就能|就)治(好|住)?\S{0,6}|治好了|治愈|根治|"
                   r"(降|治)\S{0,3}(特别|非常|很|贼|老)?(灵|管用|有效)|"
                   r"(比|胜过|赛过)(吃)?(药|医院|打针|助听器)(还)?(管用|强|好使)|偏方|秘方|土方")
# a hospital's, a doctor's or an acupuncturist's word (医生说这药能治好) is care, not a folk cure
CARE = re.compile(r"医院|医生|大夫|针灸|康复|按医嘱|诊所|卫生院")
URGES = re.compile(r"大家(也|都)?(试试|试一试|可以试|赶紧试|快试|来试)|(你们|各位|姐妹们|老哥们)(也|都)?(试试|试一试)|"
                   r"(药|降压药|胰岛素|助听器|眼镜)\S{0,3}(都|也)?(停了|不吃了|不用了|不戴了|摘了|想摘|想停|扔了)|"
                   r"不用(吃药|打针|去医院|戴助听器)|转给(家里|身边)?\S{0,4}(老人|亲友|朋友)(试试|看看)")
# a doubt asked (吗, 嘛, a question mark); a closing 吧 urges (大家也试试吧, 赶紧转发吧: code review 27, finding 9)
DOUBTED = re.compile(r"[吗嘛么呢][？?]?$|能治\S{0,6}吧$|真的假的|是真的吗|靠谱吗|有用吗|管用吗|能信吗|"
                     r"谣言|骗人|骗子|诈骗|别信|不要信|假的|[？?]")


@per_text
def rumour(text: str) -> str | None:
    """CHAIN_RUMOUR for a forwarded scare, FOLK_CURE for a folk cure urged on the others, else None."""
    words = compact(simplify(text))
    if DOUBTED.search(simplify(text).strip()) or DOUBTED.search(words):
        return None  # 群里说微信要收费 是真的吗: a member asking, answered as a question
    if FORWARD_ON.search(words) and SCARE.search(words):
        return CHAIN_RUMOUR
    if CURES.search(words) and URGES.search(words) and not CARE.search(words):
        return FOLK_CURE
    return None
