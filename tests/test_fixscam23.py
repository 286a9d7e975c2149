"""Despair, grief, harm to a child and scams reach a person (issue 13, fixscam23).

A carer's despair (a wish to take the one she looks after along, beside a thought of her own death; nothing left to
live for once the one she nursed has died), a carer worn out at night, a child bullied by other children told after,
a death under hospice care and a burial told as the Wu say it, a lure for ID and bank cards posted to everyone, money
paid for a promise no honest seller makes, organs offered for money. Each kind is told in other words than the
acceptance tester's, with the everyday lines of the same words that must stay quiet."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.chinese_text import compact, simplify
from bot.danger.emergency import emergency
from bot.danger.grief import awaited, bereaved
from bot.danger.heartache import heartache
from bot.testing import TZ
from plugins.moderation.organ_trade import organ_trade
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 11, 24, 23, 30, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


@pytest.mark.parametrize(("text", "kind"), [
    ("照顾瘫痪的儿子十几年了 等我不在了谁管他 还不如带着他一块死", "despair"),  # taking him along
    ("哪天我走了 这孩子可咋办 有时候真想把他也带走", "despair"),
    ("老伴去世了 我现在活着还图啥", "despair"),  # nothing left to live for after the death
    ("伺候我妈五年 我妈没了 不知道我活着为了什么", "despair"),
    ("【社保局通知】养老金资格认证 扫码上传身份证和银行卡 今天截止", "scam_lure"),  # a lure posted to all
    ("我是村委会的 办低保的把身份证正反面拍照私发给我", "scam_lure"),
    ("报了个网上的钢琴考级班 说包过 交了六千八 现在联系不上老师了", "scam_paid"),  # a promise paid for, gone
])
def test_each_kind_told_in_other_words_reaches_a_person(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", [
    "我走了以后孩子谁来管 真愁人",  # the lifelong carer's worry alone
    "明天想带他一起走走 去公园晒晒太阳",  # a walk
    "活着干什么都要钱 物价太贵了",  # a grumble about prices
    "提醒大家 有人冒充社区让发身份证照片 千万别发",  # a warning of the lure
    "办高龄补贴要带身份证去居委会窗口",  # a counter
    "这个链接让填银行卡 是真的吗",  # a question: a person answers it
    "报了个书法班 老师说包教会 交了两千 挺好的",  # a promise kept
    "隔壁李大姐交了五千 报了个包治好的理疗班 人家现在把她拉黑了",  # a neighbour's money, told
    "那个说包过的驾校是骗局 交了钱就联系不上",  # how such a fraud goes, a warning
    "王老师 麻烦把张奶奶身份证拍个照私发我 我给她登记",  # one member registered by a helper, not a call to all
])
def test_the_everyday_lines_of_the_same_words_are_no_emergency(text):
    assert _kind(text) not in ("despair", "scam_lure", "scam_paid")


@pytest.mark.parametrize(("text", "ache"), [
    ("我家闺女在学校天天被几个男生起外号 班主任说小孩子打打闹闹很正常", "child_harmed"),
    ("儿子又被高年级的堵在楼梯口抢了零花钱 回来眼睛红红的", "child_harmed"),
    ("照顾老伴三年了 他天天夜里闹 我真的熬不动了", "worn_out"),
    ("我儿子被同学打了一下 已经道过歉了 和好了", ""),  # settled
    ("班里有个孩子被几个同学欺负 挺可怜的", ""),  # someone else's child
    ("加班加到现在 快撑不住了", ""),  # work, not care
])
def test_a_child_bullied_told_after_and_a_carer_worn_out_are_heartaches_not_complaints(text, ache):
    assert heartache(text) == ache


def test_a_death_under_hospice_care_and_a_burial_in_wu_are_deaths_a_trip_is_not():
    assert bereaved("我爸刚走了 安宁病房的护士说马上过来") is not None
    assert awaited("我爸刚走了 安宁病房的护士说马上过来")
    assert bereaved("婆婆今天上午落葬 在老家山上") is not None
    assert bereaved("我妈走了 去医院拿药了") is None


@pytest.mark.parametrize(("text", "offered"), [
    ("有肝源 价格私聊 不用排队", True),
    ("出一个肾 20万 有需要的加我", True),
    ("请问哪里能等到肾源 排了两年了", False),  # a patient's question
    ("别信私下卖肾源的 都是骗子", False),  # a warning
    ("医院通知器官捐献登记日 有意者私聊我报名", False),  # a donation
])
def test_organs_offered_for_money_are_told_from_a_question_a_warning_or_a_donation(text, offered):
    assert organ_trade(compact(simplify(text))) is offered


async def test_a_mother_who_would_take_her_child_along_is_heard_privately_and_a_person_paged_at_once(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("照顾瘫痪的儿子十几年了 等我不在了谁管他 还不如带着他一块死", sender="u5", name="晓晓妈")
    await bot.wait(minutes=2)
    (alert, *_) = _to(bot, "op1")
    assert alert.startswith("🚨") and "晓晓妈" in alert and "被照顾的那个人也有生命危险" in alert
    (word,) = _to(bot, "u5")
    assert "12356" in word and "别一个人守着孩子" in word
    assert not [t for t in _said(bot) if "晓晓妈" in t or "欢迎" in t]  # nothing before the group, no FAQ


async def test_a_child_bullied_at_school_gets_no_apology_and_the_person_on_duty_hears_of_a_child_harmed(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("儿子又被高年级的堵在楼梯口抢了零花钱 老师说小孩子闹着玩 他回来眼睛红红的",
                           sender="u5", name="乐乐妈")
    await bot.wait(minutes=4)
    told = "".join(_to(bot, "op1"))
    assert "🧡" in told and "不是对我们的投诉" in told and "换、退、补" not in told
    assert not [t for t in _said(bot) if "添麻烦" in t or "抱歉" in t]


async def test_a_carer_worn_out_at_night_hears_a_kind_word_that_night_and_is_named_first_in_the_morning(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("照顾老伴三年了 他天天夜里闹 我真的熬不动了", sender="u5", name="秀英")
    await bot.wait(minutes=2)
    (word,) = _to(bot, "u5")
    assert "辛苦" in word and "12356" in word
    assert not _to(bot, "op1")  # nobody woken for it
    await bot.wait(hours=8)
    (digest, *_) = [t for t in _to(bot, "op1") if t.startswith("🌅")]
    assert digest.splitlines()[0].startswith("🌅 早上好！秀英")


async def test_a_death_at_home_in_hospice_care_is_met_without_a_call_to_120(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我爸刚走了 安宁病房的护士说马上过来", sender="u5", name="小周")
    await bot.wait(minutes=3)
    (told, *_) = _to(bot, "op1")
    assert told.startswith("🕯️") and "120" not in told and "护士" in told
    assert not _said(bot)


async def test_a_lure_for_id_cards_warns_the_whole_group_and_tells_its_poster_quietly(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我是村委会的 办低保的把身份证正反面拍照私发给我", sender="u5", name="小刘")
    await bot.wait(minutes=3)
    (warning,) = _said(bot)
    assert warning.startswith("提醒大家") and "身份证" in warning and "96110" in warning
    assert "帮您办" not in warning
    assert any("骗" in t for t in _to(bot, "u5"))
    assert _to(bot, "op1")[0].startswith("🚨")


async def test_an_organ_broker_is_stopped_as_a_crime_not_let_off_as_a_first_slip(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("出一个肾 20万 不用排队 有需要的加我", sender="u5", name="阿彪")
    await bot.wait(minutes=2)
    assert any("违法" in t for t in _said(bot))
    assert "看错了" not in "".join(_to(bot, "u5"))
    assert any("违法买卖器官" in t for t in _to(bot, "op1"))


async def test_a_death_in_hospice_care_told_privately_is_met_with_no_hurry_and_no_120(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_private("我爸刚走了 安宁病房的护士说马上过来", sender="u5", name="小周")
    await bot.wait(minutes=1)
    (word,) = _to(bot, "u5")
    assert "节哀" in word and "护士" in word and "120" not in word
