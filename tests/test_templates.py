"""Scripts: operators override any template; a broken one skips its action, says where, and the bot goes on."""
from __future__ import annotations

import logging

from tests.probe_plugins import ALL, PLUGINS_ON


def _override(bot, name: str, text: str) -> None:
    config = bot.config_path.read_text(encoding="utf-8")
    if "scripts_override" not in config:
        config = config.replace("  vips: [vip1]\n", "  vips: [vip1]\n  scripts_override: my_scripts\n")
        bot.config_path.write_text(config, encoding="utf-8")
    path = bot.folder / "my_scripts" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


async def test_an_operator_override_takes_precedence(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    _override(bot, "commands/unknown.j2", "{{ text }}？没有这个口令哦")
    await bot.start()
    await bot.send_message("/abc")
    await bot.settle()
    assert bot.texts() == ["/abc？没有这个口令哦"]


async def test_a_broken_template_skips_the_action_and_names_file_and_line(make_bot, caplog):
    bot = make_bot(PLUGINS_ON, ALL)
    _override(bot, "commands/help_member.j2", "第一行\n{{ no_such_value }}\n")
    await bot.start()
    with caplog.at_level(logging.ERROR):
        await bot.send_message("/help")
        await bot.send_message("还在吗")
        await bot.settle()
    assert bot.texts() == ["收到：还在吗"]
    assert any("commands/help_member.j2:2" in r.getMessage() and "no_such_value" in r.getMessage()
               for r in caplog.records)


def test_a_script_added_to_the_override_folder_is_found_after_a_reload(tmp_path):
    from bot.templates import Scripts
    scripts = Scripts(tmp_path)
    assert not scripts.exists("posts/morning_seniors.j2")  # looked up once; the console reloads after an edit
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "morning_seniors.j2").write_text("早上好，{{ name }}", encoding="utf-8")
    scripts.reload()
    assert scripts.exists("posts/morning_seniors.j2")
    assert scripts.render("posts/morning_seniors.j2", name="张姐").text == "早上好，张姐"


def test_a_script_still_cannot_change_what_it_is_given_or_reach_inside_python_however_often_it_runs(tmp_path):
    import pytest

    from bot.templates import ScriptError, Scripts
    (tmp_path / "nudge").mkdir()
    names = "{% for p in items %}{{ p.name }}{{ p.append }}{% endfor %}"
    (tmp_path / "nudge" / "names.j2").write_text(names, encoding="utf-8")
    (tmp_path / "nudge" / "append.j2").write_text("{{ items.append(1) }}", encoding="utf-8")
    (tmp_path / "nudge" / "inside.j2").write_text("{{ items.__class__ }}", encoding="utf-8")

    class Person:
        def __init__(self, name: str) -> None:
            self.name = name
            self.append = "报名"  # the same name as a list's append: safe here, not on the list

    scripts = Scripts(tmp_path)
    items = [Person("张姐"), Person("李叔")]
    for _ in range(3):  # the answers about an attribute are kept after the first time: the same each time
        assert scripts.render("nudge/names.j2", items=items).text == "张姐报名李叔报名"
        with pytest.raises(ScriptError):
            scripts.render("nudge/append.j2", items=items)
        with pytest.raises(ScriptError):
            scripts.render("nudge/inside.j2", items=items)
        assert len(items) == 2
