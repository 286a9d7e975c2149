"""An offer and a way to act on it make an advert, whatever the goods (session 11: chess, birds, nurses, yangko):
the stock that is left, something let go through the poster, ordering through the poster, the same goods cheaper at
the poster's, a seller's wink (懂的来), a landline beside a price, an id pointed to in the avatar, a referral count,
a piece rate, a pension loan, a class with a cap on places. What stays innocent: a book a library lends, playing an
instrument (我拉得), a warning that says 提醒一下, money lost when a scheme's group dissolves, a card handed over."""
from __future__ import annotations

import pytest

from bot.testing import TestBot
from tests.moderation_kit import moderation_said, screened


async def _posted(make_bot, text: str, **kw) -> TestBot:
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u9", name="李叔", **kw)
    await bot.settle()
    return bot


def _stopped(bot: TestBot) -> bool:
    return any(a.kind == "say" and "u9" in a.mentions for a in moderation_said(bot))


@pytest.mark.parametrize("text", [
    # what is left, and a private call
    "上回那批手工围巾 只剩五条了 要的赶紧私我",
    # something let go on someone's behalf, ordered through the poster
    "替隔壁王姐出几套旧邮票 要的跟我说 钱我帮她收",
    # the same goods cheaper at the poster's, ordered through them
    "群里团的那款足浴桶三百二 我这同款二百六 下次跟我订",
    # a seller's wink
    "朋友送的两条好烟 我不抽 懂的来",
    # a landline beside a price
    "中老年全身体检套餐 二百九 咨询电话0571-86123457",
    # an id pointed to in the avatar, the cue written by sound
    "出二手鱼竿 加 薇 号在我头像里",
    # a referral count that pays
    "拉五个人注册 就送一箱牛奶 大家帮帮忙",
    # a piece rate
    "在家动动手指 帮平台点评 一条三块 想做的私聊",
    # a loan against a pension
    "退休的凭养老金就可以办 先息后本 最高二十万",
    # a class sold with a cap on places
    "葫芦丝速成班 八节课包会 限招十五人",
    # a before-story with stock held
    "我以前腰疼得下不了床 用了个远红外护腰 我这还剩三个新的",
])
async def test_offers_with_a_way_to_act_are_stopped(make_bot, text):
    assert _stopped(await _posted(make_bot, text))


@pytest.mark.parametrize("text", [
    "推荐一本《养花入门》 社区图书馆就能借 图多字大",
    "我老伴说我拉得跟杀鸡一样 哈哈",
    "提醒一下新朋友 有人私聊卖演出票的 先别急着转钱 问问群主",
    "那个养老理财群说一年翻倍 我们楼的老太太投了八万 现在群解散了",
    "去医院要出示健康码 不会弄的问我",
])
async def test_chat_warnings_and_stories_pass(make_bot, text):
    assert not _stopped(await _posted(make_bot, text))


async def test_a_card_handed_to_whoever_asked_passes(make_bot):
    bot = await _posted(make_bot, "@老张 推给你了", type="contact_card", title="刘师傅 空调维修")
    assert not _stopped(bot)
