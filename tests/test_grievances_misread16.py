"""What the acceptance tester of session 16 found the reading got wrong (issue 13): a worried question and a complaint
typed in pieces after a greeting, complaints said politely or privately, a second member's 我家的也是, and a past
scare told as a reminder to others. Each as the member and the operator would notice it, on the virtual clock."""
from __future__ import annotations

from bot.testing import Sent, TestBot

NUDGE = """
plugins:
  nudge: {}
"""


def _nudge(bot: TestBot, action: str | None = None) -> list[Sent]:
    return [a for a in bot.sent if a.plugin == "nudge" and (action is None or a.kind == action)]


async def _lines(bot: TestBot, *lines: str, name: str, sender: str = "u1") -> None:
    await bot.start()
    for line in lines:
        await bot.send_message(line, sender=sender, name=name)
        await bot.wait(seconds=20)
    await bot.wait(minutes=4)


async def test_a_wound_question_after_a_greeting_is_one_worried_question_not_thanked_as_a_greeting(make_bot):
    bot = make_bot(NUDGE)
    await _lines(bot, "大家好", "我是上周做的膝盖手术", "伤口有点渗液", "要紧吗", name="张大爷")
    said = [a.text for a in _nudge(bot, "say")]
    assert len(said) <= 1 and not any("问候" in s or "抱歉" in s for s in said), said
    nudges = [a for a in _nudge(bot, "private") if a.to == "op1"]
    assert nudges and all(not a.ref.startswith("complaint") for a in nudges)
    assert "伤口有点渗液" in nudges[0].text and "等了" in nudges[0].text


async def test_a_promised_call_never_made_told_in_pieces_after_hello_is_a_complaint(make_bot):
    bot = make_bot(NUDGE)
    await _lines(bot, "护士你好", "麻烦问下", "上次说给我回电话", "一直没等到", name="刘阿姨")
    alert = next(a for a in _nudge(bot, "private") if a.to == "op1")
    assert alert.ref.startswith("complaint") and "一直没等到" in alert.text
    assert alert.text.count("护士你好") == 1  # the opening line quoted once
    assert [a.ref for a in _nudge(bot, "say")] == ["cover:complaint"]  # never 谢谢您的问候


async def test_a_polite_complaint_about_a_rough_nurse_alerts_the_operator_and_counts_in_sla(make_bot):
    bot = make_bot(NUDGE)
    await _lines(bot, "不好意思打扰一下，昨天换药的那个护士手有点重，我伤口疼了一晚上，不知道能不能跟护士长反映一下",
                 name="赵姨")
    alert = next(a for a in _nudge(bot, "private") if a.to == "op1")
    assert alert.ref.startswith("complaint") and "护士长" in alert.text
    await bot.send_command("/sla", sender="op1")
    await bot.settle()
    assert any("投诉 1 起" in a.text for a in bot.sent if a.plugin != "nudge" or a.ref.startswith("commands"))


async def test_a_complaint_written_privately_alerts_the_operator_at_once_as_a_complaint(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_private("我孙子说在学校被同学打了 你们老师都不管的吗", sender="u1", name="奶奶甲")
    await bot.wait(seconds=5)
    alert = next(a for a in _nudge(bot, "private") if a.to == "op1")
    assert alert.ref.startswith("complaint") and "被同学打了" in alert.text


async def test_another_member_quoting_a_complaint_with_me_too_is_told_to_the_operator_without_a_new_cover(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("又是烂的", sender="u1", name="孙姐")
    await bot.wait(seconds=20)
    last = await bot.send_message("第三次了", sender="u1", name="孙姐")
    await bot.wait(minutes=1)
    await bot.send_message("我家的也是", sender="u2", name="马叔", reply_to=last.id)
    await bot.wait(minutes=4)
    told = [a for a in _nudge(bot, "private") if a.to == "op1" and "马叔" in a.text]
    assert told and "同样的问题" in told[0].text and "孙姐" in told[0].text
    assert all("u2" not in a.mentions for a in _nudge(bot, "say"))  # no cover of its own: answering 孙姐 answers both


async def test_a_past_scare_told_as_a_reminder_to_everyone_is_not_a_complaint(make_bot):
    bot = make_bot(NUDGE)
    await _lines(bot, "上次小宝走丢那回把我吓坏了，后来在小卖部找到的，大家接孩子一定看紧点", name="外婆丙")
    assert not any(a.ref.startswith("complaint") for a in _nudge(bot, "private"))
    assert not any("抱歉" in a.text or "对不起" in a.text for a in _nudge(bot, "say"))
