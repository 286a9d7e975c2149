"""An ad caught in quiet hours (acceptance19, decision 1): the poster hears privately at once, the group only when
the night ends, and not at all if an operator found it no ad meanwhile."""
from __future__ import annotations

import shutil
from datetime import datetime

from bot.testing import TZ
from tests.moderation_kit import CONFIG, ROOT, moderation_said

LATE = datetime(2026, 11, 23, 23, 0, tzinfo=TZ)
AD = "专业代理记账 注册公司 加我微信 abc12345 详聊"


def _bot(make_bot, start: datetime):
    bot = make_bot(CONFIG, start=start)
    shutil.copy(ROOT / "ad_keywords.txt", bot.folder / "ad_keywords.txt")
    return bot


async def test_an_ad_at_eleven_at_night_is_said_to_the_poster_now_and_to_the_group_at_seven(make_bot):
    bot = _bot(make_bot, LATE)
    await bot.start()
    await bot.send_message(AD, sender="u9", name="代理小李")
    await bot.wait(hours=8, minutes=30)
    said = moderation_said(bot)
    private = [a for a in said if a.kind == "private" and a.to == "u9"]
    group = [a for a in said if a.kind == "say"]
    assert private and private[0].at.hour == 23  # the poster is awake: told at once
    assert len(group) == 1 and f"{group[0].at:%H:%M}" == "07:00" and not group[0].mentions
    assert "夜里" in group[0].text and "不发广告" in group[0].text and "代理小李" not in group[0].text  # nobody named


async def test_by_day_the_notice_goes_at_once_as_before(make_bot):
    bot = _bot(make_bot, LATE.replace(hour=10))
    await bot.start()
    await bot.send_message(AD, sender="u9", name="代理小李")
    await bot.wait(minutes=1)
    (group,) = [a for a in moderation_said(bot) if a.kind == "say"]
    assert f"{group.at:%H:%M}" == "10:00" and "昨晚" not in group.text


async def test_an_ad_found_no_ad_in_the_night_is_never_told_to_the_group(make_bot):
    bot = _bot(make_bot, LATE)
    await bot.start()
    await bot.send_message(AD, sender="u9", name="代理小李")
    await bot.wait(minutes=5)
    await bot.send_message("/mod fp 1", sender="op1", room=None)
    await bot.wait(hours=9)
    assert not [a for a in moderation_said(bot) if a.kind == "say"]


async def test_a_later_ad_that_night_found_no_ad_does_not_hide_the_first_from_the_group(make_bot):
    bot = _bot(make_bot, LATE)
    await bot.start()
    await bot.send_message(AD, sender="u9", name="代理小李")  # 23:00, a real ad
    await bot.wait(hours=3)
    await bot.send_message("代办营业执照 加我微信 abc12345", sender="u9", name="代理小李")  # 02:00
    await bot.wait(minutes=5)
    await bot.send_message("/mod fp 2", sender="op1", room=None)  # the second one was no ad
    await bot.wait(hours=6)
    group = [a for a in moderation_said(bot) if a.kind == "say"]
    assert len(group) == 1 and f"{group[0].at:%H:%M}" == "07:00" and "不发广告" in group[0].text  # the first ad, told
