"""The real python-wechaty client against a fake puppet service on loopback: faults survived (the service killed
mid-stream, a malformed event, a silent stream, a bot too busy to listen, a service absent at start, SIGTERM)."""
from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from bot.testing import store_url
from tests.fake_puppet import FakePuppet
from tests.wechaty_world import (
    Live,
    logged_in,  # noqa: F401 (the `world` fixture)
    until,
)

ROOT = Path(__file__).resolve().parent.parent


async def test_killed_and_restarted_mid_stream_later_messages_are_handled_and_the_queued_reply_delivered(world):
    port = world.puppet.server._server.sockets[0].getsockname()[1]
    await world.puppet.kill()
    await until(lambda: world.adapter.connection is None)
    await world.app.handle(_message("m-offline", "断线时的消息"))  # its reply waits in the outbox
    world.puppet.events = asyncio.Queue()
    await world.puppet.serve(port)
    await until(lambda: len(world.puppet.sent("Start")) >= 2)
    world.puppet.login()
    world.puppet.say("u1", "恢复了吗", room="r1")
    await until(lambda: len(world.texts()) >= 3)
    texts = [t for _, t, _ in world.texts()]
    assert "@李叔 收到：断线时的消息" in texts and "@李叔 收到：恢复了吗" in texts
    assert any("现在已经恢复" in t for t in texts) and world.back


async def test_a_malformed_event_is_logged_and_later_events_still_arrive(world, caplog):
    with caplog.at_level(logging.WARNING, logger="qunbot.wechaty"):
        world.puppet.emit(2, "{not json")
        await until(lambda: len(world.puppet.sent("Start")) >= 2)
    world.puppet.login()
    world.puppet.say("u1", "还在吗", room="r1")
    await until(lambda: ("r1", "@李叔 收到：还在吗", ["u1"]) in world.texts())
    assert any("connection lost" in r.getMessage() for r in caplog.records)


async def test_a_silent_stream_is_noticed_by_the_watchdog_and_rebuilt(world):
    world.puppet.silent = True
    await until(lambda: len(world.puppet.sent("Start")) >= 2)
    world.puppet.silent = False
    world.puppet.login()
    world.puppet.say("u1", "有人吗", room="r1")
    await until(lambda: ("r1", "@李叔 收到：有人吗", ["u1"]) in world.texts())


async def test_a_bot_too_busy_to_listen_for_a_while_is_not_taken_for_a_silent_service(world):
    """A slow step that holds the event loop (a model loading under load) must not look like a drop: a reconnect then
    cuts the send in flight, which the service already took, and it goes out twice."""
    await until(lambda: world.adapter.connection and world.adapter.connection.logged_in.is_set())
    for _ in range(3):
        time.sleep(2.0)  # four ding periods with the loop held
        await asyncio.sleep(0.6)
    world.puppet.say("u1", "还在吗", room="r1")
    await until(lambda: ("r1", "@李叔 收到：还在吗", ["u1"]) in world.texts())
    assert world.adapter.connects == 1 and len(world.puppet.sent("Start")) == 1


async def test_absent_at_start_the_bot_retries_and_connects_when_the_service_appears(tmp_path):
    puppet = FakePuppet()
    puppet.contact("u1", "李叔")
    puppet.room("r1", "金秋俱乐部1群", ["u1", puppet.self_id])
    probe = FakePuppet()
    port = await probe.serve()
    await probe.kill()  # a free port with nothing listening
    live = Live(tmp_path, puppet, port)
    await live.start()
    await asyncio.sleep(0.5)
    assert live.adapter.connects == 0
    await puppet.serve(port)
    await until(lambda: puppet.sent("Start"))
    puppet.login()
    puppet.say("u1", "你好", room="r1")
    await until(lambda: ("r1", "@李叔 收到：你好", ["u1"]) in live.texts())
    await live.stop()
    await puppet.kill()


def _message(mid: str, text: str):
    from datetime import UTC, datetime

    from bot.events import MessageReceived
    return MessageReceived(id=mid, ts=datetime.now(UTC), sender="u1", sender_name="李叔", room="r1", text=text)


async def test_sigterm_stops_a_running_bot_cleanly_with_what_it_recorded_kept(tmp_path):
    puppet = FakePuppet()
    puppet.contact("u1", "李叔")
    puppet.room("r1", "金秋俱乐部1群", ["u1", puppet.self_id])
    port = await puppet.serve()
    config = tmp_path / "config.yaml"
    config.write_text("bot:\n  adapter: wechaty\n  timezone: Asia/Shanghai\n  owners: [boss]\n"
                      f"store:\n  url: '{store_url(tmp_path)}'\nplugins:\n  welcome: {{}}\n", encoding="utf-8")
    kept = create_engine(store_url(tmp_path))
    env = {**os.environ, "WECHATY_PUPPET_SERVICE_ENDPOINT": f"127.0.0.1:{port}",
           "WECHATY_PUPPET_SERVICE_TOKEN": "test-token"}
    bot = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "run", "--config", str(config),
                                               cwd=ROOT, env=env, stdout=asyncio.subprocess.DEVNULL,
                                               stderr=asyncio.subprocess.PIPE)
    try:
        await until(lambda: puppet.sent("Start"), timeout=60)
        puppet.login()
        puppet.say("u1", "大家好", room="r1")

        def recorded() -> bool:
            if kept.dialect.name == "sqlite" and not (tmp_path / "bot.db").exists():
                return False  # connecting would make an empty file, which the bot refuses
            try:
                with kept.connect() as db:
                    return db.execute(text("SELECT count(*) FROM messages WHERE text = '大家好'")).scalar() == 1
            except SQLAlchemyError:  # not made yet
                return False
        await until(recorded, timeout=30)
        bot.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(bot.wait(), 30)
    finally:
        if bot.returncode is None:
            bot.kill()
            await bot.wait()
        await puppet.kill()
        kept.dispose()
    assert bot.stderr is not None
    errors = (await bot.stderr.read()).decode()
    assert code == 0, errors
    assert puppet.sent("Stop")  # the client was stopped, not just dropped
    assert recorded()
