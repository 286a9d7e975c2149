"""Greetings answered as a person would: one greeter thanked as 您, every greeting of a wave in its one answer."""
from __future__ import annotations

NUDGE = """
plugins:
  nudge: {}
"""


async def test_one_member_greeting_the_teachers_is_thanked_as_one_person(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("各位老师早", sender="g1", name="刘阿姨")
    await bot.wait(minutes=5)
    (cover,) = [a for a in bot.sent if a.plugin == "nudge" and a.kind == "say"]
    assert cover.mentions == ("g1",) and "您" in cover.text
    assert "各位" not in cover.text and "大家" not in cover.text


async def test_a_wave_of_morning_greetings_answers_everyone_including_zaochen_hao(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    for n, words in enumerate(["早", "早啊各位", "早晨好"]):
        await bot.send_message(words, sender=f"u{n}", name=f"会员{n}")
        await bot.wait(seconds=12)
    await bot.wait(minutes=5)
    (cover,) = [a for a in bot.sent if a.plugin == "nudge" and a.kind == "say"]
    assert set(cover.mentions) == {"u0", "u1", "u2"}
    assert [a for a in bot.sent if a.plugin == "nudge" and a.kind == "private"] == [], "greetings chase nobody"


async def test_a_lone_greeting_another_member_talks_back_to_gets_no_cover(make_bot):
    # accept13: 杨叔 answered 郭姐's "天冷多穿点" and the bot still thanked her for her greeting two minutes later
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("大家早上好，今天降温了，多穿点", sender="g1", name="郭姐", room="r2")  # alone: covered
    await bot.wait(minutes=5)
    assert [a.mentions for a in bot.sent if a.plugin == "nudge" and a.kind == "say"] == [("g1",)]
    await bot.send_message("大家早上好，今天降温了，多穿点", sender="g1", name="郭姐")
    await bot.wait(seconds=5)
    await bot.send_message("是啊，早上地里都结霜了", sender="g2", name="杨叔")
    await bot.wait(minutes=5)
    assert len([a for a in bot.sent if a.plugin == "nudge"]) == 1, "the room answered her: no second cover"


async def test_a_greeting_after_a_wave_the_room_answered_waits_for_its_own_wave(make_bot):
    # review: the answered wave's timer answered the next greeter 15 s after she spoke, quoting the first one
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("大家早上好，今天降温了，多穿点", sender="g1", name="郭姐")
    await bot.wait(seconds=5)
    await bot.send_message("是啊，早上地里都结霜了", sender="g2", name="杨叔")
    await bot.wait(seconds=100)
    await bot.send_message("大家早上好", sender="g3", name="王姨")
    await bot.wait(seconds=20)
    assert [a for a in bot.sent if a.plugin == "nudge"] == [], "not answered 15 s after she spoke, by the old timer"
    await bot.wait(minutes=5)
    assert [a.mentions for a in bot.sent if a.plugin == "nudge" and a.kind == "say"] == [("g3",)]


async def test_a_lone_greeter_stays_in_the_wave_when_a_member_answers_someone_else(make_bot):
    # review: 杨叔 answering 张三's question is not an answer to 郭姐's greeting
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("活动室在几楼？", sender="z3", name="张三")
    await bot.send_message("大家早上好", sender="g1", name="郭姐")
    await bot.send_message("@张三 在三楼", sender="g2", name="杨叔")
    await bot.wait(minutes=5)
    assert ("g1",) in [a.mentions for a in bot.sent if a.plugin == "nudge" and a.kind == "say"]


async def test_a_lone_greeting_followed_by_its_own_senders_chat_is_still_answered(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("各位早上好", sender="g1", name="郭姐")
    await bot.wait(seconds=5)
    await bot.send_message("今天天气真不错", sender="g1", name="郭姐")
    await bot.wait(minutes=5)
    (cover,) = [a for a in bot.sent if a.plugin == "nudge" and a.kind == "say"]
    assert cover.mentions == ("g1",)
