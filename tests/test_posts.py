"""Morning and evening posts: once per room per slot, across restarts and two processes; late runs skipped."""
from __future__ import annotations

import logging
import subprocess
import sys
from datetime import datetime, timedelta

from bot.testing import TZ, SentLog, TestBot, message, on_postgres

POSTS = """
plugins:
  posts: {}
"""
SEVEN = datetime(2026, 11, 23, 7, 0, tzinfo=TZ)  # a Monday


async def _rooms_speak(bot: TestBot, *rooms: str) -> None:
    for room in rooms:
        await bot.send(message("早", room=room, ts=bot.now))


def _posts(bot: TestBot, ref: str = "morning") -> SentLog:
    return bot.sent.by_plugin("posts").with_ref(ref)


async def test_the_morning_post_appears_once_per_room_at_seven_thirty(make_bot):
    bot = make_bot(POSTS, start=SEVEN)
    await bot.start()
    await _rooms_speak(bot, "r1", "r2")
    await bot.wait(hours=26)
    today = [a for a in _posts(bot) if a.at.isoformat().startswith("2026-11-23")]
    assert sorted(a.room or "" for a in today) == ["r1", "r2"]
    assert all("T07:30:0" in a.at.isoformat() for a in today)
    assert "11月23日 星期一 农历十月十五" in today[0].text and today[0].cause is None
    assert len(_posts(bot)) == 4 and len(_posts(bot, "evening")) == 2


async def test_restarts_at_0729_and_0731_still_give_exactly_one(make_bot):
    bot = make_bot(POSTS, start=SEVEN)
    await bot.start()
    await _rooms_speak(bot, "r1", "r2")
    await bot.wait(minutes=29)
    await bot.stop()
    await bot.start(at=SEVEN + timedelta(minutes=29, seconds=30))
    await bot.wait(minutes=1, seconds=30)
    await bot.stop()
    await bot.start(at=SEVEN + timedelta(minutes=31, seconds=10))
    await bot.wait(minutes=30)
    assert sorted(a.room or "" for a in _posts(bot)) == ["r1", "r2"]


async def test_a_post_missed_while_down_from_0700_to_0750_is_skipped_and_logged(make_bot, caplog):
    bot = make_bot(POSTS, start=SEVEN - timedelta(minutes=10))
    await bot.start()
    await _rooms_speak(bot, "r1")
    await bot.wait(minutes=10)
    await bot.stop()
    with caplog.at_level(logging.WARNING):
        await bot.start(at=SEVEN + timedelta(minutes=50))
        await bot.wait(minutes=30)
    assert _posts(bot) == []
    assert any("job skipped id=posts:slot:morning" in r.getMessage() for r in caplog.records)


async def test_a_post_a_little_late_is_still_posted(make_bot):
    bot = make_bot(POSTS, start=SEVEN)
    await bot.start()
    await _rooms_speak(bot, "r1")
    await bot.stop()
    await bot.start(at=SEVEN + timedelta(minutes=40))
    await bot.wait(minutes=1)
    assert [a.room for a in _posts(bot)] == ["r1"]


async def test_two_bot_processes_on_one_store_post_once(tmp_path, monkeypatch):
    # several processes share a PostgreSQL store as they are; SQLite refuses a second one, so there (only) its
    # lock is lifted for this test
    if not on_postgres():
        monkeypatch.setattr("bot.store.ProcessLock", lambda db: None)
    first, second = TestBot(tmp_path, POSTS, start=SEVEN), TestBot(tmp_path, POSTS, start=SEVEN)
    await first.start()
    await second.start()
    await _rooms_speak(first, "r1", "r2")
    await first.wait(hours=1)
    await second.wait(hours=1)
    assert len(_posts(first)) + len(_posts(second)) == 2
    await first.stop()
    await second.stop()


