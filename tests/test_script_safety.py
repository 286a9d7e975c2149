"""Scripts cannot change what they are given or flood a room; config paths stay home; secrets stay off chat."""
from __future__ import annotations

import logging

import pytest
from jinja2.exceptions import SecurityError

from bot.config_file import parse_text
from bot.config_problems import ConfigError
from bot.templates import MAX_CHARS, TOO_LONG, ScriptError, Scripts
from bot.testing import join


def test_a_script_cannot_change_a_list_it_is_given(tmp_path):
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "grab.j2").write_text("{{ rules.append('广告随便发') }}{{ rules | length }}", encoding="utf-8")
    rules = ["友善交流"]
    with pytest.raises(SecurityError):
        Scripts(base_dir=tmp_path).env.get_template("p/grab.j2").render(rules=rules)
    assert rules == ["友善交流"]


def test_an_infinite_limit_is_refused_at_load(tmp_path):
    with pytest.raises(ConfigError, match="outbox.room_min_interval_s"):
        parse_text("outbox:\n  room_min_interval_s: .inf\n", tmp_path / "config.yaml", lambda name: None)


# -- what scripts may produce ------------------------------------------------------------------

def _scripts(tmp_path, text: str) -> Scripts:
    (tmp_path / "p").mkdir(exist_ok=True)
    (tmp_path / "p" / "t.j2").write_text(text, encoding="utf-8")
    return Scripts(base_dir=tmp_path)


def test_a_script_cannot_build_a_huge_string(tmp_path):
    with pytest.raises(ScriptError, match="p/t.j2"):
        _scripts(tmp_path, "{{ '好' * 50000000 }}").render("p/t.j2")


def test_a_too_long_message_is_cut_with_a_word_and_an_error_in_the_log(tmp_path, caplog):
    scripts = _scripts(tmp_path, "{% for i in range(90000) %}好好学习{% endfor %}")
    with caplog.at_level(logging.ERROR):
        text = scripts.render("p/t.j2").text
    assert len(text) <= MAX_CHARS and text.endswith(TOO_LONG)
    assert any("too long" in r.getMessage() and "p/t.j2" in r.getMessage() for r in caplog.records)


def test_only_plain_script_names_are_loaded(tmp_path):
    (tmp_path / "secret.txt").write_text("TOKEN=abc", encoding="utf-8")
    scripts = _scripts(tmp_path, "ok")
    for name in ("../secret.txt", "p/../../secret.txt", "/etc/passwd", "secret.txt", "proc/self/environ"):
        with pytest.raises(ScriptError):
            scripts.render(name)


def test_names_are_shortened_in_what_the_bot_says(tmp_path):
    scripts = _scripts(tmp_path, "欢迎{{ name | short }}")
    assert scripts.render("p/t.j2", name="张" * 100_000).text == "欢迎" + "张" * 15 + "…"


async def test_a_welcome_says_a_long_name_short(make_bot):
    bot = make_bot("plugins:\n  welcome: {}\n")
    await bot.start()
    await bot.send(join(("u1", "李" * 100_000), ts=bot.now))
    await bot.wait(minutes=1)
    (welcome,) = bot.texts("welcome")
    assert "李" * 15 + "…" in welcome and "李" * 17 not in welcome and len(welcome) < 1000


# -- paths and keys in the config ---------------------------------------------------------------

def _problems(tmp_path, text: str) -> str:
    with pytest.raises(ConfigError) as exc:
        load_config_text(tmp_path, text)
    return str(exc.value)


def load_config_text(tmp_path, text: str):
    from bot.app import find_plugin, models_of
    return parse_text(text, tmp_path / "config.yaml", models_of(find_plugin))


@pytest.mark.parametrize("text, key", [
    ("bot:\n  scripts_override: /\n", "bot.scripts_override"),
    ("bot:\n  scripts_override: ../elsewhere\n", "bot.scripts_override"),
    ("plugins:\n  welcome:\n    template: proc/self/environ\n", "plugins.welcome.template"),
    ("plugins:\n  welcome:\n    template: ../../x.j2\n", "plugins.welcome.template"),
    ("plugins:\n  faq:\n    file: /etc/passwd\n", "plugins.faq.file"),
    ("plugins:\n  moderation:\n    keyword_files: [ok.txt, ../../etc/shadow]\n", "plugins.moderation.keyword_files.1"),
    ("plugins:\n  posts:\n    items_file: C:\\\\x.yaml\n", "plugins.posts.items_file"),
    ("plugins:\n  posts:\n    holidays_file: ~/h.yaml\n", "plugins.posts.holidays_file"),
    ("plugins:\n  posts:\n    schedules:\n      morning: {cron: 30 7 * * *, template: /etc/x.j2}\n",
     "plugins.posts.schedules.morning.template"),
])
def test_every_path_stays_inside_the_config_folder(tmp_path, text, key):
    assert key in _problems(tmp_path, text)


def test_a_full_path_into_the_config_folder_is_accepted(tmp_path):
    (tmp_path / "data").mkdir()
    loaded = load_config_text(tmp_path, f"plugins:\n  faq:\n    file: {tmp_path}/data/faq.yaml\n")
    assert loaded.plugin("faq").file == f"{tmp_path}/data/faq.yaml"
    assert "plugins.faq.file" in _problems(tmp_path, f"plugins:\n  faq:\n    file: {tmp_path}/../faq.yaml\n")


def test_a_link_that_leads_out_of_the_folder_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "faq.yaml").symlink_to(outside / "faq.yaml")
    from bot.app import find_plugin, models_of
    with pytest.raises(ConfigError, match="plugins.faq.file"):
        parse_text("plugins:\n  faq:\n    file: faq.yaml\n", tmp_path / "conf" / "config.yaml", models_of(find_plugin))


def test_a_bad_crontab_is_refused_at_load_with_file_line_and_key(tmp_path):
    text = "bot:\n  name: 小助手\nplugins:\n  nudge:\n    daily_report: banana\n"
    problems = _problems(tmp_path, text)
    assert "config.yaml:5 plugins.nudge.daily_report:" in problems and "应当是 crontab 写法" in problems


async def test_sensitive_keys_are_neither_read_nor_written_from_chat(make_bot):
    bot = make_bot("plugins:\n  faq: {}\n")
    await bot.start()
    before = bot.config_path.read_text(encoding="utf-8")
    for command in ("/config get store.url", "/config get plugins.faq.file", "/config set bot.scripts_override /",
                    "/config set plugins.welcome.template proc/self/environ", "/config set store.url sqlite:///x.db",
                    "/配置 查看 wechaty.ding_every_s"):
        await bot.send_command(command, sender="boss")
    await bot.send_command("/config get bot", sender="boss")
    await bot.send_command("/config get plugins.faq", sender="boss")
    await bot.settle()
    *refusals, bot_section, faq_section = bot.texts()
    assert len(refusals) == 6 and all("为了安全" in t and "config.yaml" in t for t in refusals)
    assert "不能在聊天里修改" in refusals[2] and "不能在聊天里查看" in refusals[0]
    assert "scripts_override" not in bot_section and "owners" in bot_section
    assert "faq.yaml" not in faq_section and "threshold" in faq_section
    assert bot.config_path.read_text(encoding="utf-8") == before
