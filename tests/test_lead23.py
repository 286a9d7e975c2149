"""Two of session 23's acceptance findings in an operator's own config.yaml: one owner written without brackets
("owners: 王老师") is read as the one owner she meant, never "no owner" beside an error; night hours typed with a
Chinese input method ("22：00-07：00", which looks right on a phone) are named for what differs."""
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


def test_two_owners_in_one_name_with_a_chinese_comma_are_still_told_apart(tmp_path, capsys):
    code, err = _check(tmp_path, "  owners: 王老师，李老师\n", capsys)
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
