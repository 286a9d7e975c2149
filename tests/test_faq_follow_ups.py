"""FAQ follow-ups: a member's next line after an answer or an ask-back: never the same answer twice in the
cool-down, the entry its own words ask about, a yes to the bot's ask-back, an offer that lapses."""
from __future__ import annotations

import shutil

from tests.faq_bot import CLASSES, DATA, FAQ, UNSURE, _bot, _faq_file


async def test_the_cool_down_points_later_askers_to_the_answer_but_not_twice_in_a_minute(make_bot):
    """The repeat is the answer said again, never "往上翻一翻" (acceptance20 31: a senior cannot scroll a group); one
    asking minutes after the last pointer is told too (acceptance24 28), two in the same minute see one pointer."""
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("活动怎么报名", sender="u1")
    await bot.wait(minutes=2)
    await bot.send_message("报名咋报啊", sender="u2")  # 请问在哪报名啊 is 0.51 sure since faq27's retrain: within
    # the cool-down a member under the bar is neither asked back nor pointed (faq27 RESULTS)
    await bot.wait(seconds=30)
    await bot.send_message("报名找谁", sender="u3")
    await bot.wait(minutes=2)
    await bot.send_message("我也想问 活动在哪报名", sender="u5")
    await bot.wait(minutes=7)
    await bot.send_message("请问活动怎么报名呀", sender="u4")
    await bot.settle()
    texts = bot.texts()
    assert len(texts) == 4
    assert texts[0].startswith("报名很简单") and texts[3].startswith("报名很简单")
    assert all("刚才也有朋友问过这个，跟您说一下：报名很简单" in t and "翻" not in t for t in texts[1:3])
    assert [m.mentions for m in bot.sent][1:3] == [("u2",), ("u5",)]


async def test_a_follow_up_that_reaches_the_answer_just_given_does_not_get_it_again(make_bot):
    # accept12/13: "流感疫苗打多少钱" / "那老人呢" got the same answer twice a second apart: the same words settle
    # nothing the first did not, so the bot keeps quiet and the question waits for a person (the nudge plugin)
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("门店几点开门？", sender="u1")
    await bot.wait(minutes=2)
    await bot.send_message("那周末呢？", sender="u1")
    await bot.settle()
    (first,) = bot.sent
    assert first.text.startswith("门店每天早上8:30开门") and first.mentions == ("u1",)
    await bot.wait(minutes=10)
    await bot.send_message("门店几点开门？", sender="u1")  # asked afresh later: answered again
    await bot.settle()
    assert [m.text for m in bot.sent] == [first.text, first.text]


async def test_a_follow_up_to_ones_own_question_gets_an_answer_given_to_someone_else_just_before(make_bot):
    # review: the quiet above is for the member who was just answered; u2 asked something else, so their
    # follow-up about the hours is theirs to be answered, whatever u1 was told a minute earlier
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("门店几点开门？", sender="u1")
    await bot.wait(minutes=1)
    await bot.send_message("门店在哪里？", sender="u2")
    await bot.wait(minutes=1)
    await bot.send_message("那周末几点开门呢？", sender="u2")
    await bot.settle()
    assert [(m.ref, m.mentions) for m in bot.sent] == [("opening-hours", ("u1",)), ("address", ("u2",)),
                                                       ("opening-hours", ("u2",))]


async def test_a_follow_up_gets_the_entry_its_own_words_ask_about_not_the_one_before(make_bot):
    bot = make_bot(FAQ)
    _faq_file(bot, CLASSES)
    await bot.start()
    await bot.send_message("老年大学几点开门", sender="u1")
    await bot.wait(minutes=1)
    await bot.send_message("那周末呢", sender="u1")  # the weekend, not the weekday hours again
    await bot.send_message("国画课要自己带颜料吗", sender="u2")
    await bot.wait(minutes=2)
    await bot.send_message("那学费呢 贵不贵", sender="u2")  # the fee, not the paints again
    await bot.settle()
    assert [(m.ref, m.mentions) for m in bot.sent] == [("平日开门", ("u1",)), ("周末开门", ("u1",)),
                                                       ("笔墨", ("u2",)), ("学费", ("u2",))]


