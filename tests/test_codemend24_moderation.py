"""Session 24, the code review's moderation findings 4-8 and 13 (/work/reviews24/code.md, issue 14, codemend24): a
neighbour's lift, a bank's reminder, one's own nanny and an errand offered are not told off; a pitch behind 不推销 and a
name, a group-buy price under two platforms' prices and a gift with an order still are. The reviewer's lines first in
each list, then lines of our own in other words, under the learned layer and on the rules alone."""
from __future__ import annotations

import pytest

from tests.test_moderation_members_things_and_undercuts import BOTH, _said


@pytest.mark.parametrize("text", [
    # finding 6: a bank, one's own nanny, a school's fees asked about: nobody hiring
    "招商银行每月1号扣款 大家注意余额",
    "我们家招了个保姆 一个月五千 还挺勤快",
    "招生简章上写每月三百 问问老师准不准",
    "招商银行信用卡每月账单日改了 大家留意一下",
    "闺女家招了个钟点工 一天一百五 做饭还行",
    # finding 7: a lift or an errand offered to the neighbours
    "周末去公园拍荷花 哪位也想去 我一块儿开车带上",
    "明天去赶集 哪位也要买菜 我一块儿捎回来",
    "周六去看菊展 哪位也想去 我一块儿叫个车",
    "明早去医院复查 哪位也要量血压 我一块儿陪着去",
])
@BOTH
async def test_a_neighbours_errand_or_a_household_matter_is_not_told_off(make_bot, text, config):
    assert await _said(make_bot, text, config) == []


@pytest.mark.parametrize("text", [
    # finding 4: a phone number with a name after it, behind 不推销
    "本人不推销 只做良心产品 电话13812345678 张姐",
    "不推销 纯自用 电话13812345678 王",
    "我不推销 自家的好货 品质保证 想要打13698765432 刘姐",
    "不推销 朋友代理的护膝 电话15011112222 小陈",
    # finding 5: two platforms' prices, then the poster's own
    "京东卖二百九 淘宝一百八 今天团购价九十九 下单链接发群里",
    "超市卖三十 菜场二十五 秒杀价九块九 链接在下面",
])
@BOTH
async def test_a_pitch_behind_a_disclaimer_or_under_platform_prices_is_still_an_ad(make_bot, text, config):
    assert (await _said(make_bot, text, config)).count("say") == 1


# two platforms' prices and the poster's own that the rules alone never caught (before this session either): the
# learned layer's catch is no longer excused by the two shops' prices
@pytest.mark.parametrize("text", ["拼多多一百八 京东二百九 今天特价九十九 点链接下单",
                                  "淘宝卖一百五 京东一百六 我们群价六十八 拼单的扣1"])
async def test_the_learned_catch_under_platform_prices_stands(make_bot, text):
    assert (await _said(make_bot, text)).count("say") == 1


@pytest.mark.parametrize("text", [
    # finding 8: a gift with an order is a hook, not free help
    "下单送群里姐妹一份礼品 数量有限",
    "买两盒送群里姐妹一盒 限量三十份 下单找我",
])
async def test_a_gift_with_an_order_is_still_an_ad(make_bot, text):
    assert (await _said(make_bot, text)).count("say") == 1


@pytest.mark.parametrize("text", ["我自己做的香囊 送群里姐妹 想要的周三活动找我拿",
                                  "我从不私下收钱 有事直接打我电话 13912345678 老李",
                                  "助听器京东八百 拼多多五百九"])
@BOTH
async def test_the_everyday_gift_signature_and_comparison_still_pass(make_bot, text, config):
    assert await _said(make_bot, text, config) == []
