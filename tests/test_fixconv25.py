"""What the acceptance tester of session 25 found in hearing complaints (findings 6, 9, 10, 11, 16): a 上海话 question
("哪能换", how do I change) a minute after another's filed as a complaint, a sarcastic complaint and one about where the
dues went unheard or asked back as an FAQ, a politely said missing invoice answered with the invoice FAQ, and a memoir
given away free apologised for. Each as a member or an operator would notice it, on the virtual clock, with the
shipped plugins, in other words than the probes'."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.testing import TZ, TestBot
from tests.shipped_bot import apologies as _apologies
from tests.shipped_bot import complaint_alerts as _complaint_alerts
from tests.shipped_bot import said as _said
from tests.shipped_bot import started_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 9, 0, tzinfo=TZ)


async def _bot(make_bot) -> TestBot:
    return await started_bot(make_bot, DAY)


# --- finding 6: 上海话 "哪能" (how) before 换/退 asks how, it asks for no exchange ---

@pytest.mark.parametrize("line", [
    "血糖仪试纸哪能换 有人晓得伐",
    "阿拉屋里电视机遥控器电池哪能换啊",
    "老花镜镜片哪能换 啥人晓得",
    "医保卡密码哪能换 要到啥地方去",
    "电瓶车电瓶哪能换 侬晓得伐",
])
async def test_a_shanghainese_how_to_change_after_another_question_is_no_complaint(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message("请问明朝几点开门伐", sender="u2", name="陈奶奶")
    await bot.wait(minutes=1)
    await bot.send_message(line, sender="u1", name="周伯")
    await bot.wait(minutes=4)
    assert not _complaint_alerts(bot, "周伯")
    assert not _apologies(bot)


@pytest.mark.parametrize("line", [
    "在你们这买的血压计 用了三天就不准了 能换吗",
    "上礼拜买的鞋子开胶了 给我换一双",
    "你们发的米有虫子 可以退吗",
])
async def test_an_exchange_of_what_went_wrong_is_still_a_complaint(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message("请问明朝几点开门伐", sender="u2", name="陈奶奶")
    await bot.wait(minutes=1)
    await bot.send_message(line, sender="u1", name="周伯")
    await bot.wait(minutes=1)
    assert _complaint_alerts(bot, "周伯")


# --- finding 9: praise of the club said beside its decline, or with a smirk, is a complaint ---

@pytest.mark.parametrize("line", [
    "咱们老年大学真是越办越好了 课一学期比一学期少🙄",
    "你们店可真厉害啊 东西一次比一次贵😏",
    "这个合唱团真是越办越红火啊 排练一个月比一个月少",
    "你们协会真行啊 活动越来越少😏",
    "呵呵 咱们群真是越办越好了",
])
async def test_sarcastic_praise_of_the_club_reaches_the_operator(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message(line, sender="u1", name="老胡")
    await bot.wait(minutes=4)
    assert [t for t in _to(bot, "op1") if "老胡" in t]


@pytest.mark.parametrize("line", [
    "咱们协会真是越办越好了 活动一年比一年多👍",
    "你们店真是越来越好了 东西又新鲜又便宜",
    "你们老师教得真好 我孙子错题一次比一次少",
    "我这头发一年比一年少😏 老喽",
    "我们老年大学越办越红火 今年又开了两个新班",
])
async def test_praise_meant_as_praise_is_no_complaint(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message(line, sender="u1", name="老胡")
    await bot.wait(minutes=4)
    assert not _complaint_alerts(bot, "老胡")
    assert not _apologies(bot)


# --- finding 10: where the dues went, asked in scorn, is a complaint, never asked back as an FAQ ---

@pytest.mark.parametrize("line", [
    "交的班费都花哪儿去了 也不公布个账",
    "大家凑的钱到底用哪儿去了",
    "活动经费究竟花到哪里去了 谁给说说",
    "交了三年会费 钱都花哪儿去了",
    "呵呵 捐款都用到哪去了",
])
async def test_where_the_dues_went_reaches_the_operator_unasked_back(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message(line, sender="u1", name="大刘")
    await bot.wait(minutes=4)
    assert [t for t in _to(bot, "op1") if "大刘" in t and "投诉" in t]
    assert not [t for t in _said(bot) if "您是想问" in t]


@pytest.mark.parametrize("line", [
    "会费在哪里交啊",
    "班费交给谁 在哪交",
    "这个月退休金 钱都花哪去了 自己都不知道",
    "捐款去哪里捐",
    "活动费用到哪天交",
])
async def test_asking_where_to_pay_is_no_complaint(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message(line, sender="u1", name="大刘")
    await bot.wait(minutes=4)
    assert not _complaint_alerts(bot, "大刘")
    assert not _apologies(bot)


# --- finding 11: what was promised a week ago and never came, asked politely, is a complaint all the same ---

@pytest.mark.parametrize("line", [
    "麻烦问一下 前几天在你们店买的降压药 收据一直没给我开",
    "不好意思 上个月交的体检费 发票一直没开 能帮忙问问吗",
    "打扰了 上周订的助听器 一直没给我送来 麻烦帮我看看",
    "不好意思啊 半个月前说好给我开的证明 到现在还没开",
])
async def test_a_politely_said_missing_invoice_reaches_the_operator_as_a_complaint(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message(line, sender="u1", name="孙阿姨")
    await bot.wait(minutes=4)
    assert [t for t in _to(bot, "op1") if "⚠️ 投诉" in t and "孙阿姨" in t]
    assert not [t for t in _to(bot, "op1") if "可能是问答" in t]


@pytest.mark.parametrize("line", [
    "发票能开吗",
    "开发票要带什么",
    "我一直没开过发票 这次要开吗",
    "上个月在你们店配的眼镜 戴着挺舒服 谢谢啦",
    "上礼拜的发票收到了 谢谢你们",
])
async def test_an_ask_about_invoices_or_ones_own_delay_is_no_complaint(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message(line, sender="u1", name="孙阿姨")
    await bot.wait(minutes=4)
    assert not _complaint_alerts(bot, "孙阿姨")
    assert not _apologies(bot)


# --- finding 16: a member's own things given free to the others is no complaint ---

@pytest.mark.parametrize("line", [
    "我画了几幅山水 装裱好了 送给老姐妹们 想要的说一声",
    "家里石榴结多了 分给邻居们 谁要来拿",
    "我编了本咱们连队的老照片集 印了五十本 赠给老战友们 想要的留个地址",
    "自己腌的咸菜 送给群里的姐妹们 想要的来取",
    "我写的诗集出版了 送给各位老同学 想要的私我地址",
])
async def test_a_gift_to_the_others_is_never_apologised_for(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message(line, sender="u1", name="老马")
    await bot.wait(minutes=4)
    assert not _complaint_alerts(bot, "老马")
    assert not _apologies(bot)


@pytest.mark.parametrize("line", [
    "说好送给老战友们的纪念册 到现在还没收到",
    "送给会员的礼品 你们发了半个月还没到",
])
async def test_a_gift_promised_and_not_come_is_still_a_complaint(make_bot, line):
    bot = await _bot(make_bot)
    await bot.send_message(line, sender="u1", name="老马")
    await bot.wait(minutes=1)
    assert _complaint_alerts(bot, "老马")
