"""The real python-wechaty client against a fake puppet service on loopback: starting and logging in (a missing
endpoint or token, the login QR, a logout, a wrong token)."""
from __future__ import annotations

import asyncio
import logging

from tests.fake_puppet import FakePuppet
from tests.wechaty_world import (
    CONFIG,
    Live,
    logged_in,  # noqa: F401 (the `world` fixture)
    until,
)


def test_a_missing_endpoint_or_token_is_a_clear_start_up_error(tmp_path):
    import os
    import subprocess
    import sys
    env = {k: v for k, v in os.environ.items() if not k.startswith("WECHATY_")}
    env["QUNBOT_ADAPTER"] = "wechaty"
    env["WECHATY_PUPPET_SERVICE_TOKEN"] = "secret"
    done = subprocess.run([sys.executable, "-m", "bot", "run", "--config", "config.yaml"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "set WECHATY_PUPPET_SERVICE_ENDPOINT in the environment" in done.stderr
    assert "TOKEN" not in done.stderr.split("set ")[1].split(" in the")[0]


async def test_the_login_qr_is_drawn_in_the_terminal_and_its_link_logged(world, caplog, capsys):
    with caplog.at_level(logging.WARNING, logger="qunbot.wechaty"):
        world.puppet.scan("https://login.weixin.qq.com/l/qunbot-test")
        await until(lambda: "qunbot-test" in caplog.text)
    assert "scan the QR code" in caplog.text
    drawn = capsys.readouterr().err
    assert "请用机器人的微信扫描这个二维码登录" in drawn and "█" in drawn
    assert "login.weixin.qq.com/l/qunbot-test" in drawn


async def test_after_a_logout_it_keeps_trying_to_log_in_says_so_and_tells_the_owners(world, caplog):
    starts = len(world.puppet.sent("Start"))
    with caplog.at_level(logging.WARNING, logger="qunbot.wechaty"):
        world.puppet.logout()
        await until(lambda: len(world.puppet.sent("Start")) > starts)  # a fresh client asks for a new login
        await until(lambda: "still logged out" in caplog.text)  # nobody scanned: it tries again, and says so
        await until(lambda: len(world.puppet.sent("Start")) >= starts + 2)
    assert "trying to log in again" in caplog.text and "went silent" not in caplog.text
    world.puppet.login()
    await until(lambda: len([t for c, t, _ in world.texts() if c == "boss"]) >= 2)
    to_owner = [t for c, t, _ in world.texts() if c == "boss"]
    assert "退出登录" in to_owner[0] and "扫描二维码" in to_owner[0]
    assert "恢复" in to_owner[1]


async def test_a_wrong_token_stops_the_tries_and_says_which_variable_to_fix(tmp_path, caplog):
    puppet = FakePuppet()
    puppet.token = "the-right-token"
    port = await puppet.serve()
    live = Live(tmp_path, puppet, port, CONFIG)
    told: list[bool] = []
    tell = live.adapter.on_auth_failed

    async def wrong_token() -> None:
        told.append(True)
        assert tell is not None
        await tell()
    live.adapter.on_auth_failed = wrong_token
    with caplog.at_level(logging.ERROR, logger="qunbot.wechaty"):
        await live.start()
        assert live.task is not None
        await asyncio.wait_for(live.task, 10)  # the supervisor ends by itself
    tries = live.adapter.connects
    await asyncio.sleep(1)
    assert tries == 3 and live.adapter.connects == 3 and live.adapter.auth_failed and told
    assert puppet.refused >= 3
    assert any("WECHATY_PUPPET_SERVICE_TOKEN" in r.getMessage() and r.levelno == logging.CRITICAL
               for r in caplog.records)
    await live.stop()
    await puppet.kill()
