"""FAQ: answers the way members ask (typos, dialect, voice slips) and stays silent otherwise: chatter, another
shop's or another person's matter, a question put to the other members, an opinion no entry gives."""
from __future__ import annotations

import pytest

from tests.faq_bot import FAQ, _bot, _faq_file


async def test_a_paraphrase_with_a_typo_in_traditional_characters_gets_the_right_answer(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("@小助手 積份咋用啊", name="李叔")  # 積份: traditional, and 份 for 分 (same sound)
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


async def test_spoken_and_dialect_ways_to_ask_are_answered_and_a_remark_is_not(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    # 好多钱 (Sichuan: how much), A不A with a two-character verb; "好多人" is "many people", a remark
    for text in ("参加活动要交好多钱", "周末开门不开门", "好多人都去了活动"):
        await bot.send_message(text, sender=f"u{len(text)}")
    await bot.settle()
    assert [a.ref for a in bot.sent] == ["activity-fee", "opening-hours"]


async def test_a_question_about_someone_elses_points_gets_no_answer_and_a_relatives_does(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    # 京东 and 联通 own the points asked about; the club's FAQ never mentions them: another shop's points
    for n, text in enumerate(("京东的积分怎么用", "联通的积分能换什么", "我老伴的积分怎么用")):
        await bot.send_message(text, sender=f"u{n}")
    await bot.settle()
    assert [(a.ref, a.mentions) for a in bot.sent] == [("points", ("u2",))]


async def test_a_question_about_what_was_bought_at_another_shop_gets_no_answer_and_ours_does(make_bot):
    bot = make_bot(FAQ)
    _faq_file(bot, "entries:\n  - id: 送药\n    question: 能送药上门吗？\n"
                   "    answer: 小区内满30元免费送药上门，打店里电话就行。\n")
    await bot.start()
    # 京东 is where these were bought: another shop's delivery, however many words they share with the entry
    for n, text in enumerate(("京东买的东西能送上门吗", "京东那边买的药能送上门吗", "京东下单的药能送上门吗",
                              "在你们店买的药能送上门吗")):
        await bot.send_message(text, sender=f"u{n}")
    await bot.settle()
    assert [(m.ref, m.mentions) for m in bot.sent] == [("送药", ("u3",))]


async def test_a_question_about_another_place_at_the_same_time_gets_no_answer(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("明天菜市场几点开门啊？")
    await bot.send_message("请问明天村委会几点开门 想去开个证明")  # a public office, named by its own ending
    await bot.send_message("居委会几点上班")
    await bot.send_message("明天门店几点开门啊？")
    await bot.settle()
    assert [m.ref for m in bot.sent] == ["opening-hours"]


CLASS_FAQ = """\
entries:
  - id: 上课时间
    question: 书法班什么时候上课？
    answer: 每周二和周四下午2点到4点上课。
"""
REPAIR_FAQ = """\
entries:
  - id: 配钥匙价格
    question: 配一把钥匙多少钱？
    answer: 普通钥匙5元一把，防盗门钥匙15元。
    keywords: [钥匙, 配, 价格, 多少钱]
"""
PHARMACY_FAQ = """\
entries:
  - id: opening_hours
    question: 药房几点开门，几点关门？
    answer: 我们每天早上8点开门，晚上9点关门。
    keywords: [开门, 关门]
"""


@pytest.mark.parametrize(("faq", "ours", "theirs"), [
    (CLASS_FAQ, "书法班什么时候上课", "国画班什么时候上课"),  # another class of the same school
    (PHARMACY_FAQ, "你们大药房几点开门", "老百姓大药房几点开门"),  # another (chain) pharmacy, named without 的
    (CLASS_FAQ, "书法班几点上课", "舞蹈班几点上课"),  # another class, named by what is done in it (跳舞, 舞蹈)
    (CLASS_FAQ, "书法班几点上课", "合唱班几点上课"),
    (REPAIR_FAQ, "配个钥匙多少钱", "配眼镜多少钱"),  # the FAQ's verb and price words, on a thing it does not offer
    (REPAIR_FAQ, "配个钥匙多少钱", "配副假牙要多少钱"),
])
async def test_another_class_or_shop_of_the_same_kind_gets_no_answer(make_bot, faq, ours, theirs):
    bot = make_bot(FAQ)
    (bot.folder / "faq.yaml").write_text(faq, encoding="utf-8")
    await bot.start()
    await bot.send_message(theirs, sender="u1")
    await bot.send_message(ours, sender="u2")
    await bot.settle()
    assert [m.mentions for m in bot.sent] == [("u2",)]


async def test_a_voice_input_slip_is_answered_and_thanks_for_a_done_thing_is_not(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("你们营页到几点呀")  # 营页 for 营业: what voice input writes
    await bot.send_message("积分已经用掉了 谢谢")  # names an entry's topic, but asks nothing
    await bot.settle()
    assert [m.ref for m in bot.sent] == ["opening-hours"]


async def test_chinese_and_numeric_ids_and_a_plain_keyword_list_are_read(make_bot):
    bot = make_bot(FAQ)
    _faq_file(bot, "entries:\n"
                   "  - id: 门诊时间\n    question: 门诊几点开始看病？\n    answer: 早上8点开诊\n"
                   "  - id: \"101\"\n    question: 学费怎么交？\n    answer: 前台刷卡或微信\n"
                   "    keywords: [缴费, 付款, 交钱]\n")
    await bot.start()
    await bot.send_message("门诊几点开始看病啊")
    await bot.send_message("怎么缴费啊")
    await bot.settle()
    assert [m.ref for m in bot.sent] == ["门诊时间", "101"]


@pytest.mark.parametrize(("theirs", "ours", "ref"), [
    ("有没有人一起去听健康讲座", "健康讲座在哪里听", "health-lecture"),  # company sought among the members
    ("有没有人知道哪里停车方便", "门口可以停车吗", "parking"),  # another member's knowledge of somewhere else
])
async def test_a_question_put_to_the_other_members_is_left_to_them(make_bot, theirs, ours, ref):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message(theirs, sender="u1")
    await bot.send_message(ours, sender="u2")
    await bot.send_message("有人知道门店几点开门吗", sender="u3")  # the shop's own hours, whoever is asked: answered
    await bot.send_message("我家有人想报名活动 怎么报", sender="u4")  # someone at home, not in the group
    await bot.settle()
    assert [(m.ref, m.mentions) for m in bot.sent] == [(ref, ("u2",)), ("opening-hours", ("u3",)), ("signup", ("u4",))]


@pytest.mark.parametrize(("theirs", "ours", "ref"), [
    ("讲座的回放值得看吗", "讲座没去成 有回放吗", "lecture-replay"),  # worth it: an opinion the entry does not give
    ("微信付款靠谱吗", "能用微信付款吗", "payment"),  # trustworthy: the same
])
async def test_an_opinion_asked_about_an_entrys_topic_gets_no_answer_and_the_plain_ask_does(make_bot, theirs, ours,
                                                                                            ref):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message(theirs, sender="u1")
    await bot.send_message(ours, sender="u2")
    await bot.settle()
    assert [(m.ref, m.mentions) for m in bot.sent] == [(ref, ("u2",))]


async def test_a_judgement_is_answered_only_by_an_entry_that_gives_one(make_bot):
    bot = make_bot(FAQ)
    (bot.folder / "faq.yaml").write_text(
        "entries:\n  - id: 付款\n    question: 可以用微信付款吗？\n    answer: 可以，微信、支付宝、现金都收。\n"
        "  - id: 选课\n    question: 孩子学哪个班好？\n"
        "    answer: 5岁以下推荐启蒙班，6岁以上建议先来试听一节再选。\n", encoding="utf-8")
    await bot.start()
    await bot.send_message("微信付款靠谱吗", sender="u1")  # the entry says how to pay, not whether it is safe
    await bot.send_message("孩子学哪个班好", sender="u2")  # the entry recommends: its answer is the judgement asked
    await bot.settle()
    assert [(m.ref, m.mentions) for m in bot.sent] == [("选课", ("u2",))]


async def test_questions_about_the_shop_worded_with_everyone_or_someone_are_still_answered(make_bot):
    """"大家都要在哪里报名…", "有人想参加活动在哪里报名", "谁知道几点开门" ask the shop how it works: the
    member gets the entry, not silence left to the group."""
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("大家都要在哪里报名参加活动", sender="u1")
    await bot.send_message("有人想参加活动在哪里报名", sender="u2")
    await bot.send_message("谁知道几点开门", sender="u3")
    await bot.settle()
    assert [(m.ref, m.mentions) for m in bot.sent] == [
        ("signup", ("u1",)), ("signup", ("u2",)), ("opening-hours", ("u3",))]
