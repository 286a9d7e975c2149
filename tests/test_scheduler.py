"""Scheduled jobs live in the store: they survive a restart, and a run missed by too much is skipped."""
from __future__ import annotations

import logging
from datetime import timedelta

from tests.probe_plugins import ALL, PLUGINS_ON


async def test_a_scheduled_job_survives_an_app_restart(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    await bot.start()
    ask = await bot.send_message("/remind 30 下午三点开会", sender="op1")
    await bot.wait(minutes=10)
    await bot.stop()
    await bot.start(at=bot.begin + timedelta(minutes=20))
    await bot.wait(minutes=15)
    reminder = [a for a in bot.sent if a.ref == "reminder"]
    assert [a.text for a in reminder] == ["下午三点开会"]
    assert reminder[0].cause == ask.id
    assert reminder[0].at.isoformat().startswith("2026-11-23T09:30:00")


async def test_a_run_missed_beyond_its_grace_is_skipped_and_logged(make_bot, caplog):
    bot = make_bot(PLUGINS_ON, ALL)
    await bot.start()
    await bot.send_message("/remind 5 喝水", sender="op1")
    await bot.stop()
    with caplog.at_level(logging.WARNING):
        await bot.start(at=bot.begin + timedelta(hours=2))
        await bot.wait(minutes=1)
    assert "喝水" not in bot.texts()
    assert any("job skipped" in r.getMessage() for r in caplog.records)


async def test_a_run_a_little_late_still_happens(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    await bot.start()
    await bot.send_message("/remind 5 喝水", sender="op1")
    await bot.stop()
    await bot.start(at=bot.begin + timedelta(minutes=7))
    await bot.wait(seconds=5)
    assert "喝水" in bot.texts()
