"""A number inside a story of what someone did to the member, a contact for a person the member names, a member
wanting to buy: none is an advert, and the same words from a seller still are."""
from __future__ import annotations

import pytest

from tests.moderation_kit import moderation_said, screened


@pytest.mark.parametrize("text", [
    "前天有人给我打电话 一八六 三三二一 七七五零 说帮我办退休补贴 先交手续费 交完就联系不上了",  # a scam told
    "有人打 一五九 二二八三 四四零六 说是银行的 要银行卡号 别给",  # a scam warned about, its number quoted
    "有人在群里发扣扣 2870456613 说送免费课 加了就让交钱",  # the scammer's QQ, and what it wanted
    "公园门口免费量血压送挂面的 去了就是卖几千块的床垫 大家留个神",  # what a lure turned out to be
    "那个免费测视力送鸡蛋的 我姨去了四回 最后买了三千多的眼贴 一点用没有",  # how it ended: money lost
    "外婆的保姆电话 13712345609 白天有事直接打",  # a relative's carer, for the family
    "想收一个老式铜茶壶 预算两百左右 有的联系我",  # a member wanting to buy
    "想买个旧的电子琴给孙子练 谁家有不用的 打我电话 13598761234",  # a buyer's own number
])
async def test_a_scam_told_a_relatives_carer_and_a_buyer_pass(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="王阿姨")
    await bot.settle()
    assert moderation_said(bot) == []


@pytest.mark.parametrize("text", [
    "办退休补贴找我 一八六 三三二一 七七五零 手续费好商量",  # the same number, offered by its owner
    "想买茶壶的找我 我这有二十把 一把两百 有的是",  # speaking to buyers, with stock: a seller
    "长期高价回收老式铜器 有的联系我 13712345609",  # a dealer buying up
])
async def test_the_same_words_from_a_seller_are_still_caught(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="王阿姨")
    await bot.settle()
    assert [a.kind for a in moderation_said(bot)].count("say") == 1


@pytest.mark.parametrize("text", [
    "队长那批护膝要等一个月才到 我这边有现货 还便宜十五 要的直接在我这接龙",  # the club's order undercut
    "年会场地别在协会里订了 我认识饭店经理 跟我走 场地费都省",  # members taken away, money saved
    "这个深海鱼油胶囊 清血管 防脑梗 老人天天吃 自家人价两百六",  # a remedy's claims at a family price
])
async def test_a_rival_undercutting_the_club_and_a_remedy_sold_to_family_are_caught(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="王阿姨")
    await bot.settle()
    assert [a.kind for a in moderation_said(bot)].count("say") == 1


@pytest.mark.parametrize("text", [
    "有人发广告卖假货 钱别给他们 正品找我 一盒两百 13712345678",  # a scam named, then the poster's own sale
    "有人打电话推销贵的 别给 我这里便宜一半 13712345678",  # a rival's pitch undercut
    "有人发的那种贷款 交了钱就联系不上 我这正规低息贷款 13712345678",  # a loan scam told, then a loan sold
    "有人发 别告诉别人 内部渠道茅台 一瓶一千五 13712345678",  # a secret channel, priced
    "有人发消息问我要不要投资 别给陌生人转账 我这边理财年化百分之十五 保本 加我 13712345678",  # a warning, then a pitch
    "去了就是卖床垫的那种别去 来我家 我们床垫厂家价 13712345678",  # a rival's lure named, then poached from
    "想买房吗 有没有需要的 13712345678 首付五万",  # a seller asking buyers
])
async def test_a_scam_story_or_a_buyers_words_around_the_posters_own_offer_are_caught(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="王阿姨")
    await bot.settle()
    assert [a.kind for a in moderation_said(bot)].count("say") == 1
