"""What care remembers across a restart (emergency18): a member who told of a loss this morning is still bereaved
after the bot restarts at noon, so their next lines (走得很安详 没受什么罪, his photo) get no cover, thanks or
nudge; a scam story already alerted this hour is not alerted again because the bot restarted."""
from __future__ import annotations

from datetime import datetime, timedelta

from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)


async def test_a_bereaved_member_is_still_bereaved_after_a_restart(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我父亲昨晚走了 后天上午在老家出殡", sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    assert len(_to(bot, "op1")) == 1  # the operator heard of the loss
    await bot.stop()
    await bot.start(at=bot.begin + timedelta(hours=2))
    await bot.send_message("走得很安详 没受什么罪", sender="u5", name="阿芳")
    await bot.send_image(sender="u5", name="阿芳")  # his photo: no 拍得真好 under it
    await bot.wait(minutes=10)
    assert not _said(bot) and not _to(bot, "u5")  # no cover or thanks under the loss
    assert len(_to(bot, "op1")) == 1  # no nudge as if it were a question, no second condolence prompt


async def test_another_members_line_after_a_restart_goes_its_usual_way(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我父亲昨晚走了 后天上午在老家出殡", sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    await bot.stop()
    await bot.start(at=bot.begin + timedelta(hours=2))
    await bot.send_message("请问这周六的体检几点开始？", sender="u6", name="老李")
    await bot.wait(minutes=5)
    assert [t for t in _to(bot, "op1") if "体检" in t]  # the bereavement is hers alone


PITCH = "刚才有个叫大刘的私聊我 让我买什么特效药 说一疗程三千八"
MORE = "他又加我了 还说一疗程三千八 能根治"


def _approach_alerts(bot) -> list[str]:
    return [a.text for a in bot.sent if a.kind == "private" and a.ref == "alert:approached"]


async def test_a_private_pitch_reported_before_a_restart_is_not_alerted_again_within_the_hour(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(PITCH, sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    assert len(_approach_alerts(bot)) == 1 and "大刘" in _approach_alerts(bot)[0]
    await bot.stop()
    await bot.start(at=bot.begin + timedelta(minutes=20))
    await bot.send_message(MORE, sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    assert len(_approach_alerts(bot)) == 1  # the same story, told on after the restart: one alert in the hour


async def test_after_the_hour_a_new_report_is_alerted_again_restart_or_not(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(PITCH, sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    await bot.stop()
    await bot.start(at=bot.begin + timedelta(minutes=90))
    await bot.send_message(MORE, sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    assert len(_approach_alerts(bot)) == 2


SCAM = "刚才有人打电话说是公安局的 说我涉嫌洗钱 让我马上把钱转到安全账户 我现在在银行"
SCAM_MORE = "他又加我了 还让我交五百块押金"


async def test_a_scam_alerted_as_an_emergency_before_a_restart_is_not_alerted_again_as_a_pitch(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(SCAM, sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    assert [a for a in bot.sent if a.ref == "emergency_alert.j2"]  # the scam going on: the operator paged
    await bot.stop()
    await bot.start(at=bot.begin + timedelta(minutes=20))
    await bot.send_message(SCAM_MORE, sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    assert _approach_alerts(bot) == []  # the same story, told on after the restart: the emergency was its alert


async def test_a_pitch_by_a_member_whose_emergency_was_another_members_is_still_alerted(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(SCAM, sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    await bot.stop()
    await bot.start(at=bot.begin + timedelta(minutes=20))
    await bot.send_message(SCAM_MORE, sender="u6", name="老李")
    await bot.wait(minutes=5)
    assert len(_approach_alerts(bot)) == 1
