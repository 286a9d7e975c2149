"""A staff reply that only praises a complaint: "太好了，感谢您的反馈！" takes nothing up (issue 13).

A complaint is met only by a person addressing it: a sorry, a question about what happened, or what will be done
(给您换, 马上处理, 我打电话给您). A reply that praises or thanks and says none of that (太好了, 感谢您的反馈, 👍) has
not met it: the wait stays open, the operator who sent it is told so at once, and whoever is told next up the roster
reads what was said, so the owner sees a complaint praised.
"""
from __future__ import annotations

import re

from bot.chinese_text import compact, simplify, strip_mentions

# praise or a thank-you for speaking up, as if the complaint were good news
PRAISE = re.compile(r"太好了|太棒了|真棒|棒棒|好样的|点赞|👍|赞|感谢(您|你)?的?(反馈|支持|分享|建议|信任)|"
                    r"谢谢(您|你)?的?(反馈|支持|分享|建议|信任)|感谢(您|你)的(理解|配合)")
# what takes a complaint up: a sorry, empathy, a question about it, or what is done and when
TAKES_UP = re.compile(r"抱歉|对不起|不好意思|歉意|添麻烦|委屈|着急|理解您|辛苦您|怎么回事|哪(个|天|里|一)|什么|"
                      r"[?？吗]|(马上|这就|立刻|尽快|今天|明天|稍后|一会)|处理|核实|查(一下|查|看)|(换|退|补|赔|送)(给|一|个|货|款|钱|发)|"
                      r"重新|联系您|私信|电话|上门|跟进|安排|解决")


def only_praises(text: str) -> bool:
    """Whether a staff reply to a complaint praises or thanks it and takes nothing up (no sorry, no question, no
    deed): "@赵大妈 赵阿姨您好，太好了，感谢您的反馈！"; not "不好意思 感谢反馈 我马上给您补发"."""
    words = compact(simplify(strip_mentions(text)))
    return PRAISE.search(words) is not None and TAKES_UP.search(words) is None
