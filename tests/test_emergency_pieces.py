"""An emergency typed in several short lines by one member within a minute (摔了 / 起不来 / 腿疼) is read as one:
the operator on duty is told at once with every line, the member hears the safety step once."""
from __future__ import annotations

from datetime import datetime

from bot.testing import TZ

NIGHT = datetime(2026, 11, 24, 2, 10, tzinfo=TZ)
NUDGE = "plugins:\n  nudge: {}\n"


async def test_a_fall_typed_in_three_lines_pages_the_operator_at_once_with_all_of_them(make_bot):
    bot = make_bot(NUDGE, start=NIGHT)
    await bot.start()
    for line in ("摔了", "起不来", "腿疼"):
        await bot.send_message(line, name="孙阿姨")
        await bot.wait(seconds=15)
    alerts = [a for a in bot.sent if a.kind == "private"]
    assert alerts and (alerts[0].at - bot.begin).total_seconds() <= 50  # at once, not after a nudge's minutes
    assert "紧急" in alerts[0].text and "摔了" in alerts[0].text and "起不来" in alerts[0].text
    said = [a for a in bot.sent if a.kind == "say"]
    assert len(said) == 1 and "120" in said[0].text and "通知了" in said[0].text


async def test_three_voice_messages_in_a_row_are_read_together_too(make_bot):
    bot = make_bot(NUDGE, start=NIGHT)
    await bot.start()
    for line in ("我老伴", "在厕所摔倒了", "叫他不答应"):
        await bot.send_voice(line, name="钱阿姨")
        await bot.wait(seconds=10)
    assert any("紧急" in a.text for a in bot.sent if a.kind == "private")


async def test_lines_a_minute_and_more_apart_or_about_the_past_are_no_alarm(make_bot):
    bot = make_bot(NUDGE, start=datetime(2026, 11, 24, 10, 0, tzinfo=TZ))
    await bot.start()
    for line in ("我妈上礼拜", "在菜市场摔了一跤", "现在好多了 谢谢大家关心"):
        await bot.send_message(line, name="小赵")
        await bot.wait(seconds=15)
    await bot.send_message("摔了", name="老周", sender="u2")
    await bot.wait(minutes=2)
    await bot.send_message("起不来那种感觉 年纪大了", name="老周", sender="u2")
    await bot.wait(seconds=20)
    assert not any("紧急" in a.text for a in bot.sent)
