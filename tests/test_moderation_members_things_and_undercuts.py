"""A member's own used thing, a gift to the class, two shops' prices compared and an officer's signed line are not
told off; undercuts of what the organiser arranged, hands wanted for pay, ids after a drawn v, mini programs that pay
for walking or sell a first order, a remedy called out to whoever ails, a testimony brokered for whoever also wants it,
a sale kept out of the group because the organiser forbids it and a commission per card sold are (issue 14, session
24). Written in other groups' words than the lines they were read from (tests/data/moderation_eval/heldout23).
"""
from __future__ import annotations

import pytest

from tests.moderation_kit import moderation_said, screened

RULES_ALONE = "    rules_off: [learned]\n"
BOTH = pytest.mark.parametrize("config", ["", RULES_ALONE], ids=["learned", "rules_alone"])


async def _said(make_bot, text: str, config: str = "", kind: str = "text") -> list[str]:
    bot = screened(make_bot, config)
    await bot.start()
    title = text if kind == "mini_program" else None
    await bot.send_message(text, sender="u9", name="孙叔", type=kind, title=title)
    await bot.settle()
    return [a.kind for a in moderation_said(bot) if a.to in (None, "u9")]  # to the group or the member


@pytest.mark.parametrize("text", [
    "我家那台旧洗衣机出了吧 两百 能用 谁要说一声",  # one's own old thing, let go in the open
    "我那辆电动三轮不骑了 一千五 在城东 有要的问我",
    "助行器多一个 两百 要的吱声",  # one too many at home
    "我自己做的香囊 送群里姐妹 想要的周三活动找我拿",  # a gift, fetched in person
    "助听器京东八百 拼多多五百九",  # two shops' prices compared
    "电饭煲京东三百二 超市卖四百",
    "我从不私下收钱 有事直接打我电话 13912345678 老李",  # an officer's line, signed
    "腰疼的别乱买膏药了 这种都是骗人的 一盒三百多",  # a warning, though it names a price after 别乱买
])
@BOTH
async def test_a_members_own_thing_a_gift_or_a_price_compared_is_not_told_off(make_bot, text, config):
    """Nothing is said to the member, publicly or privately, with the learned layer and on the rules alone."""
    assert await _said(make_bot, text, config) == []


@pytest.mark.parametrize("text", [
    "王姐组织的体检一人三百 我这边二百 上门抽血",  # what the organiser arranged, undercut
    "刘哥团的鱼饵二十一包 我自己配的十块 一样好使 要多少说",
    "厂里发的劳保鞋八十一双 我表哥厂里出来的 五十 一模一样",
    "招人摘棉花 包吃包住 一天两百五",  # hands wanted, paid by the day
    "招录入员 在家就行 一千字十二",
    "招人看仓库 晚上值班 一晚一百二 身体好就行",
    "卖鱼竿 √ 芯 ｄｉａｏｙｕ\u3164wang ６６",  # a tick for v, full-width letters, a Hangul filler
    "血压高的别瞎吃药了 这款黑蒜 一斤六十八",  # a remedy called out to whoever ails
    "睡不着的老姐妹 这个安神枕 一个一百五",
    "我老伴腿抽筋好多年 喝这个钙片一个月 现在不抽了 哪位也要的我一块儿买",  # a testimony, brokered
    "还有要土蜂蜜的吗 要的私 不在群里说了 群主不让",  # kept out of the group, round the organiser's rule
    "我们的养生卡 推广一张拿三十 想做的来",  # a commission per card sold
    "我外孙原来数学不及格 报了这个班 现在考了满分 家里有孩子的可以找我要试听",  # a story of gain, then the offer
])
@BOTH
async def test_an_undercut_a_paid_job_a_hidden_id_or_a_remedy_pitched_is_an_ad(make_bot, text, config):
    """The member is told once in the group, as for any ad."""
    assert (await _said(make_bot, text, config)).count("say") == 1


@pytest.mark.parametrize("title", ["养生商城 首单九块九", "看新闻赚钱 每天领三块", "每天听歌赚钱 领十元"])
@BOTH
async def test_a_mini_program_that_sells_a_first_order_or_pays_for_time_is_an_ad(make_bot, title, config):
    assert (await _said(make_bot, title, config, kind="mini_program")).count("say") == 1


@pytest.mark.parametrize("title", ["腾讯地图｜市民中心", "国家政务服务平台｜养老金资格认证"])
@BOTH
async def test_a_public_service_mini_program_still_passes(make_bot, title, config):
    assert await _said(make_bot, title, config, kind="mini_program") == []
