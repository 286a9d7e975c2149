"""Public holidays and 调休 working days: chinesecalendar where it covers the year, else the operator's file.

chinesecalendar ships each year's State Council schedule in a new release, usually in November or
December of the year before. A year it does not cover raises NotImplementedError there; here such a
year falls back to the operator's `holidays_file`, and without one to plain weekends (no public
holidays, no 调休) while the lunar festivals are still marked. The log, `qunbot check-config` and
the owners (privately, once) are warned a month before the known years run out.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import chinese_calendar
from chinese_calendar.constants import Holiday
from chinese_calendar.constants import holidays as library_holidays
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from bot import files
from bot.terminal_text import say

WARN_DAYS = 31  # how long before the known years run out the operator is told


@dataclass(frozen=True)
class Official:
    """What the official schedule says about one day."""

    holiday: str | None  # 国庆节, on each day of the break
    workday: bool
    known: bool  # False when no source covers the year: weekends only


@dataclass
class HolidayBook:
    """The library's years plus the operator's override years (`holidays_file`)."""

    holidays: dict[date, str] = field(default_factory=dict)  # from the override file
    workdays: set[date] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path | None) -> HolidayBook:
        """Read an override file `{2027: {holidays: {春节: [first, last]}, workdays: [date, ...]}}`."""
        book = cls()
        if path is None:
            return book
        try:
            data = YAML(typ="safe").load(files.read_text(path)) or {}
            for year, entry in data.items():
                book._add_year(int(year), entry or {})
        except (OSError, YAMLError, ValueError, TypeError, AttributeError) as exc:
            book.problems.append(f"holidays file {path} unusable: {exc}")
        return book

    def _add_year(self, year: int, entry: dict) -> None:
        for name, span in (entry.get("holidays") or {}).items():
            first, last = (span, span) if isinstance(span, date) else (span[0], span[-1])
            if not (isinstance(first, date) and isinstance(last, date)) or first.year != year or last < first:
                raise ValueError(f"{year} holidays {name}: expected [first, last] dates in {year}, got {span!r}")
            while first <= last:
                self.holidays[first] = str(name)
                first += timedelta(days=1)
        for day in entry.get("workdays") or []:
            if not isinstance(day, date) or day.year != year:
                raise ValueError(f"{year} workdays: expected dates in {year}, got {day!r}")
            self.workdays.add(day)
        self.years.add(year)

    def official(self, day: date) -> Official:
        """The library's answer where it has the year, else the override file's, else weekends only."""
        try:
            detail = chinese_calendar.get_holiday_detail(day)
            holiday = Holiday(detail[1]).chinese if detail[0] and detail[1] else None
            return Official(holiday, chinese_calendar.is_workday(day), True)
        except NotImplementedError:
            pass
        if day.year in self.years:
            holiday = self.holidays.get(day)
            return Official(holiday, day in self.workdays or (holiday is None and day.weekday() < 5), True)
        return Official(None, day.weekday() < 5, False)

    def last_year(self) -> int:
        """The last year whose holidays are known, counting on from the library's through the override's."""
        year = max(d.year for d in library_holidays)
        while year + 1 in self.years:
            year += 1
        return year

    def warning(self, today: date) -> str | None:
        """A sentence for the operator when the known years end within a month (or already have)."""
        end = date(self.last_year(), 12, 31)
        if today > end:
            return say("holidays_ended", end=end, year=today.year)
        if (end - today).days < WARN_DAYS:
            return say("holidays_ending", end=end, next=end.year + 1)
        return None
