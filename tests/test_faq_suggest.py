"""FAQ suggestions: a question the bot is not sure of goes to the operator on duty privately, never to the group,
and one short command sends the answer in the group mentioning the asker."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from sqlmodel import select

from bot.testing import TestBot
from plugins.faq.store import FaqSuggested

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
    assert "李叔问：“積份咋用啊”" in told.text and "积分100分抵1元" in told.text and "「/发 1」" in told.text
    await bot.send_command("/发 1", sender="op1", room=None)  # said to the bot privately, where the suggestion is
    await bot.settle()
    (answer,) = [s for s in bot.sent if s.room == "r1"]
    (done,) = [s for s in bot.sent[1:] if s.to == "op1"]
    assert answer.room == "r1" and answer.mentions == ("u1",) and answer.text.startswith("李叔，您问的“積份咋用啊”")
    assert "积分100分抵1元" in answer.text and "久等" not in answer.text  # answered within the hour: no apology
    assert done.to == "op1" and "已经在" in done.text and "@李叔" in done.text and "「积分怎么用？」" in done.text
    await bot.send_command("/发 1", sender="op1", room=None)  # sent once: a second tap sends nothing more
    await bot.settle()
    assert len(bot.sent) == 4 and bot.sent[3].to == "op1" and "已经发过了" in bot.sent[3].text
    assert [s for s in bot.sent if s.room == "r1"] == [answer]


async def test_a_number_means_one_question_even_after_a_restart_and_in_another_group(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("積份咋用啊", sender="u1", name="李叔")
    await bot.settle()
    await bot.stop()
    await bot.start(at=bot.now)  # a restart: the next question in another group gets a number of its own
    await bot.send_message("積份咋用啊", sender="u2", name="王姨", room="r2")
    await bot.settle()
    first, second = bot.sent
    assert "「/发 1」" in first.text and "「/发 2」" in second.text and "王姨" in second.text
    await bot.send_command("/发 1", sender="op1", room=None)  # the operator answers the first message they had
    await bot.settle()
    (answer,) = [s for s in bot.sent if s.room is not None]
    assert answer.room == "r1" and answer.mentions == ("u1",) and "积分100分抵1元" in answer.text


async def test_a_send_at_night_says_truly_it_goes_in_the_morning_and_a_late_answer_says_sorry(make_bot):
    bot = _bot(make_bot)
    await bot.start(at=bot.begin.replace(hour=21, minute=50))
    await bot.send_message("積份咋用啊", sender="u1", name="李叔")
    await bot.settle()
    await bot.wait(hours=1)  # 22:50, in quiet hours
    await bot.send_command("/发 1", sender="op1", room=None)
    await bot.settle()
    (done,) = [s for s in bot.sent[1:] if s.to == "op1"]
    assert "早上7点" in done.text and "已经" not in done.text  # not "sent" while it waits for the morning
    assert not [s for s in bot.sent if s.room == "r1"]
    await bot.wait(hours=9)  # the morning
    await bot.settle()
    (answer,) = [s for s in bot.sent if s.room == "r1"]
    assert answer.at.hour == 7 and "久等" in answer.text and "积分100分抵1元" in answer.text


async def test_a_stale_or_unknown_number_says_why_nothing_went(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("積份咋用啊", sender="u1", name="李叔")
    await bot.settle()
    await bot.send_command("/发 7", sender="op1", room=None)
    await bot.wait(hours=13)
    await bot.send_command("/发 1", sender="op1", room=None)
    await bot.settle()
    unknown, stale = [s.text for s in bot.sent[1:]]
    assert "没找到第7条" in unknown and "12个小时以前" in stale and "李叔" in stale
    await bot.wait(days=3)  # a member's words are not kept for nothing: the next suggestion forgets the old ones
    await bot.send_message("積份咋用啊", sender="u2", name="王姨")
    await bot.send_command("/发 1", sender="op1", room=None)
    await bot.settle()
    newer, forgotten = [s.text for s in bot.sent[3:]]
    assert "「/发 2」" in newer and "12个小时以前" in forgotten  # number 1 is never given again
    with bot.app.store.session() as db:  # and 李叔's question of three days ago is no longer kept
        assert [row.asker for row in db.exec(select(FaqSuggested)).all()] == ["u2"]
    assert not [s for s in bot.sent if s.room == "r1"]


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
