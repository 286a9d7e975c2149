"""Kinds of signal first met in groups the rules were not written on (a gateball team, hypertension patients, a
paper-cutting club; issue 14, session 17), each read as a kind, written here in lines of other groups: a rival's
offer at less than what the club or a public body charges, ids given in numerals after a look-alike cue or told in
words, a fixer's favour, a loan kept from the children, "感兴趣的聊", claims and prices spelled in words are caught;
a scammer named by what they sell, a call the scammer hung up, someone who added the member, whoever keeps the keys,
a bag's price ("五块一包拿去") and a lecture lure seen through pass."""
from __future__ import annotations

import pytest

from tests.moderation_kit import moderation_said, screened


async def _said(make_bot, text: str, **kw) -> list[str]:
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="刘姐", **kw)
    await bot.settle()
    return [a.kind for a in moderation_said(bot)]


@pytest.mark.parametrize("text", [
    "老年大学的书法课一学期八百 我教的一样 四百 还送笔墨",  # the club's price undercut by the poster's own class
    "物业请的保洁一小时五十 我家阿姨一小时三十五 还包擦窗",  # a public body's service, the poster's for less
    "周六比赛 ㄨ信 qiusai_ 六六八",  # WeChat by a look-alike, the id's digits in numerals
    "要报名的 +v x：q s 一 九 八 八",  # an id spelled a character at a time, digits in numerals
    "评奖的事 我认识评委 能帮着推 感兴趣的聊",  # who decides the prize, known; "those interested, talk"
    "泡脚水没用 我这有更好的 私我",  # steered from what members use to the poster's own
])
async def test_ads_in_shapes_met_on_unseen_kinds_are_caught(make_bot, text):
    assert (await _said(make_bot, text)).count("say") == 1


@pytest.mark.parametrize("text", [
    "太极扇 微 头像同名 小写 taiji 后面加 九九",  # an id told in words of how to type it
    "合唱比赛的名额 我能弄 想去的找我",  # a fixer's place in a contest
    "老艺人的绣样 不外传 想要的私我",  # kept from the group, settled privately
    "我去年骨头疼 后来吃了这个钙 今年体检骨密度正常了 要的我帮拿",  # last year's trouble, then stock
    "门球进阶课 网上的 二十节 私我报名",  # a course sold by its lessons
    "这款鞋垫 走路降血压 一双一百九十八",  # a claim and a price spelled in words
    "退休金就能借 五分钟到账 不用子女知道",  # a loan on a pension, kept from the children
])
async def test_the_same_shapes_are_caught_on_the_rules_alone(make_bot, text):
    """Where the operator has switched the learned layer off (the shipped model already weighs some of these)."""
    bot = screened(make_bot, "    rules_off: [learned]\n")
    await bot.start()
    await bot.send_message(text, sender="u7", name="刘姐")
    await bot.settle()
    assert [a.kind for a in moderation_said(bot)].count("say") == 1


async def test_a_mini_program_offering_a_free_trial_is_an_ad(make_bot):
    assert (await _said(make_bot, "小程序", type="mini_program", title="健康馆｜0元试用按摩仪")).count("say") == 1


@pytest.mark.parametrize("text", [
    "加 yg_3366 那个卖鱼竿的 收了钱不发货",  # the scammer named by what they sell, and what they did
    "刚才有个电话 13912345678 说是老中医 能治糖尿病 我问他哪个医院的 他就挂了",  # the caller hung up
    "有人在群里加我 说是体检中心的 能插队 要先交一百 我没理",  # someone added the member, turned down
    "活动室钥匙在老张那 电话 13812345678",  # whoever keeps the keys
    "多了三包 谁要 五块一包拿去",  # a bag's price, not 包拿 (a pass guaranteed)
    "我家老头子被拉去听讲座 回来跟我说要买八百的枕头 一个疗程六盒 我一听就不对 大家别去听那个课",  # a lure seen through
])
async def test_warnings_keys_and_a_bags_price_pass(make_bot, text):
    assert await _said(make_bot, text) == []


@pytest.mark.parametrize("text", [
    "群主组织的聚餐一人八十 我们楼那次才四十",  # prices compared, nothing offered
    "社区卫生院打疫苗一次二十 我家那边的一次十块",  # prices compared, nothing offered
    "护眼的话还是去医院查查 别乱吃什么保健品",  # advice against pills
])
async def test_members_comparing_prices_and_advising_pass(make_bot, text):
    """Guards: lines that look like the new shapes and offer nothing of the poster's own."""
    assert await _said(make_bot, text) == []
