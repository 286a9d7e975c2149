"""An event travels: recorded first, handlers in priority order, block, isolation, duplicates."""
from __future__ import annotations

import logging

from sqlmodel import select

from bot.models import ActionLog, Member, Message, ScheduledJob
from bot.testing import message
from tests.probe_plugins import ALL, PLUGINS_ON


async def test_higher_priority_blocks_the_rest(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    await bot.start()
    await bot.send_message("加我领广告礼品")
    await bot.send_message("今天天气真好")
    await bot.settle()
    assert bot.texts() == ["请勿发广告", "收到：今天天气真好"]
    assert bot.sent[0].plugin == "guard" and bot.sent[0].mentions == ("u1",)


async def test_a_raising_handler_does_not_stop_the_others(make_bot, caplog):
    bot = make_bot(PLUGINS_ON + "  broken: {}\n", ALL)
    app = await bot.start()
    with caplog.at_level(logging.ERROR):
        await bot.send_message("你好")
        await bot.send_message("在吗")
        await bot.settle()
    assert bot.texts() == ["收到：你好", "收到：在吗"]  # broken's half-done replies were discarded
    failure = [r for r in caplog.records if "handler failed" in r.getMessage()]
    assert failure and failure[0].exc_info is not None
    with app.store.session() as db:  # its writes were undone; the event's record and echo's reply stayed
        assert db.get(Member, ("r1", "u1")).name == "张姐"
        assert db.get(Member, ("r1", "u1")).message_count == 2
        assert db.exec(select(ScheduledJob).where(ScheduledJob.plugin == "broken")).all() == []  # its job undone
        assert [a.text for a in db.exec(select(ActionLog))] == ["收到：你好", "收到：在吗"]


async def test_a_duplicate_message_id_is_handled_once(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    app = await bot.start()
    first = message("你好", id="wx-1", ts=bot.now)
    await bot.send(first)
    await bot.send(message("你好", id="wx-1", ts=bot.now))
    assert bot.texts() == ["收到：你好"]
    with app.store.session() as db:
        assert len(db.exec(select(Message)).all()) == 1
        assert db.get(Member, ("r1", "u1")).message_count == 1


async def test_a_plugin_can_be_switched_off_for_one_room(make_bot):
    bot = make_bot(PLUGINS_ON + "rooms:\n  r2:\n    echo: {enabled: false}\n", ALL)
    await bot.start()
    await bot.send_message("一群", room="r1")
    await bot.send_message("二群", room="r2")
    await bot.settle()
    assert bot.texts() == ["收到：一群"]


async def test_room_override_changes_a_plugin_setting(make_bot):
    bot = make_bot(PLUGINS_ON + "rooms:\n  r2:\n    echo: {prefix: 好的}\n", ALL)
    await bot.start()
    await bot.send_message("一群", room="r1")
    await bot.wait(seconds=5)
    await bot.send_message("二群", room="r2")
    await bot.wait(seconds=5)
    assert bot.texts() == ["收到：一群", "好的：二群"]
