"""Short-video shares are what members share: a link card to 抖音, 快手, 视频号 or B站 passes unless its words sell."""
from __future__ import annotations

import pytest

from tests.moderation_kit import moderation_said, screened


@pytest.mark.parametrize("url, title", [
    ("https://v.douyin.com/iRk3abc/", "我们舞蹈队在社区晚会上的表演"),
    ("https://v.kuaishou.com/5xQm2P", "老年大学书法班结业展，王老师现场写福字"),
    ("https://channels.weixin.qq.com/web/pages/feed?eid=export%2FUzFf", "合唱团在区里比赛拿了二等奖"),
    ("https://weixin.qq.com/sph/A8bN2c", "重阳节包饺子，大家包得真好"),
    ("https://b23.tv/Zk3Lm9q", "八段锦完整版跟练，每天早上跟着做"),
])
async def test_a_short_video_link_card_of_the_clubs_life_passes(make_bot, url, title):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_link(url, title, sender="u4", name="老孙")
    await bot.send_message(f"{title} {url}", sender="u5", name="蒋姐")  # pasted into the chat as text
    await bot.settle()
    assert moderation_said(bot) == []


@pytest.mark.parametrize("text", [
    "抖音小店上新了 我家自己做的辣椒酱 今晚直播间秒杀 https://v.douyin.com/iQp7Xs2/",
    "快手小店里的老北京布鞋 到手价39包邮 https://v.kuaishou.com/8HcVq1",
    "我们舞蹈队的表演 https://v.douyin.com/iRk3abc/ 要买同款演出服的加我微信 wdf6688",
])
async def test_a_short_video_link_that_sells_is_still_an_ad(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="王阿姨")
    await bot.settle()
    assert [(a.kind, a.to) for a in moderation_said(bot)][:2] == [("say", None), ("private", "u7")]


async def test_a_room_that_wants_no_shares_can_tighten_video_links(make_bot):
    bot = screened(make_bot, "rooms:\n  r1:\n    moderation: {shares: strict}\n")
    await bot.start()
    await bot.send_link("https://v.douyin.com/iRk3abc/", "我们舞蹈队在社区晚会上的表演", sender="u4", name="老孙")
    await bot.send_link("https://v.douyin.com/iRk3abc/", "我们舞蹈队在社区晚会上的表演", sender="u4", name="老孙",
                        room="r2")
    await bot.settle()
    assert [(a.kind, a.room, a.ref) for a in moderation_said(bot) if a.kind == "say"] == [("say", "r1", "link")]
