"""Despair told in lines minutes apart, others speaking between (emergency18): 我妈这几天老说活着没意思, then after a
neighbour's word 今天把药都藏起来了. Neither line alone is a danger; together they are a relative at risk, and the
carer who tells it must hear at once how to keep her safe, the operator paged."""
from __future__ import annotations

from datetime import datetime

from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)


async def test_a_mothers_despair_told_in_two_lines_minutes_apart_pages_the_operator_and_helps_the_carer(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我妈这几天老说活着没意思", sender="u5", name="阿芳")
    await bot.wait(seconds=50)
    await bot.send_message("阿芳别太担心 老人家都这样", sender="u6", name="老李")
    await bot.wait(minutes=2)
    assert not [t for t in _to(bot, "op1") if "轻生" in t]  # one sign alone: a low mood, no alarm yet
    await bot.send_message("今天把药都藏起来了", sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    alerts = [t for t in _to(bot, "op1") if "轻生" in t]
    assert len(alerts) == 1 and "今天把药都藏起来了" in alerts[0] and "说家里人流露出轻生的念头" in alerts[0]
    word = [t for t in _to(bot, "u5") if "别让对方一个人待着" in t]
    assert len(word) == 1 and "您不是一个人" not in word[0]
    assert not [t for t in _said(bot) if "12356" in t or "轻生" in t]  # privately, never in the group


async def test_one_sign_and_an_unrelated_line_much_later_page_nobody(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("退休以后活着没意思 天天在家看电视", sender="u5", name="阿芳")
    await bot.wait(minutes=30)
    await bot.send_message("药都藏起来了 孙子老去翻", sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    assert not [t for t in _to(bot, "op1") if "轻生" in t]
    assert not [t for t in _to(bot, "u5") if "12356" in t or "120" in t]


async def test_a_group_head_handing_over_in_two_lines_pages_nobody(make_bot):
    """解脱了 终于退休了, then 以后就拜托大家了: two farewells are a farewell; only a heavier sign is read across
    lines."""
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("终于退休了 解脱了", sender="u5", name="老李")
    await bot.wait(minutes=2)
    await bot.send_message("恭喜恭喜", sender="u6", name="张姐")
    await bot.wait(minutes=3)
    await bot.send_message("以后就拜托大家了 群我交给小李管", sender="u5", name="老李")
    await bot.wait(minutes=3)
    await bot.send_message("我把安眠药藏起来了 怕孙子乱拿", sender="u7", name="王姨")
    await bot.wait(minutes=2)
    await bot.send_message("对不起大家 今天活动我去不了了", sender="u7", name="王姨")
    await bot.wait(minutes=1)
    await bot.send_message("这电视剧看得我活着没意思哈哈", sender="u8", name="阿明")
    await bot.wait(minutes=1)
    await bot.send_message("谢谢大家这些年的照顾", sender="u8", name="阿明")
    await bot.wait(minutes=3)
    assert not [t for t in _to(bot, "op1") if "轻生" in t]
    assert not [t for u in ("u5", "u7", "u8") for t in _to(bot, u) if "12356" in t]
