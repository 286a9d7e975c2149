"""What the acceptance tester of session 22 found the bot got wrong in hearing members (issue 13): an old grief on its
anniversary filed as a complaint, a lonely night handed over as one, a wife gone months ago condoled as news, a
complaint asked as a question in 山西话 covered as a question, a neighbour's answer with a courier station's number
stopped as an ad, one member's offer of company covered as a request, a voice answer talked over. Each as a member or
an operator would notice it, on the virtual clock, with the shipped plugins, in other words than the probes'."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.conversation import Kind
from bot.danger.grief import bereaved
from bot.danger.heartache import heartache
from bot.grievance import grievance
from bot.sample_events import message
from bot.testing import TZ, TestBot
from bot.understanding import read
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)


async def _bot(make_bot, start: datetime = DAY) -> TestBot:
    bot = _shipped_bot(make_bot, start)
    await bot.start()
    return bot


def _apologies(bot: TestBot) -> list[str]:
    return [t for t in _said(bot) if "添麻烦" in t or "抱歉" in t]


@pytest.mark.parametrize("said", [
    "今天是我妈的祭日 早上去坟上看了看 回来一直掉眼泪",
    "老伴没了快两年了 昨晚又梦见他了 醒了就再也睡不着",
])
async def test_an_old_grief_that_aches_again_is_company_to_keep_never_a_complaint(make_bot, said):
    bot = await _bot(make_bot)
    await bot.send_message(said, sender="u1", name="孙大姐")
    await bot.wait(minutes=5)
    told = [t for t in _to(bot, "op1") if "孙大姐" in t]
    assert told and "想念" in told[0] and "节哀" not in told[0] and "投诉" not in told[0]
    assert not [t for t in _to(bot, "op1") if "⚠️" in t]
    assert not _apologies(bot)
    assert not [a for a in bot.sent if a.kind == "say" and "u1" in a.mentions]


@pytest.mark.parametrize("said", ["我妈去世三个月了 今天收拾她的遗物 心里空落落的",
                                  "老头子走了一年多了 一个人吃饭没滋味"])
def test_a_death_told_as_months_or_years_ago_is_no_fresh_death_to_condole(said):
    assert bereaved(said) is None
    assert heartache(said) == "missing"


@pytest.mark.parametrize("said", ["我爸今天凌晨走了 在医院没救过来", "俺家老头子昨天夜里去世了"])
def test_a_death_just_told_is_still_a_death_in_the_family(said):
    assert bereaved(said) is not None


async def test_a_night_alone_in_an_empty_house_is_handed_over_as_heartache_not_a_complaint(make_bot):
    bot = await _bot(make_bot, DAY.replace(hour=23, minute=50))
    await bot.send_message("就剩我一个了 家里空荡荡的 翻来覆去睡不着", sender="u1", name="何阿姨")
    await bot.wait(hours=7, minutes=20)
    morning = [t for t in _to(bot, "op1") if t.startswith("🌅")]
    assert morning and "何阿姨" in morning[0]
    listed = next(line for line in morning[0].splitlines() if "何阿姨（" in line)
    assert "心里有难处" in listed and "投诉" not in listed
    assert "先道歉" not in morning[0]


@pytest.mark.parametrize("said", ["这份套餐太大了 一个人吃不下", "我一个人去医院排队 排了两个钟头"])
def test_a_portion_or_a_trip_alone_is_no_loneliness(said):
    assert heartache(said) == ""


@pytest.mark.parametrize("said", ["养老金咋还不给发 都月底了 药都买不起了", "采暖补助怎么还不给打 都过了元旦了"])
async def test_money_owed_and_late_asked_as_why_not_yet_is_a_complaint_for_a_person(make_bot, said):
    bot = await _bot(make_bot)
    await bot.send_message(said, sender="u1", name="老闫")
    await bot.wait(minutes=4)
    assert any(t.startswith("⚠️") and "老闫" in t for t in _to(bot, "op1"))
    assert not [t for t in _said(bot) if "您的问题我们看到了" in t]


@pytest.mark.parametrize("said", ["孩子都十点了咋还不回", "咋还不开饭 都饿了"])
def test_a_member_of_the_family_not_yet_home_or_a_meal_is_no_grievance(said):
    assert grievance(said) == ""


async def test_a_neighbours_answer_with_a_station_number_to_a_price_question_stands(make_bot):
    bot = await _bot(make_bot)
    asked = await bot.send_message("谁知道往东北发快递咋收费", sender="u1", name="老葛")
    await bot.wait(seconds=40)
    await bot.send_message("中通一块五一斤 你找镇上的中通点 电话13812345678", sender="u2", name="小唐",
                           reply_to=asked.id)
    await bot.wait(minutes=4)
    assert not [t for t in _said(bot) if "广告" in t]
    assert not [a for a in bot.sent if a.kind == "private" and a.to == "u2"]
    assert not [t for t in _said(bot) if "您的问题我们看到了" in t]


@pytest.mark.parametrize("said", ["张姐 我也常一个人在家 想聊天就给我打电话 咱俩搭个伴",
                                  "老周 别难过 有事就给我打电话 我陪你聊聊"])
async def test_one_member_offering_another_her_company_asks_nothing_of_the_staff(make_bot, said):
    bot = await _bot(make_bot)
    await bot.send_message(said, sender="u2", name="周姨")
    await bot.wait(minutes=5)
    assert not [t for t in _to(bot, "op1") if "周姨" in t and "还没人回复" in t]
    assert not [a for a in bot.sent if a.kind == "say" and "u2" in a.mentions]
    assert read(message(said, ts=DAY)).kind is Kind.SMALLTALK


async def test_a_voice_right_after_another_members_question_is_her_answer_for_the_operator_to_hear(make_bot):
    bot = await _bot(make_bot)
    await bot.send_voice("下午的讲座是在活动室还是会议室", sender="u1", name="老包")
    await bot.wait(seconds=40)
    await bot.send_voice("", sender="u2", name="老纪")
    await bot.wait(minutes=5)
    told = [t for t in _to(bot, "op1") if "老包" in t]
    assert told and "老纪已经在群里回了" in told[0] and "听" in told[0]
    assert not [t for t in _to(bot, "op1") if "老纪在" in t]  # the one who answered is not waiting
    assert not [a for a in bot.sent if a.kind == "say" and ("u1" in a.mentions or "u2" in a.mentions)]


async def test_a_voice_long_after_a_question_is_still_her_own_message_to_answer(make_bot):
    bot = await _bot(make_bot)
    await bot.send_message("下午的讲座是在活动室还是会议室", sender="u1", name="老包")
    await bot.wait(minutes=4)
    await bot.send_voice("", sender="u2", name="老纪")
    await bot.wait(minutes=4)
    assert [t for t in _to(bot, "op1") if "老纪在" in t]
