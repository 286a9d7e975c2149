"""What an offer is, however it is worded: a sale asked to go private in new words, a before-and-after story with
stock, a pitch dressed in emoji; and what is not: help for nothing, a member's own number, warnings that quote."""
from __future__ import annotations

import pytest

from bot.testing import TestBot
from tests.moderation_kit import moderation_said, screened


async def _posted(make_bot, text: str, **kw) -> TestBot:
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="周姐", **kw)
    await bot.settle()
    return bot


@pytest.mark.parametrize("text", [
    # whoever wants it tells the poster (说一声, 吱一声), something on sale (a friend's price, goods let go)
    "有要羊毛围巾的说一声 我这边能拿到厂家价 红的灰的都有",
    "手上有几张温泉门票 原价三百 一百五出 有要的吱一声",
    "老伴留下的钓具 还有新的没拆的 一大箱 想出掉 有要的私我看货",  # a box of them is stock, not one used thing
    # WeChat asked for by a sound-alike, with no id ("加威", "+V")
    "有要土蜂蜜的 加威 扣扣也行",
    "老花镜 便宜 +V 详谈",
    # before and after, and the poster fetches it for you
    "我原来晚上起夜四五回 喝了那个黑枸杞泡的水 现在一觉到天亮 要的话我帮你们问她拿",
    # a pitch dressed in emoji between its words
    "🍵🍵明前茶✨✨同学价🔥🔥要的私🌹🌹",
    # poaching: cheaper than the group's own order, names to the poster
    "太极服别在队长那订了 我认识做这个的 便宜四十 报名字给我",
    # lending, recruiting and a live room of one's own, in words the lists did not have
    "谁要周转 我这里能借 不用抵押 小窗",
    "有没有想做社区团长的 一个月能挣好几千 时间自由 私我",
    "我开了个直播间 叫养花的老周 大家进来看看 进来就送花种子",
])
async def test_an_offer_in_new_words_is_stopped(make_bot, text):
    bot = await _posted(make_bot, text)
    assert any(a.kind == "say" and "u7" in a.mentions for a in moderation_said(bot))


@pytest.mark.parametrize("text", [
    # help or a spare thing for nothing: no price, no goods on sale, no venue
    "有需要量血压的找我 我是退休护士 免费的",
    "我家多了两袋猫砂 用不完 免费送 找我拿",
    "我家自己包的粽子 要的说一声 免费的 邻居尝尝",
    # a member's own new number; a tradesman's number for whoever needs one
    "我新换的手机号 一三九 二六八八 四七五五 有事找我",
    "谁要修水管师傅电话 我家上回找的老周 13907218845 人实在",
    # warnings that quote the scheme or the scammer
    "提醒大家 那个“交两千做会员 拉人返佣”的 派出所已经立案了",
    "刚有个陌生号加我 说是咱们群的 “急用钱先借八百” 大家注意",
    # neighbours, greetings and a patient's own story
    "明天去湿地公园 想去的说一声",
    "早上好🌹🌹 今天降温☀️出门多穿点🧣 有事找我🌹",
    "我以前膝盖疼 吃了医生开的药 现在好多了",
])
async def test_help_for_nothing_own_numbers_and_warnings_pass(make_bot, text):
    bot = await _posted(make_bot, text)
    assert moderation_said(bot) == []


async def test_a_free_offer_with_a_price_or_a_talk_is_still_an_advert(make_bot):
    bot = await _posted(make_bot, "免费量血压 还送鸡蛋 周六上午社区会议室有专家讲座")
    assert any(a.kind == "say" and "u7" in a.mentions for a in moderation_said(bot))


async def test_a_card_sent_to_the_one_who_asked_for_it_passes(make_bot):
    bot = await _posted(make_bot, "你要的护工名片 推给你了", type="contact_card", title="刘阿姨护工")
    assert moderation_said(bot) == []


def test_the_learned_layer_reads_who_offers_at_what_price_not_what_is_sold():
    from plugins.moderation.learned import features
    from plugins.moderation.normalize import views

    offered = features(views("咸鸭蛋 三块一个 要的私我"))
    asked = features(views("超市咸鸭蛋三块一个 是不是贵了？"))
    shop = features(views("我们店里的咸鸭蛋 三块一个"))
    assert "#price+call" in offered and "#price+call" not in asked
    assert "#price?" in asked and "#price?" not in offered
    assert "#own+sold" in shop and "#own+sold" not in asked
