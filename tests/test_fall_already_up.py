"""A fall told once the person is up again (acceptance19, decision 2): the member is not told
"请马上打120…摔倒的人先别急着起来" for someone already standing, but what to watch for tonight, when 120 is needed
after all, and to have it seen tomorrow; the person on duty is still told at once, day or night."""
from __future__ import annotations

from datetime import datetime

from bot.testing import TZ

NUDGE = """
plugins:
  nudge: {}
"""
LATE = datetime(2026, 11, 23, 23, 10, tzinfo=TZ)


async def _told(make_bot, text: str, room: str | None) -> tuple[str, list[str]]:
    bot = make_bot(NUDGE, start=LATE)
    await bot.start()
    await bot.send_message(text, sender="u1", name="周阿姨", room=room)
    await bot.wait(minutes=2)
    to_member = [a.text for a in bot.sent if a.plugin == "emergency" and (a.to == "u1" or a.kind == "say")]
    alerted = [a.to for a in bot.sent if a.plugin == "emergency" and a.kind == "private" and a.to != "u1"]
    return to_member[0], alerted


async def test_a_fall_already_up_is_told_what_to_watch_and_the_operator_still_hears_at_once(make_bot):
    said, alerted = await _told(make_bot, "老伴刚才在卫生间摔了一跤 现在扶起来了 腰疼 明天要不要去医院", None)
    assert "先别急着起来" not in said and "请马上打120！" not in said
    assert "起来了就好" in said and "120" in said and "骨折" in said and "陪着" in said
    assert alerted  # told at once, at night too


async def test_a_fall_where_the_person_cannot_get_up_still_gets_120_at_once(make_bot):
    said, _ = await _told(make_bot, "我妈在卫生间摔倒了 起不来 腰疼得厉害", "r1")
    assert "请马上打120" in said and "先别急着起来" in said
