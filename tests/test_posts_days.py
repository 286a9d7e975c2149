"""Posts through the running bot: festivals and 调休 per audience, the daily topic, the holiday data warning."""
from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

from sqlmodel import select

import plugins.posts as posts
from bot.testing import TZ, TestBot, message
from plugins.posts.store import PostDrawn

ROOMS = """
plugins:
  posts: {}
rooms:
  r2:
    posts: {audience: professionals}
"""
TOPIC = """
plugins:
  posts:
    schedules:
      morning: {cron: "30 7 * * *", template: morning.j2}
      topic: {cron: "0 10 * * *", template: topic.j2, draw: questions}
      evening: {cron: "0 21 * * *", template: evening.j2}
"""


def _by_day(bot: TestBot, room: str, ref: str = "morning") -> dict[str, str]:
    return {a.at.date().isoformat(): a.text for a in bot.sent if a.plugin == "posts" and a.room == room
            and a.ref == ref}


async def test_spring_festival_2026_through_the_bot_for_two_audiences(make_bot):
    bot = make_bot(ROOMS, start=datetime(2026, 2, 13, 7, 0, tzinfo=TZ))
    await bot.start()
    for room in ("r1", "r2"):
        await bot.send(message("早", room=room, ts=bot.now))
    await bot.wait(days=5, hours=1)
    seniors, working = _by_day(bot, "r1"), _by_day(bot, "r2")
    assert len(seniors) == len(working) == 6
    assert "调休" in seniors["2026-02-14"] and "上班" not in seniors["2026-02-14"]
    assert "调休上班" in working["2026-02-14"]
    assert "除夕快乐" in seniors["2026-02-16"] and "新春快乐" in seniors["2026-02-17"]
    assert not any(w in text for text in seniors.values() for w in ("上班", "闹钟", "难得休息"))
    with bot.app.store.session() as db:
        drawn = db.exec(select(PostDrawn).where(PostDrawn.room_id == "r1")).all()
    assert len(drawn) == 11  # 6 mornings and 5 evenings, never the same tip


async def test_the_daily_question_and_the_evening_thanks_to_those_who_joined_in(make_bot):
    bot = make_bot(TOPIC, start=datetime(2026, 11, 23, 9, 50, tzinfo=TZ))
    await bot.start()
    await bot.send_message("大家早", sender="u9", name="李叔")  # before the question: not thanked
    await bot.wait(minutes=15)
    await bot.send_message("我拿手的是红烧肉", sender="u1", name="张姐")
    await bot.send_message("谢谢张姐分享", sender="op1", name="小王")
    await bot.wait(hours=11)
    question = _by_day(bot, "r1", "topic")["2026-11-23"]
    evening = _by_day(bot, "r1", "evening")["2026-11-23"]
    assert question.startswith("💬 今日话题：")
    assert question.splitlines()[0].removeprefix("💬 今日话题：") in evening
    assert "谢谢张姐的分享" in evening and "李叔" not in evening and "小王" not in evening


async def test_owners_hear_once_a_month_before_the_holiday_data_runs_out(make_bot):
    bot = make_bot("plugins:\n  posts: {}\n", start=datetime(2026, 11, 30, 7, 0, tzinfo=TZ))
    await bot.start()
    await bot.send(message("早", ts=bot.now))
    await bot.wait(days=3)
    told = [a for a in bot.sent if a.kind == "private" and a.plugin == "posts"]
    assert [(a.to, a.at.date().isoformat()) for a in told] == [("boss", "2026-12-01")]
    assert "节假日数据只到 2026-12-31" in told[0].text


def test_a_holidays_file_covers_the_next_year_until_the_library_does(tmp_path):
    (tmp_path / "holidays.yaml").write_text(
        "2027:\n  holidays: {春节: [2027-02-05, 2027-02-11]}\n  workdays: [2027-02-14]\n", encoding="utf-8")
    config = posts.PostsConfig(holidays_file="holidays.yaml")
    assert posts._coverage(config, tmp_path, date(2026, 12, 5)) == []
    assert "只到 2027-12-31" in posts._coverage(config, tmp_path, date(2027, 12, 5))[0]
    assert "只到 2026-12-31" in posts._coverage(posts.PostsConfig(), tmp_path, date(2026, 12, 5))[0]
    assert posts._coverage(posts.PostsConfig(), tmp_path, date(2026, 11, 23)) == []
    book = posts._holidays_of(config, tmp_path)
    sunday = posts.day_of(date(2027, 2, 14), book)
    assert sunday.adjusted_workday and posts.day_of(date(2027, 2, 8), book).holiday == "春节"
    assert posts.day_of(date(2027, 2, 14)).adjusted_workday is False  # without the file: weekends only


def test_check_config_names_an_unusable_holidays_file(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("plugins:\n  posts:\n    holidays_file: missing.yaml\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bot", "check-config", str(path)], capture_output=True, text=True)
    assert done.returncode == 1 and "missing.yaml" in done.stderr  # a file the config names must exist


async def test_tomorrow_in_the_preview_is_not_today_again(make_bot):
    bot = make_bot("plugins:\n  posts: {}\n", start=datetime(2026, 12, 21, 9, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_command("/post preview morning", sender="op1")
    await bot.settle()
    preview = bot.texts("commands")[0]
    today, tomorrow = preview.split("【明天")
    assert "12月21日" in today and "冬至" in tomorrow and "冬至安康" in tomorrow
    tip = [line for line in today.splitlines() if line.startswith("📌")]
    assert tip and tip[0] not in tomorrow
