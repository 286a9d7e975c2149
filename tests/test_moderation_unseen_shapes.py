"""Shapes of advert met first in groups the rules were not written on (crosstalk fans, stone collectors, dialysis
patients), read as kinds of signal, and the innocent lines leaving one kind out flagged: an id spelled a character at
a time after any cue, something kept from the group with a private call, members steered to the poster's own, a
group price against a list price, a buy-and-recruit scheme, priced mini programs are caught; a scammer named as "this
person", a ticket bought one too many, a coach's number with "call yourself", a headline, friends' group buy at cost,
a household's crop kept for the village and an officer's card pass (issue 14, session 16)."""
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
    "收藏币 薇 q b _ 5 2 0",  # an id a character at a time after a lone 薇
    "好茶 绿泡泡 搜 c h a y e 6 6",  # after WeChat's nickname and 搜
    "胃心 ｃｈａ\u2060ｙｅ８８ 老茶",  # WeChat by a sound-alike, full-width, padded
    "老年手机 渠道价 +薇 看我圈",  # add me by a plus sign and a look-alike
    "好的紫砂壶 一般人拿不到 群里不好说价 单独聊",  # kept from the group, settled privately
    "鱼食别买超市那种 没营养 我这有进口的 要的私我",  # steered from what members use to the poster's own
    "跳舞别在网上瞎买鞋 千万别 我这有几双手工的 想试的单独找我",  # the same, opened as a warning
    "羊毛围巾 原价三百六 群里一百五",  # a group price against a list price
    "买一箱酵素 介绍三个人来买 你的就免费了",  # buy, and bring buyers
])
async def test_ads_in_shapes_met_on_unseen_kinds_are_caught(make_bot, text):
    assert (await _said(make_bot, text)).count("say") == 1


@pytest.mark.parametrize("title", ["老中医在线|免费问诊 药材包邮", "旧书回收|免费估价 高价回收"])
async def test_a_mini_program_offering_free_consultations_or_buying_up_is_an_ad(make_bot, title):
    assert (await _said(make_bot, "小程序", type="mini_program", title=title)).count("say") == 1


@pytest.mark.parametrize("text", [
    "qq 3847261950 这个人 说免费送字帖 后面让买课 一节两百",  # a scammer named as "this person"
    "微信号 laoliu2024 这个人 说帮办退休 收了钱就跑了",
    # a purchase gone wrong, reported to the police
    "我在群外一个人那买了两张票 四百块一张 说好演出前给票 等到那天打他电话 13812345678 关机 我去派出所报了案",
    "周六的专场我多订了一张 原价八十 谁要说一声",  # one ticket too many, at what it cost
    "王老师的电话13912345678 想报书法班的自己打",  # a teacher's number, the poster out of the middle
    "新华社：揭秘卖“神药”的直播间",  # a headline with its outlet
    "我们几个老邻居说好了一起订大米，东北亲戚那边直发，要的告诉我，按斤算不赚钱",  # friends' group buy at cost
    "俺家今年的花生收了 自己种的 谁家要跟俺说一声 八块一斤 给本村的 不往外卖",  # a crop kept for the village
])
async def test_stories_tickets_passed_on_and_neighbours_buying_together_pass(make_bot, text):
    assert await _said(make_bot, text) == []


async def test_an_officers_card_passes(make_bot):
    assert await _said(make_bot, "名片", type="contact_card", title="王会长｜市收藏家协会") == []


async def test_a_complaint_about_ads_passes(make_bot):
    assert await _said(make_bot, "谁又发砍一刀的链接了 我点了一下手机都卡了") == []


@pytest.mark.parametrize("text", [
    "砍一刀砍一刀 天天砍一刀 求求了别发了",  # a complaint about ads
    "最近天天有人拉人进别的群 群主管管吧",
    "提醒 那个听讲座送鸡蛋的 我邻居天天去 最后花了八千买了个床垫",  # a lure's ending told
    "刷单点赞一单三块的 最后让你垫钱",  # a scheme's ending told
    "美篇 https://www.meipian.cn/4abc12 我们合唱团十年",  # an article on the seniors' platform
])
async def test_complaints_and_warnings_pass_on_the_rules_alone(make_bot, text):
    """Where the operator has switched the learned layer off, the rules alone let these pass."""
    bot = screened(make_bot, "    rules_off: [learned]\n")
    await bot.start()
    await bot.send_message(text, sender="u7", name="刘姐")
    await bot.settle()
    assert moderation_said(bot) == []


@pytest.mark.parametrize("text", [
    "修车 薇 信 g 修车 m 修车 8 修车 8 修车 9",  # an id with a two-character filler between its pieces
    "少儿书法比赛的奖 我能帮你保个二等奖 私聊",  # a prize fixed, privately
    "晚上腿抽筋的别光吃钙片 我在用一种艾草贴 效果特别好 要的单独问我",  # steered to what the poster uses
    "手工布鞋 要的扣扣我 微芯同号",  # WeChat the same as QQ, by a look-alike
    "老年鞋批发 号在我签名里 扣扣威芯都行",  # the id pointed to in a signature
    "二手相机便宜出 要的家薇",  # 加薇 by sound
    "补漆笔 威：3️⃣8️⃣6️⃣2️⃣9️⃣1️⃣abc",  # an id in keycap digits
    "自家蒸的红糖发糕 天天都做 想长期订的私我",  # food made to sell, privately
    "那家牙科的大夫我熟 报我名字便宜",  # a referral's discount
    "护膝 原价六百八 协会价二百九",  # a price for the club against a list price
    "下周三文化宫门口 免费查颈动脉 送一桶油 名额三十个",  # a free check-up with a gift: a lecture lure
])
async def test_ads_are_caught_by_the_rules_alone(make_bot, text):
    """Where the operator has switched the learned layer off, the rules alone catch these."""
    bot = screened(make_bot, "    rules_off: [learned]\n")
    await bot.start()
    await bot.send_message(text, sender="u7", name="刘姐")
    await bot.settle()
    assert [a.kind for a in moderation_said(bot)].count("say") == 1


@pytest.mark.parametrize("text", [
    "别用那个旧群了 我这有新群的二维码 要的找我",  # the club moving house, not goods
    "别光吃药 我在用一种方法 每天走路 要的问我",  # a habit shared, no private call
    "王姐 你问的那个事群里不方便说 私聊吧",  # a friend's answer, nothing offered
    "我的家威海那边下雪了",  # a place, not 加威
    "张老师，看病要紧，周一的内容我录视频发群里，有不懂的单独问我",  # a class covered for, questions taken privately
    "我家还有五张水票 谁要",  # coupons passed on, no story of use
    "那家饭馆老板是我同学 上次去打了八折 挺好吃",  # a discount the poster had, not one offered
])
async def test_lines_that_look_like_the_new_shapes_pass_on_the_rules_alone(make_bot, text):
    bot = screened(make_bot, "    rules_off: [learned]\n")
    await bot.start()
    await bot.send_message(text, sender="u7", name="刘姐")
    await bot.settle()
    assert moderation_said(bot) == []
