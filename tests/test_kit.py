"""The test kit itself: every kind of event goes in through a helper, and the records of what went out filter."""
from __future__ import annotations

from bot.context import Context
from bot.events import MemberJoined, MemberLeft, MessageReceived
from bot.plugin import Plugin
from bot.testing import NINE_AM

recorder = Plugin(name="recorder", description="says what it saw")


@recorder.on(MessageReceived)
async def saw_message(ctx: Context, event: MessageReceived) -> None:
    """Name the message's type, privately when it came privately."""
    if event.room is None:
        ctx.private(event.sender, f"private {event.text}")
    else:
        ctx.say(event.room, f"{event.type} {event.text}", [event.sender], ref=event.type)


@recorder.on(MemberJoined)
async def saw_join(ctx: Context, event: MemberJoined) -> None:
    """Name who joined."""
    ctx.say(event.room, "join " + ",".join(p.name for p in event.members), ref="join")


@recorder.on(MemberLeft)
async def saw_leave(ctx: Context, event: MemberLeft) -> None:
    """Remove whoever left (again), so removals show."""
    for person in event.members:
        ctx.remove(event.room, person.id)


ON = "plugins:\n  recorder: {}\n"


async def test_each_event_helper_reaches_the_plugin_and_sent_filters_read_it(make_bot):
    bot = make_bot(ON, recorder)
    await bot.start()
    await bot.send_message("你好")
    await bot.send_private("在吗", sender="u2")
    await bot.send_image(room="r2")
    await bot.send_voice("语音转的字")
    await bot.send_link("https://example.com/a", "活动介绍")
    await bot.send_mini_program("金秋商城")
    await bot.send_join(("u3", "李叔"))
    await bot.send_leave(("u4", "王姨"))
    await bot.settle()
    sent = bot.sent
    assert sent.in_room("r1").says().texts() == ["text 你好", "voice 语音转的字", "url 活动介绍",
                                                  "mini_program 金秋商城", "join 李叔"]
    assert sent.in_room("r2").texts() == ["image "]
    assert sent.privates().to("u2").texts() == ["private 在吗"]
    assert [(s.kind, s.room, s.to) for s in sent.removals()] == [("remove", "r1", "u4")]
    assert sent.mentioning("u1").with_ref("voice").texts() == ["voice 语音转的字"]
    assert sent.by_plugin("recorder") == sent and sent.by_plugin("faq") == []
    assert all(s.at >= NINE_AM for s in sent) and sent[0].cause is not None


async def test_time_moves_only_when_told_and_a_restart_keeps_the_store(make_bot):
    bot = make_bot(ON, recorder)
    await bot.start()
    await bot.wait(minutes=5)
    assert (bot.now - NINE_AM).total_seconds() == 300
    await bot.send_command("/help", sender="u1")  # a member's /help is answered in the group, mentioning them
    await bot.settle()
    assert bot.sent.by_plugin("commands").mentioning("u1")
    await bot.stop()
    again = make_bot(ON, recorder)
    app = await again.start(at=bot.now)
    with app.store.session() as db:
        from bot.models import Message
        assert db.get(Message, bot.sent[0].cause) is not None
