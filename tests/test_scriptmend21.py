"""Session 21: the three lines the native reader's check of session 20 left (/work/reviews20/scripts-check.md), as a
member or an operator would notice them: when our own carer hurt someone, the doctor comes before the inquiry and a
family that calls the police is helped, not talked out of it; a grown-up lost from home gets the estate's guards, not
"watch the exits" (the third, a repeated FAQ question told "跟您说一下", not "再跟您说一遍", is in
tests/test_faq.py)."""
from __future__ import annotations

from datetime import datetime

from bot.emergency import emergency
from bot.templates import Scripts
from bot.testing import TZ
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)


async def test_a_child_hurt_by_our_teacher_is_seen_by_a_doctor_first_and_the_police_not_stood_in_the_way(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    for line in ("你们康复中心", "你们的老师把孩子关小黑屋", "孩子回来一直哭 胳膊也青了"):
        await bot.send_message(line, sender="u1", name="乐乐奶奶")
        await bot.wait(seconds=5)
    await bot.wait(minutes=4)
    (alert, *_) = [t for t in _to(bot, "op1") if "乐乐奶奶" in t]
    assert alert.startswith("🚨 最要紧的投诉")
    assert alert.index("先陪着去看病") < alert.index("查一查监控")
    assert "家属要报警的，全力配合" in alert and "别拦" in alert


def _lost_word(text: str) -> str:
    found = emergency(text)
    assert found is not None and found.kind == "lost", text
    return Scripts().render("nudge/emergency.j2", kind=found.kind, lift=found.lift, told=True, text=text,
                            no_phone=False, sms_alarm="12110").text


def test_a_grandfather_who_walked_out_of_home_gets_the_estate_guards_and_someone_waiting_at_home():
    step = _lost_word("我妈老年痴呆 从家里走丢了")
    assert "110" in step and "小区物业" in step and "留一个人在家里" in step
    assert step.index("商场、公园走丢的") < step.index("守住出口") < step.index("从家里走丢的")

