"""The native reader's findings on session 19's emergency scripts (issue 13, scriptmend19): what a member who cannot
phone, a coin swallowed, a parent of a beaten child, diners ill after a meal and a senior with a stranger on the screen
read first, and what the operator's alert calls the danger."""
from __future__ import annotations

from datetime import datetime

from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)


async def _step(make_bot, text: str, name: str = "马爷爷") -> tuple[str, str]:
    """The first word to the member in the group, and the first alert to the operator on duty."""
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(text, sender="u5", name=name)
    await bot.wait(seconds=5)
    return _said(bot)[0], _to(bot, "op1")[0]


async def test_a_swallowed_coin_is_told_of_an_x_ray_not_of_batteries(make_bot):
    step, _ = await _step(make_bot, "我孙子把一枚硬币吞下去了")
    assert "急诊" in step and "拍个片子" in step and "催吐" in step
    assert "电池" not in step and "磁铁" not in step


async def test_a_member_who_cannot_phone_is_still_told_to_take_the_child_to_the_emergency_room(make_bot):
    step, _ = await _step(make_bot, "我是聋哑人 打不了电话 孙子把纽扣电池吞下去了")
    assert "发短信到12110" in step and "请马上带孩子去医院急诊" in step and "电池" in step


async def test_a_deaf_diner_ill_after_the_meal_is_told_to_ask_someone_to_take_him_not_to_phone(make_bot):
    step, _ = await _step(make_bot, "我是聋人 打不了电话 今天中午吃完饭肚子疼 拉了好几回 隔壁老李也这样")
    assert "请身边的人陪着去医院" in step and "替您打120" in step and "或打120" not in step
    assert "野蘑菇" in step and "发紫" in step


async def test_a_deaf_parent_of_a_child_beaten_at_school_is_told_to_message_the_teacher(make_bot):
    step, _ = await _step(make_bot, "我听不见 打不了电话 孩子刚打电话哭着说在宿舍被几个同学打了 现在躲在厕所不敢回宿舍",
                          name="琪琪妈")
    assert "给班主任或宿管老师发微信、发短信" in step and "发短信到12110" in step
    assert "老师打电话" not in step and "打110" not in step and "不是他的错" in step


async def test_a_member_who_cannot_phone_with_a_stranger_on_the_screen_reads_stop_before_the_police_text(make_bot):
    step, _ = await _step(make_bot, "我耳朵听不见 没法打电话 有个人说是淘宝客服 说我店铺违规要交保证金 不然封店 "
                                    "让我下个会议软件共享屏幕 我正在弄", name="小陈")
    assert step.index("停下") < step.index("关掉屏幕共享") < step.index("发短信到12110")
    assert "敲邻居的门" not in step and "长按关机键" in step and "别用对方给的号码" in step


async def test_the_operator_reads_a_stroke_by_its_name_in_the_first_line_and_what_to_ask(make_bot):
    _, alert = await _step(make_bot, "老伴突然左边胳膊没劲 端不住碗", name="郑婶")
    assert alert.startswith("🚨 可能是中风，请马上处理：郑婶")
    assert "问清是几点开始的" in alert and "扎手指放血" in alert


async def test_the_operator_of_a_child_beaten_at_school_is_told_to_call_the_parent_and_find_the_school(make_bot):
    _, alert = await _step(make_bot, "孩子刚打电话哭着说在宿舍被几个同学打了 现在躲在厕所不敢回宿舍", name="琪琪妈")
    assert alert.startswith("🚨 孩子在学校被打，请马上处理：琪琪妈")
    assert "请马上打给家长" in alert and "哪间宿舍" in alert and "尽快" not in alert