async def test_queued_items_are_used_once_and_weekends_get_their_variant(make_bot):
    bot = make_bot(POSTS, start=SEVEN + timedelta(days=4))  # Friday
    await bot.start()
    await _rooms_speak(bot, "r1")
    await bot.send_message("/post add morning 明天社区义诊，九点开始", sender="op1")
    await bot.wait(days=1, hours=1)
    friday, saturday = [a.text for a in _posts(bot)]
    assert "明天社区义诊" in friday and "星期五" in friday
    assert "周末" in saturday and "义诊" not in saturday


async def test_post_skip_in_a_room_skips_only_that_room_today(make_bot):
    bot = make_bot(POSTS, start=SEVEN)
    await bot.start()
    await _rooms_speak(bot, "r1", "r2")
    await bot.send_message("/post skip morning", sender="op1", room="r1")
    await bot.wait(hours=1)
    assert [a.room for a in _posts(bot)] == ["r2"]
    await bot.wait(days=1)
    assert sorted(a.room or "" for a in _posts(bot)) == ["r1", "r2", "r2"]


async def test_post_now_preview_and_list(make_bot):
    bot = make_bot(POSTS, start=SEVEN + timedelta(hours=3))
    await bot.start()
    await bot.send_message("/post preview evening", sender="op1")
    await bot.send_message("/post now morning", sender="op1")
    await bot.send_message("/post list", sender="op1")
    await bot.send_message("/post now breakfast", sender="op1")
    await bot.settle()
    preview, listing, wrong = bot.texts("commands")
    assert preview.startswith("【今天 11月23日 星期一 农历十月十五】\n") and "晚上好" in preview
    assert "【明天 11月24日 星期二 农历十月十六】" in preview
    assert [a.room for a in _posts(bot)] == ["r1"]
    assert "morning：30 7 * * *，下次 11-24 07:30" in listing
    assert "没有叫 breakfast 的时段" in wrong


async def test_a_schedule_inside_quiet_hours_never_posts(make_bot, caplog):
    bot = make_bot(POSTS.replace("posts: {}", "posts:\n    schedules:\n      late: {cron: '0 23 * * *', "
                                "template: evening.j2}"), start=SEVEN)
    await bot.start()
    await _rooms_speak(bot, "r1")
    with caplog.at_level(logging.WARNING):
        await bot.wait(hours=17)
    assert _posts(bot, "late") == []
    assert any("post skipped in quiet hours" in r.getMessage() for r in caplog.records)


def test_a_bad_cron_is_a_config_error_with_its_line(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("plugins:\n  posts:\n    schedules:\n      morning: {cron: '99 7 * * *', template: m.j2}\n",
                    encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bot", "check-config", str(path)], capture_output=True, text=True)
    assert done.returncode == 1
    assert "config.yaml:4 plugins.posts.schedules.morning.cron: 应当是 crontab 写法" in done.stderr


async def test_items_from_a_file_are_used_in_turn_when_the_queue_is_empty(make_bot):
    bot = make_bot(POSTS.replace("posts: {}", "posts:\n    items_file: items.yaml"), start=SEVEN)
    (bot.folder / "items.yaml").write_text("morning: [多喝温水, 早睡早起]\n", encoding="utf-8")
    await bot.start()
    await _rooms_speak(bot, "r1")
    await bot.wait(days=2)
    texts = [a.text for a in _posts(bot)]
    assert len(texts) == 2 and {"多喝温水" in texts[0], "多喝温水" in texts[1]} == {True, False}
    assert any("早睡早起" in t for t in texts)


async def test_a_room_whose_only_slot_is_at_night_has_its_operators_told_once(make_bot):
    # code review 27, finding 14: told at start, as check-config reads it, not only after a day post that never comes
    bot = make_bot(POSTS.replace("posts: {}", "posts:\n    schedules:\n      dawn: {cron: '30 5 * * *', "
                                "template: morning.j2}"), start=SEVEN + timedelta(hours=3))
    await bot.start()
    await _rooms_speak(bot, "r1")
    await bot.wait(hours=30)
    told = [a for a in bot.sent if a.kind == "private" and "「dawn」定在 5:30" in a.text]
    assert told and len({a.to for a in told}) == len(told)  # once to each owner or operator
    assert "夜间免打扰" in told[0].text and _posts(bot, "dawn") == []
