"""Reading what people type: the /接龙 line, +1 / 报名 / -1 / 取消, and WeChat's own 接龙 messages."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from lunar_python import Lunar, Solar

from bot.events import MEDIA_PLACEHOLDER

JOIN = re.compile(r"^\s*(?:[+＋]\s*[1１]|报名|我报名|报名参加)(?:\s|$|[，,。!！~～])")
# a sign-up in one's own words, the whole message (right after a 接龙 only: "我去" alone is also an exclamation)
OWN_WORDS = re.compile(r"^\s*(?:算我一个|算我一份|算上我|也算我一个|我也算一个|加我一个|报我一个|给我报一个|报一个|"
                       r"我也报名|我也报一个|我也去|我也参加|我去|我参加|我要参加|我要报名)"
                       r"[\s，,。.!！~～👍🙋🙏🌹🌷]*$")
# a sign-up for more than oneself (我和老伴两个人都去, 我们俩报名, 报两个, +2): how many in all, and who comes along
_COUNT = "两|俩|二|三|仨|四|2|3|4"
FOR_MORE = re.compile(rf"^\s*(?:[+＋]\s*(?P<plus>[2-4２-４])(?:\s|$|[，,。!！~～])"
                      rf"|(?:我和|我跟|我带|我们|咱)(?P<who>[^\s，,。]{{0,4}}?)?"
                      rf"(?:(?P<n>{_COUNT})(?:个人?|位|口)?)?(?:都|一起|一块儿?)?(?:去|参加|报名|报上|来)"
                      rf"|(?:报|算|加)(?P<n2>{_COUNT})(?:个人?|位))[了哈啊呀吧哦]{{0,2}}[\s，,。.!！~～👍🙋🙏🌹🌷]*$")
_NUMBERS = {"两": 2, "俩": 2, "二": 2, "三": 3, "仨": 3, "四": 4}
LEAVE = re.compile(r"^\s*(?:[-－—]\s*[1１]|取消|取消报名|我取消)(?:\s|$|[，,。!！~～])")
WECHAT_LIST = re.compile(r"^\s*#接龙")
LIST_LINE = re.compile(r"^\s*(\d+)[.、．]\s*(\S.*?)\s*$")
DAY_WORDS = {"今天": 0, "明天": 1, "后天": 2}
WEEKDAYS = "一二三四五六日天"
WHEN = re.compile(r"^(?:(?P<rel>今天|明天|后天)|(?:周|星期)(?P<wd>[一二三四五六日天])"
                  r"|(?P<mo>\d{1,2})[-/月](?P<d>\d{1,2})[日号]?|(?P<d2>\d{1,2})[日号])?"
                  r"(?:(?P<ampm>上午|下午|晚上|早上)?(?P<h>\d{1,2})[:：点时](?P<mi>\d{2}|半)?分?)?$")
# a date in the lunar calendar, as villages and seniors give feast days (正月初三, 腊月二十八, 农历八月十五), the time
# of day may follow it in the same word (正月初三上午10点)
_LUNAR_MONTHS = {"正": 1, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
                 "冬": 11, "十一": 11, "腊": 12, "十二": 12}
_LUNAR_DAY_WORDS = "初十廿二三一四五六七八九"
LUNAR = re.compile(rf"^(?:农历)?(?P<mo>十一|十二|[正一二三四五六七八九十冬腊])月"
                   rf"(?P<d>[{_LUNAR_DAY_WORDS}]{{1,3}})[日号]?")
CAPACITY = re.compile(r"^(?:限|共)?(\d{1,4})(?:人|位|名)?$")


@dataclass(frozen=True)
class Opening:
    """What /接龙 was given: a title, when it happens, how many may come."""

    title: str
    starts_at: datetime | None
    capacity: int | None


def says_join(text: str) -> bool:
    """+1, 报名 and the like."""
    return bool(JOIN.match(text + " "))


def says_join_in_own_words(text: str) -> bool:
    """算我一个, 我也去, 报一个: a sign-up when a 接龙 was just opened."""
    return bool(OWN_WORDS.match(text))


def party(text: str) -> tuple[int, str] | None:
    """How many one sign-up is for when it is for more than the sender (我和老伴两个人都去: 2, "老伴"), else None."""
    m = FOR_MORE.match(text)
    if m is None:
        return None
    said = m.group("plus") or m.group("n") or m.group("n2")
    who = (m.group("who") or "").strip()
    who = who.removeprefix("我").removeprefix("家")
    who = "" if who in ("", "俩", "两个", "两", "家") or who.isdigit() else who
    if said is None:
        return (2, who) if who else None  # 我和老伴都去: the two of them; 我们去 alone says no number
    n = int(said) if said.isdigit() else _NUMBERS.get(said) or int(unicodedata.numeric(said))
    return (n, who) if 2 <= n <= 4 else None


def companions(contact: str, name: str, count: int, who: str) -> dict[str, str]:
    """The places a sign-up for `count` people takes beside the sender's own, each on the list under the sender's
    name (大军的老伴; 大军的同伴 when no one was named); their ids hang off the sender's (`wxid#2`)."""
    extra = count - 1
    return {f"{contact}#{k}": f"{name}的{who or '同伴'}{k - 1 if extra > 1 else ''}" for k in range(2, count + 1)}


