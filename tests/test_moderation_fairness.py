"""Fair moderation: chat, shares and warnings pass; evasions and pitches do not; strikes as a person gives them."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.testing import join, message
from tests.moderation_kit import moderation_said, screened

AD = "降压茶到货了，要的加我微信 tc8899 每人送一盒"


async def test_a_senior_typing_in_fragments_voice_bursts_and_stickers_is_chat_not_an_ad(make_bot):
    bot = screened(make_bot)
    await bot.start()
    for i, text in enumerate(["明天", "8点", "老地方", "带上", "扇子"]):
        await bot.send(message(text, ts=bot.now + timedelta(seconds=i)))
    for i in range(5):
        await bot.send(message('[语音] 12"', type="voice", ts=bot.now + timedelta(seconds=6 + i)))
        await bot.send(message("[动画表情]", type="emoticon", ts=bot.now + timedelta(seconds=6 + i)))
    await bot.settle()
    assert moderation_said(bot) == []


async def test_official_account_articles_over_days_never_count(make_bot):
    bot = screened(make_bot)
    await bot.start()
    for _ in range(3):
        await bot.send_link("https://mp.weixin.qq.com/s/Xx2Pq8Lr0Mv5Nt3Kw9YzBc", "医生提醒：降压药千万不能自己随便停")
        await bot.wait(days=2)
    await bot.settle()
    assert moderation_said(bot) == []


@pytest.mark.parametrize("kind, title", [
    ("mini_program", "腾讯地图｜朝阳公园南门广场"), ("mini_program", "墨迹天气｜明日暴雨预警"),
    ("mini_program", "国家医保服务平台｜异地就医备案"), ("mini_program", "群接龙｜周六上午合唱排练签到"),
    ("video", "视频号｜我们夕阳红合唱团在区艺术节演出《映山红》，大家多点赞转发")])
async def test_public_service_mini_programs_and_the_clubs_own_videos_pass(make_bot, kind, title):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(title, type=kind, title=title)
    await bot.settle()
    assert moderation_said(bot) == []


async def test_a_room_can_tighten_shared_content(make_bot):
    bot = screened(make_bot, "rooms:\n  r1:\n    moderation: {shares: strict}\n")
    await bot.start()
    await bot.send_mini_program("墨迹天气｜明日暴雨预警")
    await bot.settle()
    assert [a.ref for a in moderation_said(bot)][:1] == ["card"]


@pytest.mark.parametrize("text", [
    "又收到短信“您的房屋水费欠缴，点击链接缴纳 http://sf-pay.top/x”，是假的，大家别点",
    "注意！电梯里贴的“家电清洗特价39元 上门服务 13816527743”小广告，上门之后说零件坏了要换，收了我600",
    "楼下那个人跟我说“日结300 在家就能做” 我一听就知道是刷单",  # naming the scam for what it is
    "有个业务员跟我说“扫码进群领鸡蛋”，我扫了才知道要先交钱，当场删了",  # a pitch retold, and dropped
])
async def test_warnings_and_stories_about_scams_pass(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text)
    await bot.settle()
    assert moderation_said(bot) == []


@pytest.mark.parametrize("text", [
    "自家种的富硒大米，品质好，想要的阿姨私聊我拿货",
    "信用卡额度提升、代还，费率低，需要的私聊",
    "诚招社区团长，在家转发链接就有佣金，一个月多挣两三千",
    "少儿英语一对一，就在隔壁小区，ｖ：ｅｎｇｌｉｓｈ０２１",
    "有需要日本花王纸尿裤的加我vx：mami_buy_2023，比店里便宜",
    "水电维修、灯具安装，号码是137，中间2290，最后5518",
    "车厘子批发，威信 c\u3164h\u3164e\u3164r\u3164r\u3164y\u31648\u31648",
    "托管班招生中 微\u2060信 t\u2060g\u20605\u20605\u20605",
])
async def test_sales_pitches_and_evasions_are_caught(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="王阿姨")
    await bot.settle()
    assert [a.kind for a in moderation_said(bot)][:1] == ["say"]


async def test_three_ads_in_two_minutes_are_one_strike(make_bot):
    bot = screened(make_bot)
    await bot.start()
    for i in range(3):
        await bot.send(message(AD, sender="u7", name="王阿姨", ts=bot.now + timedelta(seconds=40 * i)))
    await bot.settle()
    assert sorted((a.kind, a.to) for a in moderation_said(bot)) == [("private", "u7"), ("say", None)]


async def test_the_gift_line_goes_only_to_an_established_members_first_slip(make_bot):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message("大家早上好", sender="u7", name="王阿姨")  # a member the group has known for a week
    await bot.wait(days=7)
    await bot.send(join(("new1", "新人小李"), ts=bot.now))
    await bot.send_message(AD, sender="u7", name="王阿姨")
    await bot.send_message(AD, sender="new1", name="新人小李")
    await bot.wait(hours=1)
    await bot.send_message(AD, sender="u7", name="王阿姨")
    await bot.settle()
    privately = [a for a in moderation_said(bot) if a.kind == "private" and a.to in ("u7", "new1")]
    assert ["小礼品" in a.text for a in privately] == [True, False, False]


async def test_auto_removal_applies_only_to_accounts_that_just_joined(make_bot):
    bot = screened(make_bot, "    remove: auto\n")
    await bot.start()
    await bot.send(join(("new1", "新人小李"), ts=bot.now))
    for _ in range(3):
        await bot.send_message(AD, sender="new1", name="新人小李")
        await bot.send_message(AD, sender="u7", name="王阿姨")
        await bot.wait(minutes=5)
    await bot.settle()
    removed = [a.to for a in moderation_said(bot) if a.kind == "remove"]
    assert removed == ["new1"]
    alert = [a.text for a in moderation_said(bot) if a.to == "op1" and "新人小李" in a.text][-1]
    assert "移出" in alert and "私信说明" not in alert
    notice = [a.text for a in moderation_said(bot) if a.kind == "say" and "移出" in a.text]
    assert notice and "新人小李" not in notice[0] and "暂时" not in notice[0]
    told = [a for a in moderation_said(bot) if a.kind in ("say", "remove") and (a.to == "new1" or "移出" in a.text)]
    assert [a.kind for a in told] == ["remove", "say"]  # the group hears of the removal once it happened


async def test_the_welcome_says_what_happens_to_ads(make_bot):
    bot = make_bot("""
