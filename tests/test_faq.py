"""FAQ: answers the way members ask, stays silent otherwise, learns in chat, no repeats within the cool-down."""
from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from bot.testing import TZ, TestBot

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


async def test_the_cool_down_points_later_askers_to_the_answer_but_not_twice_in_a_minute(make_bot):
    """The repeat is the answer said again, never "往上翻一翻" (acceptance20 31: a senior cannot scroll a group); one
    asking minutes after the last pointer is told too (acceptance24 28), two in the same minute see one pointer."""
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("活动怎么报名", sender="u1")
    await bot.wait(minutes=2)
    await bot.send_message("请问在哪报名啊", sender="u2")
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


async def test_an_operator_teaches_an_entry_and_the_next_question_gets_it(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("充电宝可以借吗")
    await bot.send_message("/faq add 店里能借充电宝吗 | 可以，前台免费借，用完还回来就行", sender="op1")
    await bot.send_message("请问店里充电宝能借吗")
    await bot.settle()
    assert bot.texts()[0].startswith("学会啦") and "ID：dian-li-neng-jie" in bot.texts()[0]
    assert bot.texts()[1] == "可以，前台免费借，用完还回来就行"


async def test_unanswered_questions_are_counted_for_operators(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("有没有人知道哪里修自行车")
    await bot.send_message("有没有人知道哪里修自行车？")
    await bot.send_message("今天天气真好")
    await bot.send_message("/faq unanswered", sender="op1")
    await bot.settle()
    assert "1. 有没有人知道哪里修自行车（2次）" in bot.texts()[-1] and "天气" not in bot.texts()[-1]


async def test_faq_find_explains_and_faq_del_hides_an_entry(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("/faq find 能开发票吗", sender="op1")
    await bot.send_message("/faq del invoice", sender="op1")
    await bot.send_message("能开发票吗")
    await bot.send_message("/faq del nothing-here", sender="op1")
    await bot.settle()
    find, deleted, wrong = bot.texts()
    assert "1. invoice 把握" in find and "会回答：invoice" in find
    assert "invoice 不再使用" in deleted and "没有 ID 为 nothing-here 的问答" in wrong


async def test_a_broken_faq_edit_keeps_the_old_entries_and_says_where(make_bot, caplog):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("能开发票吗")
    (bot.folder / "faq.yaml").write_text("entries:\n  - id: \"\"\n    question: x\n    answer: y\n",
                                        encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        await bot.wait(minutes=20)
        await bot.send_message("怎么开发票")
        await bot.settle()
    answers, told = [a for a in bot.sent if a.to != "boss"], [a.text for a in bot.sent if a.to == "boss"]
    assert len(answers) == 2 and len(told) == 1 and "faq.yaml:2 第1条 id: 不能空着" in told[0]
    assert any("faq.yaml:2 第1条 id: 不能空着" in r.getMessage() for r in caplog.records)


def test_faq_eval_prints_per_faq_and_overall_figures_and_stays_silent_when_unsure():
    # asked back from 0.30: a window wide enough that the tables trained on these FAQs still leave queries in it
    done = subprocess.run([sys.executable, "-m", "bot", "faq", "eval", str(DATA / "faq_eval" / "tune"),
                           "--ask-back-from", "0.30"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert [line.split(":")[0] for line in lines] == ["online_shop", "property_office", "senior_club", "overall"]
    figures = dict(part.split("=") for part in lines[-1].split()[1:])
    assert int(figures["answerable"]) >= 150 and int(figures["silent"]) >= 80
    # 2 of 85 today (the threshold keeps 2.7% over the fifteen training FAQs, each held out); the goal is 3%
    assert float(figures["answered_when_silent"].rstrip("%")) <= 4.0
    # a floor (47.4% today; the model is trained on these and the faq_train FAQs), far from the goal
    assert float(figures["accuracy"].rstrip("%")) >= 45.0
    # asked back ("您是想问…吗？") is counted apart, never as an answer
    assert float(figures["asked_back_right"].rstrip("%")) > 0 and "asked_back_when_silent" in figures
    assert float(figures["wrong_entry"].rstrip("%")) <= 2.0  # answered, but with another entry (0.6% today)


async def test_a_room_can_have_its_own_faq_file(make_bot):
    bot = _bot(make_bot)
    bot.write_config(FAQ + "rooms:\n  r2:\n    faq:\n      file: other.yaml\n")
    (bot.folder / "other.yaml").write_text(
        "entries:\n  - id: wifi\n    question: 店里wifi密码是多少\n    keywords: [wifi/无线/网络, 密码/怎么连]\n"
        "    answer: 密码是 jinqiu2026\n", encoding="utf-8")
    await bot.start()
    await bot.send_message("店里wifi密码多少啊", room="r2")
    await bot.send_message("店里wifi密码多少啊", room="r1")
    await bot.send_message("积分怎么用", room="r2")
    await bot.settle()
    assert bot.texts() == ["密码是 jinqiu2026"]


def _faq_file(bot: TestBot, text: str) -> None:
    bot.write_config(FAQ)
    (bot.folder / "faq.yaml").write_text(text, encoding="utf-8")


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


def test_the_shipped_decision_is_calibrated_on_the_tune_faqs(tmp_path):
    """The shipped weights fit the signals the matcher measures; a clear question is sure, two equally good
    candidates are not, and a model trained on other signals is refused."""
    import json

    import pytest

    from plugins.faq.decision import DECISION, MODEL, SIGNALS, Decision
    from plugins.faq.library import read_file
    from plugins.faq.matcher import FaqIndex
    loaded = Decision.load(MODEL)
    assert loaded == DECISION and len(DECISION.weights) == len(SIGNALS) and 0 < DECISION.threshold < 1
    index = FaqIndex(read_file(DATA / "faq.yaml"))  # not trained on
    (sure,) = index.match("活动怎么报名", limit=1)
    assert sure.entry.id == "signup" and sure.score > DECISION.threshold
    # two entries that fit equally well share the confidence: neither is sure enough, a person answers
    both = DECISION.confidences([sure.signals, sure.signals])
    assert both[0] == both[1] and sum(both) < 1 and both[0] < DECISION.threshold
    stale = tmp_path / "decision.json"
    stale.write_text(json.dumps({"signals": ["coverage"], "weights": [1.0], "intercept": 0, "threshold": 0.5}))
    with pytest.raises(ValueError, match="retrain"):
        Decision.load(stale)


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


async def test_a_members_help_names_questions_this_faq_answers_and_how_to_reach_a_person(make_bot):
    bot = make_bot(FAQ)
    _faq_file(bot, CLASSES)
    await bot.start()
    await bot.send_message("/help", sender="u1", name="何阿姨")
    await bot.settle()
    (help_,) = bot.sent
    assert help_.mentions == ("u1",)
    assert "常见的问题我马上回答您，比如“老年大学几点开门”“周末开不开门”“国画课要自己带颜料吗”；" in help_.text
    assert "工作人员" in help_.text and "活动怎么报名" not in help_.text  # no example this FAQ cannot answer


async def test_a_members_help_without_a_faq_names_no_questions(make_bot):
    bot = make_bot("plugins:\n  faq:\n    enabled: false\n")
    await bot.start()
    await bot.send_message("/help", sender="u1", name="何阿姨")
    await bot.settle()
    (help_,) = bot.sent
    assert "1. 有问题直接在群里问，常见的问题我马上回答您；" in help_.text


async def test_a_question_asked_privately_is_answered_privately(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("能开发票吗", sender="u7", room=None)
    await bot.settle()
    (answer,) = bot.sent
    assert answer.kind == "private" and answer.to == "u7" and answer.ref == "invoice"


async def test_a_question_at_night_is_answered_at_the_end_of_quiet_hours_mentioning_the_asker(make_bot):
    bot = _bot(make_bot)
    await bot.start(at=datetime(2026, 11, 23, 23, 0, tzinfo=TZ))
    await bot.send_message("能开发票吗", sender="u3")
    await bot.wait(hours=9)
    (answer,) = bot.sent
    assert answer.ref == "invoice" and answer.mentions == ("u3",)
    assert answer.at == datetime(2026, 11, 24, 7, 0, tzinfo=TZ)


async def test_similar_unanswered_questions_are_grouped_with_a_line_to_teach_them(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    for text in ("有没有人知道哪里修自行车", "哪里能修自行车啊", "小区附近哪里修自行车", "谁家孩子会弹钢琴吗"):
        await bot.send_message(text)
    await bot.send_message("/faq unanswered", sender="op1")
    await bot.settle()
    report = bot.texts()[-1]
    assert "1. 有没有人知道哪里修自行车（3次" in report and "/faq add 有没有人知道哪里修自行车 | 答案" in report
    assert "2. 谁家孩子会弹钢琴吗（1次）" in report


def test_check_config_warns_about_an_entry_its_own_question_does_not_reach(tmp_path):
    (tmp_path / "config.yaml").write_text("bot:\n  timezone: Asia/Shanghai\nplugins:\n  faq:\n    file: faq.yaml\n",
                                          encoding="utf-8")
    (tmp_path / "faq.yaml").write_text("entries:\n  - id: 空话\n    question: 能不能？\n    answer: 可以\n"
                                       "  - id: 发票\n    question: 能开发票吗？\n    answer: 能\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bot", "check-config", str(tmp_path / "config.yaml")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    assert "faq.yaml:2 第1条「空话」: 提醒：拿这条自己的问题原样去问，也找不到这条答案" in done.stderr
    assert "发票" not in done.stderr and "没有错误，有 1 条提醒" in done.stdout


UNSURE = """
plugins:
  faq:
    file: faq.yaml
    threshold: 0.999
    ask_back_from: 0.3
"""


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


async def test_a_question_at_night_is_not_asked_back(make_bot):
    bot = make_bot(UNSURE)
    shutil.copy(DATA / "faq.yaml", bot.folder / "faq.yaml")
    await bot.start(at=datetime(2026, 11, 23, 23, 0, tzinfo=TZ))
    await bot.send_message("積份咋用啊", sender="u1")
    await bot.wait(hours=9)
    assert not [s for s in bot.sent if s.room or s.to == "u1"]  # in the morning the asker could no longer say yes
    assert bot.sent and all(s.to == "op1" and "「/发" in s.text for s in bot.sent)  # the operator may send it


def test_the_meaning_table_keeps_what_two_faqs_agree_on_and_says_where_a_bad_line_is(tmp_path):
    import pytest

    from plugins.faq.meaning import Explainer, Meaning, learn
    pairs = [("school", ["娃", "报名"], ["孩子", "报名"]), ("clinic", ["娃", "看牙"], ["孩子", "看牙"]),
             ("shop", ["草莓", "烂"], ["水果", "坏"])]  # 草莓 for 水果: one shop's words, not Chinese
    meaning = learn(pairs)
    assert "孩子" in meaning.words["娃"] and "草莓" not in meaning.words and "草" not in meaning.chars
    explainer = Explainer(meaning, [frozenset({"孩子", "报名"})], [frozenset("孩子报名")])  # as the matcher reads it
    explained, by_meaning, *_ = explainer.explains(explainer.asked(["娃", "报名"]), 0)
    assert explained > 0.5 and 0 < by_meaning < 0.5  # 报名 is the entry's own word; 娃 stands for 孩子
    meaning.write(tmp_path / "meaning.tsv")
    assert Meaning.load(tmp_path / "meaning.tsv") == meaning
    (tmp_path / "bad.tsv").write_text("# header\n娃\t孩子\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tsv:2"):
        Meaning.load(tmp_path / "bad.tsv")


async def test_a_question_asked_privately_at_night_is_answered_privately_in_the_morning(make_bot):
    bot = _bot(make_bot)
    await bot.start(at=datetime(2026, 11, 23, 23, 0, tzinfo=TZ))
    await bot.send_private("能开发票吗", sender="u3")
    await bot.wait(hours=9)
    (answer,) = bot.sent
    assert answer.kind == "private" and answer.to == "u3" and answer.ref == "invoice"
    assert answer.at == datetime(2026, 11, 24, 7, 0, tzinfo=TZ)


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


def test_a_members_word_is_explained_only_by_the_entries_whose_words_it_stands_for():
    from plugins.faq.meaning import Explainer, Meaning
    meaning = Meaning({"娃": {"孩子": 0.6, "学生": 0.3}, "钱": {"费用": 0.4}}, {"娃": {"孩": 0.5}})
    entries = [frozenset({"孩子", "报名"}), frozenset({"学生", "费用"}), frozenset({"营业"})]
    explainer = Explainer(meaning, entries, [frozenset("".join(e)) for e in entries])
    asked = explainer.asked(["娃", "报名", "钱"])  # read once, then for each candidate entry
    school, fees, hours = (explainer.explains(asked, i) for i in range(3))
    assert school[:2] == ((0.6 + 1.0) / 3, 0.6 / 3)  # 报名 is the entry's own word; 娃 stands for 孩子
    assert fees[:2] == ((0.3 + 0.4) / 3, (0.3 + 0.4) / 3)  # 娃 for 学生 (less likely), 钱 for 费用
    assert hours == (0.0, 0.0, 0.0, 0.0)
    assert [explainer.means("娃", i) for i in range(3)] == [0.6, 0.3, 0.0]


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
