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
