"""A tailor's FAQ written plainly, never trained on: a zip called by its everyday name (拉锁) and a day off asked
about in two words are answered; the market's hours and the dry cleaner's next door, asked the same way as the
shop's own, get silence."""
from __future__ import annotations

import pytest

from plugins.faq.library import read_file
from plugins.faq.matcher import FaqIndex

TAILOR = """\
entries:
  - id: 营业时间
    question: 裁缝铺几点开门？
    answer: 每天上午8点到晚上7点，周二休息。
  - id: 改裤脚
    question: 改裤脚多少钱？
    keywords: [裤脚, 裤长]
    answer: 普通裤子改裤脚15元，牛仔裤20元，当天可取。
  - id: 换拉链
    question: 能换拉链吗？
    keywords: [拉链]
    answer: 能换，外套拉链30元起，裤子拉链15元，拉链头坏了单换5元。
  - id: 取衣
    question: 改好的衣服多久能取？
    answer: 一般两三天，忙的时候四五天，改好了会在群里叫您的名字。
  - id: 地址
    question: 店在哪里？
    answer: 幸福路菜市场东门进去第三家，门口有红色招牌“老周裁缝”。
  - id: 上门
    question: 能上门量尺寸吗？
    answer: 行动不便的老人可以上门量，小区三公里内免费，提前一天约。
  - id: 加急
    question: 能加急吗？
    answer: 可以加急，当天取加10元，要上午送来。
  - id: 付款
    question: 怎么付钱？
    answer: 现金、微信、支付宝都行，老人也可以取衣服的时候再付。
"""
THRESHOLD = 0.55  # the shipped plugins.faq.threshold


@pytest.fixture(scope="module")
def tailor(tmp_path_factory) -> FaqIndex:
    path = tmp_path_factory.mktemp("tailor") / "faq.yaml"
    path.write_text(TAILOR, encoding="utf-8")
    return FaqIndex(read_file(path))


@pytest.mark.parametrize(("text", "entry"), [
    ("羽绒服拉锁坏了还能修吗", "换拉链"),  # 拉锁 is what many say for 拉链
    ("今天休息吗", "营业时间"),  # the day off, asked in two words
    ("我妈九十了下不了楼 师傅能来家量吗", "上门"),
    ("礼拜二开门不", "营业时间"),
])
def test_a_reworded_question_is_answered_by_its_entry(tailor, text, entry):
    found = tailor.answer(text, THRESHOLD)
    assert found is not None and found.entry.id == entry


@pytest.mark.parametrize("text", [
    "菜市场几点开门啊",  # the market the shop is in, not the shop
    "隔壁干洗店几点开门",  # another shop next door
    "有没有人知道哪里修鞋",  # asked of the other members, about another trade
    "大家周末去哪玩",
])
def test_a_near_miss_or_chat_gets_silence(tailor, text):
    assert tailor.answer(text, THRESHOLD) is None
