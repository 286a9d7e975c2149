"""A whole year of posts, composed the way the plugin composes them: right for the day and the audience.

2027 is a year chinesecalendar 1.11 does not cover (lunar festivals only, weekends as days off);
2026 is one it does (public holidays and 调休 working days).
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import pytest

from bot.templates import Scripts
from plugins.posts.calendar import Day, day_of
from plugins.posts.compose import compose, pick, renderer, variety
from plugins.posts.content import bank
from plugins.posts.holidays import HolidayBook

FESTIVALS_2027 = {"腊八": date(2027, 1, 15), "小年": date(2027, 1, 30), "除夕": date(2027, 2, 5),
                  "春节": date(2027, 2, 6), "元宵": date(2027, 2, 20), "端午": date(2027, 6, 9),
                  "七夕": date(2027, 8, 8), "中秋": date(2027, 9, 15), "重阳": date(2027, 10, 8)}
FESTIVALS_2026 = {"腊八": date(2026, 1, 26), "小年": date(2026, 2, 10), "除夕": date(2026, 2, 16),
                  "春节": date(2026, 2, 17), "元宵": date(2026, 3, 3), "端午": date(2026, 6, 19),
                  "七夕": date(2026, 8, 19), "中秋": date(2026, 9, 25), "重阳": date(2026, 10, 18)}
WISHES = {"腊八": "腊八安康", "小年": "小年快乐", "除夕": "除夕快乐", "春节": "新春快乐", "元宵": "元宵节快乐",
          "端午": "端午安康", "七夕": "七夕", "中秋": "中秋团圆", "重阳": "重阳敬老"}
WARM_CLOTHES = ("添衣", "保暖", "穿暖", "加衣", "厚衣", "厚外套", "御寒", "防寒", "毛衣", "围巾", "手套")
AUDIENCES = ["seniors", "parents", "students", "professionals", "customers"]
WORK = ("上班", "闹钟", "难得休息", "加班", "通勤")
YEARS = [2026, 2027]


@cache
def year_of_posts(year: int, audience: str, schedule: str = "morning") -> tuple[tuple[Day, str, str], ...]:
    """Every post of one room for a year: (day, text, item), drawing from the bank as the plugin does."""
    render, posts = renderer(Scripts()), []
    history: dict[str, date] = {}
    day = date(year, 1, 1)
    while day.year == year:
        facts = day_of(day, HolidayBook())
        item = pick(bank(audience), facts, history, "r1")
        text = item.text if item else ""
        if item:
            history[item.key] = day
        script = compose(render, f"{schedule}.j2", facts, audience=audience, item=text,
                         n=variety("r1", day, schedule))
        posts.append((facts, script.text, text))
        day += timedelta(days=1)
    return tuple(posts)


def _body(text: str) -> str:
    """The post without its date line (the date alone would make every post unique)."""
    return "\n".join(line for line in text.splitlines() if not line.startswith("今天是"))


@pytest.mark.parametrize("year", YEARS)
def test_every_day_of_the_year_gets_a_morning_post_with_a_tip(year):
    posts = year_of_posts(year, "seniors")
    assert len(posts) == (date(year + 1, 1, 1) - date(year, 1, 1)).days
    assert all("今天是" in text and "今日小贴士" in text for _, text, _ in posts)


@pytest.mark.parametrize("year,festivals", [(2026, FESTIVALS_2026), (2027, FESTIVALS_2027)])
def test_every_lunar_festival_is_marked_on_its_day(year, festivals):
    by_date = {day.date: text for day, text, _ in year_of_posts(year, "seniors")}
    for name, when in festivals.items():
        assert WISHES[name] in by_date[when], (name, by_date[when])
        assert WISHES[name] not in by_date[when - timedelta(days=1)] + by_date[when + timedelta(days=1)]


@pytest.mark.parametrize("year", YEARS)
@pytest.mark.parametrize("schedule", ["morning", "evening"])
def test_qingming_is_wished_ankang_and_never_celebrated(year, schedule):
    qingming = [text for day, text, _ in year_of_posts(year, "seniors", schedule) if "清明" in day.festivals]
    assert len(qingming) == 1
    assert schedule == "evening" or "清明安康" in qingming[0]
    assert not any(word in qingming[0] for word in ("快乐", "🎊", "🎉", "庆祝", "喜庆", "开开心心", "!"))


@pytest.mark.parametrize("year", YEARS)
@pytest.mark.parametrize("audience", AUDIENCES)
def test_no_summer_day_tells_people_to_dress_warmly(year, audience):
    summer = [(day.date, text) for day, text, _ in year_of_posts(year, audience) if day.date.month in (6, 7, 8)]
    assert len(summer) == 92
    assert [(when, text) for when, text in summer if any(w in text for w in WARM_CLOTHES)] == []


@pytest.mark.parametrize("year", YEARS)
@pytest.mark.parametrize("schedule", ["morning", "evening"])
def test_no_body_repeats_within_30_days_and_no_tip_within_60(year, schedule):
    posts = year_of_posts(year, "seniors", schedule)
    for i, (day, text, item) in enumerate(posts):
        later = posts[i + 1:i + 60]
        assert all(_body(text) != _body(other) for _, other, _ in later[:29]), day.date
        assert all(item != other for _, _, other in later), (day.date, item)


@pytest.mark.parametrize("year", YEARS)
@pytest.mark.parametrize("schedule", ["morning", "evening"])
def test_seniors_are_never_told_about_going_to_work(year, schedule):
    said = [(day.date, w) for day, text, _ in year_of_posts(year, "seniors", schedule) for w in WORK if w in text]
    assert said == []


def test_2026_uses_the_holiday_library_including_an_adjusted_working_day():
    seniors = {day.date: (day, text) for day, text, _ in year_of_posts(2026, "seniors")}
    working = {day.date: text for day, text, _ in year_of_posts(2026, "professionals")}
    saturday = date(2026, 2, 14)  # 调休: the Saturday before 春节 is a working day
    assert seniors[saturday][0].adjusted_workday and "周末" not in seniors[saturday][1]
    assert "今天是调休日" in seniors[saturday][1] and "调休上班" in working[saturday]
    assert "国庆节假期" in seniors[date(2026, 10, 3)][1]
    assert all(not day.holidays_known for day, _, _ in year_of_posts(2027, "seniors"))



def test_every_audience_has_a_bank_of_a_year_and_more():
    for audience in AUDIENCES:
        items = bank(audience)
        assert len(items) >= 365, audience
        assert len({i.key for i in items}) == len(items), audience
