"""The real python-wechaty client against a fake puppet service on loopback: events in, actions out, faults survived."""
from __future__ import annotations

import asyncio
import io
import logging
import os
import signal
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import segno
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError
from wechaty_grpc.wechaty import puppet as pb

from bot.adapters.wechaty.adapter import WechatyAdapter
from bot.adapters.wechaty.run import connect_owners
from bot.app import App, find_plugin, load_config
from bot.testing import store_url
from tests.fake_puppet import IMAGE, FakePuppet
from tests.probe_plugins import ALL

ROOT = Path(__file__).resolve().parent.parent
CONFIG = """
bot:
  timezone: Asia/Shanghai
  owners: [boss]
  operators: [op1]
  quiet_hours: "00:00-00:00"
store:
  url: sqlite:///bot.db
outbox:
  room_min_interval_s: 0
  room_switch_gap_s: [0, 0]
  retry_s: 0.2
wechaty:
  accept_friends: true
  ding_every_s: 0.5
  backoff_start_s: 0.1
  backoff_max_s: 0.4
  tell_owners_after_s: 0.2
  login_wait_s: 1
plugins:
  echo: {}
  welcome: {window_s: 0}
  moderation: {remove_from: 1}
"""


async def until(check: Callable[[], object], timeout: float = 15.0) -> None:
    """Wait for something the client does over the network (polling, bounded)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not check():
        if loop.time() > deadline:
            raise AssertionError("timed out waiting")
        await asyncio.sleep(0.02)


class Live:
    """An app on a live clock, its wechaty adapter, and the fake puppet service."""

    def __init__(self, folder, puppet: FakePuppet, port: int, config: str = CONFIG) -> None:
        config = textwrap.dedent(config).replace("sqlite:///bot.db", f"'{store_url(folder)}'")
        (folder / "config.yaml").write_text(config, encoding="utf-8")
        self.puppet = puppet
        self.adapter = WechatyAdapter(f"127.0.0.1:{port}", "test-token", _settings(folder))
        self.app = App(folder / "config.yaml", self.adapter, find=lambda n: ALL.get(n) or find_plugin(n))
        self.adapter.sink = self.app.handle
        self.back: list[float] = []
        connect_owners(self.app, self.adapter)
        tell = self.adapter.on_back

        async def back(seconds: float) -> None:
            self.back.append(seconds)
            assert tell is not None
            await tell(seconds)
        self.adapter.on_back = back

        async def logged_out() -> None:
            await self.app.tell_owners("system/logged_out.j2", at="09:00")
        self.adapter.on_logout = logged_out
        self.task: asyncio.Task | None = None

    async def start(self) -> None:
        await self.app.start()
        self.task = asyncio.create_task(self.adapter.supervise())

    async def stop(self) -> None:
        self.adapter.stop()
        assert self.task is not None
        self.task.cancel()
        await asyncio.gather(self.task, return_exceptions=True)
        if self.adapter.connection is not None:
            await self.adapter.connection.close()
        await self.app.stop()

    def texts(self) -> list[tuple[str, str, list[str]]]:
        return [(r.conversation_id, r.text, list(r.mentonal_ids)) for r in self.puppet.sent("MessageSendText")]


def _settings(folder):
    return load_config(folder / "config.yaml", lambda n: ALL.get(n) or find_plugin(n)).settings.wechaty


@pytest.fixture
async def world(tmp_path):
    puppet = FakePuppet()
    puppet.contact("u1", "李叔")
    puppet.contact("u2", "王阿姨")
    puppet.contact("boss", "店长")
    puppet.room("r1", "金秋俱乐部1群", ["u1", "boss", puppet.self_id])
    port = await puppet.serve()
    live = Live(tmp_path, puppet, port)
    await live.start()
    await until(lambda: puppet.sent("Start"))
    puppet.login()
    await until(lambda: live.adapter.connection and live.adapter.connection.logged_in.is_set())
    yield live
    await live.stop()
    if puppet.server is not None:
        await puppet.kill()


async def test_a_room_message_reaches_the_plugins_and_the_reply_mentions_the_sender(world):
    world.puppet.say("u1", "大家好", room="r1")
    await until(lambda: world.texts())
    (conversation, text, mentions), = world.texts()
    assert conversation == "r1" and mentions == ["u1"] and text == "@李叔 收到：大家好"


async def test_a_join_produces_the_welcome(world):
    world.puppet.join("r1", ["u2"], inviter="boss")
    await until(lambda: world.texts())
    conversation, text, mentions = world.texts()[0]
    assert conversation == "r1" and mentions == ["u2"] and "热烈欢迎王阿姨加入金秋俱乐部1群" in text


async def test_a_private_message_gets_a_private_answer(world):
    world.puppet.say("u1", "/help")
    await until(lambda: world.texts())
    conversation, text, mentions = world.texts()[0]
    assert conversation == "u1" and mentions == [] and "私聊" in text


async def test_an_ad_is_removed_where_the_bot_owns_the_room_once_the_owner_confirms(world):
    world.puppet.say("u1", "加我薇信 13800138000 领鸡蛋", room="r1")
    await until(lambda: any(conversation == "boss" for conversation, _, _ in world.texts()))
    world.puppet.say("boss", "/mod remove u1")
    await until(lambda: world.puppet.sent("RoomDel"))
    (removal,) = world.puppet.sent("RoomDel")
    assert (removal.id, removal.contact_id) == ("r1", "u1")


async def test_the_moderation_reads_the_bytes_of_an_image(world):
    png = io.BytesIO()
    segno.make("https://weixin.qq.com/g/Zz999").save(png, kind="png", scale=6)
    world.puppet.images["msg-qr"] = png.getvalue()
    world.puppet.messages["msg-qr"] = {"from_id": "u1", "room_id": "r1", "text": "", "type": IMAGE, "to_id": "",
                                       "mention_ids": []}
    world.puppet.emit(2, {"messageId": "msg-qr"})
    await until(lambda: any(conversation == "boss" for conversation, _, _ in world.texts()))
    world.puppet.say("boss", "/mod remove u1")
    await until(lambda: world.puppet.sent("RoomDel"))
    assert world.puppet.sent("MessageImage")[0].id == "msg-qr"


async def test_a_friend_request_is_accepted_and_a_confirmation_is_left_alone(world):
    world.puppet.contact("u9", "赵伯", friend=False)
    world.puppet.friend_request("f-confirm", "u9", "", kind=pb.FriendshipType.FRIENDSHIP_TYPE_CONFIRM)
    world.puppet.friend_request("f-1", "u9", "我是金秋俱乐部的赵伯")
    await until(lambda: world.puppet.sent("FriendshipAccept"))
    await until(lambda: len(world.puppet.sent("FriendshipPayload")) >= 2)
    assert [r.id for r in world.puppet.sent("FriendshipAccept")] == ["f-1"]
    assert world.puppet.contacts["u9"]["friend"]


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


# -- drops detected in seconds, with the settings a new user gets --------------------------------------

FAST = "  ding_every_s: 0.5\n  backoff_start_s: 0.1\n  backoff_max_s: 0.4\n  tell_owners_after_s: 0.2\n"
assert FAST in CONFIG
DEFAULTS = CONFIG.replace(FAST, "  tell_owners_after_s: 2\n")  # the watchdog and back-off a new user gets


async def _live(tmp_path, config: str = DEFAULTS) -> tuple[Live, FakePuppet, int]:
    puppet = FakePuppet()
    puppet.contact("u1", "李叔")
    puppet.contact("boss", "店长")
    puppet.room("r1", "金秋俱乐部1群", ["u1", "boss", puppet.self_id])
    port = await puppet.serve()
    live = Live(tmp_path, puppet, port, config)
    await live.start()
    await until(lambda: puppet.sent("Start"))
    puppet.login()
    await until(lambda: live.adapter.connection and live.adapter.connection.logged_in.is_set())
    return live, puppet, port


async def _handled_after_login(live: Live, puppet: FakePuppet, text: str, starts: int) -> None:
    await until(lambda: len(puppet.sent("Start")) >= starts, timeout=20)
    puppet.login()
    puppet.say("u1", text, room="r1")
    await until(lambda: ("r1", f"@李叔 收到：{text}", ["u1"]) in live.texts(), timeout=5)


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


def test_reconnect_waits_are_capped_so_a_service_back_is_used_within_fifteen_seconds(tmp_path):
    from bot.config import WechatySection
    assert WechatySection().backoff_start_s == 1 and WechatySection().backoff_max_s <= 10
    with pytest.raises(ValueError):
        WechatySection(backoff_max_s=60)
