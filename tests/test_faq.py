"""FAQ: answers the way members ask, stays silent otherwise, learns in chat, no repeats within the cool-down."""
from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from bot.testing import TestBot

DATA = Path(__file__).parent / "data"
FAQ = """
plugins:
  faq:
    file: faq.yaml
"""


def _bot(make_bot) -> TestBot:
    bot = make_bot(FAQ)
    shutil.copy(DATA / "faq.yaml", bot.folder / "faq.yaml")
    return bot


async def test_a_paraphrase_with_a_typo_in_traditional_characters_gets_the_right_answer(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("@小助手 哎 請問那個積份到底咋用啊", name="李叔")
    await bot.settle()
    (answer,) = bot.sent
    assert answer.text.startswith("积分100分抵1元") and answer.ref == "points"
    assert answer.mentions == ("u1",) and answer.plugin == "faq"


async def test_greetings_chatter_and_near_misses_get_no_answer(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    for text in ("大家早上好", "我昨天报名了很开心", "报名的人多吗", "积分是谁发明的哈哈", "在吗"):
        await bot.send_message(text)
    await bot.settle()
    assert not bot.sent


async def test_the_cool_down_gives_one_pointer_then_silence(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("活动怎么报名", sender="u1")
    await bot.wait(minutes=2)
    await bot.send_message("请问在哪报名啊", sender="u2")
    await bot.wait(minutes=2)
    await bot.send_message("报名找谁", sender="u3")
    await bot.wait(minutes=7)
    await bot.send_message("我也想报名 怎么报", sender="u4")
    await bot.settle()
    texts = bot.texts()
    assert len(texts) == 3
    assert texts[0].startswith("报名很简单") and "已经回答过" in texts[1] and texts[2].startswith("报名很简单")


async def test_an_operator_teaches_an_entry_and_the_next_question_gets_it(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("充电宝可以借吗")
    await bot.send_message("/faq add 店里能借充电宝吗 | 可以，前台免费借，用完还回来就行", sender="op1")
    await bot.send_message("请问店里充电宝能借吗")
    await bot.settle()
    assert bot.texts()[0].startswith("学会啦") and "ID：dian-li-neng-jie" in bot.texts()[0]
    assert bot.texts()[1] == "可以，前台免费借，用完还回来就行"


async def test_unanswered_questions_are_counted_for_operators(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("有没有人知道哪里修手机")
    await bot.send_message("有没有人知道哪里修手机？")
    await bot.send_message("今天天气真好")
    await bot.send_message("/faq unanswered", sender="op1")
    await bot.settle()
    assert "1. 有没有人知道哪里修手机（2次）" in bot.texts()[-1] and "天气" not in bot.texts()[-1]


async def test_faq_find_explains_and_faq_del_hides_an_entry(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("/faq find 能开发票吗", sender="op1")
    await bot.send_message("/faq del invoice", sender="op1")
    await bot.send_message("能开发票吗")
    await bot.send_message("/faq del nothing-here", sender="op1")
    await bot.settle()
    find, deleted, wrong = bot.texts()
    assert "1. invoice 得分" in find and "会回答：invoice" in find
    assert "invoice 不再使用" in deleted and "没有 ID 为 nothing-here 的问答" in wrong


async def test_a_broken_faq_edit_keeps_the_old_entries_and_says_where(make_bot, caplog):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("能开发票吗")
    (bot.folder / "faq.yaml").write_text("entries:\n  - id: Bad Id\n    question: x\n    answer: y\n",
                                        encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        await bot.wait(minutes=20)
        await bot.send_message("怎么开发票")
        await bot.settle()
    assert len(bot.texts()) == 2
    assert any("faq.yaml:2 entries[0].id" in r.getMessage() for r in caplog.records)


def test_faq_eval_meets_the_targets_on_the_labelled_set():
    done = subprocess.run([sys.executable, "-m", "bot", "faq", "eval", str(DATA / "faq_queries.jsonl"),
                           "--file", str(DATA / "faq.yaml")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    figures = dict(part.split("=") for part in done.stdout.strip().splitlines()[-1].split())
    assert int(figures["answerable"]) >= 100 and int(figures["silent"]) >= 50
    assert float(figures["accuracy"].rstrip("%")) >= 90.0
    assert float(figures["answered_when_silent"].rstrip("%")) <= 3.0


async def test_a_room_can_have_its_own_faq_file(make_bot):
    bot = _bot(make_bot)
    bot.write_config(FAQ + "rooms:\n  r2:\n    faq:\n      file: other.yaml\n")
    (bot.folder / "other.yaml").write_text(
        "entries:\n  - id: wifi\n    question: 店里wifi密码是多少\n    keywords: [wifi/无线/网络, 密码/怎么连]\n"
        "    answer: 密码是 jinqiu2026\n", encoding="utf-8")
    await bot.start()
    await bot.send_message("店里wifi密码多少啊", room="r2")
    await bot.send_message("店里wifi密码多少啊", room="r1")
    await bot.send_message("积分怎么用", room="r2")
    await bot.settle()
    assert bot.texts() == ["密码是 jinqiu2026"]
