"""A repair asked for: a fault at the member's own home told with the staff called out to see to it (a request, not a
complaint to take up the roster), or with a question of whom to call (a question for whoever knows); a complaint
still when the staff's own work broke or is blamed."""
from __future__ import annotations

import re

from bot.grievance import BLAME, FAULT, STILL, TAKEN_UP
from bot.to_the_staff import CALLED_OUT

# 灯不亮了，能来修一下吗 / 门锁坏了 叫人修一下吧: a fault told for the first time with a repair asked for; in a
# shop's group the service called out (CALLED_OUT: 有空过来紧一紧, 能来个人不), a visit asked for (纱窗踢破了
# 要换成金刚网 周末能来吗) or bid (纱窗破了个洞 来给补)
REPAIR_ASKED = re.compile(r"(来|过来|上门|派人|叫人|找人|帮忙|帮我)\S{0,2}(修|看一?下|看看)|修(一)?下|报个修|报修一下|"
                          r"(周[一二三四五六日末]|礼拜\S|明天|后天|今天|上午|下午|晚上|哪天|什么时候|啥时候|几点|有空|能|可以)"
                          r"\S{0,3}(来|过来|上门)(一趟|一下|个人)?(吗|不|没|[?？]|$)|"
                          r"(^|\s)(来|过来)(给|帮)\S{0,2}(补|修|换|紧|装|看看)|" + CALLED_OUT)
# 你们上礼拜给我装的纱窗, 年前换的密封条, 刚换的玻璃: the fault is in the staff's own work, which a repair asked for
# does not make routine
THEIR_WORK = re.compile(r"(你们|上回|上次|去年|年前|前年|前几天|上个?月|上礼拜|上周|上星期|刚|才)\S{0,8}"
                        r"(换|装|修|买|做|配|洗|送|安|弄|补)的|你们\S{0,4}(装|换|修|做)(得|的)")


def routine_repair(text: str) -> bool:
    """A repair asked for, of a thing that stopped working, without blame or a wait (a request to see to, not
    a complaint to take up the roster): 小陈，我家厨房的灯不亮了，能来修一下吗."""
    return bool(REPAIR_ASKED.search(text) and FAULT.search(text) and not BLAME.search(text)
                and not STILL.search(text) and not TAKEN_UP.search(text) and not THEIR_WORK.search(text))


def calls_out(text: str) -> bool:
    """The staff called out to the member's home to see to something (有空过来紧一紧, 能来个人不), with no blame and
    nothing of their own work gone wrong: 上回你们师傅换的水龙头 又开始滴水了 有空过来看看 is a complaint; nor the
    member's own coming (我下午能来拿吗)."""
    return bool(CALLED_OUT_WORDS.search(text) and not BLAME.search(text) and not THEIR_WORK.search(text)
                and not TAKEN_UP.search(text) and not _OWN_COMING.search(text))


# the member as the one who comes (我下午能来拿吗, 俺明天可以过来取不): code review 27, finding 19
_OWN_COMING = re.compile(r"[我俺](自己)?(今天|明天|后天|下午|上午|晚上|中午|等会|待会|一会|周\S|礼拜\S|星期\S)?(儿)?"
                         r"(也)?(能|可以|能不能|可不可以)(过来|来)(?!个|一个|人)")


CALLED_OUT_WORDS = re.compile(CALLED_OUT)


# 我家水管漏了 物业几点上班啊 / 俺家灯泡坏了 哪儿有修的: a fault at the member's own home, and a question of where or
# when to get it put right (the property office's hours, a repairman's number): she asks the others, blames nobody
OWN_HOME = re.compile(r"(我|俺|咱)(家|屋)|家里")
WHERE_TO_TURN = re.compile(r"(几点|什么时候|啥时候|哪天)(上班|开门|有人|来人)|(电话|号码)(是)?(多少|有吗|有没有)|"
                           r"找(谁|哪个|哪里|哪儿)|(哪|哪里|哪儿|哪家)\S{0,3}(修|能修|有修的|会修)|谁(会|能)修")
TARGET_US = re.compile(r"你们|贵(店|公司)|客服|店家|卖家|买的|买了|订的")


def asks_where_to_turn(text: str) -> bool:
    """A fault at the member's own home and a question of whom to call or when they open, with no blame on anyone:
    a question for whoever knows, not a complaint to us (我家水管漏了 物业几点上班啊)."""
    return bool(OWN_HOME.search(text) and WHERE_TO_TURN.search(text) and FAULT.search(text)
                and not BLAME.search(text) and not STILL.search(text) and not TAKEN_UP.search(text)
                and not TARGET_US.search(text))
