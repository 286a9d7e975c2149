"""Numbers read out in words, ids told as recipes or set after a picture for the app, 俺 read as 我, videos that sell a
service; and the innocent lines that look like them, as a member would notice (issue 14, session 23).

Caught: a mobile number said the way people read one out (么, 洞, banker's numerals, digits and words mixed, in
pieces); an id told as a recipe (letters or a name's pinyin, then a birthday or a number), said not to be a phone
number, or set after a plus and an emoji; a QQ group as 裙; the app spelt and "上聊"; 俺 in a private call; a video that
points at its shopping cart, sells a franchise or sends people to its end; a paid group; a good held and unnamed,
offered privately; an undercut of the school's own order; a trade's landline read out in numerals. Passed: dates,
prices, quantities and a room number in numerals; a public body's or a family's number read out; a password's advice;
an errand or a lift said to one member; an officer naming themself with the word that they sell nothing; a
household's crop it cannot eat, priced in the open; a warning in 莫信; a complaint about 刷单 or about being pulled
into a 兼职群; a club's monthly fee; cheering with emoji. Written in other groups' words than the lines they were read
from (tests/data/moderation_eval/heldout22, tests/data/moderation_train/*, part 23).
"""
from __future__ import annotations

import pytest

from tests.moderation_kit import moderation_said, screened

RULES_ALONE = "    rules_off: [learned]\n"
BOTH = pytest.mark.parametrize("config", ["", RULES_ALONE], ids=["learned", "rules_alone"])


async def _said(make_bot, text: str, config: str = "", kind: str = "text") -> list[str]:
    bot = screened(make_bot, config)
    await bot.start()
    await bot.send_message(text, sender="u9", name="孙叔", type=kind)
    await bot.settle()
    return [a.kind for a in moderation_said(bot) if a.to in (None, "u9")]  # to the group or the member


@pytest.mark.parametrize("text", [
    "装空调找我 电话 么八六 二三四五 六七八九",  # 么 for one, read out in three pieces
    "上门开锁 1三8洞洞12 3456",  # digits, numerals and 洞 for nought, mixed
    "修水管 壹叁玖 捌捌柒陆 伍肆叁贰",  # banker's numerals
    "代购奶粉 我的号 名字拼音 后面跟我生日 零八一五",  # an id told as a recipe
    "微 是 ab 后面加上 六六八八 卖鸡蛋",
    "卖土鸡蛋 薇 jd 三三九 (这不是电话)",  # said not to be a phone number
    "做蛋糕的 加🍀 tgx 五五二零",  # a plus and a picture for the app
    "➕我 🆅 cake_8866 备注蛋糕",
    "广场舞资料 进扣扣裙 六六八 一二 三四五",  # a QQ group written 裙
    "买保险的 薇❤上聊 群里不好说",  # the app spelt, then where to talk
    "腰疼的老哥 俺有个法子 私俺",  # 俺 is 我
    "进我们的股票群 入群费一百 天天有内幕",  # a paid group
    "带孙子的姐妹 我手上有点好东西 私聊",  # a good held and unnamed, offered privately
    "学校统一订的校服二百 我这渠道一百二 一模一样",  # the school's own order undercut
    "修电脑 电话 八八六六 五五四四",  # a trade's city number read out, no area code
    "疏通下水道 电话 零七三一 八八六六 五五四四",  # a trade's landline read out
])
@BOTH
async def test_a_number_read_out_an_id_told_or_a_private_call_in_dialect_is_an_ad(make_bot, text, config):
    """The member is told once in the group, as for any ad."""
    assert (await _said(make_bot, text, config)).count("say") == 1


@pytest.mark.parametrize("text", [
    "【视频】膝盖疼的看过来 点下方购物车",  # the shopping cart pointed at
    "【视频】奶茶店加盟 三个月回本",  # a franchise sold
    "【视频】老中医的拔罐手法 想学的看视频结尾",  # sent to the end of the video for the seller
])
@BOTH
async def test_a_video_that_sells_a_service_is_an_ad(make_bot, text, config):
    assert (await _said(make_bot, text, config, kind="video")).count("say") == 1


@pytest.mark.parametrize("text", [
    "二〇二六年十二月二十日 下午两点 三〇二教室",  # a date and a room in numerals
    "一共三百八十五 一人二十五 明天交给班长",  # a price and a share
    "接龙 3栋1201 两箱 5栋502 一箱",  # quantities by building and flat
    "我家门牌 六〇八 有事来找我",
    "密码别用名字拼音加上生日 容易被人猜到",  # a password's advice, not an id
    "@王姐 明天我开车接你 我电话 一三八 一二三四 五六七八 到了打我",  # a lift said to one member
    "@老周 你要的那个鱼竿 我帮你在网上买了 九十八 钱转我就行",  # an errand for one member
    "我是车队队长老李 电话13812345678 我从不私下收钱 也不卖东西",  # an officer naming themself
    "自家种的红薯吃不完 两块一斤 要的说一声",  # a household's surplus, priced in the open
    "网上说能代办驾照的 都莫信",  # a warning in 莫信 (别信)
    "这个群天天刷单的 我都不想看了",  # a complaint
    "又有人拉我进啥兼职群 烦死了",
    "这个月群费一人十块 还是老规矩",  # the club's own fee
    "大家加油👍 2026年一起努力",  # a plus sign's look-alike, cheering
    "不要信息费的那个车站 在哪里",  # 不要信 is not a warning here, nothing sold either
    "社区服务站 电话 八八六六 五五四四 有事打",  # a public body's number read out
    "我家电话 八八六六五五四四 找我妈",  # a family's number
])
@BOTH
async def test_a_look_alike_of_a_number_or_an_offer_is_not_told_off(make_bot, text, config):
    """Nothing is said to the member, publicly or privately, with the learned layer and on the rules alone."""
    assert await _said(make_bot, text, config) == []


@pytest.mark.parametrize("text", ["【视频】老师傅教你包饺子", "【视频】昨天合唱的完整版 点开看"])
@BOTH
async def test_a_video_of_the_clubs_life_or_a_tip_is_not_told_off(make_bot, text, config):
    assert await _said(make_bot, text, config, kind="video") == []
