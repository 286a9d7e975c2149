"""`/faq unanswered`: questions that ask the same thing in other words are one group, with one line to teach it."""
from __future__ import annotations

from plugins.faq.unanswered import grouped
from tests.test_faq_file import CLINIC, CONFIG


async def test_questions_about_teeth_in_other_words_are_one_group_with_one_line_to_teach(make_bot):
    bot = make_bot(CONFIG)
    (bot.folder / "faq.yaml").write_text(CLINIC, encoding="utf-8")
    await bot.start()
    asked = [("u1", "医院能看牙吗"), ("u2", "社区医院有牙科没"), ("u3", "能不能补牙啊"), ("u4", "医院能看牙吗？"),
             ("u5", "可以办理住院吗"), ("u6", "住院要交押金吗"), ("u7", "车停哪里啊")]
    for sender, text in asked:
        await bot.send_message(text, sender=sender, name="老许")
    await bot.send_command("/faq unanswered", sender="op1")
    await bot.settle()
    (report,) = [a.text for a in bot.sent if a.to == "op1"]
    assert report.splitlines()[1:] == [
        "1. 医院能看牙吗（4次，类似的还有：社区医院有牙科没／能不能补牙啊）",
        "   /faq add 医院能看牙吗 | 答案",
        "2. 可以办理住院吗（2次，类似的还有：住院要交押金吗）",
        "   /faq add 可以办理住院吗 | 答案",
        "3. 车停哪里啊（1次）",
        "   /faq add 车停哪里啊 | 答案",
    ]


def _groups(questions: list[str], faq: tuple[str, ...] = ()) -> list[set[str]]:
    return [{g.sample, *g.others} for g in grouped([(q, 1) for q in questions], limit=50, faq=faq)]


def test_same_word_sound_synonym_or_a_word_inside_another_make_one_group():
    groups = _groups(["医保卡丢了咋办", "医宝卡丢了怎么补",  # 宝 for 保: the same sound (voice input)
                      "周末开门吗", "礼拜天开不开门",  # 礼拜天 is 周日, a weekend day (synonym sets)
                      "停车场在哪", "能停车吗",  # 停车 inside 停车场
                      "能开发票吗", "发票怎么开"])
    assert {"医保卡丢了咋办", "医宝卡丢了怎么补"} in groups and {"周末开门吗", "礼拜天开不开门"} in groups
    assert {"停车场在哪", "能停车吗"} in groups and {"能开发票吗", "发票怎么开"} in groups


def test_questions_that_share_only_a_place_or_a_verb_stay_apart():
    # 医院 names the clinic in half its entries: a question about the eye clinic is not one about teeth;
    # 发 (send) in 发货 and 发票 (invoice) is not the same thing; 住院 and 医院 only share a character
    faq = ("社区医院几点上班", "医院有停车的地方吗 医院后门有停车场", "怎么挂号 带上医保卡到一楼窗口挂号")
    groups = _groups(["医院能看牙吗", "医院有没有眼科", "可以办理住院吗", "今天下单明天能发吗", "能开发票吗",
                      "医保能报销吗", "医保卡丢了咋办"], faq)
    assert all(len(g) == 1 for g in groups), groups


def test_the_same_question_in_other_words_is_one_group_and_how_it_is_said_does_not_group():
    # 听课 and 上课 are both going to class; 跟着一起来 only says how one comes along, not what is asked
    groups = _groups(["孙子可以跟着一起来听课吗", "能不能带孙子来上课", "带小孙子来上课行不行", "老伴能跟着一起来吗"],
                     ("上课在哪里 上课在文化馆三楼", "学校几点开门 上课前半小时开门"))
    assert sorted(groups, key=len) == [{"老伴能跟着一起来吗"},
                                       {"孙子可以跟着一起来听课吗", "能不能带孙子来上课", "带小孙子来上课行不行"}]
