"""The FAQ bot the FAQ tests meet: its config, the shipped sample FAQ copied in, and the small FAQs several
of them ask (a class timetable, an entry the bot is unsure of)."""
from __future__ import annotations

import shutil
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


def _faq_file(bot: TestBot, text: str) -> None:
    bot.write_config(FAQ)
    (bot.folder / "faq.yaml").write_text(text, encoding="utf-8")


CLASSES = """\
entries:
  - id: 平日开门
    question: 老年大学几点开门？
    answer: 周一到周五早上8点开门，下午5点关门。
  - id: 周末开门
    question: 周末开不开门？
    answer: 周六上午开到12点，周日休息。
  - id: 笔墨
    question: 国画课要自己带颜料吗？
    answer: 颜料和宣纸学校都备好了，不用带。
  - id: 学费
    question: 一学期学费多少钱？
    answer: 每门课一学期300元，65岁以上减半。
"""


UNSURE = """
plugins:
  faq:
    file: faq.yaml
    threshold: 0.999
    ask_back_from: 0.3
"""
