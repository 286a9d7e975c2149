"""An id after any call to add, contact or search, even without naming the app ("加 hs…", "联系 hs…", "绿色软件搜 hs…"),
or standing bare after a trade offered to the group, is a contact detail; order numbers and a neighbour's id given on
request are not."""
from __future__ import annotations

import pytest

from bot.testing import TestBot
from tests.moderation_kit import moderation_said, screened


def _told(bot: TestBot, member: str) -> bool:
    """The poster heard of it: mentioned in the group notice, or a private word."""
    return any(member in a.mentions or a.to == member for a in moderation_said(bot))


@pytest.mark.parametrize("text", ["回收旧家电，加 hs20241188", "收旧家电 加hs20241188", "需要回收的加 hs20241188",
                                  "旧家电换钱啦，加好友 hs20241188", "旧家电换钱啦，联系 hs20241188",
                                  "旧家电换钱啦，找我 hs20241188", "回收旧家电，绿色软件搜 hs20241188",
                                  "回收旧家电 hs20241188"])
async def test_an_id_after_a_bare_cue_or_a_trade_offer_is_an_ad(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u2", name="王姨")
    await bot.settle()
    assert _told(bot, "u2"), text


@pytest.mark.parametrize("text", ["我的快递单号 yt1234567890 到了吗", "加油站那边的车牌是 ab12345 吗",
                                  "回收站今天几点开门？", "联系人写的我儿子，电话打不通再说"])
async def test_order_numbers_and_everyday_words_around_add_and_contact_pass(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u2", name="王姨")
    await bot.settle()
    assert moderation_said(bot) == []
