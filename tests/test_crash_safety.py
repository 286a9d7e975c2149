"""Crash safety, shown (the short version of bench/kill_test.py): `qunbot run` against the fake puppet service with a
real SQLite file, killed with SIGKILL at random points of a busy scripted stretch on a fast clock and started again;
what the fake was asked to send is checked against what the bot decided. Also: the config file deleted or replaced
by garbage while the bot runs."""
from __future__ import annotations

import asyncio
import os
from datetime import datetime

import pytest

from bench.busy_hour import prepare
from bench.kill_test import scripted_hour
from bench.live_bot import Bot, JournalPuppet, until
from bot.testing import on_postgres

pytestmark = pytest.mark.skipif(on_postgres(), reason="SQLite only: the bot's own SQLite file is killed with it")


async def test_killed_twice_in_a_busy_stretch_nothing_decided_is_lost_posts_once_waits_rearmed(tmp_path):
    figures = await scripted_hour(tmp_path / "run", seed=7, kills=2, minutes=16, speed=30)  # a post at 09:15
    assert figures.decided >= 15 and figures.waits_opened >= 1 and figures.posts_due >= 2
    assert figures.lost == 0 and figures.unexplained == 0
    assert figures.doubled <= figures.kills  # only the send in flight at a kill may go out twice
    assert figures.doubled_in_one_life == 0  # never twice from one life of the bot
    assert figures.posts_decided == figures.posts_due == figures.posts_delivered  # each post exactly once
    assert figures.waits_left_open == 0  # every wait open at a kill was nudged after the restart


async def test_the_config_file_deleted_or_garbled_while_running_is_told_and_the_last_good_one_kept(tmp_path):
    folder = tmp_path / "bot"
    prepare(folder)
    puppet = JournalPuppet(datetime.now)
    puppet.contact("m1", "会员1")
    puppet.contact("boss", "店长")
    puppet.room("r1", "金秋俱乐部1群", ["m1", "boss", puppet.self_id])
    port = await puppet.serve()
    env = {**os.environ, "WECHATY_PUPPET_SERVICE_ENDPOINT": f"127.0.0.1:{port}",
           "WECHATY_PUPPET_SERVICE_TOKEN": "test-token", "QUNBOT_LOG": "INFO"}
    env.pop("QUNBOT_ADAPTER", None)
    env.pop("QUNBOT_FAST_CLOCK", None)
    bot = Bot(folder, env)
    config = folder / "config.yaml"
    good = config.read_text(encoding="utf-8")

    def to_boss() -> list[str]:
        return [r.text for r in puppet.sent("MessageSendText") if r.conversation_id == "boss"]

    def config_notices() -> list[str]:  # on a loaded machine a "reconnected" notice may come too (CI, session 22)
        return [text for text in to_boss() if "配置文件" in text]
    try:
        await bot.start(puppet)
        assert await until(lambda: bot.logged_in(puppet), timeout=120), bot.log_text()
        await asyncio.sleep(1.5)  # the config watch notes the file as it is
        config.write_bytes(b"bot: [unclosed\n  \xff\xfe garbage: {")
        assert await until(lambda: len(config_notices()) >= 1, timeout=30), bot.log_text()
        puppet.say("m1", "门口可以停车吗？", room="r1")  # still served, with the last good config (its FAQ)
        assert await until(lambda: any("停车场" in r.text for r in puppet.sent("MessageSendText")), timeout=30)
        config.unlink()
        assert await until(lambda: len(config_notices()) >= 2, timeout=30), bot.log_text()
        config.write_text(good, encoding="utf-8")
        await asyncio.sleep(2)
        assert await bot.stop() == 0
    finally:
        if bot.process is not None and bot.process.returncode is None:
            bot.process.kill()
            await bot.process.wait()
        await puppet.kill()
    log = bot.log_text()
    assert log.count("rejected, the bot keeps serving with the last good config") == 2
    assert len(config_notices()) == 2 and all("按改之前的设置继续工作" in text for text in config_notices())
    others = [text for text in to_boss() if text not in config_notices()]
    assert all("现在已经恢复" in text for text in others), others  # nothing else reaches the owner but a reconnection
