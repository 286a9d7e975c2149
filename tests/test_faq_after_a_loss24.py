"""A member who tells of a death in her family and then asks the office something practical gets the FAQ's answer
(the grief nudge says 节哀 and tells the person on duty): her news is no chat that makes the question less sure. The
office's FAQ and the lines are written for this test, never from a test set's lines, and the FAQ was never trained on.
Issue 15 (faq24): faq23's retrain on 128 FAQs lost 我妈昨天在医院去世了 请问丧葬补助金去哪里领 this way."""
from __future__ import annotations

import pytest

from plugins.faq.library import read_file
from plugins.faq.matcher import FaqIndex

OFFICE = """\
entries:
  - id: 丧葬补助金
    question: 丧葬补助金去哪里领？
    keywords: [丧葬费, 丧葬补助]
    answer: 丧葬补助金带死亡证明和身份证到社区服务中心一楼3号窗口办理。
  - id: 户口注销
    question: 家里老人过世了，户口怎么注销？
    answer: 带死亡证明和户口本到派出所户籍窗口办理注销，当天就能办好。
  - id: 养老金停发
    question: 老人走了以后养老金怎么办？
    keywords: [养老金, 退休金]
    answer: 请在一个月内到社保窗口办理养老金停发，多发的钱要退回，个人账户余额可以由家属继承。
  - id: 死亡证明
    question: 死亡证明在哪里开？
    answer: 在医院去世的由医院开；在家里去世的，打电话给社区卫生服务中心，医生上门确认后开。
  - id: 办公时间
    question: 服务中心几点上班？
    answer: 周一到周五上午8:30-12:00，下午2:00-5:30，周六上午有人值班。
"""
THRESHOLD = 0.55  # the shipped plugins.faq.threshold


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> FaqIndex:
    path = tmp_path_factory.mktemp("office") / "faq.yaml"
    path.write_text(OFFICE, encoding="utf-8")
    return FaqIndex(read_file(path))


@pytest.mark.parametrize(("text", "entry"), [
    ("我妈昨天在医院去世了 请问丧葬补助金去哪里领？", "丧葬补助金"),
    ("老伴前天夜里在家里去世了，死亡证明在哪里开？", "死亡证明"),
    ("我婆婆昨天过世了 想问一下户口怎么注销", "户口注销"),
    ("我父亲今天早上走了，丧葬费在哪儿领啊", "丧葬补助金"),
])
def test_a_practical_question_after_news_of_a_death_gets_its_answer(office: FaqIndex, text: str, entry: str) -> None:
    found = office.answer(text, THRESHOLD)
    assert found is not None and found.entry.id == entry, (text, office.match(text, limit=2))


@pytest.mark.parametrize("text", [
    "我妈昨天在医院去世了 追悼会定在哪个殡仪馆好？",  # the office does not choose a funeral home
    "我爸上礼拜走了 墓地一般多少钱一平米？",  # nor sells graves
])
def test_a_question_after_news_of_a_death_the_office_does_not_answer_stays_silent(office: FaqIndex, text: str) -> None:
    assert office.answer(text, THRESHOLD) is None, office.match(text, limit=2)
