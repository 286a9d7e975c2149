"""Causes found on kinds of group the rules were not written on (photo club, village, tai chi, veterans, retired
colleagues, grandparents at the school gate, book club, retired teachers, calligraphy, tea, volunteers, old
neighbours): a third person's number given so members can reach them is help; an offer with a price and no call,
ids spelled around a cue, a pointer to where the seller is, a rival's co-op, and a scheme's shares are adverts."""
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


def _stopped(bot: TestBot) -> bool:
    return any(a.kind == "say" and "u7" in a.mentions for a in moderation_said(bot))


@pytest.mark.parametrize("text", [
    # a club officer's, a caretaker's or a patient's family's number, named as theirs
    "活动室钥匙是老周管着 他电话13916620458 要用找他",
    "李大姐住院了 想去看的先联系她女儿 一三八五七二零六六九一",
    "秘书长老刘的手机 15067320941 入会的事问他",
    # a scam's aftermath, a seller's private message reported, a warning to keep out of a lure's group
    "那个说帮办驾照包过的别理 我表弟交了两千 人跑了",
    "有人私加我推销保险 一天好几个 烦死了",
    "那种免费领鸡蛋的群别进 进去天天让买东西",
    # a husband who can mend things, for nothing; a shop that is only where the poster lives
    "我家老头子会修收音机 谁家坏了拿过来 不收钱",
    "我家楼下五金店的灯泡比超市便宜三块 我不认识老板 就是常去",
    # a class the poster pays for
    "我报的国画班一学期两千 好贵 不知道值不值",
    # a headline that names a scheme in quotes; help offered with a sale disowned
    "央视报道：“神药”直播间背后的生意经",
    "我是退休药剂师 吃药的事可以问我 不卖东西",
])
async def test_numbers_given_for_someone_else_and_stories_pass(make_bot, text):
    assert not _stopped(await _posted(make_bot, text))


@pytest.mark.parametrize("text", [
    # ids after a cue that are spaced out, sound-alike or bare (加微, 卫星, Q：, 扣扣我 in numerals)
    "代买火车票 加微 k l m 8 8 6 6",
    "上门修空调 卫星 abcd 1 2 3",
    "二手镜头 同城面交 Q：3318 2207 56",
    "颈椎不好的扣扣我 三五七二八一九四六零",
    # a mobile number run into a price in numerals; an alarm sold is goods, not an emergency
    "好用的拐杖 一根九十九 13957120843",
    "一键呼叫报警器 上门安装 电话 13857103362",
    # a price with no call: a priced class, produce by the pound, a relative's trade
    "书法暑假班开始招了 八节课三百六",
    "我外甥做这个 东北大米 十斤八十 比超市便宜多了 过年送人体面",
    "自己炒的高山茶 七十一斤 要的早说",
    # lending and shares before a listing
    "谁手头紧 我这有资金 月息一分 退休金担保就行",
    "养老产业原始股 内部认购 明年上市翻十几倍",
    "这不是传销 是消费返利 你买多少返多少 还能发展下线",
    # a shop searched by name; a rival co-op against the group's own order
    "淘宝搜 老王干货铺 报群名立减十块",
    # a sale disowned and made all the same
    "我不卖东西 就是推荐个好用的 一盒三十八 要的私我",
    "群里订的那批年货太贵了 不如我们合作社的 便宜二十 要的接我这个龙",
])
async def test_offers_without_a_contact_in_new_words_are_stopped(make_bot, text):
    assert _stopped(await _posted(make_bot, text))


async def test_a_video_that_points_to_where_it_is_sold_is_stopped(make_bot):
    bot = await _posted(make_bot, "这款血压计 量得准 视频最后有购买方式", type="video")
    assert _stopped(bot)
