"""The real python-wechaty client against both puppet services: the project's fake and the official one from npm
(wechaty-puppet-service hosting wechaty-puppet-mock, driven through its Mocker; see tests/puppet_service).

Run against both: messages in rooms and in private, mentions, joins and the welcome, quotes, an ad removed once the
owner confirms, a picture's QR code read, a service stopped for five seconds, a stream left open and silent, a wrong
token. Only against the fake (tests/test_wechaty_*.py): a malformed event and a cleanly closed stream (the official
server never sends either), friend requests and logouts (the Mocker has no way to make them), a QR scan (the mock
puppet emits its own).
"""
from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import AsyncIterator

import pytest
import segno
from sqlmodel import select

from bot.adapters.wechaty.quotes import SEPARATOR
from bot.models import Message
from tests.fake_puppet import IMAGE, FakePuppet
from tests.puppet_service import INSTALLED, WHY_NOT, OfficialService, free_port
from tests.wechaty_world import CONFIG, DEFAULTS, Live, until

ROOM = "r1@chatroom"  # the mock tells rooms from contacts by the "@"


class LoggedInFake(FakePuppet):
    """The fake, sending the login again on each new connection once logged in, as the official server does."""

    logged_in = False

    def login(self) -> None:
        self.logged_in = True
        super().login()

    def _start(self, request):
        if self.logged_in:
            super().login()
        return super()._start(request)


class FakeService:
    """The project's fake, behind the same few words the official service's driver offers."""

    def __init__(self, token: str | None = None, self_id: str = "bot-self") -> None:
        self.puppet = LoggedInFake()
        self.puppet.token = token
        self.self_id = self_id
        self.port = 0
        self._frozen = False

    async def serve(self) -> int:
        self.port = await self.puppet.serve(self.port)
        return self.port

    async def contact(self, cid: str, name: str, friend: bool = True) -> None:
        self.puppet.contact(cid, name, friend)

    async def room(self, rid: str, topic: str, members: list[str], owner: str | None = None) -> None:
        self.puppet.room(rid, topic, members, owner)

    async def login(self) -> None:
        self.puppet.login()

    async def say(self, sender: str, text: str, room: str | None = None, mentions=()) -> None:
        self.puppet.say(sender, text, room=room, mentions=mentions)

    async def image(self, sender: str, room: str, png: bytes) -> None:
        mid = f"img-{len(self.puppet.images)}"
        self.puppet.images[mid] = png
        self.puppet.messages[mid] = {"from_id": sender, "room_id": room, "text": "", "type": IMAGE, "to_id": "",
                                     "mention_ids": []}
        self.puppet.emit(2, {"messageId": mid})

    async def join(self, room: str, invitees: list[str], inviter: str) -> None:
        self.puppet.join(room, invitees, inviter)

    async def down(self) -> None:
        await self.puppet.kill()

    async def up(self) -> None:
        self.puppet.events = asyncio.Queue()
        await self.puppet.serve(self.port)

    def freeze(self) -> None:
        self.puppet.silent = True

    def thaw(self) -> None:
        self.puppet.silent = False

    def texts(self) -> list[tuple[str, str, list[str]]]:
        return [(r.conversation_id, r.text, list(r.mentonal_ids)) for r in self.puppet.sent("MessageSendText")]

    def removals(self) -> list[tuple[str, str]]:
        return [(r.id, r.contact_id) for r in self.puppet.sent("RoomDel")]

    def images_read(self) -> list[str]:
        return [r.id for r in self.puppet.sent("MessageImage")]

    async def close(self) -> None:
        if self.puppet.server is not None:
            await self.puppet.kill()


SERVICES = ["fake", pytest.param("official", marks=pytest.mark.skipif(not INSTALLED, reason=WHY_NOT))]


def _service(kind: str, token: str | None = None) -> FakeService | OfficialService:
    if kind == "fake":
        return FakeService(token)
    return OfficialService(token or "test-token")


