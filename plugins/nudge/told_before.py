"""A question the room was just told about (刘老师: 下周三停课一次 学校开运动会 … 陈姨, three minutes later:
下周三上课不): the member is pointed to what was said and the operator told it may be the answer, never
"工作人员正在确认" (acceptance24 question_answered_by_notice_minutes_before_gets_staff_cover)."""
from __future__ import annotations

import re
from datetime import timedelta

from bot.chinese_text import compact
from bot.events import MessageReceived
from bot.understanding import Kind
from plugins.nudge.memory import Ctx, Told
from plugins.nudge.store import Waiter

FRESH = timedelta(minutes=30)  # what was said this long before the question is still "just told"
# the day a line is about: 下周三, 星期六, 明天, 后天, 12号, 3月5日
DAY = re.compile(r"(下下?|这|本)?(周|星期|礼拜)[一二三四五六日天1-7]|今天|明天|后天|今晚|明早|明晚|"
                 r"[\d一二三四五六七八九十]{1,3}(号|日)")
# the words of a question that say nothing of its matter (下周三上课不: 上课 is its matter)
_PLAIN = set("不吗呢了的是有没几点啥么吧啊呀哈要还去会能可以那这个请问么")
# ... nor its persons: a matter is a word of two characters both told (分红, 村口, 学校), never one shared 我 or 下
# (明天我去医院看我妈 / 明天谁有空帮我接孩子: code review 27, finding 10)
_PERSONS = set("我你您他她它们谁咱俺大家人")


def heard(ctx: Ctx, event: MessageReceived, kind: Kind) -> None:
    """Remember a line that tells the room of a day (not one asking about it or complaining; a notice's 带上身份证 may
    read as a request)."""
    if event.room and event.type == "text" and kind not in (Kind.QUESTION, Kind.COMPLAINT) and DAY.search(event.text):
        ctx.state.told[event.room] = Told(event.sender, event.sender_name or event.sender, event.text[:80], event.ts)


def told_before(ctx: Ctx, waiter: Waiter) -> Told | None:
    """What someone else said in the room shortly before the member's question, of the same day and matter."""
    told = ctx.state.told.get(waiter.room_id) if waiter.room_id and waiter.kind == "question" else None
    if told is None or told.sender == waiter.member_id or not timedelta(0) <= waiter.opened_at - told.at <= FRESH:
        return None
    day = DAY.search(waiter.excerpt)
    if day is None or day.group(0) not in told.text:
        return None
    asked, said = compact(waiter.excerpt.replace(day.group(0), "|")), compact(told.text.replace(day.group(0), "|"))
    words = {asked[i:i + 2] for i in range(len(asked) - 1)}
    return told if any(w in said for w in words if not set(w) & (_PLAIN | _PERSONS | {"|"})) else None
