"""A suggested answer the operator sends with /发 is the operator's answer (codemend2_18): the asker's wait closes as
answered, so no nudge, no cover in the group, and /sla counts it; the suggestion itself was the operator's nudge.
Staff asking in the group are not sent suggestions about their own words."""
from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

from bot.testing import TestBot

DATA = Path(__file__).parent / "data"
BOTH = """
plugins:
  nudge: {}
  faq:
    file: faq.yaml
    threshold: 0.999
    ask_back_from: 0.999
    suggest_from: 0.3
"""
COVER = "工作人员正在确认"


def _bot(make_bot) -> TestBot:
    bot = make_bot(BOTH)
    shutil.copy(DATA / "faq.yaml", bot.folder / "faq.yaml")
    return bot


async def test_an_answer_sent_with_fa_closes_the_wait_no_nudge_no_cover_and_sla_counts_it(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("積份咋用啊", sender="u1", name="李叔")
    await bot.wait(seconds=30)
    await bot.send_command("/发 1", sender="op1", room=None)
    await bot.wait(minutes=10)
    to_op = [s.text for s in bot.sent if s.to == "op1"]
    assert len(to_op) == 2 and "「/发 1」" in to_op[0] and "@李叔" in to_op[1]  # the suggestion, then "sent"
    assert not [t for t in to_op if "还没人回复" in t or "仍需要您回复" in t]
    assert not [s for s in bot.sent if s.room == "r1" and COVER in s.text]
    await bot.send_command("/sla", sender="op1", room=None)
    await bot.settle()
    (sla,) = [s.text for s in bot.sent if "人工回复" in s.text]
    assert "人工回复 1 位" in sla


async def test_a_suggestion_nobody_sends_still_gets_the_cover_and_the_operator_is_reminded(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("積份咋用啊", sender="u1", name="李叔")
    await bot.wait(minutes=10)
    to_op = [s.text for s in bot.sent if s.to == "op1"]
    assert "「/发 1」" in to_op[0] and not [t for t in to_op if "等了1分钟" in t]  # the suggestion was the nudge
    assert [s for s in bot.sent if s.room == "r1" and COVER in s.text]  # the member is still not left unheard
    assert [t for t in to_op[1:] if "李叔" in t]  # and the operator is reminded after the cover


async def test_staff_asking_in_the_group_are_sent_no_suggestion_about_their_own_words(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("積份咋用啊", sender="op1", name="小王")  # to test, or asking for a member
    await bot.settle()
    assert not [s for s in bot.sent if s.to == "op1" and "「/发" in s.text]
    await bot.send_message("積份咋用啊", sender="u1", name="李叔")
    await bot.settle()
    assert [s for s in bot.sent if s.to == "op1" and "李叔问：“積份咋用啊”" in s.text]


ASK_BACK = BOTH.replace("ask_back_from: 0.999", "ask_back_from: 0.3").replace("suggest_from: 0.3", "suggest_from: 0.2")


async def test_at_night_a_question_the_bot_would_ask_back_about_is_suggested_to_the_operator_instead(make_bot):
    bot = make_bot(ASK_BACK)
    shutil.copy(DATA / "faq.yaml", bot.folder / "faq.yaml")
    await bot.start(at=bot.begin - timedelta(hours=10))  # 23:00
    await bot.send_message("積份咋用啊", sender="u1", name="李叔")
    await bot.wait(hours=8, minutes=10)
    assert not [s for s in bot.sent if s.room == "r1" and "积分" in s.text]  # no ask-back she could not answer
    (told,) = [s.text for s in bot.sent if s.to == "op1" and "「/发" in s.text]
    assert "李叔问：“積份咋用啊”" in told and "积分100分抵1元" in told


async def test_by_day_the_same_question_is_asked_back_in_the_group_and_not_suggested(make_bot):
    bot = make_bot(ASK_BACK)
    shutil.copy(DATA / "faq.yaml", bot.folder / "faq.yaml")
    await bot.start()
    await bot.send_message("積份咋用啊", sender="u1", name="李叔")
    await bot.settle()
    assert [s for s in bot.sent if s.room == "r1" and "积分" in s.text]
    assert not [s for s in bot.sent if s.to == "op1" and "「/发" in s.text]
