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
    text = "bot:\n  owners: [店长]\n  tone: gentle\nplugins: {}\nrooms: {}\n\nrooms:\n  病友群:\n    bot:\n      tone: gentle\n"
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
