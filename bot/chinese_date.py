"""A day as Chinese members say it: weekday, lunar date, solar term, holiday or adjusted working day."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import chinese_calendar
from chinese_calendar.constants import Holiday
from lunar_python import Solar

WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class ChineseDay:
    """What a morning post may say about today."""

    date: date
    weekday: str  # 星期一
    lunar: str  # 十月十五
    lunar_year: str  # 丙午马年
    solar_term: str | None  # 冬至, when today is one
    holiday: str | None  # 国庆节, when today is a public holiday
    adjusted_workday: bool  # 调休: a weekend day that is a working day
    workday: bool

    @property
    def text(self) -> str:
        """"11月23日 星期一 农历十月十五"."""
        parts = [f"{self.date.month}月{self.date.day}日", self.weekday, f"农历{self.lunar}"]
        if self.solar_term:
            parts.append(self.solar_term)
        if self.holiday:
            parts.append(self.holiday)
        return " ".join(parts)


def chinese_day(day: date) -> ChineseDay:
    """Describe `day`; outside the holiday library's years, weekends count as days off."""
    lunar = Solar.fromYmd(day.year, day.month, day.day).getLunar()
    try:
        workday = chinese_calendar.is_workday(day)
        is_holiday, name = chinese_calendar.get_holiday_detail(day)
        holiday = Holiday(name).chinese if is_holiday and name else None
    except NotImplementedError:
        workday, holiday = day.weekday() < 5, None
    return ChineseDay(
        date=day,
        weekday=f"星期{WEEKDAYS[day.weekday()]}",
        lunar=f"{lunar.getMonthInChinese()}月{lunar.getDayInChinese()}",
        lunar_year=f"{lunar.getYearInGanZhi()}{lunar.getYearShengXiao()}年",
        solar_term=lunar.getJieQi() or None,
        holiday=holiday,
        adjusted_workday=workday and day.weekday() >= 5,
        workday=workday,
    )
