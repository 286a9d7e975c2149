"""What the acceptance tester found the reader still got wrong (issue 13, session 15): a canteen's cold meal told after
a greeting, a son's grievance asked as a question, and an operator who answers a complaint by its topic while
another member's question is open. Each as the member and the operator would notice it, on the virtual clock."""
from __future__ import annotations

import pytest

from bot.testing import Sent, TestBot

NUDGE = """
plugins:
  nudge: {}
"""
PRAISE = ("分享", "真好", "棒", "赞", "好问题")


def _nudge(bot: TestBot, action: str | None = None) -> list[Sent]:
    return [a for a in bot.sent if a.plugin == "nudge" and (action is None or a.kind == action)]


async def test_a_cold_meal_at_the_canteen_told_after_a_greeting_alerts_the_operator_and_is_never_praised(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("大家中午好", sender="u2", name="李阿姨")
    await bot.wait(seconds=30)
    await bot.send_message("今天的饭又是凉的 老人吃了胃不舒服", name="王大妈")
    await bot.wait(minutes=4)
    alerts = [a for a in _nudge(bot, "private") if a.ref.startswith("complaint") and a.to == "op1"]
    assert alerts and "饭又是凉的" in alerts[0].text
    assert not any(word in a.text for a in _nudge(bot, "say") for word in PRAISE)


@pytest.mark.parametrize("text", ["我妈在你们这摔了 到现在没人给我打电话？", "我妈在你们这摔了 没人给我打电话？",
                                  "我爸在你们这摔了 怎么没人告诉我", "我妈在你们这摔了 为什么没人通知我？"])
async def test_a_sons_one_line_grievance_asked_as_a_question_alerts_the_operator_as_a_complaint(make_bot, text):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("各位家属下午好，今天天气不错，老人们在院子里晒太阳", sender="op1", name="小王")
    await bot.wait(seconds=40)
    await bot.send_message(text, name="王强")
    await bot.wait(minutes=4)
    alert = next(a for a in _nudge(bot, "private") if a.to == "op1")
    assert alert.ref.startswith("complaint") and text[:6] in alert.text
    (cover,) = _nudge(bot, "say")
    assert cover.ref == "cover:complaint"  # never "您的问题我们看到了"


async def _complaint_then_a_question_then(bot: TestBot, operator_says: str) -> None:
    await bot.start()
    await bot.send_message("5号楼电梯又坏了 我爸腿不好下不了楼", name="王强")
    await bot.wait(seconds=20)
    await bot.send_message("请问明天几点开会", sender="u2", name="李阿姨")
    await bot.wait(seconds=10)
    await bot.send_message(operator_says, sender="op1", name="小王")
    await bot.wait(minutes=4)


async def test_an_operator_answering_a_complaints_topic_without_a_mention_closes_its_wait(make_bot):
    bot = make_bot(NUDGE)
    await _complaint_then_a_question_then(bot, "电梯的事物业已经报修了 下午师傅来")
    assert not any(a.to == "boss" for a in _nudge(bot))  # answered in the group: the owner is not paged
    assert not any(a.ref == "cover:complaint" for a in _nudge(bot, "say"))
    assert any("李阿姨" in a.text for a in _nudge(bot, "private"))  # the other member's question still waits


async def test_an_operators_general_greeting_does_not_close_a_complaints_wait(make_bot):
    bot = make_bot(NUDGE)
    await _complaint_then_a_question_then(bot, "大家上午好")
    assert any(a.to == "boss" and a.ref.startswith("complaint") for a in _nudge(bot))
