"""Private calls that name no goods, read by the shape of the offer, as a member would notice them (issue 14,
session 21).

Caught: the thing kept out of the group's sight with the poster holding it ("群里不方便说 我有门路"); a way out offered
privately to whoever is short of money or in trouble with an office; a benefit few know told only in private. Passed:
a word to one member kept private, a leader asking to hear grievances alone, a lift offered to those who walk badly,
a member telling of someone's private pitch; a scammer's number quoted with the fee they asked and the check that
showed it false; a tradesman's number posted with his leave. Written in other groups' words than the lines they were
read from (tests/data/moderation_eval/heldout20)."""
from __future__ import annotations

import pytest

from tests.moderation_kit import moderation_said, screened

RULES_ALONE = "    rules_off: [learned]\n"
BOTH = pytest.mark.parametrize("config", ["", RULES_ALONE], ids=["learned", "rules_alone"])


async def _said(make_bot, text: str, config: str = "") -> list[str]:
    bot = screened(make_bot, config)
    await bot.start()
    await bot.send_message(text, sender="u9", name="钱叔")
    await bot.settle()
    return [a.kind for a in moderation_said(bot) if a.to in (None, "u9")]  # to the group or the member


@pytest.mark.parametrize("text", [
    "孩子进重点班的事 群里不好说 我有门路",  # kept out of sight, the poster holds the way
    "老年大学的名额我这里有 不在群里讲 自己来问我",
    "装修钱不够的别着急 可以来找我想想办法",  # a way out for whoever is short of money
    "孙子学位办不下来的找我 私聊",  # trouble with an office
    "医保能多报的办法 知道的人不多 私我",  # a benefit few know, in private
    "我这老寒腿是怎么好的 加我告诉你",
])
@BOTH
async def test_a_private_call_whose_offer_is_told_by_its_shape_is_an_ad(make_bot, text, config):
    """The member is told once in the group, as for any ad."""
    assert (await _said(make_bot, text, config)).count("say") == 1


@pytest.mark.parametrize("text", [
    "@王姐 你那事群里不方便说 我晚点私你",  # a word to one member
    "群里不方便说 谁有意见私聊我 我们当面解决",  # a leader hearing grievances alone
    "腿脚不方便的找我 周六我开车带你们去公园",  # a lift for those who walk badly
    "这几天老有人私聊我卖偏方 说包治百病 大家别理",  # someone else's private pitch, told
    "那个电话 一五八 二二三一 六六七八 说是社保局的 要我交认证费 我去社保局问了 根本没有",  # a scammer's number
    "修水管的小马师傅手艺好 电话13812345678 他同意我发的",  # a tradesman's number, with his leave
])
@BOTH
async def test_a_member_keeping_a_word_private_warning_or_helping_is_not_told_off(make_bot, text, config):
    """Nothing is said to the member, publicly or privately, with the learned layer and on the rules alone (an
    operator may still be told that someone approached the member)."""
    assert await _said(make_bot, text, config) == []


async def _shared(make_bot, title: str, config: str = "") -> list[str]:
    bot = screened(make_bot, config)
    await bot.start()
    await bot.send_mini_program(title, sender="u9", name="钱叔")
    await bot.settle()
    return [a.kind for a in moderation_said(bot) if a.to in (None, "u9")]


@pytest.mark.parametrize("text", [
    "空调加氟维修 电话 0571-86234517",  # a trade's card with a landline
    "这个降糖茶 没有副作用 药都不用吃 一盒一百六",  # a remedy priced, with no side effects promised
])
@BOTH
async def test_a_trades_card_or_a_priced_remedy_is_an_ad(make_bot, text, config):
    assert (await _said(make_bot, text, config)).count("say") == 1


@BOTH
async def test_a_betting_mini_program_is_an_ad(make_bot, config):
    assert (await _shared(make_bot, "世界杯竞猜 充值下注赢彩金", config)).count("say") == 1


@pytest.mark.parametrize("text", [
    "社区居家养老服务站 助浴保洁 电话 0571-85214367 免费登记",  # a public body's landline
    "街道维修服务中心 电话 0571-86012233 水管坏了可以打",
])
@BOTH
async def test_a_public_bodys_landline_passes(make_bot, text, config):
    assert await _said(make_bot, text, config) == []
