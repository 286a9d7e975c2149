"""A member's own number given with nothing sold: help she asks the group for herself ("谁能帮我叫个车去医院
我看不见手机 我电话是…"), or her own used thing given away ("老伴留下的轮椅 …送给你们 打我电话"): how a helper or a
taker reaches her."""
from __future__ import annotations

import re

from plugins.moderation.goods import second_hand, sold
from plugins.moderation.intent import signals

# A member asking the group for help for herself, her number given so a helper can reach her ("谁能帮我叫个车去医院
# 我看不见手机 我电话是…", "哪位能替我跑一趟药店").
_ASKS_HELP = re.compile(r"(?:谁|哪位|哪个|有没有人|有人|麻烦(?:大家|谁|哪位)?|求求?(?:大家)?)"
                        r"(?:能|可以|方便)?(?:帮帮?|替|给)(?:我|俺|咱)")
# One's own used thing given away for nothing ("老伴留下的轮椅 九成新 …送给你们", "用不上了 谁要白送").
_GIVEN_AWAY = re.compile(r"送给|白送|免费送|送人|不要钱|拿去用|谁要谁拿")


def help_or_gift(plain: str) -> bool:
    """The member asks the group's help for herself, or gives her own used thing away for nothing: her number is how
    a helper or a taker reaches her, nothing is sold."""
    return (_ASKS_HELP.search(plain) is not None or _GIVEN_AWAY.search(plain) is not None and second_hand(plain)) \
        and not sold(plain) and not signals(plain)
