"""A member who writes the FAQ's own word is read as writing it: a deli's 香肠 is not taken for the 现场 of another
answer because the two sound alike; 五花多少钱 asks the price of 五花, not of 五 with 花多少 cut out of it; 瓜子儿 and
排骨子 are the FAQ's 瓜子 and 排骨. A butcher's FAQ written for this test, never trained on."""
from __future__ import annotations

import pytest

from plugins.faq.library import read_file
from plugins.faq.matcher import FaqIndex
from plugins.faq.respelling import Respelling
from plugins.faq.words import features_of, normalise

BUTCHER = """\
entries:
  - id: 绞肉馅
    question: 能帮忙绞肉馅吗？
    answer: 可以，买好的肉现场用绞肉机绞，不另收钱。
  - id: 灌香肠
    question: 能帮忙灌香肠吗？
    keywords: [香肠, 灌肠]
    answer: 冬至后可以代灌香肠，每斤加工费3元，有辣味和甜味两种，十天左右能取。
  - id: 价格
    question: 今天肉多少钱一斤？
    keywords: [价格, 五花, 排骨, 瓜子]
    answer: 每天早上在群里发价格表：五花、前腿、排骨、筒子骨、猪脚，以当天群里发的为准。
  - id: 营业时间
    question: 几点开门？
    answer: 每天早上6点到中午12点。
"""
THRESHOLD = 0.55  # the shipped plugins.faq.threshold


@pytest.fixture(scope="module")
def butcher(tmp_path_factory) -> FaqIndex:
    path = tmp_path_factory.mktemp("butcher") / "faq.yaml"
    path.write_text(BUTCHER, encoding="utf-8")
    return FaqIndex(read_file(path))


def test_a_word_the_faq_writes_is_not_respelled_as_another_that_sounds_like_it(butcher):
    best = butcher.match("香肠有没有辣的", limit=1)
    assert best and best[0].entry.id == "灌香肠"
    assert "香肠" in best[0].hits


def test_a_slip_by_sound_is_still_put_right():
    respell = Respelling(["w:积分", "w:营业"])
    assert respell("积份怎么换") == "积分怎么换"
    assert respell("今天营页吗") == "今天营业吗"


def test_a_thing_ending_in_hua_keeps_its_name_when_its_price_is_asked(butcher):
    assert normalise("五花几多钱") == "五花价钱"
    assert normalise("花多少钱能办") != normalise("五花多少钱")
    best = butcher.match("今天五花多少钱", limit=1)
    assert best and best[0].entry.id == "价格" and "五花" in best[0].hits


@pytest.mark.parametrize(("said", "meant"), [("瓜子儿", "瓜子"), ("排骨子", "排骨")])
def test_an_everyday_suffix_after_the_faqs_word_is_read_as_the_word(said, meant):
    respell = Respelling(["w:" + meant])
    assert respell(said + "多少钱") == meant + "多少钱"
    assert "w:" + meant in features_of(respell(said + "多少钱"))


def test_a_word_of_its_own_ending_in_the_suffix_is_kept():
    respell = Respelling(["w:瓜子", "w:孩子"])
    assert respell("孩子能来吗") == "孩子能来吗"


def test_the_suffix_character_beginning_the_next_word_is_kept():
    respell = Respelling(["w:所有", "w:手续"])
    assert respell("继承要所有子女都签字吗") == "继承要所有子女都签字吗"
