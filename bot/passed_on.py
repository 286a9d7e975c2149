"""A member answering for the others: passing on what another member's voice message said, or pointing at the
photo she just sent (就这个地方) for someone's question. Either is an answer, owed nothing by the staff."""
from __future__ import annotations

import re
from datetime import datetime

from bot.conversation import Conversation, Kind, Said

RELAYED = "passes on what another member's voice message said"
POINTED = "answers a question with the photo just sent"
POINT_S = 120  # the sender's photo this recent is what her pointing words point at
ASK_S = 600  # another member's question this recent is what the photo answers

# 王老师说的是下周三…, 她的意思是…, 老李讲的是…: reported speech, the quoted voice's words given to everyone
_REPORTS = re.compile(r"(说|讲|的意思)(的)?是|(他|她|\S{1,3}老师|\S{1,3}[姐哥叔姨婶])(说|讲)[了的]?[\s,，:：]?\S")
_ASKS_BACK = re.compile(r"[?？吗嘛]|啥意思|什么意思|听不清|听不到|没听")
# trouble passed on is still trouble: a fall, pain, a fire, a plea for help, a grievance (她说她摔了 快来人)
_TROUBLE = re.compile(r"快|救|急|摔|疼|痛|晕|血|火|喘|不行了|起不来|出事|报警|投诉|不满|太差|骗")
# 就这个地方, 就是这儿, 在这里: the words point at the photo
_POINTS = re.compile(r"^(就|就是|是|在)?(这个?|这儿|这里|这边|这家|这栋|这地方)(个)?(地方|里|儿|位置|门口|楼)?"
                     r"[啊呀哦哈嘞。!！~]*$")


def relays(text: str, quoted: Said | None, sender: str) -> bool:
    """A member quotes another member's wordless voice message and says what it said, asking nothing back."""
    return quoted is not None and quoted.media and quoted.kind is Kind.MEDIA and quoted.sender != sender \
        and not quoted.operator and bool(_REPORTS.search(text)) and not _ASKS_BACK.search(text) \
        and not _TROUBLE.search(text)


def pointed_ask(words: str, sender: str, thought: list[Said], conversation: Conversation, ts: datetime
                ) -> Said | None:
    """The question another member asked that the sender's photo just before answers, when her words only point at
    it (就这个地方); None when they say more, or nobody asked."""
    if not thought or not thought[-1].media or thought[-1].sender != sender or not _POINTS.match(words) \
            or (ts - thought[-1].ts).total_seconds() > POINT_S:
        return None
    asked = conversation.open_ask(ts, ASK_S, besides=sender, kinds=frozenset({Kind.QUESTION, Kind.REQUEST}),
                                  by_member=True)
    return asked if asked is not None and asked.ts < thought[-1].ts else None
