"""The real python-wechaty client against a fake puppet service on loopback: drops detected in seconds, with the
settings a new user gets (`DEFAULTS`), and a service back used again within fifteen."""
from __future__ import annotations

import asyncio

import pytest

from tests.wechaty_world import (
    DEFAULTS,
    logged_in,  # noqa: F401 (the `world` fixture)
    until,
)
from tests.wechaty_world import handled_after_login as _handled_after_login
from tests.wechaty_world import live_world as _live

# -- drops detected in seconds, with the settings a new user gets --------------------------------------


async def test_a_service_stopped_for_five_seconds_is_used_again_within_fifteen(tmp_path):
    live, puppet, port = await _live(tmp_path)
    loop = asyncio.get_running_loop()
    await puppet.kill()
    await asyncio.sleep(5)
    puppet.events = asyncio.Queue()
    await puppet.serve(port)
    back_at = loop.time()
    await _handled_after_login(live, puppet, "回来了吗", starts=2)
    assert loop.time() - back_at < 15
    owners = [t for room, t, _ in live.texts() if room == "boss"]
    assert len(owners) == 1 and "现在已经恢复" in owners[0]
    deaf = live.back[0]
    assert 5 <= deaf < 20 and (f"{round(deaf)}秒" in owners[0])  # the real length, not "about a minute"
    await live.stop()
    await puppet.kill()


async def test_a_stream_left_open_and_silent_is_noticed_and_used_again_within_fifteen(tmp_path):
    live, puppet, _ = await _live(tmp_path)
    loop = asyncio.get_running_loop()
    puppet.silent = True  # the stream stays open and says nothing: a NAT timeout, a half-dead server
    silent_at = loop.time()
    await until(lambda: len(puppet.sent("Start")) >= 2, timeout=20)
    puppet.silent = False
    await _handled_after_login(live, puppet, "有人吗", starts=2)
    assert loop.time() - silent_at < 15
    await live.stop()
    await puppet.kill()


async def test_the_end_of_the_event_stream_is_a_drop(world):
    world.puppet.events.put_nowait(None)  # the server closes the stream cleanly
    await _handled_after_login(world, world.puppet, "还在吗", starts=2)


async def test_a_short_outage_is_not_told_to_the_owners(tmp_path):
    live, puppet, port = await _live(tmp_path, DEFAULTS.replace("tell_owners_after_s: 2", "tell_owners_after_s: 60"))
    await puppet.kill()
    puppet.events = asyncio.Queue()
    await puppet.serve(port)
    await _handled_after_login(live, puppet, "好了吗", starts=2)
    await asyncio.sleep(0.5)
    assert [room for room, _, _ in live.texts()] == ["r1"] and live.back
    await live.stop()
    await puppet.kill()


def test_reconnect_waits_are_capped_so_a_service_back_is_used_within_fifteen_seconds(tmp_path):
    from bot.config import WechatySection
    assert WechatySection().backoff_start_s == 1 and WechatySection().backoff_max_s <= 10
    with pytest.raises(ValueError):
        WechatySection(backoff_max_s=60)
