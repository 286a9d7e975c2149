"""Ordinary chat stays ordinary (issue 13, the session 18 code review): a member kicked out of a chat group by her
mum, a call to the property office, a daily check-in, a subsidy form, a husband gone back to work or a walk that
made the legs ache is no beating, no scam and no death. Nobody on duty is woken at night for it and the group hears
no 110, while the real thing said beside it is still caught."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.danger.grief import bereaved, just_now
from bot.grievance import grievance
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

NIGHT = datetime(2026, 11, 23, 23, 0, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


@pytest.mark.parametrize("text", ["我又被我妈踢出群了", "今天又被我妈打发去排队买鸡蛋",
                                  "我妈又打我们小区物业的电话 没人接", "又被老公打断了 饭都没吃完",
                                  "老婆又打我手机了 烦"])
def test_a_word_that_only_starts_with_a_blow_is_no_beating(text):
    assert _kind(text) not in ("violence", "child_hurt")


@pytest.mark.parametrize(("text", "kind"), [("我老公又打我了", "violence"), ("被我妈又打了一顿 好疼", "child_hurt"),
                                            ("又被老公打了 脸都肿了", "violence")])
def test_a_blow_again_is_still_a_beating(text, kind):
    assert _kind(text) == kind


async def test_kicked_out_of_a_group_at_night_wakes_nobody_and_the_group_hears_no_110(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("我又被我妈踢出群了", sender="u5", name="阿红")
    await bot.wait(minutes=3)
    assert not [t for t in _to(bot, "op1") + _to(bot, "boss") if t.startswith("🚨")]
    assert not [s for s in _said(bot) if "110" in s or "12355" in s]


@pytest.mark.parametrize("text", ["群主发消息说是今天办活动 让我们都去打卡",
                                  "儿子打电话来说是要办点事 让我给他转两千块",
                                  "居委会打电话说是街道办组织体检 让我们明天早上去打卡签到",
                                  "社区发高龄补贴 我已经填了身份证号了", "报名领取补贴 我填了身份证号和卡号"])
def test_a_check_in_an_everyday_request_or_a_subsidy_form_is_no_scam(text):
    assert _kind(text) is None


@pytest.mark.parametrize(("text", "kind"), [("有人打电话说是街道办的 让我先交五百保证金 转到他卡上", "scam"),
                                            ("收到短信说补贴到账 点了链接 输了密码", "scam_given")])
def test_an_office_named_by_a_fraud_or_a_password_given_is_still_a_scam(text, kind):
    assert _kind(text) == kind


async def test_a_check_in_wakes_nobody_and_nobody_is_told_to_stop_a_transfer(make_bot):
    bot = _shipped_bot(make_bot, NIGHT.replace(hour=10))
    await bot.start()
    await bot.send_message("群主发消息说是今天办活动 让我们都去打卡", sender="u5", name="阿红")
    await bot.send_message("社区发高龄补贴 我已经填了身份证号了", sender="u6", name="老李")
    await bot.wait(minutes=3)
    assert not [t for t in _to(bot, "op1") + _to(bot, "boss") if t.startswith("🚨")]
    assert not [s for s in _said(bot) if "先别转钱" in s or "冻结" in s]


@pytest.mark.parametrize("text", ["老公刚走了 好舍不得", "儿子今天下午走了 心里空落落的 舍不得",
                                  "我妈今天上午走了三公里 腿好疼 难受", "我爸走了两步就喘 难受",
                                  "女儿刚刚走了 回深圳上班了"])
def test_a_parting_or_a_walk_is_no_death(text):
    assert bereaved(text) is None and not just_now(text)


@pytest.mark.parametrize(("text", "now"), [("我爸刚刚走了", True), ("我爸刚走了 在医院", True), ("我妈刚去世", True),
                                           ("我陪了两个月的那位奶奶今天下午走了 我心里好难受 一直在哭", False),
                                           ("老公刚走了 好难过", False)])
def test_a_death_is_still_a_death_and_only_a_plain_one_is_just_now(text, now):
    assert bereaved(text) is not None and just_now(text) is now


async def test_a_husband_gone_back_at_night_wakes_nobody_with_a_death(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("老公刚走了 好舍不得", sender="u5", name="阿红")
    await bot.wait(minutes=3)
    assert not [t for t in _to(bot, "op1") if "过世" in t or "🕯" in t]


@pytest.mark.parametrize("text", ["老伴还没来接我 都半天了", "天都黑了 他还没到", "我儿子还没回来 都十点了",
                                  "我家那口子出去买菜 都两个钟头了还没回"])
def test_someone_of_ones_own_not_yet_back_is_no_complaint(text):
    assert grievance(text) == ""


@pytest.mark.parametrize("text", ["化肥发了半个月还没到", "都九点四十了阿姨还没到 说好九点的", "问了三天了还没回",
                                  "押金到现在还没退 已经十天了", "分红咋还没到账 都腊月二十五了"])
def test_what_is_owed_and_late_is_still_a_complaint(text):
    assert grievance(text) != ""


async def test_a_husband_late_to_pick_her_up_gets_no_apology_and_no_complaint_alert(make_bot):
    bot = _shipped_bot(make_bot, NIGHT.replace(hour=10))
    await bot.start()
    await bot.send_message("老伴还没来接我 都半天了", sender="u5", name="老刘")
    await bot.wait(minutes=4)
    assert not [s for s in _said(bot) if "抱歉" in s or "添麻烦" in s]
    assert not [t for t in _to(bot, "op1") + _to(bot, "boss") if "投诉" in t]
