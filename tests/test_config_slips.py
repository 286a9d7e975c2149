"""An operator's slips in chat and in files told in plain Chinese, with what was likely meant (acceptance19 34, 35)."""
from __future__ import annotations

from tests.probe_plugins import ALL, PLUGINS_ON


async def test_a_misspelt_key_in_config_get_is_answered_with_the_key_meant_and_its_value(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    await bot.start()
    await bot.send_message("/config get bot.quite_hours", sender="op1", room=None)
    await bot.send_message("/config get plugins.remindr.enabeld", sender="op1", room=None)
    await bot.send_message("/config get bot.nothing_like_it", sender="op1", room=None)
    await bot.settle()
    quiet, threshold, nothing = bot.texts()
    assert "您要找的是不是 bot.quiet_hours" in quiet and "22:30-07:00" in quiet
    assert "您要找的是不是 plugins.reminder.enabled？" in threshold
    assert "配置里没有 bot.nothing_like_it" in nothing and "是不是" not in nothing


async def test_a_choice_refused_is_said_in_chinese_with_what_each_choice_means(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    await bot.start()
    await bot.send_message("/config set rooms.r1.bot.tone 温柔", sender="boss", room=None)
    await bot.settle()
    (refusal,) = bot.texts()
    assert "没有修改 rooms.r1.bot.tone" in refusal and " or " not in refusal
    assert "cheerful（欢快" in refusal and "gentle（温和" in refusal and "'温柔'" in refusal


def test_a_key_written_twice_is_pointed_to_where_it_was_first_written():
    """acceptance20 34: a second `rooms:` at the end was said to be first written on line 6 (where `bot:` opened)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError

    from bot.yaml_mistakes import explain
    text = ("bot:\n  owners: [店长]\n  tone: gentle\nplugins: {}\nrooms: {}\n\n"
            "rooms:\n  病友群:\n    bot:\n      tone: gentle\n")
    try:
        YAML(typ="safe").load(text)
    except MarkedYAMLError as exc:
        line, why = explain(exc, text)
    assert line == 7 and "rooms 写了两次（第一次在第 5 行）" in why
    nested = "bot:\n  tone: gentle\n  owners: [a]\n  tone: cheerful\n"
    try:
        YAML(typ="safe").load(nested)
    except MarkedYAMLError as exc:
        line, why = explain(exc, nested)
    assert line == 4 and "第一次在第 2 行" in why


def test_a_known_key_in_the_wrong_section_says_where_it_belongs(tmp_path):
    """acceptance20 35: `night_care_phone` under `bot:` was only "没有这一项"; it is a setting of plugins.nudge."""
    from bot.app import load_config
    from bot.config_problems import ConfigError
    (tmp_path / "config.yaml").write_text(
        "bot:\n  owners: [店长]\n  night_care_phone: 护士站 0571-87666666\n  quite_hours: 22:30-07:00\n"
        "plugins:\n  nudge: {}\n", encoding="utf-8")
    try:
        load_config(tmp_path / "config.yaml")
    except ConfigError as exc:
        said = {p.key: p.message for p in exc.problems}
    assert "应该写在 plugins.nudge 下面" in said["bot.night_care_phone"]
    assert "是不是想写 quiet_hours" in said["bot.quite_hours"] and "plugins" not in said["bot.quite_hours"]