def words(kind: str, text: str) -> str:
    """What a message says: the typed text, or the transcript WeChat made of a voice message ("[语音] 报名")."""
    return MEDIA_PLACEHOLDER.sub("", text, count=1) if kind == "voice" else text


def says_leave(text: str) -> bool:
    """-1, 取消 and the like."""
    return bool(LEAVE.match(text + " "))


def opens_wechat_list(text: str) -> bool:
    """The text starts like WeChat's 接龙 message (#接龙)."""
    return bool(WECHAT_LIST.match(text.lstrip()))


def wechat_list(text: str) -> tuple[str, list[str]] | None:
    """WeChat's 接龙 message: its title line and the names on its numbered lines."""
    lines = text.strip().splitlines()
    if not lines or not WECHAT_LIST.match(lines[0]):
        return None
    names = [m.group(2) for line in lines if (m := LIST_LINE.match(line))]
    title = next((line.strip() for line in lines[1:] if line.strip() and not LIST_LINE.match(line)), "")
    return title, names


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


def _lunar_number(word: str) -> int | None:
    """初三 3, 十五 15, 二十八 28, 廿八 28, 三十 30."""
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
    return value if 1 <= value <= 30 and (not ones or ones in digits) else None


def when(word: str, now: datetime) -> datetime | None:
    """A time as people write it (明天9点, 周六14:30, 12月5日下午3点, 12-05 09:00, 正月初三上午10点); None when it is
    not one."""
    if (lunar := LUNAR.match(word)) is not None:
        number = _lunar_number(lunar.group("d"))
        rest = WHEN.match(word[lunar.end():])
        day_on = lunar_day(_LUNAR_MONTHS[lunar.group("mo")], number, now.date()) if number else None
        if day_on is None or rest is None or any(rest.group(k) for k in ("rel", "wd", "d", "d2")):
            return None
        return _at(now, day_on, rest)
    m = WHEN.match(word)
    if not m or not any(m.group(k) for k in ("rel", "wd", "d", "d2", "h")):
        return None
    day = now.date()
    if m.group("rel"):
        day += timedelta(days=DAY_WORDS[m.group("rel")])
    elif m.group("wd"):
        ahead = (min(WEEKDAYS.index(m.group("wd")), 6) - day.weekday()) % 7
        day += timedelta(days=ahead or 7)
    elif m.group("d") or m.group("d2"):
        month = int(m.group("mo")) if m.group("mo") else day.month
        try:
            day = day.replace(month=month, day=int(m.group("d") or m.group("d2")))
        except ValueError:
            return None
        if day < now.date():
            day = day.replace(year=day.year + 1)
    return _at(now, day, m)


def _at(now: datetime, day: date, m: re.Match[str]) -> datetime | None:
    """The day at the hour the words give (9 o'clock when they give none)."""
    hour = int(m.group("h")) if m.group("h") else 9
    if m.group("ampm") in ("下午", "晚上") and hour < 12:
        hour += 12
    if hour > 23:
        return None
    minute = 30 if m.group("mi") == "半" else int(m.group("mi") or 0)
    return now.replace(year=day.year, month=day.month, day=day.day, hour=hour, minute=minute, second=0, microsecond=0)


TIME_LIKE = re.compile(r"\d{1,2}[:：点时]|[今明后]天|(?:周|星期)[一二三四五六日天]|月.{0,3}[日号]|\d{1,2}[日号]"
                       r"|月[初十廿二三]|农历|[上下]午|晚上")


def unread_time(title: str) -> str | None:
    """A word after the first of a 接龙's title that looks like a time the bot could not read (腊月三十, 正月十五晚上
    七点半), if any; the first word is the activity's name (周六太极)."""
    return next((word for word in title.split()[1:] if TIME_LIKE.search(word)), None)


def opening(args: str, now: datetime) -> Opening | None:
    """`标题 [时间] [人数]` (time and number may come in either order, the time in up to two words)."""
    words = args.split()
    if not words:
        return None
    starts_at: datetime | None = None
    capacity: int | None = None
    while len(words) > 1:
        if capacity is None and (c := CAPACITY.match(words[-1])):
            capacity = int(c.group(1))
        elif starts_at is None and (t := when(words[-1], now)):
            starts_at = t
            if len(words) > 2 and (both := when(words[-2] + words[-1], now)):
                starts_at = both
                words.pop()
        else:
            break
        words.pop()
    return Opening(" ".join(words), starts_at, capacity)
