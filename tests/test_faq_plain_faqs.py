"""An operator's own short FAQ, one question per entry: plain paraphrases are answered (a child's fever given as the
reason for leave, 课 said alone), and a question about another thing of the same kind (wheat where the FAQ gives the
corn price) is not answered with the entry's thing."""
from __future__ import annotations

from pathlib import Path

from plugins.faq.library import read_file
from plugins.faq.matcher import FaqIndex

CHESS = """\
entries:
  - id: 上课时间
    question: 象棋课几点上课？
    answer: 每周六上午9:00-10:30上课，请提前10分钟到。
  - id: 上课地点
    question: 在哪里上课？
    answer: 少年宫二楼203教室。
  - id: 请假
    question: 孩子请假怎么办？
    answer: 请在群里或私信王老师说一声，缺的课可以在下周补。
"""
COOP = """\
entries:
  - id: 化肥
    question: 化肥什么时候发？
    keywords: [化肥, 肥料]
    answer: 合作社统一订的化肥每月15号在村委会仓库发，带上社员证。
  - id: 收购价
    question: 今年玉米收购价多少？
    keywords: [收购价, 玉米]
    answer: 今年玉米保底收购价每斤1.2元，质量好的另加。
"""
THRESHOLD = 0.55  # the shipped plugins.faq.threshold


def _answers(tmp_path: Path, faq: str, text: str) -> str | None:
    (tmp_path / "faq.yaml").write_text(faq, encoding="utf-8")
    found = FaqIndex(read_file(tmp_path / "faq.yaml")).answer(text, THRESHOLD)
    return found.entry.id if found else None


def test_a_childs_fever_given_as_the_reason_for_leave_is_answered_by_the_leave_entry(tmp_path):
    assert _answers(tmp_path, CHESS, "明天孩子发烧了 去不了 怎么请假") == "请假"


def test_the_class_said_in_one_word_is_answered_by_where_the_class_is(tmp_path):
    assert _answers(tmp_path, CHESS, "课在哪上来着") == "上课地点"


def test_the_wheat_price_is_not_answered_with_the_corn_price_and_the_corn_price_still_is(tmp_path):
    assert _answers(tmp_path, COOP, "小麦收购价多少") is None
    assert _answers(tmp_path, COOP, "玉米收购价多少") == "收购价"