plugins:
  welcome: {}
""")
    await bot.start()
    await bot.send(join(("new1", "新人小李"), ts=bot.now))
    await bot.wait(seconds=30)
    await bot.settle()
    welcome = next(a.text for a in bot.sent if a.plugin == "welcome")
    assert "广告" in welcome and "请出本群" in welcome


async def test_the_rest_of_a_caught_pitch_is_not_waited_on_as_a_members_request(make_bot):
    bot = screened(make_bot, "  nudge: {}\n")
    await bot.start()
    pitch = ["我公司新到一批进口泳镜，群里朋友八折，要的私我", "泳镜还剩三十副，私我", "泳衣也有，私我"]
    for i, text in enumerate(pitch):  # the rest of the pitch alone would read as a member's request
        await bot.send(message(text, sender="vip1", name="王总", ts=bot.now + timedelta(seconds=40 * i)))
    await bot.send(message("请问明天几点开门", sender="vip1", name="王总", ts=bot.now + timedelta(seconds=100)))
    await bot.wait(minutes=5)
    nudged = [a for a in bot.sent if a.plugin == "nudge"]
    assert nudged and all("私我" not in a.text for a in nudged)  # neither the operator nor the group is asked to
    assert all("几点开门" in a.text for a in nudged if a.kind == "private")  # answer the ad; her question waits
    assert [a.kind for a in moderation_said(bot) if a.to != "op1"] == ["say", "private"]  # one notice, one word
