"""Activities' times and reminders: times, numbers and dates read as people write them (next week's day, a lunar
date, Chinese numerals), and reminders the day before, an hour before, or the evening before an early start."""
from __future__ import annotations

from bot.testing import NINE_AM
from plugins.activities import wording
from tests.activities_bot import ACTIVITIES


def test_times_and_numbers_read_as_people_write_them():
    now = NINE_AM  # a Monday
    assert wording.opening("周六太极 周六9点 20人", now) == wording.Opening(
        "周六太极", now.replace(day=28, hour=9), 20)
    tomorrow, december = now.replace(day=24, hour=14, minute=30), now.replace(month=12, day=5, hour=15)
    assert wording.opening("包饺子 明天 14:30", now) == wording.Opening("包饺子", tomorrow, None)
    assert wording.opening("茶话会 12月5日下午3点", now) == wording.Opening("茶话会", december, None)
    assert wording.opening("合唱排练", now) == wording.Opening("合唱排练", None, None)
    assert wording.says_join("+1") and wording.says_join("报名！") and not wording.says_join("+10")
    assert wording.says_leave("-1") and wording.says_leave("取消") and not wording.says_join("报名怎么弄")


async def test_reminders_go_the_day_before_and_an_hour_before_mentioning_those_signed_up(make_bot):
    bot = make_bot(ACTIVITIES)
    await bot.start()
    await bot.send_message("/接龙 包饺子 周三10点", sender="op1", name="小王")
    await bot.send_message("+1", sender="u1", name="李叔")
    await bot.send_message("+1", sender="u2", name="王阿姨")
    await bot.wait(days=2, hours=2)
    reminders = [a for a in bot.sent if a.ref.endswith("remind.j2")]
    assert [a.at.isoformat()[:16] for a in reminders] == ["2026-11-24T10:00", "2026-11-25T09:00"]
    assert all(a.mentions == ("u1", "u2") and "11月25日 10:00" in a.text for a in reminders)


def test_next_weeks_day_and_a_part_of_the_day_are_read_as_people_say_them():
    """acceptance19 27: "/接龙 冬至聚餐 下周三中午" was "没看懂", and nobody would be reminded."""
    now = NINE_AM.replace(month=12, day=1)  # a Tuesday
    assert wording.opening("冬至聚餐 下周三中午", now) == wording.Opening(
        "冬至聚餐", now.replace(day=9, hour=12), None)
    assert wording.opening("读书会 这周五下午 12", now) == wording.Opening("读书会", now.replace(day=4, hour=15), 12)
    assert wording.opening("体检 下下周一早上8点", now) == wording.Opening("体检", now.replace(day=14, hour=8), None)
    assert wording.opening("包饺子 礼拜六中午1点", now) == wording.Opening(
        "包饺子", now.replace(day=5, hour=13), None)
    assert wording.opening("午休 中午", now) == wording.Opening("午休 中午", None, None)  # no day: not a time
    assert wording.opening("复盘 本周一下午", now) == wording.Opening("复盘 本周一下午", None, None)  # past


def test_a_lunar_date_is_read_as_the_village_writes_it():
    now = NINE_AM.replace(month=12, day=1)
    assert wording.opening("村口团拜会 正月初三上午10点 30", now) == wording.Opening(
        "村口团拜会", now.replace(year=2027, month=2, day=8, hour=10), 30)  # 春节 2027 is 6 February
    assert wording.opening("年夜饭 腊月二十八 下午2点半", now) == wording.Opening(
        "年夜饭", now.replace(year=2027, month=2, day=4, hour=14, minute=30), None)
    moon = wording.opening("赏月 农历八月十五晚上7点", now)
    assert moon is not None and moon.starts_at == now.replace(year=2027, month=9, day=15, hour=19)


async def test_the_lunar_sign_up_gets_its_time_and_reminders_and_a_time_not_read_is_said_to_the_operator(make_bot):
    bot = make_bot(ACTIVITIES)
    await bot.start()
    await bot.send_message("/接龙 村口团拜会 正月初三上午10点 30", sender="op1", name="小王")
    await bot.settle()
    opened = [a for a in bot.sent if a.ref.endswith("opened.j2")]
    assert "🕘 时间：" in opened[-1].text and "正月" not in opened[-1].text.splitlines()[0]
    assert not [a for a in bot.sent if a.to == "op1"]
    await bot.send_message("/接龙 守岁 腊月三十晚上8点", sender="op1", name="小王")  # 腊月 has 29 days this winter
    await bot.settle()
    told = [a for a in bot.sent if a.to == "op1"]
    assert len(told) == 1 and "“腊月三十晚上8点”这个时间我没看懂" in told[0].text and "不会提前提醒" in told[0].text


def test_a_gregorian_date_in_chinese_numerals_is_not_read_as_lunar():
    now = NINE_AM.replace(month=12, day=1)
    assert wording.opening("茶话会 十二月五日下午3点", now) == wording.Opening(
        "茶话会", now.replace(day=5, hour=15), None)  # not 2027-01-12, 农历十二月初五
    assert wording.opening("妇女节联欢 三月八日 40", now) == wording.Opening(
        "妇女节联欢", now.replace(year=2027, month=3, day=8), 40)  # not 2027-04-14, 农历三月初八
    assert wording.opening("国庆游园 十月一号上午9点", now) == wording.Opening(
        "国庆游园", now.replace(year=2027, month=10, day=1), None)
    assert wording.opening("看兰展 十二月十八", now) == wording.Opening(  # 腊月, not 十二月, is the lunar one
        "看兰展", now.replace(day=18), None)
    # lunar only as the village writes it: 农历, a lunar month (正/冬/腊), or a lunar day (初X, 廿X, 十X with no 日)
    assert wording.opening("包粽子 五月初五", now) == wording.Opening(
        "包粽子", now.replace(year=2027, month=6, day=9), None)  # 端午 2027
    assert wording.opening("赏月 八月十五晚上7点", now) == wording.Opening(
        "赏月", now.replace(year=2027, month=9, day=15, hour=19), None)
    assert wording.opening("祭灶 腊月廿三", now) == wording.Opening(
        "祭灶", now.replace(year=2027, month=1, day=30), None)  # 小年 (北方) 2027
    assert wording.opening("冬至饺子 冬月十三日", now) == wording.Opening(
        "冬至饺子", now.replace(month=12, day=21), None)  # 冬月 is lunar, with 日 or not
    assert wording.opening("生日会 农历三月八日", now) == wording.Opening(
        "生日会", now.replace(year=2027, month=4, day=14), None)


async def test_an_early_morning_start_is_reminded_the_evening_before_never_after_it_began(make_bot):
    """acceptance20 32: a 06:00 swim's one-hour reminder fell in quiet hours and went out at 07:00, "再过 1 小时"."""
    bot = make_bot(ACTIVITIES)  # quiet hours 22:30-07:00
    await bot.start()
    await bot.send_message("/接龙 冬泳 明天早上6点", sender="op1", name="小王")
    await bot.send_message("+1", sender="u1", name="老孙")
    await bot.wait(days=2)
    reminders = [a for a in bot.sent if a.ref.endswith("remind.j2")]
    assert [f"{a.at:%m-%d %H:%M}" for a in reminders] == ["11-23 22:00"]  # before the night, not at 05:00 or 07:00
    assert "明天" in reminders[0].text and "11月24日 06:00" in reminders[0].text and "1 小时" not in reminders[0].text
