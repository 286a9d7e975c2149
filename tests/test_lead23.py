"""Two of session 23's acceptance findings in an operator's own config.yaml: one owner written without brackets
("owners: 王老师") is read as the one owner she meant, never "no owner" beside an error; night hours typed with a
Chinese input method ("22：00-07：00", which looks right on a phone) are named for what differs; a FAQ answer pressed
onto a new line and a dash with no space after it are told as what they are, not as a missing colon or indentation."""
from __future__ import annotations

from bot.cli import main


def _check(tmp_path, bot_section: str, capsys) -> tuple[int, str]:
    (tmp_path / "config.yaml").write_text("bot:\n  timezone: Asia/Shanghai\n" + bot_section, encoding="utf-8")
    code = main(["check-config", str(tmp_path / "config.yaml")])
    return code, capsys.readouterr().err


def test_one_owner_written_without_brackets_is_that_owner(tmp_path, capsys):
    code, err = _check(tmp_path, "  owners: 王老师\n  operators: 李老师\n", capsys)
    assert code == 0, err
    assert "列表" not in err and "没有群主" not in err


def test_two_owners_written_without_brackets_are_two_owners(tmp_path, capsys):
    from bot.config import BotSection
    for written in ("王老师, 李老师", "王老师，李老师", "王老师、李老师"):
        assert BotSection(owners=written).owners == ["王老师", "李老师"], written
    code, err = _check(tmp_path, "  owners: 王老师, 李老师\n", capsys)
    assert code == 0 and "没有群主" not in err


def test_two_owners_in_one_name_of_a_list_are_still_told_apart(tmp_path, capsys):
    code, err = _check(tmp_path, "  owners: [王老师，李老师]\n", capsys)
    assert code != 0 and "bot.owners" in err and "王老师, 李老师" in err


def test_night_hours_typed_with_a_chinese_colon_name_the_colon_and_say_what_to_write(tmp_path, capsys):
    code, err = _check(tmp_path, '  owners: [王老师]\n  quiet_hours: "22：00-07：00"\n', capsys)
    assert code != 0
    line = next(text for text in err.splitlines() if "bot.quiet_hours" in text)
    assert "中文冒号" in line and '"22:00-07:00"' in line


def test_night_hours_typed_with_a_wave_dash_are_named_too_and_a_wrong_hour_is_told_as_before(tmp_path, capsys):
    _, err = _check(tmp_path, '  owners: [王老师]\n  quiet_hours: "22:00～07:00"\n', capsys)
    assert "波浪线" in err and '"22:00-07:00"' in err
    _, err = _check(tmp_path, '  owners: [王老师]\n  quiet_hours: "25:00-07:00"\n', capsys)
    assert "HH:MM-HH:MM" in err and "中文" not in next(t for t in err.splitlines() if "bot.quiet_hours" in t)


CANTEEN_BROKEN = """\
entries:
  - id: 开饭时间
    question: 食堂几点开饭？
    keywords: [开饭, 午饭, 晚饭]
    answer: 午饭11:00到12:30，
晚饭17:00到18:00，周日休息。
"""
DASH_NO_SPACE = """\
entries:
  - id: 开饭时间
    question: 食堂几点开饭？
    answer: 午饭11:00到12:30，晚饭17:00到18:00，周日休息。
  -id: 志愿者
    question: 怎么报名做志愿者？
    answer: 找周站长登记就行。
"""


def _check_faq(tmp_path, faq: str, capsys) -> str:
    (tmp_path / "faq.yaml").write_text(faq, encoding="utf-8")
    return _check(tmp_path, "  owners: [周站长]\nplugins:\n  faq:\n    file: faq.yaml\n", capsys)[1]


def test_an_answer_pressed_onto_a_new_line_is_told_to_go_back_on_its_line_not_to_add_a_colon(tmp_path, capsys):
    err = _check_faq(tmp_path, CANTEEN_BROKEN, capsys)
    line = next(text for text in err.splitlines() if text.startswith("faq.yaml:"))
    assert line.startswith("faq.yaml:6:") and "第 5 行" in line and "answer" in line and "同一行" in line
    assert "冒号" not in line


def test_a_dash_with_no_space_is_named_on_its_line(tmp_path, capsys):
    err = _check_faq(tmp_path, DASH_NO_SPACE, capsys)
    line = next(text for text in err.splitlines() if text.startswith("faq.yaml:"))
    assert line.startswith("faq.yaml:5:") and "空一格" in line and "缩进" not in line


def test_an_answer_that_starts_with_a_minus_floor_is_not_blamed_for_a_mistake_below(tmp_path, capsys):
    faq = ("entries:\n  - id: 停车\n    question: 停车场在哪？\n    answer: |\n      -1层电梯直达\n"
           "  - id 开门\n    question: 几点开门？\n    answer: 早上8点\n")
    err = _check_faq(tmp_path, faq, capsys)
    line = next(text for text in err.splitlines() if text.startswith("faq.yaml:"))
    assert not line.startswith("faq.yaml:5:") and "横线" not in line
