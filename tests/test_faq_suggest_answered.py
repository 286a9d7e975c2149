"""A suggested answer the operator sends with /发 is the operator's answer (codemend2_18): the asker's wait closes as
answered, so no nudge, no cover in the group, and /sla counts it; the suggestion itself was the operator's nudge.
Staff asking in the group are not sent suggestions about their own words."""
from __future__ import annotations

import shutil
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
