"""A private message and a question at night: the member is told a person will reply (at once, even at night),
the operator hears in the morning digest, and an operator's command in a group is answered privately."""
from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from bot.testing import TZ
from tests.nudge_bot import NUDGE, _at, _nudge


async def test_a_private_message_reaches_the_operator_and_the_member_is_told_a_person_will_reply(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("有人吗", room=None, name="李叔")
    await bot.wait(minutes=2)
    told, forwarded = _nudge(bot, "private")
    assert told.to == "u1" and "专人回复" in told.text and _at(bot, told) < 5
    assert forwarded.to == "op1" and "私聊" in forwarded.text and _at(bot, forwarded) <= 65


async def test_a_question_at_night_is_in_the_morning_digest_even_when_the_faq_answered_it(make_bot):
    bot = make_bot(NUDGE + "  faq:\n    file: faq.yaml\n", start=datetime(2026, 11, 23, 22, 55, tzinfo=TZ))
    shutil.copy(Path(__file__).parent / "data" / "faq.yaml", bot.folder / "faq.yaml")
    await bot.start()
    await bot.wait(minutes=5)
    await bot.send_message("积分怎么用啊", name="李叔")
    await bot.wait(hours=9)
    (digest,) = _nudge(bot)
    assert f"{digest.at:%Y-%m-%dT%H:%M}" == "2026-11-24T07:00" and "积分怎么用啊" in digest.text
    assert "已自动回复" in digest.text
    (answer,) = [a for a in bot.sent if a.plugin == "faq"]
    assert answer.at >= datetime(2026, 11, 24, 7, 0, tzinfo=TZ) and answer.mentions == ("u1",)
    assert len(bot.app.plugin_state["nudge"].faq_answered) == 0  # handed over in the digest: nothing kept


async def test_an_operators_command_in_a_group_is_answered_privately(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_command("/sla", sender="op1")
    await bot.settle()
    (answer,) = bot.sent
    assert answer.kind == "private" and answer.to == "op1" and "回复统计" in answer.text


async def test_a_private_message_at_night_is_answered_at_once_and_the_operator_hears_in_the_morning(make_bot):
    bot = make_bot(NUDGE, start=datetime(2026, 11, 23, 22, 55, tzinfo=TZ))
    await bot.start()
    await bot.wait(minutes=5)
    await bot.send_private("明天能帮我把课改到周六吗", name="周姐")
    await bot.wait(hours=9)
    told, digest = _nudge(bot, "private")
    assert told.to == "u1" and "休息" in told.text and f"{told.at:%H:%M}" == "23:00"  # she is awake, waiting
    assert digest.to == "op1" and "周姐" in digest.text and f"{digest.at:%H:%M}" == "07:00"


async def test_a_private_faq_question_at_night_is_acknowledged_at_once_and_answered_in_the_morning(make_bot):
    bot = make_bot(NUDGE + "  faq:\n    file: faq.yaml\n", start=datetime(2026, 11, 23, 22, 55, tzinfo=TZ))
    shutil.copy(Path(__file__).parent / "data" / "faq.yaml", bot.folder / "faq.yaml")
    await bot.start()
    await bot.wait(minutes=5)
    await bot.send_private("积分怎么用啊", name="孙姐")
    await bot.wait(hours=9)
    told, answer = [a for a in bot.sent if a.to == "u1"]
    assert told.plugin == "nudge" and "休息" in told.text and f"{told.at:%H:%M}" == "23:00"  # not after the answer
    assert answer.plugin == "faq" and f"{answer.at:%H:%M}" == "07:00"


async def test_a_private_question_at_night_is_in_the_digest_as_a_private_message_the_faq_answered(make_bot):
    # accept13: the digest said "昨晚「私聊」有 1 条留言" (as if 私聊 were a group), not that the FAQ answered it
    bot = make_bot(NUDGE + "  faq:\n    file: faq.yaml\n", start=datetime(2026, 11, 23, 22, 55, tzinfo=TZ))
    shutil.copy(Path(__file__).parent / "data" / "faq.yaml", bot.folder / "faq.yaml")
    await bot.start()
    await bot.wait(minutes=5)
    await bot.send_private("积分怎么用啊", name="李叔")
    await bot.wait(hours=9)
    (digest,) = [a for a in _nudge(bot, "private") if a.ref == "digest.j2"]
    assert "「私聊」" not in digest.text and "私聊" in digest.text and "积分怎么用啊" in digest.text
    assert "已自动回复" in digest.text
