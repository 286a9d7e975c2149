"""Days a message asks about (礼拜天, 周末, 过年) and whether an entry speaks of them at all.

"星期天来活动中心有人吗" asks about Sunday; an entry "周一到周五早上8点半开门" says nothing about Sunday, so however
many words it shares it does not answer; "周末开不开门" (周六全天开放，周日闭馆) does. Texts are normalised
(words.normalise: 礼拜天 and 星期天 are already 周日, 礼拜 and 星期 are 周).
"""
from __future__ import annotations

import re

WEEK = "一二三四五六日"
_WEEK_DAYS = frozenset(WEEK)
_DAY = re.compile(r"周([一二三四五六日天末])")
_RANGE = re.compile(r"周([一二三四五六日天])\s*(?:到|至|-|~|—)\s*周([一二三四五六日天])")
_EVERY = re.compile(r"每天|天天|每日|全年|一年到头|365天|无休|不休息")
# Holidays by what members call them; 节假日 in an entry covers them all.
HOLIDAYS = {"春节": re.compile(r"春节|过年|年三十|除夕|大年|初一|初二|正月"), "国庆": re.compile(r"国庆|十一长假"),
            "五一": re.compile(r"五一|劳动节"), "端午": re.compile(r"端午"), "中秋": re.compile(r"中秋"),
            "元旦": re.compile(r"元旦"), "清明": re.compile(r"清明")}
_ANY_HOLIDAY = re.compile(r"节假日|法定假|节日|放假")


def named(text: str) -> frozenset[str]:
    """The days a message names: days of the week ("六", "日") and holidays ("春节")."""
    days: set[str] = set()
    for day in _DAY.findall(text):
        days.update("六日" if day == "末" else "日" if day == "天" else day)
    days.update(name for name, pattern in HOLIDAYS.items() if pattern.search(text))
    return frozenset(days)


def spoken_of(text: str) -> frozenset[str]:
    """The days an entry's text speaks of: those it names, the days inside its ranges (周一到周五), every day of the
    week when it says 每天, every holiday when it says 节假日."""
    days = set(named(text))
    for start, end in _RANGE.findall(text):
        a, b = WEEK.index("日" if start == "天" else start), WEEK.index("日" if end == "天" else end)
        days.update(WEEK[a:b + 1] if a <= b else WEEK[a:] + WEEK[:b + 1])
    if _EVERY.search(text):
        days.update(WEEK)
    if _ANY_HOLIDAY.search(text):
        days.update(HOLIDAYS)
    return frozenset(days)


def unsaid(asked: frozenset[str], entry: frozenset[str]) -> float:
    """Share of the days a message names that an entry which lists days leaves out (0 when it names none): an entry
    with "周一到周五" leaves out 周日; one that names no day of the week at all ("8:00-17:00") is not judged on them,
    nor one that names no holiday on holidays."""
    if not asked:
        return 0.0
    week, holidays = asked & _WEEK_DAYS, asked - _WEEK_DAYS
    left = (week - entry if entry & _WEEK_DAYS else set()) | (holidays - entry if entry - _WEEK_DAYS else set())
    return len(left) / len(asked)