async def test_a_follow_up_that_names_no_entry_is_read_with_the_question_before(make_bot):
    bot = make_bot(FAQ)
    _faq_file(bot, CLASSES)
    await bot.start()
    await bot.send_message("一学期学费多少钱", sender="u1")
    await bot.wait(minutes=1)
    await bot.send_message("那两门课呢", sender="u1")  # names no entry of its own: the fee, just answered: silence
    await bot.send_message("那两门课呢", sender="u2")  # the same words without a question before: silence
    await bot.wait(minutes=6)
    await bot.send_message("国画课要自己带颜料吗", sender="u1")
    await bot.wait(minutes=1)
    await bot.send_message("那学费呢", sender="u1")  # read with the question before: the fee (answered 7 min ago)
    await bot.settle()
    assert [(m.ref, m.mentions) for m in bot.sent] == [("学费", ("u1",)), ("笔墨", ("u1",)), ("学费", ("u1",))]


async def test_a_question_the_bot_is_unsure_of_is_asked_back_once_and_a_yes_gets_the_answer(make_bot):
    bot = make_bot(UNSURE)  # a threshold nothing reaches: every match it finds is one to ask back
    shutil.copy(DATA / "faq.yaml", bot.folder / "faq.yaml")
    await bot.start()
    await bot.send_message("積份咋用啊", sender="u1", name="李叔")
    await bot.settle()
    (asked,) = bot.sent
    assert asked.text == ("您是想问「积分怎么用」吗？是的话回个“1”或“是”，我马上把答案发给您；"
                          "不是也没关系，换个说法再问我就行。") and asked.mentions == ("u1",)
    await bot.send_message("1", sender="u2")  # someone else's yes is not the asker's
    await bot.send_message("1", sender="u1")
    await bot.send_message("1", sender="u1")  # asked once: a second yes gets nothing more
    await bot.settle()
    assert [s.text.startswith("积分100分抵1元") for s in bot.sent] == [False, True]
    assert bot.sent[1].ref == "points" and bot.sent[1].mentions == ("u1",)


async def test_an_offer_lapses_after_the_follow_up_window_or_another_message(make_bot):
    bot = make_bot(UNSURE)
    shutil.copy(DATA / "faq.yaml", bot.folder / "faq.yaml")
    await bot.start()
    await bot.send_message("積份咋用啊", sender="u1")
    await bot.send_message("積份咋用啊", sender="u2")
    await bot.settle()
    await bot.wait(minutes=6)
    await bot.send_message("1", sender="u1")  # too late: "1" may now answer anything else
    await bot.send_message("哦哦 我去问问我儿子", sender="u2")
    await bot.send_message("是", sender="u2")  # the offer went with the message before
    await bot.settle()
    assert len(bot.sent) == 2 and all(s.text.startswith("您是想问") for s in bot.sent)


POOL = """\
entries:
  - id: 儿童票
    question: 小孩游泳票多少钱？
    answer: 1.2米以下的小朋友游泳票15元一次。
  - id: 成人票
    question: 大人游泳票多少钱？
    answer: 成人游泳票30元一次，办卡更划算。
  - id: 陪同
    question: 小孩游泳要大人陪着吗？
    answer: 1.4米以下的小朋友须有一位成人陪同下水。
  - id: 月卡
    question: 月卡多少钱？
    answer: 月卡398元，一个月内不限次数。
  - id: 季卡
    question: 季卡多少钱？
    answer: 季卡980元，三个月内不限次数。
  - id: 转让
    question: 季卡能转给别人用吗？
    answer: 季卡实名使用，不能转让，可以申请延期一次。
"""


async def test_a_follow_up_asks_the_question_before_about_its_own_words(make_bot):
    bot = make_bot(FAQ)
    _faq_file(bot, POOL)
    await bot.start()
    await bot.send_message("小孩游泳票多少钱", sender="u1")
    await bot.wait(minutes=1)
    await bot.send_message("那大人呢", sender="u1")  # the adults' price, not the children's again
    await bot.send_message("月卡多少钱", sender="u2")
    await bot.wait(minutes=2)
    await bot.send_message("季卡呢", sender="u2")  # the season card's price, not the month card's again
    await bot.settle()
    assert [(m.ref, m.mentions) for m in bot.sent] == [("儿童票", ("u1",)), ("成人票", ("u1",)),
                                                       ("月卡", ("u2",)), ("季卡", ("u2",))]
