"""FAQ for operators: `/faq` commands (teach, find, del), broken edits, unanswered questions counted and grouped,
a member's help, a room's own FAQ file, the config check, the meaning table, the eval and the shipped calibration."""
from __future__ import annotations

import logging
import subprocess
import sys

from tests.faq_bot import CLASSES, DATA, FAQ, _bot, _faq_file


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
    assert "1. 哪里修自行车（2次）" in bot.texts()[-1] and "天气" not in bot.texts()[-1]


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
    assert "（invoice）不再使用" in deleted and "没有 ID 或问题是「nothing-here」的问答" in wrong


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


async def test_similar_unanswered_questions_are_grouped_with_a_line_to_teach_them(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    for text in ("有没有人知道哪里修自行车", "哪里能修自行车啊", "小区附近哪里修自行车", "谁家孩子会弹钢琴吗"):
        await bot.send_message(text)
    await bot.send_message("/faq unanswered", sender="op1")
    await bot.settle()
    report = bot.texts()[-1]
    assert "1. 哪里修自行车（3次" in report and "/faq add 哪里修自行车 | 答案" in report
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
