"""A newcomer who introduced himself is thanked for it once, in his own wave, never days later for a plain 早上好
(issue 13, the session 18 code review)."""
from __future__ import annotations

NUDGE = """
plugins:
  nudge: {}
"""


async def test_an_introduction_whose_wave_ended_in_chat_is_not_thanked_days_later(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("大家好 我是老马 今年七十 喜欢下棋", sender="u7", name="老马")
    await bot.wait(seconds=20)
    await bot.send_message("天冷了，大家多穿点", sender="u2", name="郭姐")  # the chat goes on: the wave ends unanswered
    await bot.wait(minutes=5)
    await bot.wait(days=3)
    await bot.send_message("大家早上好", sender="u7", name="老马")
    await bot.wait(minutes=5)
    said = [a.text for a in bot.sent if a.kind == "say"]
    assert said and not [s for s in said if "自我介绍" in s]


async def test_an_introduction_in_its_own_wave_is_still_thanked(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("大家好 我是老马 今年七十 喜欢下棋", sender="u7", name="老马")
    await bot.wait(minutes=5)
    assert [a.text for a in bot.sent if a.kind == "say" and "自我介绍" in a.text]
