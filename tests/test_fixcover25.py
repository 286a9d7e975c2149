"""Acceptance 25 findings of the covers, greetings and nudges stream (fixcover25): what a member or an operator sees."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.testing import TZ, TestBot
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)


async def _bot(make_bot, start: datetime = DAY) -> TestBot:
    bot = _shipped_bot(make_bot, start)
    await bot.start()
    return bot


# seventieth_birthday_unaffirmed, veterans_enlistment_anniversary_unaffirmed: a member's own day of life (a round
# birthday, years since enlisting, a golden wedding) is the group's ritual moment: a person wishes her by name
@pytest.mark.parametrize("said", [
    "今儿是俺八十大寿 闺女给订了一桌",
    "今天是我和老伴结婚五十周年 金婚啦",
    "今天是我参军五十五周年纪念日 向老战友们敬礼",
    "我今天满七十五岁了 身子骨还硬朗",
    "今天是俺六十六岁生日 儿子从深圳回来了",
])
async def test_a_members_own_milestone_day_reaches_the_operator_to_wish_her(make_bot, said):
    bot = await _bot(make_bot)
    await bot.send_message(said, sender="u1", name="张大姐")
    await bot.wait(minutes=4)
    told = [t for t in _to(bot, "op1") if "张大姐" in t]
    assert told and "喜事" in told[0]
    assert not [t for t in _said(bot) if "您的问题" in t or "工作人员" in t]


@pytest.mark.parametrize("said", [
    "我生日是几号来着 身份证上写错了",
    "今天是老伴走了三周年 心里空落落的",
    "今天是战友牺牲五十周年 去陵园看看他",
    "明天王姐生日 大家别忘了",
    "我生日那天去医院复查",
])
async def test_a_question_a_loss_or_someone_elses_day_is_no_milestone_of_hers(make_bot, said):
    bot = await _bot(make_bot)
    await bot.send_message(said, sender="u1", name="张大姐")
    await bot.wait(minutes=4)
    assert not [t for t in _to(bot, "op1") if "喜事" in t]