class Service(Live):
    """An app on a live clock and its wechaty adapter, talking to one of the two services."""

    def __init__(self, folder, service, config: str) -> None:
        super().__init__(folder, FakePuppet(), service.port, config)  # the FakePuppet here is never served
        self.service = service

    def texts(self) -> list[tuple[str, str, list[str]]]:
        return self.service.texts()


async def _world(tmp_path, kind: str, config: str = CONFIG) -> tuple[Service, FakeService | OfficialService]:
    service = _service(kind)
    if kind == "fake":
        service.port = free_port()
    await service.serve()
    for cid, name in (("u1", "李叔"), ("u2", "王阿姨"), ("boss", "店长")):
        await service.contact(cid, name)
    await service.room(ROOM, "金秋俱乐部1群", ["u1", "boss", service.self_id])
    live = Service(tmp_path, service, config)
    await live.start()
    await asyncio.sleep(0.3)
    await service.login()
    await until(lambda: live.adapter.connection and live.adapter.connection.logged_in.is_set(), timeout=30)
    return live, service


@pytest.fixture(params=SERVICES)
async def world(request, tmp_path) -> AsyncIterator[Service]:
    live, service = await _world(tmp_path, request.param)
    yield live
    try:
        await live.stop()
    finally:
        await service.close()


async def test_a_room_message_reaches_the_plugins_and_the_reply_mentions_the_sender(world):
    await world.service.say("u1", "大家好", room=ROOM)
    await until(lambda: world.texts())
    assert world.texts() == [(ROOM, "@李叔 收到：大家好", ["u1"])]


async def test_a_message_mentioning_the_bot_is_read_with_its_mention(world):
    await world.service.say("u1", "@小助手 几点开始", room=ROOM, mentions=[world.service.self_id])
    await until(lambda: world.texts())
    (room, text, mentions), = world.texts()
    assert room == ROOM and mentions == ["u1"] and "几点开始" in text


def _stored(world: Service, text: str) -> Message | None:
    with world.app.store.session() as db:
        return db.exec(select(Message).where(Message.text == text)).first()


async def test_a_quoted_reply_arrives_as_the_member_wrote_it_naming_the_message_it_quotes(world):
    await world.service.say("boss", "明天八点半在门口集合", room=ROOM)
    await until(lambda: _stored(world, "明天八点半在门口集合"))
    await world.service.say("u1", f"「店长：明天八点半在门口集合」{SEPARATOR}收到，准时到", room=ROOM)
    await world.service.say("u1", f"「王阿姨：上个月的事」{SEPARATOR}还记得吗", room=ROOM)  # never seen here
    await until(lambda: _stored(world, "收到，准时到") and _stored(world, "还记得吗"))
    quoted, reply, unmatched = (_stored(world, t) for t in ("明天八点半在门口集合", "收到，准时到", "还记得吗"))
    assert quoted and reply and unmatched
    assert reply.reply_to == quoted.id and unmatched.reply_to is None
    await until(lambda: len(world.texts()) >= 3)
    assert (ROOM, "@李叔 收到：收到，准时到", ["u1"]) in world.texts()  # the quoted words are not the member's


async def test_a_join_produces_the_welcome(world):
    await world.service.join(ROOM, ["u2"], inviter="boss")
    await until(lambda: world.texts())
    room, text, mentions = world.texts()[0]
    assert room == ROOM and mentions == ["u2"] and "热烈欢迎王阿姨加入金秋俱乐部1群" in text


async def test_a_private_message_gets_a_private_answer(world):
    await world.service.say("u1", "/help")
    await until(lambda: world.texts())
    conversation, text, mentions = world.texts()[0]
    assert conversation == "u1" and mentions == [] and "私聊" in text


async def test_an_ad_is_removed_where_the_bot_owns_the_room_once_the_owner_confirms(world):
    await world.service.say("u1", "加我薇信 13800138000 领鸡蛋", room=ROOM)
    await until(lambda: any(conversation == "boss" for conversation, _, _ in world.texts()))
    await world.service.say("boss", "/mod remove u1")
    await until(lambda: world.service.removals())
    assert world.service.removals() == [(ROOM, "u1")]


