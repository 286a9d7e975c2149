"""/whoami, /rooms and the claim code over the real python-wechaty client and a fake puppet service on loopback."""
from __future__ import annotations

import pytest

from tests.fake_puppet import FakePuppet
from tests.wechaty_world import CONFIG, Live, until


async def _world(tmp_path, config: str = CONFIG):
    puppet = FakePuppet()
    puppet.contact("u1", "李叔")
    puppet.contact("boss", "店长")
    puppet.contact("op1", "小王")
    puppet.room("r1@chatroom", "金秋俱乐部1群", ["u1", "boss", "op1", puppet.self_id])
    port = await puppet.serve()
    live = Live(tmp_path, puppet, port, config)
    await live.start()
    await until(lambda: puppet.sent("Start"))
    puppet.login()
    await until(lambda: live.adapter.connection and live.adapter.connection.logged_in.is_set())
    return live


@pytest.fixture
async def world(tmp_path):
    live = await _world(tmp_path)
    yield live
    await live.stop()
    await live.puppet.kill()


@pytest.fixture
async def unowned(tmp_path):
    assert "owners: [boss]" in CONFIG
    live = await _world(tmp_path, CONFIG.replace("owners: [boss]", "owners: []   # 认领码认领"))
    yield live
    await live.stop()
    await live.puppet.kill()


async def test_whoami_in_the_group_is_answered_privately_with_the_id_and_the_group_id(world):
    world.puppet.say("u1", "/我是谁", room="r1@chatroom")
    await until(lambda: world.texts())
    (conversation, text, _), = world.texts()
    assert conversation == "u1"  # privately: the group never sees an id
    assert "您的微信 id：u1" in text and "身份：成员" in text and "r1@chatroom" in text and "金秋俱乐部1群" in text


async def test_rooms_lists_the_groups_with_ids_to_an_operator_privately(world):
    world.puppet.say("u1", "大家早上好", room="r1@chatroom")
    await until(lambda: world.texts())  # the echo probe answers in the group: the room is known
    world.puppet.say("op1", "/群列表")
    await until(lambda: any(c == "op1" for c, _, _ in world.texts()))
    (listing,) = [t for c, t, _ in world.texts() if c == "op1"]
    assert "金秋俱乐部1群" in listing and "群 ID：r1@chatroom" in listing


async def test_the_claim_code_sent_privately_makes_the_sender_owner(unowned, caplog):
    code = unowned.app.plugin_state["commands"].claim_code
    assert code and any(code in r.getMessage() for r in caplog.get_records("setup"))  # printed at start
    unowned.puppet.say("boss", code)
    await until(lambda: any(c == "boss" for c, _, _ in unowned.texts()))
    (answer,) = [t for c, t, _ in unowned.texts() if c == "boss"]
    assert "您现在是小助手的主人了" in answer
    written = (unowned.app.config_path).read_text(encoding="utf-8")
    assert 'owners: ["boss"]' in written and "# 认领码认领" in written
    unowned.puppet.say("boss", "/config get bot.owners")
    await until(lambda: len([c for c, _, _ in unowned.texts() if c == "boss"]) == 2)
    assert "boss" in [t for c, t, _ in unowned.texts() if c == "boss"][1]
