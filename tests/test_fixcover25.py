"""Acceptance 25 findings of the covers, greetings and nudges stream (fixcover25): what a member or an operator sees."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.testing import TZ, TestBot
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)


async def _bot(make_bot, start: datetime = DAY) -> TestBot:
    bot = _shipped_bot(make_bot, start)
    await bot.start()
    return bot


# seventieth_birthday_unaffirmed, veterans_enlistment_anniversary_unaffirmed: a member's own day of life (a round
# birthday, years since enlisting, a golden wedding) is the group's ritual moment: a person wishes her by name
@pytest.mark.parametrize("said", [
    "今儿是俺八十大寿 闺女给订了一桌",
    "今天是我和老伴结婚五十周年 金婚啦",
    "今天是我参军五十五周年纪念日 向老战友们敬礼",
    "我今天满七十五岁了 身子骨还硬朗",
    "今天是俺六十六岁生日 儿子从深圳回来了",
])
async def test_a_members_own_milestone_day_reaches_the_operator_to_wish_her(make_bot, said):
    bot = await _bot(make_bot)
    await bot.send_message(said, sender="u1", name="张大姐")
    await bot.wait(minutes=4)
    told = [t for t in _to(bot, "op1") if "张大姐" in t]
    assert told and "喜事" in told[0]
    assert not [t for t in _said(bot) if "您的问题" in t or "工作人员" in t]


@pytest.mark.parametrize("said", [
    "我生日是几号来着 身份证上写错了",
    "今天是老伴走了三周年 心里空落落的",
    "今天是战友牺牲五十周年 去陵园看看他",
    "明天王姐生日 大家别忘了",
    "我生日那天去医院复查",
])
async def test_a_question_a_loss_or_someone_elses_day_is_no_milestone_of_hers(make_bot, said):
    bot = await _bot(make_bot)
    await bot.send_message(said, sender="u1", name="张大姐")
    await bot.wait(minutes=4)
    assert not [t for t in _to(bot, "op1") if "喜事" in t]


async def _newcomer_says(make_bot, said: str) -> TestBot:
    bot = await _bot(make_bot)
    await bot.send_join(("u7", "刘大爷"))
    await bot.wait(minutes=1)
    await bot.send_message(said, sender="u7", name="刘大爷")
    await bot.wait(minutes=5)
    return bot


def _cheery(bot: TestBot) -> list[str]:
    thanked = ("谢谢您的自我介绍", "谢谢您的问候", "介绍自己", "介绍真亲切")
    return [t for t in _said(bot) if any(w in t for w in thanked)]


# newcomer_sugar_worry_thanked_for_introduction, widow_joining_for_late_husband_gets_cheery_greeting: a newcomer's
# first words that tell of her own trouble (a reading that will not come down, a death) are heard, never thanked
@pytest.mark.parametrize("said", [
    "大家好 新来的 血压一直降不下来 吃了三种药了",
    "大家好 我是新来的 尿酸老是偏高 脚疼得走不了路",
    "新人报到 我这血糖总是控制不住 心里着急",
    "大家好 我是新来的 我家老头子上个月走了 他生前天天看这个群",
])
async def test_a_newcomers_trouble_is_not_thanked_as_an_introduction(make_bot, said):
    bot = await _newcomer_says(make_bot, said)
    assert not _cheery(bot)
    told = [t for t in _to(bot, "op1") if "刘大爷" in t and "第一次发言" in t]
    assert not told or "难处" in told[0] or "身体不舒服" in told[0]


async def test_a_widow_joining_in_her_late_husbands_place_reaches_the_operator_as_a_loss(make_bot):
    bot = await _newcomer_says(make_bot, "大家好 我是老孙的老伴 老孙上个月走了 他生前最惦记这个群 我替他进来看看大家")
    assert not _cheery(bot)
    assert any(t.startswith("🕯") and "刘大爷" in t and "节哀" in t for t in _to(bot, "op1"))
    assert not [t for t in _to(bot, "op1") if "第一次发言" in t]


@pytest.mark.parametrize("said", [
    "大家好 我是新来的 老刘 今年六十八 喜欢钓鱼",
    "大家好 我是新来的 血糖控制得挺好 来跟大家学习",
    "新人报到 退休老师 平时爱唱歌 请多关照",
])
async def test_a_newcomers_plain_introduction_is_still_welcomed_as_one(make_bot, said):
    bot = await _newcomer_says(make_bot, said)
    assert [t for t in _said(bot) if "刘大爷" in t or "欢迎" in t]
    assert [t for t in _to(bot, "op1") if "第一次发言" in t and "难处" not in t]


# member_medicine_answer_closes_wait_unchecked: a question on a medicine by its name (二甲双胍, 他汀, 地平), however
# it is asked, is a health matter: a member's sure answer keeps the wait open and 小王 is asked to check it
@pytest.mark.parametrize(("asked", "answer"), [
    ("阿托伐他汀晚上吃还是早上吃啊", "@王阿姨 晚上 我一直睡前吃"),
    ("硝苯地平能掰开吃吗", "@王阿姨 能掰 我都掰一半"),
    ("阿司匹林肠溶片空腹吃行不行", "@王阿姨 行 我天天早上空腹吃"),
    ("格列美脲漏吃了一顿要补吗", "@王阿姨 不用补 下顿照常吃"),
    ("降压的那个缬沙坦 一天吃几片合适呢", "@王阿姨 一片 早上吃"),
])
async def test_a_members_answer_on_a_medicine_is_checked_by_a_person(make_bot, asked, answer):
    bot = await _bot(make_bot)
    await bot.send_message(asked, sender="u1", name="王阿姨")
    await bot.wait(seconds=20)
    await bot.send_message(answer, sender="u2", name="吴阿姨", mentions=("u1",))
    await bot.wait(minutes=4)
    told = [t for t in _to(bot, "op1") if "王阿姨" in t]
    assert told and "吴阿姨在群里回了" in told[0] and "看一眼对不对" in told[0]


@pytest.mark.parametrize(("asked", "answer"), [
    ("周六聚餐几点集合", "@王阿姨 十点半 在小区门口"),
    ("合唱团明天还练吗", "@王阿姨 练 下午三点"),
    ("公交卡在哪办", "@王阿姨 街道办一楼就能办"),
])
async def test_a_members_sure_answer_on_everyday_matters_closes_the_wait(make_bot, asked, answer):
    bot = await _bot(make_bot)
    await bot.send_message(asked, sender="u1", name="王阿姨")
    await bot.wait(seconds=20)
    await bot.send_message(answer, sender="u2", name="吴阿姨", mentions=("u1",))
    await bot.wait(minutes=4)
    assert not [t for t in _to(bot, "op1") if "王阿姨" in t]
