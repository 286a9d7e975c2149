"""A paid way in: someone who knows someone inside offers to get a scarce place for a red envelope (透析排班, a bed in
a care home, a specialist's number). It is a sale of favours, often a swindle, and unfair to everyone who waits their
turn; in a patients' group a frightened family may pay, so beyond the usual notice a person is told at once."""
from __future__ import annotations

import re

# money handed over to the person in the middle, not a price on a shelf
_BRIBE = re.compile(r"红包|塞(?:点|些)?钱|好处费|茶水费|打点|意思意思|意思一下|给点(?:钱|好处)|送点礼|"
                    r"请(?:他|人家)吃顿饭")
# the place got for it: arranged, moved up the queue, let in early
_PLACE = re.compile(r"(?:就|都)?(?:能|可以|给你|帮你)(?:安排|排上|排进|插队|加号|挂上|住进|提前)|"
                    r"插(?:个)?队|走后门|内部(?:渠道|名额)|排不上|(?:床位|号|班)(?:难|紧)")
# the poster or their kin is the way in
_INSIDE = re.compile(r"我(?:的)?(?:侄子|侄女|外甥|表哥|表姐|表弟|表妹|儿子|女儿|女婿|亲戚|朋友|同学|熟人|老乡)"
                     r"(?:在|是)|我(?:有|认识)(?:熟人|关系|门路|路子|里面的人|院长|主任|护士长)|找我|问我|私我|联系我")
# told as a warning or a question: "有人说给红包就能插队 别信", "给红包能排上吗"
_WARNED = re.compile(r"别信|骗子|被骗|举报|不要给|别给|吗[？?]?$|[？?]")


def paid_way_in(plain: str) -> bool:
    """The poster offers to get readers a scarce place through someone inside, for money or a gift."""
    return (_BRIBE.search(plain) is not None and _PLACE.search(plain) is not None
            and _INSIDE.search(plain) is not None and _WARNED.search(plain) is None)
