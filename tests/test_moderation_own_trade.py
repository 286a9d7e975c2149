"""Groups whose point is what members would elsewhere call an ad: a co-op's members selling their own harvest to each
other, a foundation's volunteer pointing donors to its own monthly accounts. Those pass; dealers, loans and lures
in the same rooms do not, and the same offer in an ordinary club is still caught."""
from __future__ import annotations

import dataclasses

import pytest

from bot.testing import message
from tests.moderation_kit import moderation_said, screened

HARVEST = "俺家还有两百斤土豆 要的加我微信"


async def _said_in(bot, text: str, topic: str) -> list[str]:
    await bot.start()
    await bot.send(dataclasses.replace(message(text, ts=bot.now), room_topic=topic))
    await bot.settle()
    return [a.text for a in moderation_said(bot)]


@pytest.mark.parametrize("text", [HARVEST, "自家地里种的红薯 三块钱一斤 要的私我", "我家今年收了三十筐橘子 谁要说一声",
                                  "今年明前龙井炒好了 自家茶园的 要的私我",  # acceptance19 24: the land named, no verb
                                  "我家果园里摘的苹果 脆甜 要的联系我",
                                  # acceptance20 29: a breeder's own litter
                                  "出一窝二十头仔猪 长白的 打过疫苗了 要的打电话15803710000",
                                  "有十几只羊羔要出 自己家养的 要的私我"])
async def test_a_members_own_harvest_offered_in_a_coop_room_passes(make_bot, text):
    assert await _said_in(screened(make_bot), text, "向阳村种植合作社社员群") == []


async def test_the_same_offer_in_an_ordinary_club_is_still_a_gentle_notice(make_bot):
    said = await _said_in(screened(make_bot), HARVEST, "金秋俱乐部1群")
    assert any("广告" in t for t in said)


@pytest.mark.parametrize("text", ["急用钱的找我 不用抵押 当天放款 加我微信",  # a loan
                                  "俺家还有两百斤土豆 要的加我微信 推荐三个人来买返二十块",  # a scheme on top
                                  "自家茶园的好茶 收购各家茶叶 高价回收 要的私我",  # a dealer buying up
                                  # a feed dealer
                                  "正大饲料厂家直销 比经销商便宜200一吨 送货到村 电话13700000000"])
async def test_in_a_coop_room_a_loan_or_a_scheme_is_still_an_ad(make_bot, text):
    said = await _said_in(screened(make_bot), text, "向阳村种植合作社社员群")
    assert any("广告" in t for t in said)


async def test_the_operator_decides_per_room_whatever_the_rooms_name(make_bot):
    trading = screened(make_bot, "rooms:\n  r1:\n    moderation: {members_trade: true}\n")
    assert await _said_in(trading, HARVEST, "老街坊群") == []


async def test_a_coop_named_room_can_be_told_members_do_not_trade_there(make_bot):
    strict = screened(make_bot, "rooms:\n  r1:\n    moderation: {members_trade: false}\n")
    assert any("广告" in t for t in await _said_in(strict, HARVEST, "合作社理事会"))


async def test_pointing_donors_to_the_foundations_own_monthly_accounts_passes(make_bot):
    said = await _said_in(screened(make_bot), "大家可以关注一下我们基金会的公众号 每月有捐款公示", "公益捐赠人群")
    assert said == []


@pytest.mark.parametrize("text", ["关注我们基金会的公众号 免费领取鸡蛋 每月有公示",  # a gift for following
                                  "大家关注一下我的公众号 每天分享养生知识"])  # a member's own channel
async def test_a_channel_with_a_gift_or_a_members_own_channel_is_still_caught(make_bot, text):
    said = await _said_in(screened(make_bot), text, "公益捐赠人群")
    assert any("广告" in t or "推广" in t for t in said)
