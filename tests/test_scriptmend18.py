"""The native reader's findings on session 18's scripts, where they change what a member hears or when (issue 13,
scriptmend18): a breath stopped just now gets 120 before any condolence; nobody is told staff know when they will
only hear of it in the morning; a beaten child's or a woman's words are answered privately, with one short word in
the group; a member who cannot phone hears how to text the police first."""
from __future__ import annotations

from datetime import datetime

from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 11, 23, 22, 35, tzinfo=TZ)


async def test_a_spouse_who_stopped_breathing_just_now_gets_120_and_no_condolence(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_private("我老伴刚才没气了", sender="u5", name="王阿姨")
    await bot.wait(seconds=5)
    (word,) = _to(bot, "u5")
    assert word.startswith("王阿姨，请马上打120") and "节哀" not in word and "确认" not in word
    (alert,) = _to(bot, "op1")
    assert "先打120" in alert and "别先劝节哀" in alert


async def test_a_death_a_doctor_confirmed_just_now_gets_condolence(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_private("我爸刚刚走了 医生说抢救无效", sender="u5", name="小芳")
    await bot.wait(seconds=5)
    (word,) = _to(bot, "u5")
    assert "节哀" in word and "请马上打120" not in word


async def test_a_loss_told_privately_at_night_promises_the_morning_not_staff_told(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_private("我父亲昨晚走了 后天上午在老家出殡", sender="u5", name="小芳")
    await bot.wait(seconds=5)
    (word,) = _to(bot, "u5")
    assert "明天一早" in word and "已经告诉" not in word
    assert not _to(bot, "op1")  # nobody hears of it tonight: the morning digest names it


async def test_a_loss_told_privately_by_day_says_staff_were_told(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_private("我父亲昨晚走了 后天上午在老家出殡", sender="u5", name="小芳")
    await bot.wait(seconds=5)
    (word,) = _to(bot, "u5")
    assert "已经告诉了值班的工作人员" in word and "明天一早" not in word
    assert _to(bot, "op1")
