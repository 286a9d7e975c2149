"""A fall told once the person is up again (acceptance19, decision 2): the member is not told
"请马上打120…摔倒的人先别急着起来" for someone already standing, but what to watch for tonight, when 120 is needed
after all, and to have it seen tomorrow; the person on duty is still told at once, day or night."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.testing import TZ

NUDGE = """
plugins:
  nudge: {}
"""
LATE = datetime(2026, 11, 23, 23, 10, tzinfo=TZ)
MORNING = datetime(2026, 11, 24, 8, 30, tzinfo=TZ)


async def _told(make_bot, text: str, room: str | None, at: datetime = LATE) -> tuple[str, list[str]]:
    bot = make_bot(NUDGE, start=at)
    await bot.start()
    await bot.send_message(text, sender="u1", name="周阿姨", room=room)
    await bot.wait(minutes=2)
    to_member = [a.text for a in bot.sent if a.plugin == "emergency" and (a.to == "u1" or a.kind == "say")]
    alerted = [a.to for a in bot.sent if a.plugin == "emergency" and a.kind == "private" and a.to != "u1"]
    return to_member[0], alerted


async def test_a_fall_already_up_is_told_what_to_watch_and_the_operator_still_hears_at_once(make_bot):
    said, alerted = await _told(make_bot, "老伴刚才在卫生间摔了一跤 现在扶起来了 腰疼 明天要不要去医院", None)
    assert "先别急着起来" not in said and "请马上打120！" not in said
    assert "能自己动了" in said and "120" in said and "骨折" in said and "陪着" in said and "今晚别一个人走动" in said
    assert alerted  # told at once, at night too


async def test_a_fall_where_the_person_cannot_get_up_still_gets_120_at_once(make_bot):
    said, _ = await _told(make_bot, "我妈在卫生间摔倒了 起不来 腰疼得厉害", "r1")
    assert "请马上打120" in said and "先别急着起来" in said


@pytest.mark.parametrize("text", ["我爸从梯子上摔下来了 不能走了 快来人",
                                  "我妈摔倒了 想站起来站不了 快来人帮忙",
                                  "我妈摔倒了 要不要扶起来 快来人",
                                  "老伴摔倒了 先别扶起来 快来人"])
async def test_a_fall_where_the_person_is_still_down_is_never_told_they_are_up(make_bot, text):
    """能走 inside 不能走, 站起来 inside 站不了, 扶起来 inside 要不要扶起来 (native reader's review, finding 1)."""
    said, _ = await _told(make_bot, text, "r1")
    assert "请马上打120" in said and "别硬扶" in said and "已经起来" not in said


async def test_a_fall_already_up_in_the_morning_speaks_of_today_not_tonight(make_bot):
    said, _ = await _told(make_bot, "我妈刚才在卫生间摔了一跤 现在扶起来了 腰疼", None, at=MORNING)
    assert "能自己动了" in said and "今天别一个人走动" in said and "今晚" not in said
