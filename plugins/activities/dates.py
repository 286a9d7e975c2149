"""When an activity happens, as people write it: 明天9点, 周六14:30, 12月5日下午3点, 十二月五日, 正月初三上午10点."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from lunar_python import Lunar, Solar

DAY_WORDS = {"今天": 0, "明天": 1, "后天": 2}
WEEKDAYS = "一二三四五六日天"
_HOUR = "\\d{1,2}|十[一二]?|[一二三四五六七八九两]"
WHEN = re.compile(r"^(?:(?P<rel>今天|明天|后天)|(?P<wk>下下|下|这|本)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])"
                  r"|(?P<mo>\d{1,2})[-/月](?P<d>\d{1,2})[日号]?|(?P<d2>\d{1,2})[日号])?"
                  rf"(?:(?P<ampm>上午|中午|下午|晚上|早上|傍晚)?(?P<h>{_HOUR})[:：点时](?P<mi>\d{{2}}|半)?分?"
                  r"|(?P<part>上午|中午|下午|晚上|早上|傍晚))?$")
# a part of the day with no hour (下周三中午): when such a gathering usually begins
_PART_HOUR = {"早上": 8, "上午": 9, "中午": 12, "下午": 15, "傍晚": 17, "晚上": 19}
_WEEKS_AHEAD = {"下": 1, "下下": 2, "这": 0, "本": 0}
# A month and day in Chinese numerals, the time of day may follow in the same word. Lunar as villages and
# seniors give feast days (正月初三, 腊月二十八, 八月十五, 农历三月八日); Gregorian as a notice writes it
# (十二月五日, 三月八号).
_MONTHS = {"正": 1, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
           "冬": 11, "十一": 11, "腊": 12, "十二": 12}
_NUMERALS = "初十廿二三一四五六七八九"
CHINESE_DATE = re.compile(rf"^(?P<lunar>农历)?(?P<mo>十一|十二|[正一二三四五六七八九十冬腊])月"
                          rf"(?P<d>[{_NUMERALS}]{{1,3}})(?P<mark>[日号])?")
_LUNAR_MONTH = "正冬腊"  # the lunar names of the 1st, 11th and 12th months
# days only the lunar calendar writes: 初三, 廿八; 十五, 二十, 二十八, 三十 without 日/号 (八月十五; 十二月五日 is
# Gregorian: a day followed by 日 or 号 is read as the calendar on the wall, unless 农历 or the month says lunar).
# A bare 十X after 一月, 十一月 or 十二月 is Gregorian too: those months go by 正月, 冬月, 腊月 on the lunar calendar
# ("兰展是几号开始 是十二月十八吗", training data)
_LUNAR_DAY = re.compile(r"^[初廿]")
_LUNAR_DAY_BARE = re.compile(r"^[二三]?十")
_SOLAR_NAMED = ("一", "十一", "十二")


def lunar_day(month: int, day: int, today: date) -> date | None:
    """The next day on or after `today` that is lunar month/day (this lunar year's, else next year's); None when the
    month never has that day (三十 of a short month)."""
    year = Solar.fromYmd(today.year, today.month, today.day).getLunar().getYear()
    for lunar_year in (year - 1, year, year + 1):
        try:
            solar = Lunar.fromYmd(lunar_year, month, day).getSolar()
        except Exception:  # lunar_python raises a bare Exception for a day the month lacks ("only 29 days ...")
            continue
        found = date(solar.getYear(), solar.getMonth(), solar.getDay())
        if found >= today:
            return found
    return None


def _next(month: int, day: int, today: date) -> date | None:
    """The next month/day of the Gregorian calendar on or after `today`; None when there is no such day."""
    for year in (today.year, today.year + 1):
        try:
            found = date(year, month, day)
        except ValueError:  # no such day (2月30日), or not in this year (2月29日)
            continue
        if found >= today:
            return found
    return None


def _number(word: str) -> int | None:
    """初三 3, 五 5, 十五 15, 二十八 28, 廿八 28, 三十一 31."""
    digits = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
    word = word.removeprefix("初")
    if word in digits:
        return digits[word]
    if word == "十":
        return 10
    tens, _, ones = word.replace("廿", "二十").partition("十")
    if word.startswith("十"):
        tens = "一"
    value = digits.get(tens, 0) * 10 + (digits.get(ones, 0) if ones else 0)
    return value if 1 <= value <= 31 and (not ones or ones in digits) else None


def _is_lunar(found: re.Match[str]) -> bool:
    """农历, a lunar month, or a day only the lunar calendar writes."""
    day = found.group("d")
    return bool(found.group("lunar") or found.group("mo") in _LUNAR_MONTH or _LUNAR_DAY.match(day)
                or not found.group("mark") and found.group("mo") not in _SOLAR_NAMED and _LUNAR_DAY_BARE.match(day))


def _chinese_date(found: re.Match[str], today: date) -> date | None:
    """The day a month and day in Chinese numerals names, on the lunar or the Gregorian calendar."""
    month, day = _MONTHS[found.group("mo")], _number(found.group("d"))
    if day is None:
        return None
    if _is_lunar(found):
        return lunar_day(month, day, today) if day <= 30 else None
    return _next(month, day, today)


# the year a notice writes before the month (2027年7月15日, 2027-07-15, 2027/7/15, 2027.7.15)
_YEAR = re.compile(r"^(?P<y>20\d{2})(?:年|[-/.](?=\d))")


def when(word: str, now: datetime) -> datetime | None:
    """A time as people write it (明天9点, 周六14:30, 12月5日下午3点, 12-05 09:00, 十二月五日下午3点, 正月初三上午10点,
    2027年7月15日上午8点); None when it is not one."""
    if (year := _YEAR.match(word)) is None:
        return _when(word, now)
    rest = word[year.end():].replace(".", "-", 1)
    if not re.match(r"\d{1,2}[-/月]|(?:农历)?(?:十一|十二|[正一二三四五六七八九十冬腊])月", rest):
        return None  # a year needs its month and day (2027年周六 is no day)
    found = _when(rest, now)
    if found is None:
        return None
    try:
        dated = found.replace(year=int(year.group("y")))
    except ValueError:  # 2月29日 of a year without one
        return None
    return dated if dated >= now else None


def _when(word: str, now: datetime) -> datetime | None:
    """A time without a year."""
    if (chinese := CHINESE_DATE.match(word)) is not None:
        day_on = _chinese_date(chinese, now.date())
        rest = WHEN.match(word[chinese.end():])
        if day_on is None or rest is None or any(rest.group(k) for k in ("rel", "wd", "d", "d2")):
            return None
        return _at(now, day_on, rest)
    m = WHEN.match(word)
    if not m or not any(m.group(k) for k in ("rel", "wd", "d", "d2", "h")) \
            or m.group("part") and not any(m.group(k) for k in ("rel", "wd", "d", "d2")):  # 中午 alone is no day
        return None
    day = now.date()
    if m.group("rel"):
        day += timedelta(days=DAY_WORDS[m.group("rel")])
    elif m.group("wd") and m.group("wk"):  # 下周三: that week's Wednesday (weeks start on Monday); 这周三 not past
        day += timedelta(days=7 * _WEEKS_AHEAD[m.group("wk")] + min(WEEKDAYS.index(m.group("wd")), 6) - day.weekday())
        if day < now.date():
            return None
    elif m.group("wd"):
        ahead = (min(WEEKDAYS.index(m.group("wd")), 6) - day.weekday()) % 7
        day += timedelta(days=ahead or 7)
    elif m.group("d") or m.group("d2"):
        dated = _next(int(m.group("mo")) if m.group("mo") else day.month, int(m.group("d") or m.group("d2")), day)
        if dated is None:
            return None
        day = dated
    return _at(now, day, m)


def _at(now: datetime, day: date, m: re.Match[str]) -> datetime | None:
    """The day at the hour the words give (9 o'clock when they give none)."""
    said = m.group("h")
    hour = (int(said) if said.isdigit() else 2 if said == "两" else _number(said) or 99) if said \
        else _PART_HOUR.get(m.group("part") or "", 9)
    if m.group("ampm") in ("下午", "晚上", "傍晚") and hour < 12 or m.group("ampm") == "中午" and hour < 11:
        hour += 12
    if hour > 23:
        return None
    minute = 30 if m.group("mi") == "半" else int(m.group("mi") or 0)
    return now.replace(year=day.year, month=day.month, day=day.day, hour=hour, minute=minute, second=0, microsecond=0)


TIME_LIKE = re.compile(r"\d{1,2}[:：点时]|[今明后]天|(?:周|星期|礼拜)[一二三四五六日天]|月.{0,3}[日号]|\d{1,2}[日号]"
                       r"|月[初十廿二三]|农历|[上中下]午|晚上|傍晚")


def unread_time(title: str) -> str | None:
    """A word after the first of a 接龙's title that looks like a time the bot could not read (腊月三十, 正月十五晚上
    七点半), if any; the first word is the activity's name (周六太极)."""
    return next((word for word in title.split()[1:] if TIME_LIKE.search(word)), None)
