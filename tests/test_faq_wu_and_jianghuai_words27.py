"""Function words of Wu and Jianghuai members read as Mandarin before the FAQ matches (faq26's list, issue 15): 弗
wherever it stands (走弗动, 寻弗着), 寻 for 找, 来事 for 行, 屋落 for 家里, 侬拉 for 你们, 阿 before a verb asking
yes or no (阿送, 阿退, 阿照), 什呢 for 什么, 老鼻子 for 很多; Mandarin that shares the characters is left alone."""
from __future__ import annotations

import pytest

from plugins.faq.dialect_reading import in_mandarin
from plugins.faq.library import read_file
from plugins.faq.matcher import FaqIndex

PHARMACY = """\
entries:
  - id: 送药上门
    question: 药店能送药上门吗？
    answer: 小区三公里内满30元免费送，下午两点前下单当天送到，行动不便的老人打店里电话就行。
  - id: 会员卡补办
    question: 会员卡丢了怎么办？
    answer: 带身份证来店里补办，工本费5元，卡里的积分和余额都还在。
  - id: 退货
    question: 买的药能退吗？
    answer: 没拆封、没过期的药凭小票七天内可以退，处方药和拆了封的不退。
  - id: 医保
    question: 能刷医保卡吗？
    answer: 能刷，职工医保和居民医保都行，个人账户直接扣。
  - id: 营业时间
    question: 药店几点开门？
    answer: 每天早上8点到晚上9点，节假日照常营业。
"""
THRESHOLD = 0.55  # the shipped plugins.faq.threshold


@pytest.fixture(scope="module")
def pharmacy(tmp_path_factory) -> FaqIndex:
    path = tmp_path_factory.mktemp("pharmacy") / "faq.yaml"
    path.write_text(PHARMACY, encoding="utf-8")
    return FaqIndex(read_file(path))


@pytest.mark.parametrize(("text", "entry"), [
    ("屋落老头子走弗动了 降压药侬拉阿送", "送药上门"),  # 宁波: 家里, 走不动, 你们送不送
    ("会员卡寻弗着了 哪能办", "会员卡补办"),  # 吴: 找不着
    ("昨日买的药吃弗来 没拆过 阿退", "退货"),  # 吃不来, 退不退
    ("医保卡刷药阿照", "医保"),  # 扬州: 行不行
])
def test_a_wu_or_jianghuai_question_is_answered_by_its_entry(pharmacy, text, entry):
    found = pharmacy.answer(text, THRESHOLD)
    assert found is not None and found.entry.id == entry


def test_the_function_words_read_as_mandarin_and_mandarin_that_shares_them_is_left_alone():
    assert in_mandarin("寻弗着 来事伐 屋落 侬拉 阿收 什呢用 老鼻子") == "找不着 行伐 家里 你们 收不收 什么用 很多"
    plain = "阿姨 阿里巴巴 阿胶 弗兰克 自愧弗如 寻找 寻常 会来事 来事儿 东阿 没得到"
    assert in_mandarin(plain) == plain
