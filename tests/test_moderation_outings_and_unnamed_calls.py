"""Fair to members first: the number of the outing's driver or doctor, named by role and name, is help; the
household's own let go at the market's own price, said in the open, is a neighbour's. Then what still passed: a line
that is nothing but whoever wants (or something good, unnamed) and a private call, an id with one mark between each
letter or digit or pointed to in the signature, digits scattered through a recipe and told to be joined and called
(issue 14, session 27). Written in other groups' words than tests/data/moderation_eval/
heldout26, where these kinds were flagged wrongly or missed. Still ads: a driver's own card with the hire he takes
on, the household's own sold in bulk or privately. Still kept: a call that names the help, the coming along or the
thing lent, a song's words; a test's answers with a mark between them; a signature talked of; a running order.
"""
from __future__ import annotations

import pytest

from tests.moderation_kit import moderation_said, screened

RULES_ALONE = "    rules_off: [learned]\n"
BOTH = pytest.mark.parametrize("config", ["", RULES_ALONE], ids=["learned", "rules_alone"])


async def _said(make_bot, text: str, config: str = "") -> list[str]:
    bot = screened(make_bot, config)
    await bot.start()
    await bot.send_message(text, sender="u9", name="陈伯")
    await bot.settle()
    return [a.kind for a in moderation_said(bot) if a.to in (None, "u9")]  # to the group or the member


@pytest.mark.parametrize("text", [
    "秋游的大巴司机 周师傅 13712345678 早上七点半在校门口",
    "明天去郊区采摘 大巴司机王师傅 13912345678 八点在公园北门等",
    "义诊那天卫生室陈大夫 13698765432 有不舒服的先打给她",
    "我妈做的辣椒酱 十块一瓶 跟超市一个价 想尝的说一声",
    "老家寄来的核桃 多了 二十一斤 和市场一样 要的说",
    "不会用手机的问我",  # help, named
    "需要帮忙的找我",
    "想去的找我",  # coming along
    "有需要的 找我借轮椅",  # a thing lent
    "想一起走的加我",  # coming along together
    "要歌词的私我",  # the song's words, handed over
    "今天的答案 a、c、d、b、a 错的去掉重做",  # a test's answers, marks between
    "选a、b、c、d都对吗",
    "我的个签改了 大家看看写得好不好",
    "我微信同名 大家加我方便拉群",
    "排练顺序 1号 王姐 2号 李姐 3号 老陈 4号 小刘 5号 张哥 6号 刘姨 7号 按顺序上台 有事打电话",
    "本周三晚八点 协会中继台例行点名 大家按顺序报呼号",
    "接龙 1.王姐 2份 2.李姐 3份 3.老陈 1份 按顺序排好 我拨给店里",
])
@BOTH
async def test_the_outings_helpers_a_neighbours_surplus_and_named_help_are_not_ads(make_bot, text, config):
    """Nothing is said to the group or to the member."""
    assert await _said(make_bot, text, config) == []


@pytest.mark.parametrize("text", [
    "长途包车 旅游包车 司机刘师傅 13912345678 随叫随到",  # a driver's own card: the hire he takes on
    "自家种的枸杞 跟超市一样的价 量大从优 要的私我",  # the household's own in bulk, privately
    "有需要的私窗",
    "好东西 私我",
    "有个机会 加好友",
    "想要的私 价格美丽",
    "想省心的来问我 少走弯路",
    "要的加我 a★z★m★a★6★6",
    "加 q~w~e~r~8~8 波浪线去掉",
    "加我 L、I、U、6、6 顿号删掉",
    "订花的扣我 号在个人签名里",  # the id pointed to, not given
    "修鞋找我 绿泡泡同名 搜\"老街皮匠\"",
    "腊肉好东西 v一下 头像那个灰色的",
    "菜谱：1勺糖 3勺酱油 8克盐 6片姜 2根葱 0味精 9分钟 5个蛋 7两肉 4碗水 1个人 按顺序拨过去订菜",  # digits to join
])
@BOTH
async def test_a_hire_offered_a_call_with_nothing_named_and_a_marked_id_are_ads(make_bot, text, config):
    """The member is told once in the group, as for any ad."""
    assert (await _said(make_bot, text, config)).count("say") == 1
