"""What members do for each other with a link or a number in it (acceptance20, findings 27 and 28): a senior asking
whether a link is genuine, an old man looking for his workmates and their AA reunion are not told off as ads; the
same link or number in a pitch still is."""
from __future__ import annotations

import pytest

from tests.moderation_kit import moderation_said, screened

STANDS = [
    "这个链接是不是咱超市的 https://u.jd.com/abc123 我孙子发给我的",
    "有人发给我这个链接 https://t.cn/A6xyz 能点吗 会不会是骗人的",
    "想找当年齐齐哈尔车务段77年一起进路的老伙计 有认识的给我打电话 13904520000 老于",
    "打听一下七十年代在红旗机械厂的老同事 谁知道王建国 给我来个电话 13800001111",
    "老伙计们 下个月十五号77届进路聚会 AA制每人100 在铁路宾馆 报名找我 13904520000",
]
STOPPED = [
    "点这个链接领鸡蛋 https://u.jd.com/abc123 限时抢购",
    "同学聚会就来我们饭店 每桌888 订餐电话13900000000",
    "这个链接是不是很划算 https://u.jd.com/abc123 全场五折 要的私我",
]


@pytest.mark.parametrize("text", STANDS)
async def test_a_members_own_ask_or_search_stands(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u9", name="老于")
    await bot.wait(minutes=1)
    assert not [a for a in moderation_said(bot) if a.kind in ("say", "private") and a.to != "op1"]


@pytest.mark.parametrize("text", STOPPED)
async def test_the_same_link_or_number_in_a_pitch_is_still_an_ad(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u9", name="小张")
    await bot.wait(minutes=1)
    assert [a for a in moderation_said(bot) if a.kind == "say" and "不发广告" in a.text]


async def test_plants_given_away_to_all_stand_but_the_same_plants_priced_are_stopped(make_bot):
    """acceptance21 31: a count of seedlings ("两百多株") is not a price: given away free among members, it stands."""
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message("今年草莓苗分出两百多株 想种的跟我说一声 白送给大家", sender="u1", name="王姐")
    await bot.send_message("番茄苗两毛一棵 要的跟我说", sender="u2", name="刘哥")
    await bot.wait(minutes=3)
    stopped = {m for a in moderation_said(bot) if a.kind == "say" for m in a.mentions}
    assert stopped == {"u2"}
