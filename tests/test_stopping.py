"""Stopping the bot: its loops end when asked, even when asked at the very moment they are woken."""

import asyncio
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.clock import Clock, Timers


async def test_the_timer_loop_stops_when_cancelled_just_as_a_new_timer_wakes_it():
    # A follow-up armed at the moment the bot stops (the wake and the cancel in the same turn of the loop) must
    # not keep the timer loop asleep for an hour: once, in CI, a stop never returned this way.
    timers = Timers(Clock(ZoneInfo("Asia/Shanghai")))
    loop = asyncio.create_task(timers.run_forever())
    await asyncio.sleep(0.05)  # asleep until the next timer (none: an hour)
    timers.call_at(datetime(2099, 1, 1, tzinfo=ZoneInfo("Asia/Shanghai")), _nothing)
    loop.cancel()
    done, _ = await asyncio.wait([loop], timeout=2)
    assert loop in done and loop.cancelled()


async def _nothing() -> None:
    return None
