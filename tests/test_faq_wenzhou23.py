"""A member of a Wenzhou market stall's group asking in the everyday words of 温州话 (Wu, Oujiang) is read as if she
had asked in Mandarin; a near miss in those words stays silent; everyday Mandarin that holds the same characters is
read as it was. The FAQ and the lines are written for this test from knowledge of the dialect, never from a test
set's lines, and the FAQ was never trained on."""
from __future__ import annotations

import pytest

from plugins.faq.dialect_reading import in_mandarin
from plugins.faq.library import read_file
from plugins.faq.matcher import FaqIndex
from plugins.faq.words import asks

STALL = """\
entries:
  - id: 营业时间
    question: 每天几点出摊几点收摊？
    answer: 每天早上5点出摊，中午12点半收摊，下午不出摊。
  - id: 送货
    question: 能送到家里吗？
    answer: 菜场周边3公里内满100元免费送到家，中午前下单当天送到。
  - id: 青蟹价格
    question: 青蟹多少钱一斤？
    keywords: [青蟹, 膏蟹]
    answer: 青蟹按大小分三档，每天早上在群里发当天的价格。
  - id: 保存
    question: 买回去的海鲜怎么保存？
    keywords: [冰箱, 冷冻, 保鲜]
    answer: 活的当天吃最好；放冰箱冷藏别超过一天，吃不完就冷冻。
  - id: 杀鱼
    question: 可以帮忙杀鱼吗？
    answer: 可以，杀鱼、去鳞、切块都免费，说一声就行。
  - id: 地址
    question: 摊位在哪里？
    answer: 在菜场东门进去第三排，蓝色雨棚那个摊。
"""
THRESHOLD = 0.55  # the shipped plugins.faq.threshold


@pytest.fixture(scope="module")
def stall(tmp_path_factory) -> FaqIndex:
    path = tmp_path_factory.mktemp("stall") / "faq.yaml"
    path.write_text(STALL, encoding="utf-8")
    return FaqIndex(read_file(path))


# (what a member writes, Mandarin words the reading must put in)
READ = [
    ("你俫日昼几点收摊", ["你们", "中午"]),
    ("屋底冇冰箱 蝤蠓囥几日好", ["家里", "青蟹", "放"]),
    ("訾那杀鱼最干净", ["怎么"]),
    ("何乜时候出摊", ["什么"]),
    ("摊位在何搭", ["哪里"]),
    ("该搭有蛎黄卖否", ["这里", "牡蛎", "吗"]),
    ("匄我送屋底好弗好", ["给我", "家里", "好不好"]),
    ("昨暝买的鲞有点咸", ["昨天", "鱼干"]),
    ("有望潮否", ["章鱼", "吗"]),
]


@pytest.mark.parametrize(("said", "meant"), READ)
def test_wenzhou_everyday_words_are_read_as_mandarin(said, meant):
    read = in_mandarin(said)
    assert all(word in read for word in meant), read


@pytest.mark.parametrize("said", ["有望潮否", "摊位在何搭", "该搭有蛎黄卖否"])
def test_a_question_in_wenzhou_words_is_a_question(said):
    assert asks(said)


@pytest.mark.parametrize(("said", "entry"), [
    ("摊位在何搭", "地址"),
    ("蝤蠓几钿一斤", "青蟹价格"),
    ("匄我送屋底好否", "送货"),
])
def test_a_question_in_wenzhou_words_gets_the_entry_it_asks_for(stall, said, entry):
    found = stall.answer(said, THRESHOLD)
    assert found is not None and found.entry.id == entry


@pytest.mark.parametrize("said", [
    "隔壁肉摊日昼几点收摊",  # another stall's hours
    "何搭有卖花籽的",  # a thing the stall does not sell
    "你俫黄昏头去不去跳舞",  # chat among members
])
def test_a_near_miss_in_wenzhou_words_stays_silent(stall, said):
    assert stall.answer(said, THRESHOLD) is None


@pytest.mark.parametrize("said", [
    "不知是否有货", "能否送货", "可否便宜点", "去与否都行", "应该搭车去", "也许搭个伴", "如何搭配",
    "黄昏的时候去散步", "弗兰克", "自愧弗如",
])
def test_everyday_mandarin_with_the_same_characters_is_read_as_written(said):
    assert in_mandarin(said) == said
