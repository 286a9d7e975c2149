"""FAQ suggestions: a question the bot is not sure of goes to the operator on duty privately, never to the group,
and one short command sends the answer in the group mentioning the asker."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from bot.testing import TestBot

DATA = Path(__file__).parent / "data"
# a threshold and an ask-back floor nothing reaches: every entry the FAQ finds from 0.3 up is one to suggest
SUGGEST = """
plugins:
  faq:
    file: faq.yaml
    threshold: 0.999
    ask_back_from: 0.999
    suggest_from: 0.3
"""


def _bot(make_bot, staff: str = "") -> TestBot:
    bot = make_bot(SUGGEST)
    shutil.copy(DATA / "faq.yaml", bot.folder / "faq.yaml")
    if staff:
        bot.config_path.write_text(bot.config_path.read_text(encoding="utf-8").replace("operators: [op1]", staff),
                                   encoding="utf-8")
    return bot


async def test_an_unsure_question_reaches_the_operator_privately_and_one_command_answers_the_asker(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("積份咋用啊", sender="u1", name="李叔")
    await bot.settle()
    (told,) = bot.sent  # the group hears nothing from the bot
    assert told.kind == "private" and told.to == "op1" and told.room is None
    assert "李叔 问：積份咋用啊" in told.text and "积分100分抵1元" in told.text and "「/发 1」" in told.text
    await bot.send_command("/发 1", sender="op1", room=None)  # said to the bot privately, where the suggestion is
    await bot.settle()
    (answer,) = [s for s in bot.sent if s.room == "r1"]
    (done,) = [s for s in bot.sent[1:] if s.to == "op1"]
    assert answer.room == "r1" and answer.mentions == ("u1",) and answer.text.startswith("积分100分抵1元")
    assert done.to == "op1" and "已经在" in done.text and "@李叔" in done.text
    await bot.send_command("/发 1", sender="op1", room=None)  # sent once: a second tap sends nothing more
    await bot.settle()
    assert len(bot.sent) == 4 and bot.sent[3].to == "op1" and "这次没有发" in bot.sent[3].text
    assert [s for s in bot.sent if s.room == "r1"] == [answer]


async def test_the_suggestion_goes_to_the_rooms_own_duty_and_a_member_cannot_send_one(make_bot):
    bot = _bot(make_bot, "operators: [op1, op2]\n  room_duty: {r1: [{operator: op2}]}")
    await bot.start()
    await bot.send_message("積份咋用啊", sender="u1")
    await bot.send_command("/发 1", sender="u2")  # a member's word sends nothing to the group
    await bot.settle()
    assert bot.sent[0].to == "op2" and "积分100分抵1元" in bot.sent[0].text
    assert not [s for s in bot.sent if s.room == "r1" and s.text.startswith("积分100分抵1元")]


async def test_chat_a_near_miss_and_a_private_question_cause_no_suggestion(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    # chat, a joke, a question put to the other members
    for text in ("大家早上好", "积分是谁发明的哈哈", "群里有人用过积分吗"):
        await bot.send_message(text)
    await bot.send_private("積份咋用啊")  # privately the bot is the one asked: no operator is sent a suggestion
    await bot.settle()
    assert not [s for s in bot.sent if s.to == "op1"]


def test_faq_eval_counts_right_suggestions_and_suggestions_where_silence_was_right_apart():
    done = subprocess.run([sys.executable, "-m", "bot", "faq", "eval", str(DATA / "faq_eval" / "tune"),
                           "--suggest-from", "0.2"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    figures = dict(part.split("=") for part in done.stdout.strip().splitlines()[-1].split()[1:])
    assert float(figures["suggested_right"].rstrip("%")) > 0 and "suggested_when_silent" in figures
    never = subprocess.run([sys.executable, "-m", "bot", "faq", "eval", str(DATA / "faq_eval" / "tune"),
                            "--suggest-from", "0.5"], capture_output=True, text=True, timeout=120)
    off = dict(part.split("=") for part in never.stdout.strip().splitlines()[-1].split()[1:])
    assert off["suggested_right"] == "0.0%" and off["suggested_when_silent"] == "0.0%"  # at the ask-back floor: none
    assert off["accuracy"] == figures["accuracy"]  # a suggestion is never counted as an answer
