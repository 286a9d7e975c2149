"""The real python-wechaty client against a fake puppet service on loopback: events in, actions out (a room
message, a join, a private message, an ad removed, an image's bytes read, a friend request)."""
from __future__ import annotations

import io

import segno
from wechaty_grpc.wechaty import puppet as pb

from tests.fake_puppet import IMAGE
from tests.wechaty_world import (
    logged_in,  # noqa: F401 (the `world` fixture)
    until,
)


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
