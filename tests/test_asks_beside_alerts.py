"""What the operator on duty hears of an ask that comes beside something bigger: a member's question after her own
emergency, a private message, a photo at night with a question about it."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.testing import TZ, TestBot

NUDGE = """
plugins:
  nudge: {}
"""
EVENING = datetime(2026, 11, 23, 21, 0, tzinfo=TZ)


def _told(bot: TestBot, to: str = "op1") -> list[str]:
    return [a.text for a in bot.sent if a.kind == "private" and a.to == to]


async def test_a_question_after_her_own_emergency_is_nudged_as_usual(make_bot):
    bot = make_bot(NUDGE, start=EVENING)
    await bot.start()
    await bot.send_message("我家老头子在卫生间摔倒了起不来", name="奶奶甲")
    await bot.wait(minutes=5)
    await bot.send_message("请问明天几点放学", name="奶奶甲")
    await bot.wait(minutes=5)
    told = _told(bot)
    assert "紧急" in told[0]
    assert any("奶奶甲" in t and "等了" in t and "请问明天几点放学" in t and "紧急" not in t for t in told[1:]), told


async def test_a_private_message_reaches_the_operator_when_the_member_is_told_it_did(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_private("有人吗", sender="u7", name="奶奶甲")
    await bot.wait(seconds=20)
    await bot.send_private("明天学校开家长会吗", sender="u7", name="奶奶甲")
    await bot.wait(seconds=5)
    to_her = [a for a in bot.sent if a.kind == "private" and a.to == "u7"]
    to_op = [a for a in bot.sent if a.kind == "private" and a.to == "op1"]
    assert len(to_her) == 1 and "已经转告工作人员" in to_her[0].text  # told once, not for each line
    assert to_op and to_op[0].at <= to_her[0].at + timedelta(seconds=5) and "奶奶甲私聊" in to_op[0].text
    assert "有人吗" in to_op[0].text and "等了" not in to_op[0].text
    assert any("明天学校开家长会吗" in a.text for a in to_op)


async def test_the_morning_digest_says_a_photo_came_with_a_night_question(make_bot):
    bot = make_bot(NUDGE, start=datetime(2026, 11, 23, 23, 55, tzinfo=TZ))
    await bot.start()
    await bot.wait(minutes=5)
    await bot.send_image(name="张大爷")
    await bot.send_message("护士看看我这伤口是不是发炎了 有点红肿", name="张大爷")
    await bot.wait(hours=8)
    (digest,) = [t for t in _told(bot) if "早上好" in t]
    assert "张大爷（00:00，发了一张照片" in digest and "：护士看看我这伤口是不是发炎了" in digest


@pytest.mark.parametrize("before", ["赵姨 我私信你了 你看一下", ""])
async def test_a_scam_warning_is_thanked_for_the_reminder_never_promised_to_be_done(make_bot, before):
    bot = make_bot(NUDGE)
    await bot.start()
    if before:
        await bot.send_message(before, sender="u2", name="刘阿姨")
        await bot.wait(minutes=1)
    await bot.send_message("大家注意，有人冒充医院打电话说医保卡要解冻，让加微信 wx123456 转钱，千万别信",
                           sender="u3", name="陈叔")
    await bot.wait(minutes=4)
    said = [a.text for a in bot.sent if a.kind == "say" and a.mentions == ("u3",)]
    assert said and "提醒" in said[0], said
    assert not any("帮您办" in t or "问候" in t for t in said), said


async def test_asking_whether_a_call_is_a_scam_is_not_thanked_as_a_warning(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("有人打电话说我医保卡要解冻，让我加微信，这是不是骗子？", sender="u3", name="陈叔")
    await bot.wait(minutes=4)
    said = [a.text for a in bot.sent if a.kind == "say" and a.mentions == ("u3",)]
    assert not any("提醒" in t for t in said), said


async def test_a_member_who_lost_money_to_a_scam_is_not_thanked_for_a_reminder(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("我妈被冒充医院的骗了三千块，现在怎么办", sender="u3", name="陈叔")
    await bot.wait(minutes=4)
    said = [a.text for a in bot.sent if a.kind == "say" and a.mentions == ("u3",)]
    assert not any("提醒" in t for t in said), said


async def test_a_complaints_age_up_the_roster_counts_from_the_complaint_not_the_question_before_it(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("请问膝盖术后多久可以洗澡", name="张大爷")
    await bot.wait(minutes=10)
    await bot.send_message("你们这个复查预约太难了！！打了三次电话都没人接，什么服务态度", name="张大爷")
    await bot.wait(minutes=4)
    (up,) = [t for t in _told(bot, "boss") if "投诉已经" in t]
    assert "投诉已经1分钟没人回应" in up and "提问已经等了10分钟" in up


@pytest.mark.parametrize("text", ["大家注意，我被骗了三千块，千万别信那个电话",
                                  "我刚转了五千块，才知道是假的，大家千万别上当",
                                  "提醒大家，我妈昨天被冒充医保局的骗了两万，千万小心"])
async def test_a_member_who_lost_money_and_warns_the_others_is_not_thanked_or_told_not_to_transfer(make_bot, text):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, sender="u3", name="陈叔")
    await bot.wait(minutes=4)
    said = [a.text for a in bot.sent if a.kind == "say" and a.mentions == ("u3",)]
    assert not any("谢谢" in t or "转钱" in t for t in said), said
