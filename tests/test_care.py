"""Care: a body in danger now, fumes, a scam going on, low sugar, very high blood pressure get their first step at
once, by day and night; the night's unanswered emergencies come first in the morning digest."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.care_bot import DAY, DESPAIR, MIDNIGHT, NUDGE, _digest
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to


async def test_a_member_the_bot_cannot_write_to_hears_nothing_in_public_and_the_operator_is_told_so(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    bot.adapter.no_private.add("u5")
    await bot.send_message(DESPAIR, sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    assert not _said(bot) and not _to(bot, "u5")
    assert "机器人没法私信对方；为免对方难堪，也没有在群里说什么。" in _to(bot, "op1")[0]


@pytest.mark.parametrize("text", [
    "累死了", "烦死了", "不想活了😂", "今天麻将又输了三百 不想活了", "新闻说有个明星自杀了 太可惜了",
    "热死了 这天气让人不想活", "那年我也想过一了百了 现在想开了 日子挺好",
])
def test_a_figure_of_speech_or_someone_elses_story_is_no_alarm(text):
    assert emergency(text) is None


@pytest.mark.parametrize(("text", "step"), [
    ("我爸透析的针眼一直在出血 按着也止不住", "按住"),
    ("我妈做完透析回家 扎针的地方又渗血了 纱布都湿透了 止不住", "按住"),
    ("老伴低血糖了 一身冷汗 手一直抖 说话都不清楚了", "糖水"),
    ("我妈血压一百九 头晕得站不住了", "坐下或半躺着"),
])
@pytest.mark.parametrize("start", [DAY, MIDNIGHT], ids=["day", "midnight"])
async def test_a_body_in_danger_now_is_an_emergency_by_day_and_night(make_bot, start, text, step):
    bot = _shipped_bot(make_bot, start)
    await bot.start()
    await bot.send_message(text, sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    (reply,) = _said(bot)
    assert "120" in reply and step in reply and "已经通知了值班的工作人员" in reply
    (alert,) = _to(bot, "op1")
    assert alert.startswith("🚨") and "请马上处理：阿芳" in alert  # a low is named as a low (emergency26)


@pytest.mark.parametrize("text", ["我有低血糖 早上不吃饭就会晕", "血压150 有点头晕 吃什么药好",
                                  "最近血压老是一百八 要换药吗"])
def test_a_chronic_condition_talked_about_is_no_alarm(text):
    assert emergency(text) is None


async def test_charcoal_fumes_get_fresh_air_and_120_never_a_sealed_door(make_bot):
    bot = _shipped_bot(make_bot, MIDNIGHT)
    await bot.start()
    await bot.send_message("屋里烧着炭火盆 我和老伴头晕想吐 浑身没劲", sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    (reply,) = _said(bot)
    assert "打开门窗" in reply and "120" in reply and "屋外" in reply
    assert "关紧门" not in reply and "堵住门缝" not in reply and "119" not in reply
    assert reply.startswith("收到，请马上打开门窗，人先到屋外空气好的地方去！")  # out first, the brazier after
    assert "别为了搬炉子在屋里多待" in reply and "一氧化碳中毒" not in reply and "侧着躺" in reply
    assert _to(bot, "op1")


@pytest.mark.parametrize("start", [DAY, MIDNIGHT], ids=["day", "midnight"])
@pytest.mark.parametrize("text", ["有人打电话说我儿子出车祸了 要我马上转五万块 怎么办",
                                  "刚才有人打电话说是公安局的 说我银行卡涉嫌洗钱 让我把钱转到安全账户"])
async def test_a_scam_going_on_now_is_told_not_to_send_money_at_once(make_bot, start, text):
    bot = _shipped_bot(make_bot, start)
    await bot.start()
    await bot.send_message(text, sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    (reply,) = _said(bot)
    assert "先别转钱" in reply and "挂掉电话" in reply and "96110" in reply and "110" in reply
    assert "用手机里存的号码，自己打给孩子或家里人本人核实" in reply  # never the "new number" the caller gives
    (alert,) = _to(bot, "op1")
    assert "阿芳" in alert


@pytest.mark.parametrize("text", ["昨天有人打电话让我转钱 我没理",
                                  "大家注意，有人冒充公安打电话让转钱到安全账户，千万别信",
                                  "我妈被冒充医保局的骗了两万"])
def test_a_scam_told_as_over_a_warning_or_a_loss_is_not_one_going_on(text):
    assert emergency(text) is None  # no alarm of any kind: the money is not being asked for now


async def test_the_nights_unanswered_emergencies_come_first_in_the_morning_digest(make_bot):
    bot = _shipped_bot(make_bot, datetime(2026, 11, 23, 23, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message("有人在吗 我家巷子里闻到好大一股煤气味", sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    await bot.send_message("我家小孙子天黑出去玩到现在还没回来 村里找遍了都没找到", sender="u6", name="二婶")
    await bot.wait(minutes=5)
    await bot.send_message("请问村里的快递点在哪", sender="u7", name="老李")
    await bot.wait(hours=8, minutes=10)
    (digest,) = [t for t in _to(bot, "op1") if "早上好" in t]
    lines = digest.splitlines()
    assert "阿芳（23:00，紧急情况" in lines[1] and "煤气味" in lines[1]
    assert "二婶（23:05，紧急情况" in lines[2] and "老李（23:10）" in lines[3]
    assert ("阿芳、二婶夜里在群里报了紧急情况，当时已经私信提醒过值班同事，但群里一直没有工作人员回应。"
            "请最先打电话给对方，问问现在人怎么样了，再在群里回对方一句（比如“昨晚的消息看到了，已经跟您联系上了”）。"
            ) in digest
    assert "让大家放心" not in digest and "不用说这句" in digest  # no "sorry for the wait" for an emergency


async def test_an_emergency_a_person_answered_in_the_night_is_not_in_the_digest(make_bot):
    bot = _shipped_bot(make_bot, datetime(2026, 11, 23, 23, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message("有人在吗 我家巷子里闻到好大一股煤气味", sender="u5", name="阿芳")
    await bot.wait(seconds=30)
    await bot.send_message("@阿芳 收到，我马上给燃气公司打电话，您先到巷子外面等", sender="op1", name="小王",
                           mentions=["u5"])
    await bot.send_message("请问村里的快递点在哪", sender="u7", name="老李")
    await bot.wait(hours=8, minutes=10)
    (digest,) = [t for t in _to(bot, "op1") if "早上好" in t]
    assert "阿芳" not in digest and "老李" in digest


async def test_a_night_photo_of_a_worrying_swelling_gets_a_quiet_word_and_reaches_the_morning_digest(make_bot):
    bot = _shipped_bot(make_bot, MIDNIGHT)
    await bot.start()
    await bot.send_image(sender="u5", name="刘姐")
    await bot.send_message("我爸脚肿成这样了", sender="u5", name="刘姐")
    await bot.wait(seconds=5)
    (word,) = _to(bot, "u5")
    assert "120" in word
    await bot.wait(hours=7)
    (digest,) = [t for t in _to(bot, "op1") if "早上好" in t]
    assert "刘姐（00:00，发了一张照片，身体不适）：我爸脚肿成这样了" in digest


def test_every_care_kind_has_its_own_first_step_in_plain_words():
    from bot.templates import Scripts

    scripts = Scripts()
    general = scripts.render("nudge/emergency.j2", kind="other", lift=False, told=True).text
    for kind in ("fumes", "low_sugar", "blood_pressure", "scam", "despair"):
        for told in (True, False):
            text = scripts.render("nudge/emergency.j2", kind=kind, lift=False, told=told, name="阿芳").text
            assert text != general and "{" not in text and ("工作人员" in text) is told, (kind, told, text)


async def test_an_emergency_told_privately_in_the_night_is_handed_over_with_no_word_of_the_group(make_bot):
    bot = make_bot(NUDGE, start=MIDNIGHT)
    await bot.start()
    await bot.send_private("我家巷子里闻到好大一股煤气味", sender="u5", name="阿芳")
    await bot.wait(hours=7)
    digest = _digest(bot)
    assert "阿芳（00:00，紧急情况）" in digest
    assert ("阿芳夜里私聊机器人报了紧急情况，当时已经私信提醒过值班同事。"
            "请最先打电话给对方，问问现在人怎么样了。") in digest
    assert "群里" not in digest


async def test_low_sugar_gets_sugar_a_kidney_patient_can_take_and_a_meal_after(make_bot):
    bot = make_bot(NUDGE, start=MIDNIGHT)
    await bot.start()
    await bot.send_message("老伴低血糖了 一身冷汗 手一直抖 说话都不清楚了", sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    (reply,) = _said(bot)
    assert "马上吃几块糖，或者喝小半杯糖水" in reply and "果汁" not in reply  # potassium, a fluid limit
    assert "好了以后再吃点饼干或饭，身边留个人看着" in reply


async def test_very_high_blood_pressure_keeps_a_vomiting_person_on_their_side_and_no_extra_pill(make_bot):
    bot = make_bot(NUDGE, start=MIDNIGHT)
    await bot.start()
    await bot.send_message("我妈血压一百九 头晕得站不住了", sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    (reply,) = _said(bot)
    assert "吐了就侧着躺，免得呛着" in reply and "别自己多吃或含服降压药" in reply
    assert "记下是几点开始不舒服的" in reply and "又头晕难受" not in reply


async def test_a_night_with_despair_and_a_gas_leak_hands_over_the_private_call_first_then_the_group_one(make_bot):
    bot = make_bot(NUDGE, start=MIDNIGHT)
    await bot.start()
    await bot.send_message(DESPAIR, sender="u5", name="阿芳")
    await bot.send_message("有人在吗 我家巷子里闻到好大一股煤气味", sender="u6", name="二婶")
    await bot.wait(hours=7)
    lines = _digest(bot).splitlines()
    assert lines[1].startswith("- 阿芳（00:00，想不开的话，请私下联系）")
    assert lines[2].startswith("- 二婶（00:00，紧急情况，群里没有工作人员回应过）")
    assert lines[3].startswith("阿芳夜里说了想不开的话") and "请最先私下打电话给对方" in lines[3]
    assert lines[4].startswith("二婶夜里在群里报了紧急情况") and "请接着打电话给对方" in lines[4]
