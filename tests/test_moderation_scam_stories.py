"""A member telling the group what a scammer said passes, even quoting the scammer's id or number."""
from __future__ import annotations

import pytest

from tests.moderation_kit import moderation_said, screened


@pytest.mark.parametrize("text", [
    "昨天有个人打电话给我，说我医保卡被冻结了，让我加他微信 yb_kefu2024 处理，我直接挂了",
    "早上有个女的打电话给我，说孙子在学校打架了要赔钱，让我往她卡上转五千，号码是13912345678，我没信，先给儿子打了电话",
    "刚才有人发短信给我说快递丢了要理赔，让我加客服微信 kd_lipei888，我没加",
])
async def test_a_member_telling_what_a_scammer_said_is_not_told_off(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u5", name="蒋姐")
    await bot.settle()
    assert moderation_said(bot) == []


@pytest.mark.parametrize("text", [
    "有个人打电话给我推荐理财，收益很高，加他微信 lc8888 就行，大家可以试试",
    "我朋友让我加这个老师的微信 yangsheng66 调理身体，效果很好，需要的可以加",
])
async def test_a_recommendation_dressed_as_a_story_is_still_an_ad(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="王阿姨")
    await bot.settle()
    assert [(a.kind, a.to) for a in moderation_said(bot)][:2] == [("say", None), ("private", "u7")]
