"""FAQ files that read fine but would mislead members: the samples `qunbot init` wrote left unedited are not answered
and check-config names them; one question written twice with different answers is named with both lines."""
from __future__ import annotations

from pathlib import Path

from bot.cli import main
from bot.shipped import STARTER

CONFIG = "plugins:\n  faq:\n    file: faq.yaml\n"
SAMPLES = (STARTER / "faq.yaml").read_text(encoding="utf-8")
# the operator made the address their own and left the hours and the sign-up as init wrote them
OWN_ADDRESS = SAMPLES.replace("门店地址：幸福路88号（请改成你们自己的地址）。",
                              "合作社在村委会东边的大院里，门口有牌子。")


async def test_sample_hours_left_unedited_are_not_answered_while_an_edited_entry_is(make_bot):
    bot = make_bot(CONFIG)
    (bot.folder / "faq.yaml").write_text(OWN_ADDRESS, encoding="utf-8")
    await bot.start()
    await bot.send_message("你们几点开门", sender="u1", name="李叔")
    await bot.send_message("门店地址在哪里？", sender="u2", name="王婶")
    await bot.settle()
    answered = [(a.ref, a.text) for a in bot.sent if a.kind == "say"]
    assert answered == [("门店地址", "合作社在村委会东边的大院里，门口有牌子。")]
    assert not any("8:30" in a.text for a in bot.sent)  # the made-up hours reach nobody


def _check(folder: Path, faq: str, capsys) -> tuple[int, str, str]:
    (folder / "config.yaml").write_text("bot:\n  timezone: Asia/Shanghai\n" + CONFIG, encoding="utf-8")
    (folder / "faq.yaml").write_text(faq, encoding="utf-8")
    code = main(["check-config", str(folder / "config.yaml")])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_check_config_names_each_unedited_sample_on_its_line_and_not_the_edited_one(tmp_path, capsys):
    code, out, err = _check(tmp_path, OWN_ADDRESS, capsys)
    assert code == 0  # a warning: the rest of the file answers
    (samples,) = [line for line in err.splitlines() if "qunbot init 写的样子" in line]
    assert samples.startswith("faq.yaml:12: 提醒：faq.yaml 里的第1条「营业时间」（第 12 行）、"
                              "第3条「活动报名」（第 22 行）")
    assert "门店地址" not in err
    assert "请加几个 questions" not in err  # advice that editing the answer would not need


CHESS = """\
entries:
  - id: 上课时间
    question: 象棋课几点上课？
    answer: 每周六上午9:00
  - id: 地点
    question: 在哪上课？
    answer: 少年宫二楼
  - id: 上课时间2
    question: 象棋课几点上课
    answer: 每周日上午9:00
"""


def test_one_question_written_twice_with_different_answers_is_an_error_naming_both_lines(tmp_path, capsys):
    code, out, err = _check(tmp_path, CHESS, capsys)
    assert code == 1
    (said,) = [line for line in err.splitlines() if "重复" in line]
    assert said.startswith("faq.yaml:8 第3条「上课时间2」: 和第1条「上课时间」（第 2 行）的问题重复了")
    assert "每周六上午9:00" in said and "每周日上午9:00" in said
    assert "请加几个 questions" not in err


def test_the_same_question_with_the_same_answer_twice_is_not_called_a_conflict(tmp_path, capsys):
    code, out, err = _check(tmp_path, CHESS.replace("每周日上午9:00", "每周六上午9:00"), capsys)
    assert "问题重复了" not in err
