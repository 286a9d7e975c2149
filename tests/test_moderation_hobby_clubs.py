"""Causes found on hobby clubs the rules were not written on (choir, badminton, knitting, mahjong, cooking, walking):
a price per piece or per month in words, the last few left, a job that asks a deposit first, money paid to the
poster and a middleman's fee are adverts; what a scam turned out to sell, a group officer's own number and a
complaint that ads keep coming are not."""
from __future__ import annotations

import pytest

from bot.testing import TestBot
from tests.moderation_kit import moderation_said, screened


async def _posted(make_bot, text: str, **kw) -> TestBot:
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u8", name="王阿姨", **kw)
    await bot.settle()
    return bot


def _stopped(bot: TestBot) -> bool:
    return any(a.kind == "say" and "u8" in a.mentions for a in moderation_said(bot))


@pytest.mark.parametrize("text", [
    # so much a piece, in words, with a call to whoever wants one
    "我钩了一批杯垫 二十五一个 有要的说一声",
    "手工棉拖 一双六十 还有五六双 吱一声",
    # the last few left, with a call
    "蜂蜜最后四罐了 周日活动前要的跟我说 过时不候",
    # a job that asks money first
    "招小区夜班保安 一个月四千 入职先交八百押金",
    "在家用手机刷视频 一天八十 先交一百九十九激活",
    # a called-out audience, not a question; a lottery tip; a game's first top-up
    "有没有需要用钱的 我这有资金 月息一分五 当天到",
    "足球竞彩交流 每天推荐必中 扫码进",
    "斗地主小程序 首充送一百 天天领金币",
    # goods sent for a relative, money paid to the poster; a middleman's fee on a neighbour's used thing
    "老家自己晒的笋干 要的跟我说 我让他们寄过来",
    "楼上邻居出旧钢琴 八成新 三千 要的我带你去看 他给我点辛苦费就行",
    # buy two, get one
    "深海鱼油 护心脑 买两瓶送一瓶",
])
async def test_offers_shaped_as_sales_are_stopped(make_bot, text):
    assert _stopped(await _posted(make_bot, text))


@pytest.mark.parametrize("text", [
    # what the lure turned out to sell, and what it cost
    "那个免费量血压送挂面的 后面就是卖理疗床的 我姨买了一张 根本没用",
    "说是低息周转 就是高利贷 利滚利 我表哥借了一万 现在要还五万",
    "有人在群里发 投资每天分红 我同事进去投了两万 拿不回来了",
    "群里那个卖球拍的 是假货 我买了一支线都崩了",
    # a complaint that ads keep coming
    "天天有人发拼多多助力 烦",
    # the group's officer giving her own number
    "新来的朋友 我是群里的会计 有事打我电话13758120963",
    # walking talk with big numbers that are no prices
    "今天一天走了一万两千步 腿有点酸",
])
async def test_stories_complaints_and_officers_pass(make_bot, text):
    assert not _stopped(await _posted(make_bot, text))
