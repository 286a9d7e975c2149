"""A member saying goodbye to the club because age or the body no longer allows it (我想退出书画协会了 年纪大了
眼睛也不行了): a farewell a person meets warmly, by a call or a visit, never a complaint to settle."""
from __future__ import annotations

import re

from bot.grievance import grievance
from bot.providers import TARGET

# leaving the club, the group or its activity (退出协会, 以后不来了, 不参加了, 退群)
_LEAVING = re.compile(r"退出|退群|退会|不来了|不参加了|不去了|不干了|来不了了|参加不了了|就不来|以后不(来|参加|去)")
# the reason is the body or the years (年纪大了, 眼睛不行了, 腿脚不灵, 写不动了, 跳不动了, 耳朵背)
_AGE = re.compile(r"年纪大|岁数大|上了年纪|老了|眼睛|眼花|看不清|耳朵|耳背|腿脚|腰腿|身体(不行|吃不消|跟不上|不好)|"
                  r"[走写画唱跳跑爬弹拉]不动|力不从心|跟不上了|记性")
# the body's words with what follows them (眼睛也不行了, 写不动了): the reason, not a grievance
_BODY = re.compile(r"(" + _AGE.pattern + r")\S{0,4}")
# a fault with the club or its people is a complaint, however old the member (老师不管我们 年纪大了就不理)
_FAULT = re.compile(r"你们|老师(不|没)|不公平|态度|欺负|瞧不起|看不起|嫌弃|没人管|不理|冷落|排挤|收费|退钱|退费|乱收")


def leaving_for_age(words: str) -> bool:
    """Whether the member leaves because of her age or body and blames nobody for it."""
    return bool(_LEAVING.search(words) and _AGE.search(words)) and not _FAULT.search(words) \
        and TARGET.search(words) is None and not _blames(words)


def _blames(words: str) -> bool:
    """A grievance left once the body's words (写不动了, 眼睛也不行了) and the leaving are taken out."""
    return bool(grievance(_LEAVING.sub("", _BODY.sub("", words))))
