"""A private question handed to an operator is answered where the bot cannot see: it is never counted as answered or
unanswered, but /sla (privately) and the daily report list it so none is forgotten (acceptance19, decision 3)."""
from __future__ import annotations

NUDGE = """
plugins:
  nudge: {daily_report: "0 21 * * *"}
"""


async def test_a_private_question_is_listed_in_the_daily_report_and_private_sla_not_counted(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("请问明天的体检要空腹吗", sender="u1", name="张姐", room=None)
    await bot.wait(hours=1)
    await bot.send_message("/sla", sender="op1", room=None)
    await bot.send_command("/sla", sender="op1")  # in a group: that room's figures, no private chats
    await bot.wait(hours=12)
    private_sla, room_sla = [a.text for a in bot.sent if a.plugin == "commands"]
    assert "0 位成员等回复" in private_sla and "私聊转给工作人员的 1 位" in private_sla and "张姐" in private_sla
    assert "私聊" not in room_sla
    (report,) = [a for a in bot.sent if a.ref == "daily.j2"]
    assert report.to == "op1" and "私聊转给您的 1 位" in report.text
    assert "张姐（09:00）“请问明天的体检要空腹吗”" in report.text
    assert "还没等到人工回复" not in report.text and "📊" not in report.text  # not said to be unanswered, nor counted


async def test_a_group_wait_and_a_private_one_are_reported_apart(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("请问几点开门？", sender="u2", name="李叔")
    await bot.wait(seconds=30)
    await bot.send_message("八点半开门哦", sender="op1")
    await bot.send_message("我想问问退款的事", sender="u1", name="张姐", room=None)
    await bot.wait(hours=12)
    (report,) = [a for a in bot.sent if a.ref == "daily.j2"]
    figures, private = report.text.splitlines()
    assert "1 位成员等过回复，人工回复 1 位" in figures
    assert private.startswith("💬 今天私聊转给您的 1 位") and "没算进上面的数字" in private