async def test_the_moderation_reads_the_bytes_of_an_image(world):
    png = io.BytesIO()
    segno.make("https://weixin.qq.com/g/Zz999").save(png, kind="png", scale=6)
    await world.service.image("u1", ROOM, png.getvalue())
    await until(lambda: any(conversation == "boss" for conversation, _, _ in world.texts()))
    assert world.service.images_read()
    await world.service.say("boss", "/mod remove u1")
    await until(lambda: world.service.removals())
    assert world.service.removals() == [(ROOM, "u1")]


# -- drops, with the settings a new user gets ------------------------------------------------------------------

@pytest.mark.parametrize("kind", SERVICES)
async def test_a_service_stopped_for_five_seconds_is_used_again_within_fifteen(tmp_path, kind):
    live, service = await _world(tmp_path, kind, DEFAULTS)
    loop = asyncio.get_running_loop()
    try:
        await service.down()
        await asyncio.sleep(5)
        await service.up()
        back_at = loop.time()
        await until(lambda: live.back, timeout=15)  # logged in again (the official server says so on connect)
        await service.say("u1", "回来了吗", room=ROOM)
        await until(lambda: (ROOM, "@李叔 收到：回来了吗", ["u1"]) in live.texts(), timeout=15)
        assert loop.time() - back_at < 15
        await until(lambda: any(room == "boss" for room, _, _ in live.texts()))
        owners = [t for room, t, _ in live.texts() if room == "boss"]
        deaf = live.back[0]
        assert len(owners) == 1 and "现在已经恢复" in owners[0]
        assert 5 <= deaf < 20 and f"{round(deaf)}秒" in owners[0]  # the real length of the outage
    finally:
        await live.stop()
        await service.close()


@pytest.mark.parametrize("kind", SERVICES)
async def test_a_stream_left_open_and_silent_is_noticed_and_used_again_within_fifteen(tmp_path, kind):
    live, service = await _world(tmp_path, kind, DEFAULTS)
    loop = asyncio.get_running_loop()
    try:
        before = live.adapter.connection
        service.freeze()  # the connection stays open and nothing answers: a NAT timeout, a hung server
        frozen_at = loop.time()
        await until(lambda: live.adapter.connection is not before, timeout=20)  # judged silent and let go
        noticed = loop.time() - frozen_at
        service.thaw()
        thawed_at = loop.time()
        await until(lambda: live.back, timeout=15)
        await service.say("u1", "有人吗", room=ROOM)
        await until(lambda: (ROOM, "@李叔 收到：有人吗", ["u1"]) in live.texts(), timeout=15)
        assert noticed < 12 and loop.time() - thawed_at < 15
    finally:
        await live.stop()
        await service.close()


@pytest.mark.parametrize("kind", SERVICES)
async def test_a_wrong_token_stops_the_tries_and_says_which_variable_to_fix(tmp_path, kind, caplog):
    service = _service(kind, token="the-right-token")
    if kind == "fake":
        service.port = free_port()
    await service.serve()
    live = Service(tmp_path, service, CONFIG)
    with caplog.at_level(logging.ERROR, logger="qunbot.wechaty"):
        await live.start()
        assert live.task is not None
        try:
            await asyncio.wait_for(live.task, 20)  # the supervisor ends by itself
            await asyncio.sleep(1)
            assert live.adapter.connects == 3 and live.adapter.auth_failed
            assert any("UNAUTHENTICATED" in r.getMessage() or "Invalid Wechaty TOKEN" in r.getMessage()
                       for r in caplog.records)
            assert any("WECHATY_PUPPET_SERVICE_TOKEN" in r.getMessage() and r.levelno == logging.CRITICAL
                       for r in caplog.records)
        finally:
            await live.stop()
            await service.close()
