"""The outbox never stalls: bounded attempts, gone rooms, send deadlines, nothing given up silently."""
from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import pytest
from sqlmodel import col, select

from bot.actions import Action
from bot.models import ActionLog
from bot.testing import on_postgres
from tests.probe_plugins import ALL, PLUGINS_ON

FAST = PLUGINS_ON + "outbox:\n  room_switch_gap_s: [0, 0]\n  retry_s: 1\n  max_attempts: 3\n"


def _rows(app, **where) -> list[ActionLog]:
    with app.store.session() as db:
        query = select(ActionLog).order_by(col(ActionLog.id))
        for key, value in where.items():
            query = query.where(getattr(ActionLog, key) == value)
        return list(db.exec(query).all())


async def test_an_action_that_keeps_failing_is_marked_failed_and_the_room_goes_on(make_bot):
    bot = make_bot(FAST, ALL)
    app = await bot.start()
    bot.adapter.failing.add("r1")
    await bot.send_message("第一条")
    await bot.wait(minutes=1)
    bot.adapter.failing.clear()
    await bot.send_message("第二条")
    await bot.wait(minutes=1)
    failed = _rows(app, status="failed")
    assert [(r.text, r.note) for r in failed] == [("收到：第一条", "RuntimeError: the platform refused the message")]
    assert "收到：第二条" in bot.texts()
    assert not app.outbox.queued


async def test_the_owners_hear_once_about_failures_grouped(make_bot):
    bot = make_bot(FAST.replace("echo: {}", "echo: {times: 3}"), ALL)
    await bot.start()
    bot.adapter.failing.add("r1")
    await bot.send_message("第一条")
    await bot.wait(minutes=5)
    reports = [a for a in bot.sent if a.to == "boss"]
    assert len(reports) == 1
    assert reports[0].text.count("收到：第一条") == 3 and "/outbox" in reports[0].text


async def test_attempts_are_bounded_and_back_off(make_bot):
    bot = make_bot(FAST.replace("max_attempts: 3", "max_attempts: 4"), ALL)
    app = await bot.start()
    tried: list[datetime] = []
    deliver = app.outbox.deliver

    async def counting(action: Action) -> None:
        if action.room == "r1":
            tried.append(app.clock.now())
        await deliver(action)
    app.outbox.deliver = counting
    bot.adapter.failing.add("r1")
    await bot.send_message("第一条")
    await bot.wait(hours=1)
    assert len(tried) == 4
    assert [(b - a).total_seconds() for a, b in zip(tried, tried[1:], strict=False)] == [1, 2, 4]


async def test_a_room_the_bot_was_removed_from_stops_receiving_attempts(make_bot):
    bot = make_bot(FAST.replace("echo: {}", "echo: {times: 3}"), ALL)
    app = await bot.start()
    bot.adapter.gone.add("r1")
    await bot.send_message("还在吗")
    await bot.wait(minutes=10)
    assert [r.status for r in _rows(app, room="r1")] == ["failed"] * 3
    assert "no longer in room r1" in _rows(app, room="r1")[0].note


async def test_a_send_that_never_returns_is_a_failed_attempt_and_others_go_on(make_bot):
    bot = make_bot(FAST + "  send_timeout_s: 0.05\n", ALL)
    app = await bot.start()
    deliver = app.outbox.deliver

    async def hanging(action: Action) -> None:
        if action.room == "r1":
            await asyncio.sleep(3600)
        await deliver(action)
    app.outbox.deliver = hanging
    await bot.send_message("卡住的", room="r1")
    await bot.send_message("别的群", room="r2")
    await bot.wait(minutes=1)
    assert "收到：别的群" in bot.texts()
    (row,) = _rows(app, room="r1")
    assert row.status == "failed" and row.note == "no answer within 0.05 s"


async def test_an_outage_spends_no_attempts(make_bot):
    bot = make_bot(FAST, ALL)
    await bot.start()
    bot.adapter.offline = True
    await bot.send_message("断线时")
    await bot.wait(minutes=30)
    bot.adapter.offline = False
    await bot.wait(seconds=2)
    assert bot.texts() == ["收到：断线时"]


