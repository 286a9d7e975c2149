"""When a queued item goes out, said as an operator reads it ("明天（12月3日）早上7:30"), and the words of a notice that
mean another day once it goes out later than it was written ("明天上午复查" queued today, posted tomorrow)."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

# Words that name a day by today: right on the day they were written, wrong on any later one.
RELATIVE_DAY = re.compile(r"今天|今早|今晚|今儿|明天|明早|明晚|明儿|后天|昨天|这两天")


def part_of_day(at: datetime) -> str:
    """早上, 中午, 下午, 晚上 for a clock time."""
    if at.hour < 11:
        return "早上"
    if at.hour < 13:
        return "中午"
    return "下午" if at.hour < 18 else "晚上"


def day_said(day: date, today: date) -> str:
    """今天 / 明天（12月3日）/ 12月5日."""
    if day == today:
        return "今天"
    shown = f"{day.month}月{day.day}日"
    return f"明天（{shown}）" if (day - today).days == 1 else shown


def when_said(at: datetime, today: date) -> str:
    """A send time as an operator reads it: 明天（12月3日）早上7:30."""
    return f"{day_said(at.date(), today)}{part_of_day(at)}{at.hour}:{at.minute:02d}"


def relative_days(text: str) -> list[str]:
    """The words of an item that name a day by the day they were written (明天, 今晚), each once."""
    return list(dict.fromkeys(m.group() for m in RELATIVE_DAY.finditer(text)))


# the day each word named when it was written, and the part of it (今晚: that evening)
_OFFSET = {"今天": 0, "今早": 0, "今晚": 0, "今儿": 0, "明天": 1, "明早": 1, "明晚": 1, "明儿": 1, "后天": 2,
           "昨天": -1}
_PART = {"今早": "早上", "明早": "早上", "今晚": "晚上", "明晚": "晚上"}


def meant(words: list[str], written: date) -> list[tuple[str, str, date]]:
    """Each word of `words` (relative_days) with the date it meant on the day the item was written: ("明天",
    "12月3日", 2026-12-03); 这两天, which names no one day, is left out."""
    days = [(w, written + timedelta(days=_OFFSET[w])) for w in words if w in _OFFSET]
    return [(w, f"{d.month}月{d.day}日{_PART.get(w, '')}", d) for w, d in days]
