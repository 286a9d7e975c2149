"""Activities: a 接龙 opened by an operator, +1 and 取消, WeChat's own 接龙, the full list, reminders, attendance."""
from __future__ import annotations

from bot.testing import NINE_AM, join, message
from plugins.activities import wording

ACTIVITIES = """
plugins:
  activities: {}
"""


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


async def test_a_signup_fills_up_and_the_list_is_posted(make_bot):
    bot = make_bot(ACTIVITIES)
    await bot.start()
    await bot.send(join(("u1", "李叔"), ("u2", "王阿姨"), ("u3", "赵姐"), ts=bot.now))
    await bot.send_message("/接龙 周六太极 周六9点 2人", sender="op1", name="小王")
    await bot.send_message("+1", sender="u1", name="李叔")
    await bot.send_message("取消", sender="u1", name="李叔")
    await bot.send_message("报名", sender="u2", name="王阿姨")
    await bot.send_message("#接龙\n周六太极\n\n1. 王阿姨\n2. 赵姐", sender="u3", name="赵姐")
    await bot.send_message("+1", sender="u1", name="李叔")
    await bot.settle()
    texts = bot.texts("activities")
    assert "活动接龙：周六太极" in texts[0] and "名额：2 位" in texts[0]
    assert any("名额已满" in t and "1. 王阿姨\n2. 赵姐" in t for t in texts)
    assert "名额已经满了" in texts[-1]


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


async def test_attendance_is_marked_privately(make_bot):
    bot = make_bot(ACTIVITIES)
    await bot.start()
    await bot.send(join(("u1", "李叔"), ("u2", "王阿姨"), ts=bot.now))
    await bot.send_message("/接龙 包饺子 明天10点", sender="op1", name="小王")
    await bot.send_message("+1", sender="u1", name="李叔")
    await bot.wait(days=1, hours=3)
    await bot.send(message("/到场 @李叔 @王阿姨", sender="op1", name="小王", ts=bot.now, mentions=("u1",)))
    await bot.settle()
    assert bot.sent[-1].to == "op1" and "到场记好了：2 位（报名 1 位）" in bot.sent[-1].text
