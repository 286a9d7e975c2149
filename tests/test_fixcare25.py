"""A diabetic in danger gets the first step first and a person at once: the acceptance tester's findings of session 25
on a low blood sugar measured by day and at night, insulin taken twice, and a foot going black (issue 13, fixcare25).

Each kind is told here in other words than the tester's probes; the everyday lines of the same words (a good reading,
a habit, a regimen, a question in general, athlete's foot, a pig's trotter) stay quiet."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 12, 2, 23, 40, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


@pytest.mark.parametrize(("text", "kind"), [
    # a low measured, with the body's signs
    ("刚测了血糖2.9 浑身冒冷汗 腿发软", "low_sugar"),
    ("我老伴手一直抖 满头大汗 血糖仪测出来才三点二", "low_sugar"),
    ("血糖低到3点多了 心里发慌 眼前发黑", "low_sugar"),
    ("阿拉姆妈血糖2.6 出冷汗 人有点迷糊", "low_sugar"),
    ("血糖掉得厉害 手抖 心慌", "low_sugar"),
    # insulin or a sugar pill taken twice, nothing felt yet
    ("老头子晚上那针胰岛素又打了一针 他记不清打没打过", "sugar_dose"),
    ("我妈把格列美脲吃了两遍 早上吃过了又吃了一片", "sugar_dose"),
    ("胰岛素好像打重了 诺和锐多打了一针", "sugar_dose"),
    ("降糖药吃重复了 中午又吃了一遍", "sugar_dose"),
    # a foot going black, with pus or a smell
    ("我爸脚趾头发黑了 还流脓水", "foot_wound"),
    ("老伴有糖尿病 脚后跟磨破的地方化脓了", "foot_wound"),
    ("俺娘脚底那个疮烂了 一股臭味 都发紫了", "foot_wound"),
    ("糖友家里老人脚背上的伤口发黑 怎么办", "foot_wound"),
])
def test_each_kind_told_in_other_words_is_heard_as_its_own_danger(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", [
    "今天早上空腹血糖5.6 挺好的",
    "血糖13.1 降不下来 愁死了",
    "血糖仪买了3台 送给大家试用",
    "我血糖一低到3点多就会心慌手抖",
    "昨天半夜测血糖3.1 心慌出汗 吃了两块糖就好了",
    "餐后血糖7.8 正常吗",
    "胰岛素一天打两次 早晚各一次",
    "胰岛素打重了会怎么样 有人知道吗",
    "二甲双胍吃了两遍 要紧吗",
    "降压药好像多吃了一片 要紧吗",
    "脚气又犯了 脚丫子痒 还有味儿",
    "大脚趾甲发黑了 是不是灰指甲",
    "今天炖了猪脚 黑乎乎的 味道可香了",
    "糖尿病人要天天看看脚 有破口早点去医院",
])
def test_the_everyday_lines_of_the_same_words_stay_quiet(text):
    assert emergency(text) is None


@pytest.mark.parametrize("when", [DAY, NIGHT])
async def test_a_low_measured_gets_sugar_at_once_and_a_person_day_or_night(make_bot, when):
    bot = _shipped_bot(make_bot, when)
    await bot.start()
    await bot.send_message("刚测了血糖2.9 浑身冒冷汗 腿发软", sender="u5", name="吴阿姨")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "吃几块糖" in step and "糖水" in step and "120" in step
    assert _to(bot, "op1")[0].startswith("🚨")
    assert not any("早上一上班" in s for s in _to(bot, "u5"))


async def test_insulin_taken_twice_gets_food_and_sugar_at_hand_and_a_person_never_an_apology(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("老头子晚上那针胰岛素又打了一针 他记不清打没打过", sender="u5", name="陈阿姨")
    await bot.wait(minutes=4)
    (step,) = _said(bot)
    assert "吃点东西" in step and "糖" in step and "半小时测一次血糖" in step and "下一针先别打" in step
    assert "叫不醒" in step and "120" in step and "添麻烦" not in step
    alert = _to(bot, "op1")[0]
    assert alert.startswith("🚨 胰岛素或降糖药用重了") and "投诉" not in alert


async def test_a_sugar_pill_taken_twice_names_the_pill_not_a_needle(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我妈把格列美脲吃了两遍 早上吃过了又吃了一片", sender="u5", name="小周")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "降糖药吃重了" in step and "下一顿药先别吃" in step and "针" not in step


async def test_a_foot_going_black_gets_the_hospital_today_never_a_complaint(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我爸脚趾头发黑了 还流脓水", sender="u5", name="老周")
    await bot.wait(minutes=4)
    (step,) = _said(bot)
    assert "今天就" in step and "医院" in step and "别泡脚" in step and "添麻烦" not in step
    alert = _to(bot, "op1")[0]
    assert alert.startswith("🚨") and "投诉" not in alert and "今天就去医院" in alert
