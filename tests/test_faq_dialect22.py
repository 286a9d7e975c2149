"""A member asking in the everyday words of their dialect is answered as if they had asked in Mandarin; a near miss in
dialect stays silent; everyday Mandarin that holds the same characters is read as it was. The lines are written for
this test, one or more per dialect family (plugins/faq/dialect_words.py); the FAQ is a neighbourhood fresh-food shop
written for it, never trained on."""
from __future__ import annotations

import pytest

from plugins.faq.dialect_reading import Dialect, in_mandarin, written_in
from plugins.faq.library import read_file
from plugins.faq.matcher import FaqIndex
from plugins.faq.words import asks

SHOP = """\
entries:
  - id: 营业时间
    question: 每天几点开门几点关门？
    questions: [周末开门吗]
    answer: 每天早上6点半开门，晚上8点关门，周末和节假日照常营业。
  - id: 送货上门
    question: 能送货上门吗？
    answer: 小区里满50元免费送到家，下午4点前下单当天送到。
  - id: 剁排骨
    question: 买的肉能帮忙剁吗？
    keywords: [剁, 切片, 绞馅]
    answer: 可以，排骨剁块、肉切片、绞肉馅都免费，说一声就行。
  - id: 地址
    question: 店在哪里？
    answer: 在幸福路菜市场东门对面，绿色招牌的那家。
  - id: 价格
    question: 猪肉多少钱一斤？
    keywords: [价格, 价钱, 排骨, 五花]
    answer: 每天早上在群里发当天的价格表，以群里发的为准。
"""
THRESHOLD = 0.55  # the shipped plugins.faq.threshold


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> FaqIndex:
    path = tmp_path_factory.mktemp("shop") / "faq.yaml"
    path.write_text(SHOP, encoding="utf-8")
    return FaqIndex(read_file(path))


# (family, what a member writes, Mandarin words the reading must put in)
READ = [
    ("粤语", "你哋下昼几点收档呀", ["下午", "关门"]),
    ("粤语", "礼拜日开唔开铺", ["星期", "开门"]),
    ("粤语", "排骨可唔可以帮手斩件", ["剁"]),
    ("客家话", "今晡日当昼有开门无", ["今天", "中午"]),
    ("闽语", "拜六下晡有开无", ["星期六", "下午"]),
    ("闽语", "今仔日排骨按怎卖", ["今天", "怎么"]),
    ("吴语", "夜头几点关门", ["晚上"]),
    ("吴语", "排骨几化钱一斤", ["多少钱"]),
    ("吴语", "侬拨我送到屋里好伐", ["给我"]),
    ("赣语", "你们箇店在何里", ["这店", "哪里"]),
    ("赣语", "屋里崽要读书", ["孩子"]),
    ("赣语", "排骨么价", ["什么价"]),
    ("湘语", "买得多 几久能送到", ["多久"]),
    ("湘语", "肉卖完哒冇", ["卖完了"]),
    ("晋语", "后晌开不开门", ["下午"]),
    ("晋语", "店在哪搭", ["哪里"]),
    ("北方官话", "五花多儿钱一斤", ["多少钱"]),
    ("天津话", "晚上嘛前儿关门", ["什么时候"]),
    ("东北话", "啥前儿开门啊", ["什么时候"]),
    ("中原官话", "夜来买的肉 今个能退不", ["昨天", "今天"]),
    ("西南官话", "店子在哪哈", ["哪里"]),
    ("西南官话", "屋头没人 哪阵能送", ["家里", "什么时候"]),
    ("江淮官话", "明个克开门", ["明天", "开不开"]),
    ("江淮官话", "你家克送货", ["送不送"]),
]


@pytest.mark.parametrize(("family", "said", "meant"), READ)
def test_a_dialects_everyday_words_are_read_as_mandarin(family, said, meant):
    read = in_mandarin(said)
    assert all(word in read for word in meant), (family, read)


@pytest.mark.parametrize("said", ["你们箇店在何里", "店子在哪哈", "排骨么价", "明个克开门", "晚上嘛前儿关门"])
def test_a_question_in_dialect_is_a_question(said):
    assert asks(said)


@pytest.mark.parametrize(("said", "entry"), [
    ("你们箇店在何里", "地址"),
    ("排骨可唔可以帮手斩件", "剁排骨"),
    ("你哋下昼几点收档呀", "营业时间"),
    ("拜六下晡有开无", "营业时间"),
    ("明个早上克开门", "营业时间"),
    ("五花多儿钱一斤", "价格"),
])
def test_a_question_in_dialect_gets_the_entry_it_asks_for(shop, said, entry):
    found = shop.answer(said, THRESHOLD)
    assert found is not None and found.entry.id == entry


@pytest.mark.parametrize("said", [
    "隔壁菜场下昼几点收档",  # another shop's hours
    "何里有卖花籽的",  # a thing the shop does not sell
    "礼拜天去不去跳广场舞",  # chat
])
def test_a_near_miss_in_dialect_stays_silent(shop, said):
    assert shop.answer(said, THRESHOLD) is None


@pytest.mark.parametrize("said", [
    "高兴得不得了", "这件衣服怎么搭配好看", "任何里面的东西都别动", "50克有多少", "花了很多钱", "衬衫领子脏了",
    "猪崽多少钱一头", "他说得斩钉截铁", "这个怎么个卖法", "没多会儿就到了", "夜来香开了", "周日去做礼拜",
    "什么价位的都有", "什么事都好说", "香港回来的", "拨打客服电话", "水渠堵了", "零食多少钱",
])
def test_everyday_mandarin_with_the_same_characters_is_read_as_written(said):
    assert in_mandarin(said) == said


def test_a_word_the_faq_writes_itself_is_kept_as_written():
    kept = written_in(["斩件烧鸭每斤38元", "下昼茶两点开始"])
    reading = Dialect(kept)
    assert reading("烧鸭可以斩件吗") == "烧鸭可以斩件吗"
    assert reading("下昼茶几点有") == "下昼茶几点有"
    assert reading("排骨几久能送到") == "排骨多久能送到"


@pytest.mark.parametrize("said", [
    "早点铺的包子几点开门",  # another shop named by its kind (jieba cuts 早点 / 铺); answered on main
    "早点铺的豆浆送到家吗",  # answered with this shop's delivery on main
    "五金城那家能送货上门吗",  # that shop, not this one; answered on main
    "小区门口那家买的排骨不新鲜 能退吗",
])
def test_a_question_about_another_shop_named_by_its_kind_stays_silent(shop, said):
    assert shop.answer(said, THRESHOLD) is None


def test_the_member_naming_this_shop_by_its_kind_is_still_answered(shop):
    found = shop.answer("你们肉铺的排骨能帮忙剁吗", THRESHOLD)
    assert found is not None and found.entry.id == "剁排骨"


@pytest.mark.parametrize("said", ["要得噻", "好噻 明天见", "晓得了噻"])
def test_a_south_western_ending_on_a_statement_asks_nothing(said):
    assert not asks(said)
