"""The welcome ritual: one warm welcome for a wave of newcomers, none for a quick rejoin, a nudge on first words."""
from __future__ import annotations

from datetime import timedelta

from bot.testing import image, join, message, voice

WELCOME = """
plugins:
  welcome:
    rules: [不发广告]
"""


async def test_three_joins_in_ten_seconds_get_one_welcome_mentioning_all(make_bot):
    bot = make_bot(WELCOME)
    await bot.start()
    await bot.send(join(("u1", "李叔"), ts=bot.now))
    await bot.wait(seconds=5)
    await bot.send(join(("u2", "王阿姨"), ts=bot.now))
    await bot.wait(seconds=5)
    await bot.send(join(("u3", "赵姐"), ts=bot.now))
    await bot.wait(minutes=1)
    await bot.send(join(("u4", "钱哥"), ts=bot.now))
    await bot.wait(minutes=1)
    welcome = [a for a in bot.sent if a.plugin == "welcome"]
    assert len(welcome) == 2
    assert welcome[0].mentions == ("u1", "u2", "u3") and welcome[1].mentions == ("u4",)
    assert "李叔、王阿姨、赵姐" in welcome[0].text and "1. 不发广告" in welcome[0].text
    assert welcome[0].at.isoformat().startswith("2026-11-23T09:00:20")


async def test_a_newcomer_is_told_to_just_ask_and_never_to_type_a_command(make_bot):
    """acceptance19 28: an elder canteen's diner was told "发送 /help 看看我能做什么"; seniors do not type commands."""
    bot = make_bot(WELCOME + "    private_welcome: true\n")
    await bot.start()
    await bot.send(join(("u1", "孙大爷"), ts=bot.now))
    await bot.wait(minutes=1)
    said = [a.text for a in bot.sent if a.plugin == "welcome"]
    assert len(said) == 2 and all("/help" not in t and "/" not in t for t in said)
    assert all("直接在群里问" in t and "发语音" in t for t in said)


async def test_people_who_joined_in_the_same_second_are_named_in_one_order_on_every_store(make_bot):
    bot = make_bot(WELCOME)  # the suite runs on SQLite and on PostgreSQL (make test-postgres): the same text on both
    await bot.start()
    await bot.send(join(("u9", "孙姐"), ("u2", "王阿姨"), ("u5", "李叔"), ts=bot.now))
    await bot.wait(minutes=1)
    welcome = [a for a in bot.sent if a.plugin == "welcome"]
    assert welcome[0].mentions == ("u2", "u5", "u9") and "王阿姨、李叔、孙姐" in welcome[0].text


async def test_a_rejoin_next_day_gets_no_second_welcome(make_bot):
    bot = make_bot(WELCOME)
    await bot.start()
    await bot.send(join(("u1", "李叔"), ts=bot.now))
    await bot.wait(hours=1)
    await bot.wait(days=1)
    await bot.send(join(("u1", "李叔"), ts=bot.now))
    await bot.wait(minutes=5)
    assert len([a for a in bot.sent if a.plugin == "welcome"]) == 1


async def test_a_rejoin_after_the_window_of_days_is_welcomed_again(make_bot):
    bot = make_bot(WELCOME)
    await bot.start()
    await bot.send(join(("u1", "李叔"), ts=bot.now))
    await bot.wait(days=8)
    await bot.send(join(("u1", "李叔"), ts=bot.now))
    await bot.wait(minutes=5)
    assert len([a for a in bot.sent if a.plugin == "welcome"]) == 2


async def test_first_words_are_passed_to_the_operator_on_duty(make_bot):
    bot = make_bot(WELCOME)
    await bot.start()
    await bot.send(join(("u1", "李叔"), ts=bot.now))
    await bot.wait(minutes=3)
    await bot.send(message("大家好，我是老李", sender="u1", name="李叔", ts=bot.now))
    await bot.send(message("今天天气不错", sender="u1", name="李叔", ts=bot.now + timedelta(seconds=30)))
    await bot.settle()
    private = [a for a in bot.sent if a.kind == "private"]
    assert len(private) == 1 and private[0].to == "op1"
    assert "李叔" in private[0].text and "大家好，我是老李" in private[0].text


async def test_operators_joining_are_not_welcomed_and_private_welcome_is_optional(make_bot):
    bot = make_bot(WELCOME.replace("rules: [不发广告]", "rules: [不发广告]\n    private_welcome: true"))
    bot.adapter.no_private.add("u2")
    await bot.start()
    await bot.send(join(("op1", "小王"), ("u1", "李叔"), ("u2", "王阿姨"), ts=bot.now))
    await bot.wait(minutes=1)
    says = [a for a in bot.sent if a.kind == "say"]
    assert says[0].mentions == ("u1", "u2")
    assert [a.to for a in bot.sent if a.kind == "private"] == ["u1"]


