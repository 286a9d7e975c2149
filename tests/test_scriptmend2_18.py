"""The native reader's second review (issues 13, 15): a crash, a car in water, a village cut off by a flood, a child
left in a hot car, a poison swallowed and a walker overdue each get the step that fits; a loss told at night with a
complaint beside it keeps the complaint in the morning digest."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 11, 23, 22, 35, tzinfo=TZ)


@pytest.mark.parametrize("text, kind", [
    ("车被水淹了 人在车里出不来 救命", "rising_water"),
    ("孩子喝了84消毒液 怎么办", "poison"),
    ("孩子误食了洗衣凝珠 怎么办", "poison"),
    ("我爸农药中毒了 快", "poison"),
    ("我爸被锁在车里了 热得直拍窗", "locked_car"),
    ("老人被关在车里了 车门打不开 急", "trapped"),  # a grown-up shut in, no heat: not the hot-car step
    ("出车祸了 有人被困在车里出不来 快打电话", "trapped"),
])
def test_a_car_in_water_a_household_poison_and_a_grown_up_in_a_hot_car_are_read(text, kind):
    found = emergency(text)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize("text", [
    "84消毒液怎么兑水", "昨天暴雨 我的车被淹了 保险赔不赔", "车被淹了 好心疼", "去年我家孩子喝了84消毒液",
    "狗误食了洗衣凝珠 怎么办", "孩子误食了洗衣凝珠 吐了一次 现在没事了", "洗衣凝珠放高处 别让孩子误食",
])
def test_a_recipe_a_car_flooded_long_ago_a_pet_or_a_child_fine_now_is_no_danger(text):
    assert emergency(text) is None


async def _step(make_bot, text: str, at: datetime = DAY) -> str:
    bot = _shipped_bot(make_bot, at)
    await bot.start()
    await bot.send_message(text, sender="u5", name="阿强")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    return step


async def test_a_crash_gets_120_first_and_never_the_hot_car_step(make_bot):
    step = await _step(make_bot, "出车祸了 有人被困在车里出不来 快打电话")
    assert step.startswith("收到，请马上打120！") and "别硬往外拽" in step and "122" in step
    assert "孩子" not in step and "砸" not in step and "喂" not in step


@pytest.mark.parametrize("text", ["暴雨 车被淹了 我们困在车里 水漫到车窗了 救命", "车在水里熄火了 车门打不开 救命",
                                  "公交车在水里熄火了 水漫上来了", "车被水淹了 人在车里出不来 救命"])
async def test_people_in_a_car_in_water_are_told_how_to_get_out_through_a_window(make_bot, text):
    step = await _step(make_bot, text)
    assert "119" in step and "车窗" in step and "安全锤" in step
    assert "别砸门" not in step and "别贸然下水" not in step


async def test_a_village_cut_off_by_water_goes_up_and_waits_never_told_to_leave_the_water(make_bot):
    step = await _step(make_bot, "我们被水围在村里了 出不去 救命")
    assert "119" in step and "高处" in step and "电闸" in step
    assert "离开有水的地方" not in step and "车库" not in step


async def test_a_flooded_switch_room_is_warned_off_the_wires(make_bot):
    step = await _step(make_bot, "配电房进水了 水哗哗的")
    assert "远离积水" in step and "电线" in step and "电器" in step and "别用手去拉" in step


async def test_a_child_in_a_hot_car_gets_one_number_and_no_water_while_unresponsive(make_bot):
    step = await _step(make_bot, "孩子被锁在车里了 快来人")
    assert "打通一个就行" in step and "边角" in step and "马上打120" in step
    assert "叫不应，别等了" not in step and step.index("马上打120") < step.index("喂点水")
    assert "清醒的话，再小口喂点水" in step


async def test_a_deaf_member_reporting_a_child_in_a_car_is_told_to_text_the_police(make_bot):
    step = await _step(make_bot, "我耳朵听不见 孩子被锁在车里了 快来人")
    assert "12110" in step


async def test_a_swallowed_poison_goes_to_hospital_even_when_all_seems_well(make_bot):
    step = await _step(make_bot, "孩子喝了84消毒液 怎么办")
    assert step.startswith("收到，请马上打120！") and "看着没事，也要马上去医院" in step and "催吐" in step


async def test_a_walker_overdue_in_the_dark_gets_110_now_and_no_him(make_bot):
    dark = await _step(make_bot, "老周还没下山 天都黑了 电话打不通")
    assert "请马上打110求助" in dark and "摸黑" in dark and "他" not in dark


async def test_the_operator_is_not_told_to_send_someone_up_the_hill_in_the_dark(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我妈爬山还没下来 天快黑了 电话也打不通", sender="u5", name="阿强")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "他" not in step
    alert = _to(bot, "op1")[0]
    assert "别派人摸黑上山" in alert and "派人到场" not in alert


@pytest.mark.parametrize("text, news", [("我妈昨晚走了 你们的车今天还迟到一个多小时 太不像话了", "家里有人过世"),
                                        ("医生说我爸没几天了 你们的车今天还迟到一个多小时 太不像话了", "家里人病重")])
async def test_a_loss_told_at_night_with_a_complaint_keeps_the_complaint_in_the_morning_digest(make_bot, text, news):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message(text, sender="u5", name="阿芳")
    await bot.wait(hours=9)
    (digest,) = [t for t in _to(bot, "op1") if "早上好" in t]
    assert news in digest and "阿芳话里也有对我们的不满" in digest and "悄悄先安排好" in digest


async def test_a_loss_alone_at_night_is_no_complaint_in_the_digest(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("我父亲昨晚走了 后天上午在老家出殡", sender="u5", name="阿芳")
    await bot.wait(hours=9)
    (digest,) = [t for t in _to(bot, "op1") if "早上好" in t]
    assert "家里有人过世" in digest and "不满" not in digest


async def test_a_relative_dying_and_a_complaint_by_day_is_not_condoled_as_dead(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("医生说我爸没几天了 你们的车今天还迟到一个多小时 太不像话了", sender="u5", name="阿芳")
    await bot.wait(minutes=10)
    told = _to(bot, "op1")
    assert told and "病重" in told[0]
    # the complaint heard: care for the family and the sick, no 致哀 or 节哀 to the living
    assert "不满" in told[0] and "关心对方和病人" in told[0] and "致哀" not in told[0] and "说声节哀" not in told[0]
