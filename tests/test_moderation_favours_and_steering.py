"""Kinds of signal read from the misses of groups the rules were not written on (glaucoma patients, grandparents
raising grandchildren in a new city, a ping-pong club; issue 14, session 18), written here in other groups' words.

Caught: a favour the poster can get or bend (a place, a paper, a claim, a queue) with a call to talk privately;
members steered from what they use to the poster's own with any private call ("找我", "加我"); goods the shops do not
have, settled privately; a story of relief that ends with the stock held ("钙片我这有") or with the medicine given up
("眼药都停了") and a call; a price said as spoken ("三百八一副") beside a cure's promise; a neighbours' price
("街坊价") against a list price; a public venue's price undercut at the poster's own place; ids with dashes between
their parts or in pieces after a lone cue ("薇 mei 幺八八 hua"); a mini program that gives a gift for signing up.
Passed: a committee's number with "别私聊我了"; a scammer's number typed digit by digit and named as "那个修空调的"; a
neighbour's spare; a member asking whether there is a way; a household's "我家有" after a story; a recovery told; a
way of doing things; sign-in and points mini programs; a dash in a notice; a member who knows the referee and only
asks; a hospital's phone offered."""
from __future__ import annotations

import pytest

from tests.moderation_kit import moderation_said, screened


async def _said(make_bot, text: str, config: str = "", **kw) -> list[str]:
    bot = screened(make_bot, config)
    await bot.start()
    await bot.send_message(text, sender="u8", name="周阿姨", **kw)
    await bot.settle()
    return [a.kind for a in moderation_said(bot)]


RULES_ALONE = "    rules_off: [learned]\n"


@pytest.mark.parametrize("text", [
    "老年证加急办 一周拿 感兴趣的聊",  # a paper hurried through, "those interested, talk"
    "医保报销的事有办法 私聊",  # a way round a claim, settled privately
    "考级那边我熟 能照顾 要的小窗",  # who decides is known to the poster, and can look after you
    "膝盖疼别去贴那种膏药 伤皮肤 我这有纯中药的 找我",  # steered from what members use to the poster's own
    "老厂子出的紫砂壶 外面买不着 私聊",  # what the shops do not have, settled privately
    "我老伴原来天天腿抽筋 后来吃了这个钙片 三个月没抽过 钙片我这有",  # a story of relief, then the stock held
    "文化站租场地一天三百 我家院子一天一百 以后上我这来办",  # a public venue's price undercut at the poster's place
    "薇：tea—1988—wang",  # an id with long dashes between its parts
    "薇 mei 幺八八 hua 备注广场舞",  # an id in pieces after a lone cue, letters and numerals in turn
    "我眼睛干涩好多年 用了这个蒸汽眼罩 眼药都停了 要的私我",  # the medicine given up, then a call
    "远红外护膝 戴上一周就好 半月板都能长回来 三百八一副",  # what cannot come back comes back, a spoken price
    "这个钙片 吃了走路有劲 腿脚跟年轻人一样 街坊价一百二 原价二百八",  # a neighbours' price against a list price
])
async def test_favours_steering_and_stock_are_told_as_ads_on_the_rules_alone(make_bot, text):
    """The member is told once in the group, as for any ad, with the learned layer switched off."""
    assert (await _said(make_bot, text, RULES_ALONE)).count("say") == 1


async def test_a_fixers_favour_is_an_ad_with_the_learned_layer_too(make_bot):
    assert (await _said(make_bot, "老年证加急办 一周拿 感兴趣的聊")).count("say") == 1


async def test_a_mini_program_that_gives_a_gift_for_signing_up_is_an_ad(make_bot):
    title = "健身打卡｜注册送鸡蛋"  # a card's text is its title (chat-events.md)
    assert (await _said(make_bot, title, type="mini_program", title=title)).count("say") == 1


@pytest.mark.parametrize("text", [
    "居委会电话 一三九 二二六八 五五一二 有事找她们 别私聊我了",  # the committee's number; people sent there
    "1 3 6 5 5 1 2 8 8 7 3 那个修空调的 上门先收钱 修完还漏",  # a scammer's number, named and what he did
    "别用超市买的洗洁精 我这有几瓶多的 送你",  # a neighbour's spare
    "孩子入户的事有办法吗 私聊问问",  # a member asking whether there is a way
    "以前我也睡不好 后来吃了褪黑素就好了 褪黑素我家有",  # a household's own, after a story
    "活动——周六上午九点 在老地方",  # a dash in a notice
    "裁判那边我熟 我帮你问问规则 私聊",  # knows the referee, only asks about the rules
    "别去医院排队了 我这有社区医院的电话 找我要",  # a hospital's phone offered, no goods
    "这种老花镜外面买不着 你问的那家店私聊告诉你",  # a friend's answer to a friend's question
    "孩子发烧吃了三天药 现在好了 药也停了",  # a recovery told, nothing held, no call
    "别光吃药 我在用一种方法 每天走路 要的问我",  # a way of doing, nothing sold
])
@pytest.mark.parametrize("config", ["", RULES_ALONE], ids=["learned", "rules_alone"])
async def test_what_only_looks_like_these_shapes_passes(make_bot, text, config):
    """Guards: nothing is said to the member, with the learned layer and on the rules alone."""
    assert await _said(make_bot, text, config) == []


@pytest.mark.parametrize("title", ["乒乓球俱乐部｜每日签到", "健步走｜打卡领积分"])
async def test_sign_in_and_points_mini_programs_pass(make_bot, title):
    assert await _said(make_bot, title, type="mini_program", title=title) == []