async def test_welcome_preview_and_stats(make_bot):
    bot = make_bot(WELCOME)
    await bot.start()
    await bot.send(join(("u1", "李叔"), ("u2", "王阿姨"), ts=bot.now))
    await bot.wait(minutes=1)
    await bot.send(message("你们好", sender="u1", name="李叔", ts=bot.now))
    await bot.wait(hours=2)
    await bot.send_message("/welcome preview", sender="op1", name="小王")
    await bot.send_message("/欢迎 统计", sender="op1", name="小王")
    await bot.settle()
    preview, stats = bot.texts("commands")
    assert "热烈欢迎小王" in preview
    assert "近7天新人 2 位，其中 1 位在入群24小时内开口说话（50%）" in stats


async def test_newcomers_whose_welcome_was_missed_while_the_bot_was_down_are_handed_to_a_person(make_bot, caplog):
    bot = make_bot(WELCOME)
    await bot.start()
    await bot.send(join(("u1", "李叔"), ts=bot.now))
    await bot.send(join(("u2", "王阿姨"), ts=bot.now, room="r2"))
    await bot.stop()  # down before the welcome's time, back an hour later: too late to welcome
    await bot.start(at=bot.now + timedelta(hours=1))
    await bot.wait(minutes=5)
    assert [a for a in bot.sent if a.kind == "say"] == []  # no welcome an hour late
    (told,) = [a for a in bot.sent if a.to == "op1"]
    assert "这2位新朋友进群时没收到欢迎" in told.text and "李叔" in told.text and "王阿姨" in told.text
    assert any("welcome missed while the bot was down: 2 newcomers in 2 rooms" in r.getMessage()
               for r in caplog.records)
    await bot.send(join(("u3", "赵姐"), ts=bot.now))  # the next newcomer is welcomed alone, the others not again
    await bot.wait(minutes=1)
    (welcome,) = [a for a in bot.sent if a.kind == "say"]
    assert welcome.mentions == ("u3",)
    await bot.stop()
    await bot.start(at=bot.now + timedelta(hours=1))  # told once: a later restart says nothing more
    await bot.wait(minutes=1)
    assert len([a for a in bot.sent if a.to == "op1"]) == 1


async def test_a_short_restart_still_welcomes_in_time(make_bot):
    bot = make_bot(WELCOME)
    await bot.start()
    await bot.send(join(("u1", "李叔"), ts=bot.now))
    await bot.stop()
    await bot.start(at=bot.now + timedelta(minutes=2))
    await bot.wait(minutes=2)
    (welcome,) = [a for a in bot.sent if a.kind == "say"]
    assert welcome.mentions == ("u1",) and not [a for a in bot.sent if a.to == "op1"]


async def test_first_words_that_are_an_emergency_get_the_alert_and_no_welcome_prompt(make_bot):
    bot = make_bot(WELCOME + "  nudge: {}\n")
    await bot.start()
    await bot.send(join(("u1", "奶奶甲"), ts=bot.now))
    await bot.wait(minutes=30)
    await bot.send(voice("[语音] 我家老头子在卫生间摔倒了起不来", sender="u1", name="奶奶甲", ts=bot.now))
    await bot.wait(minutes=1)
    told = [a.text for a in bot.sent if a.kind == "private" and a.to == "op1"]
    assert any("紧急" in t for t in told), told
    assert not any("第一次发言" in t for t in told), told


async def test_first_words_that_are_a_photo_or_a_voice_say_what_was_sent_not_empty_quotes(make_bot):
    bot = make_bot(WELCOME)
    await bot.start()
    await bot.send(join(("u1", "冯阿姨"), ("u2", "郑叔"), ts=bot.now))
    await bot.wait(minutes=40)
    await bot.send(image(sender="u1", name="冯阿姨", ts=bot.now))
    await bot.send(voice("", sender="u2", name="郑叔", ts=bot.now + timedelta(minutes=1)))
    await bot.settle()
    told = [a.text for a in bot.sent if a.kind == "private" and a.to == "op1"]
    assert "冯阿姨" in told[0] and "发了一张照片" in told[0] and "“”" not in told[0]
    assert "郑叔" in told[1] and "发了一段语音" in told[1] and "“”" not in told[1]
