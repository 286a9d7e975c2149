"""A number given for a good reason (the asker named, the group owner's, a thing left behind or taken by mistake) and
a warning that says what the real officer never does are help; money taken for goods still left, the club's buy
undercut at the poster's price, a free check-up with a gift and an expert's talk, a healed story with stock, and an id
typed a character at a time with one filler word between are adverts (issue 14, session 13)."""
from __future__ import annotations

import pytest

from bot.testing import TestBot
from tests.moderation_kit import moderation_said, screened


async def _posted(make_bot, text: str) -> TestBot:
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="周姐")
    await bot.settle()
    return bot


def _stopped(bot: TestBot) -> bool:
    return any(a.kind == "say" and "u7" in a.mentions for a in moderation_said(bot))


@pytest.mark.parametrize("text", [
    "小赵问的换纱窗的师傅 姓吴 手机13905716628 我家去年找过他",
    "群主手机15968832107 明天集合找不到人就打",
    "今天活动谁拿错了我的雨伞 格子的 联系我13758120936",
    "早上公园谁落了一副手套 我先收着了 打我电话18857102264",
    "有人冒充会长加好友要红包 会长从来不借钱 大家别理",
])
async def test_a_number_given_for_a_reason_and_a_warning_pass(make_bot, text):
    assert not _stopped(await _posted(make_bot, text))


@pytest.mark.parametrize("text", [
    "王师傅编的竹篮 他不用微信 钱我帮他收 六十一个 剩四个了",
    "群主定的护膝 网上才四十 我这三十五一副",
    "街道免费测血压 送毛巾 下午有专家讲保健",
    "我妈腰疼多年 贴了这个膏药 现在走得动了 我这还有几盒",
    "咨询 v 花 m 花 8 花 3 花 1",
])
async def test_money_taken_an_undercut_a_lure_a_story_and_a_filled_id_are_stopped(make_bot, text):
    assert _stopped(await _posted(make_bot, text))