async def test_a_full_backlog_never_gives_up_moderation_and_counts_what_it_drops(make_bot, caplog):
    bot = make_bot(PLUGINS_ON.replace("echo: {}", "echo: {times: 5}")
                  + "outbox:\n  max_backlog: 3\n  priorities: {guard: 9, echo: 1}\n"
                  + "  never_give_up: [guard]\n", ALL)
    app = await bot.start()
    await bot.send_message("广告一")  # the guard blocks: one notice
    await bot.send_message("广告二")
    await bot.send_message("广告三")
    await bot.send_message("广告四")
    await bot.send_message("普通")  # 5 echoes outrank the 3 waiting notices, yet the notices stay
    await bot.settle()
    assert bot.texts().count("请勿发广告") == 4
    assert app.outbox.given_up.by("dropped") == {"echo/say": 5}
    assert any("backlog full" in r.getMessage() and "echo/say=5" in r.getMessage() for r in caplog.records)


async def test_send_limits_hold_across_a_restart(make_bot):
    bot = make_bot(PLUGINS_ON.replace("echo: {}", "echo: {times: 5}")
                  + "outbox:\n  room_min_interval_s: 0\n  room_per_minute: 6\n", ALL)
    await bot.start()
    await bot.send_message("一")
    await bot.send_message("二")
    await bot.wait(seconds=5)
    assert len(bot.sent) == 6
    await bot.stop()
    await bot.start(at=bot.begin + timedelta(seconds=10))
    await bot.wait(minutes=3)
    times = [a.at for a in bot.sent]
    assert len(times) == 10
    assert all(times[i + 6] - times[i] >= timedelta(minutes=1) for i in range(len(times) - 6))


async def test_operators_see_the_queue_privately_and_retry_or_drop_from_chat(make_bot):
    bot = make_bot(FAST + "  quiet_hours_hold: {reminder: defer}\n", ALL)
    app = await bot.start()
    bot.adapter.failing.add("r2")
    await bot.send_message("发不出去", room="r2")
    await bot.wait(minutes=2)
    bot.forget_sent()
    await bot.send_command("/发送队列", sender="op1", room="r1")
    (answer,) = [a for a in bot.sent if a.to == "op1"]
    assert answer.kind == "private" and "收到：发不出去" in answer.text and "原因" in answer.text
    (failed,) = _rows(app, status="failed")
    bot.adapter.failing.clear()
    await bot.send_command(f"/outbox retry {failed.id}", sender="op1", room=None)
    await bot.wait(seconds=5)
    assert "收到：发不出去" in bot.texts()
    await bot.send_command("/outbox", sender="u2", room=None)
    assert "管理员" in bot.sent[-1].text  # members may not look


@pytest.mark.skipif(on_postgres(), reason="the sent notes are kept beside a SQLite store only")
async def test_a_send_the_platform_took_just_before_a_crash_is_not_sent_again(make_bot):
    """Killed after the platform took a reply but before the store marked it (an event held the store meanwhile):
    after the restart the reply counts as delivered, from the note written the moment the send returned."""
    bot = make_bot(FAST, ALL)
    app = await bot.start()
    bot.adapter.offline = True
    await bot.send_message("在吗")  # the reply waits, stored as pending
    bot.adapter.offline = False
    taken = asyncio.Event()
    deliver = app.outbox.deliver

    async def taken_then_store_busy(action: Action) -> None:
        await deliver(action)
        await app.work.lock.acquire()  # an event takes the store first: the mark waits, and the bot is killed
        taken.set()
    app.outbox.deliver = taken_then_store_busy
    waiting = asyncio.create_task(bot.wait(seconds=5))
    await asyncio.wait_for(taken.wait(), 10)
    waiting.cancel()
    await asyncio.gather(waiting, return_exceptions=True)
    assert bot.texts() == ["收到：在吗"]
    assert [r.status for r in _rows(app)] == ["pending"]  # the store never heard of the send
    app.work._conn.close()  # killed: what was not committed is gone with the process
    app.store.close()
    again = await bot.start(at=bot.now)
    await bot.wait(minutes=1)
    assert bot.texts() == ["收到：在吗"]  # once
    (row,) = _rows(again)
    assert row.status == "delivered" and row.delivered_at is not None
