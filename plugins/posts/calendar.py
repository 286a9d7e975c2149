"""The day's facts as Chinese members live them: lunar date, festivals, solar term, season, holidays.

Moved here from bot/chinese_date.py: only the posts speak about the day, and what they need
(festivals from the lunar calendar for any year, the season, the override file) is theirs.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from lunar_python import Lunar, LunarYear, Solar
from lunar_python.util import LunarUtil

from plugins.posts.holidays import HolidayBook

WEEKDAYS = "一二三四五六日"
LUNAR_FESTIVALS = {(1, 1): "春节", (1, 15): "元宵", (5, 5): "端午", (7, 7): "七夕", (8, 15): "中秋",
                   (9, 9): "重阳", (12, 8): "腊八", (12, 23): "小年"}
SOLAR_FESTIVALS = {(1, 1): "元旦", (5, 1): "劳动节", (10, 1): "国庆"}
TERM_FESTIVALS = ("清明", "冬至")  # solar terms kept as festivals of their own
REMEMBRANCE = ("清明",)  # days of remembrance: wished 安康, never celebrated
# Meteorological seasons for most of China: 立秋 in early August is still midsummer, 立春 still cold.
SEASONS = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring",
           6: "summer", 7: "summer", 8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"}


@dataclass(frozen=True)
class Day:
    """What a post may say about one day."""

    date: date
    weekday: str  # 星期一
    lunar: str  # 十月十五
    lunar_year: str  # 丙午马年
    solar_term: str | None  # 冬至, when today is one
    festivals: tuple[str, ...]  # 重阳, 春节, 清明 ... (lunar, solar and term festivals, in that order)
    holiday: str | None  # 国庆节, on each day of an official break
    adjusted_workday: bool  # 调休: a weekend day that is a working day
    workday: bool
    holidays_known: bool  # False in a year no holiday source covers yet
    season: str  # spring | summer | autumn | winter

    @property
    def festival(self) -> str | None:
        """The day's first festival, if any."""
        return self.festivals[0] if self.festivals else None

    @property
    def remembrance(self) -> bool:
        """A day of remembrance (清明): nothing celebratory."""
        return any(f in REMEMBRANCE for f in self.festivals)

    @property
    def weekend(self) -> bool:
        """Saturday or Sunday."""
        return self.date.weekday() >= 5

    @property
    def text(self) -> str:
        """"11月23日 星期一 农历十月十五" (plus the solar term)."""
        parts = [f"{self.date.month}月{self.date.day}日", self.weekday, f"农历{self.lunar}"]
        if self.solar_term:
            parts.append(self.solar_term)
        return " ".join(parts)


@cache
def _lunar_days(year: int) -> dict[date, tuple[int, int, int, str]]:
    """Each day of a solar year as (lunar month, day, days in that month, 丙午马年), built from two lunar years.

    Built once per year: asking lunar-python day by day recomputes a lunar year (~25 ms) on most days
    of January and February, because its cache holds one year and those days need two.
    """
    table = {}
    for lunar_year in (year - 1, year):
        found = LunarYear(lunar_year)
        name = f"{found.getGanZhi()}{LunarUtil.SHENGXIAO[found.getZhiIndex() + 1]}年"
        for month in found.getMonthsInYear():
            count = month.getDayCount()
            for n in range(count):
                solar = Solar.fromJulianDay(month.getFirstJulianDay() + n)
                if solar.getYear() == year:
                    table[date(year, solar.getMonth(), solar.getDay())] = (month.getMonth(), n + 1, count, name)
    return table


@cache
def _terms(year: int) -> dict[date, str]:
    """The solar terms that fall in a solar year, by day."""
    found = LunarYear(year)
    days = {}
    for name, julian in zip(Lunar.JIE_QI_IN_USE, found.getJieQiJulianDays(), strict=True):
        solar = Solar.fromJulianDay(julian)
        if solar.getYear() == year:
            days[date(year, solar.getMonth(), solar.getDay())] = _TERM_NAMES.get(name, name)
    return days


_TERM_NAMES = {"DA_XUE": "大雪", "DONG_ZHI": "冬至", "XIAO_HAN": "小寒", "DA_HAN": "大寒", "LI_CHUN": "立春",
               "YU_SHUI": "雨水", "JING_ZHE": "惊蛰"}


def _festivals(day: date, month: int, lunar_day: int, days_in_month: int, term: str | None) -> tuple[str, ...]:
    found = []
    if month > 0:  # a leap month (negative) holds no festival
        if name := LUNAR_FESTIVALS.get((month, lunar_day)):
            found.append(name)
        if month == 12 and lunar_day == days_in_month:
            found.append("除夕")
    if name := SOLAR_FESTIVALS.get((day.month, day.day)):
        found.append(name)
    if term in TERM_FESTIVALS:
        found.append(term)
    return tuple(found)


def day_of(day: date, book: HolidayBook | None = None) -> Day:
    """Describe `day`; public holidays and 调休 come from `book` (see holidays.py for uncovered years)."""
    month, lunar_day, days_in_month, lunar_year = _lunar_days(day.year)[day]
    official = (book or HolidayBook()).official(day)
    term = _terms(day.year).get(day)
    month_name = ("闰" if month < 0 else "") + LunarUtil.MONTH[abs(month)]
    return Day(
        date=day,
        weekday=f"星期{WEEKDAYS[day.weekday()]}",
        lunar=f"{month_name}月{LunarUtil.DAY[lunar_day]}",
        lunar_year=lunar_year,
        solar_term=term,
        festivals=_festivals(day, month, lunar_day, days_in_month, term),
        holiday=official.holiday,
        adjusted_workday=official.workday and day.weekday() >= 5,
        workday=official.workday,
        holidays_known=official.known,
        season=SEASONS[day.month],
    )
