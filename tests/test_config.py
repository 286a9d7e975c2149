"""Config: line-precise errors, hot reload that refuses bad edits, /config set written back with comments."""
from __future__ import annotations

import subprocess
import sys
from datetime import time
from pathlib import Path

from tests.probe_plugins import ALL, PLUGINS_ON


async def test_an_invalid_hot_edit_keeps_the_old_config(make_bot, caplog):
    bot = make_bot(PLUGINS_ON, ALL)
    app = await bot.start()
    bot.write_config(PLUGINS_ON + "  echo: {times: 9}\n".replace("  echo: {}\n", ""))
    bot.config_path.write_text(bot.config_path.read_text().replace("  echo: {}\n", ""), encoding="utf-8")
    problems = await app.reload_config(force=True)
    assert [p.key for p in problems] == ["plugins.echo.times"]
    assert str(problems[0]).startswith("config.yaml:") and "应当不大于 5（现在写的是 9）" in str(problems[0])
    await bot.send_message("还在吗")
    await bot.settle()
    assert bot.texts() == ["收到：还在吗"]


async def test_a_valid_hot_edit_applies_without_restart(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    app = await bot.start()
    bot.write_config(PLUGINS_ON.replace("echo: {}", "echo: {prefix: 明白}"))
    assert await app.reload_config(force=True) == []
    await bot.send_message("在吗")
    await bot.settle()
    assert bot.texts() == ["明白：在吗"]


async def test_owner_sets_config_in_chat_and_the_file_keeps_its_comments(make_bot):
    bot = make_bot("# keep me\n" + PLUGINS_ON, ALL)
    await bot.start()
    await bot.send_message("在吗")
    await bot.send_message("/config set plugins.echo.prefix 了解", sender="boss")
    await bot.send_message("好的呀")
    await bot.settle()
    assert bot.texts("echo") == ["收到：在吗", "了解：好的呀"]  # in force from the next message
    text = bot.config_path.read_text(encoding="utf-8")
    assert "# keep me" in text and "prefix: 了解" in text


async def test_config_set_refuses_an_invalid_value_and_says_why(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    await bot.start()
    before = bot.config_path.read_text(encoding="utf-8")
    await bot.send_message("/config set plugins.echo.times 99", sender="boss")
    await bot.settle()
    assert "plugins.echo.times" in bot.texts()[0] and "原来的配置继续生效" in bot.texts()[0]
    assert bot.config_path.read_text(encoding="utf-8") == before


def test_check_config_names_line_and_key_and_exits_1(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("bot:\n  timezone: Asia/Shanghai\n  owners: [a]\n  quiet_hours: 25\n"
                    "outbox:\n  room_per_minute: lots\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bot", "check-config", str(path)], capture_output=True, text=True)
    assert done.returncode == 1
    assert "config.yaml:6 outbox.room_per_minute: 应当是整数（现在写的是 'lots'）" in done.stderr
    assert done.stderr.index("config.yaml:4 bot.quiet_hours") < done.stderr.index("config.yaml:6")  # in file order


def test_check_config_reports_yaml_syntax_and_unknown_plugins(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("plugins:\n  nosuch: {}\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bot", "check-config", str(path)], capture_output=True, text=True)
    assert done.returncode == 1 and "config.yaml:2 plugins.nosuch: 没有叫这个名字的插件" in done.stderr
    path.write_text("bot:\n  name: [unclosed\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bot", "check-config", str(path)], capture_output=True, text=True)
    assert done.returncode == 1 and "YAML 格式有误" in done.stderr


def test_the_shipped_config_is_valid():
    done = subprocess.run([sys.executable, "-m", "bot", "check-config", "config.yaml"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_core_defaults_name_no_plugin_and_each_plugin_brings_its_pace(tmp_path):
    from bot.app import load_config
    from bot.outbox_settings import OutboxSection

    assert OutboxSection().priorities == {} and OutboxSection().quiet_hours_exempt == []
    assert OutboxSection().quiet_hours_hold == {}
    path = tmp_path / "config.yaml"
    path.write_text("plugins: {moderation: {}, faq: {}, posts: {}}\noutbox:\n  priorities: {posts: 1}\n"
                    "  quiet_hours_hold: {faq: defer}\n", encoding="utf-8")
    outbox = load_config(path).settings.outbox
    assert outbox.priorities == {"moderation": 0, "faq": 3, "posts": 1, "commands": 1, "emergency": 0}
    assert outbox.quiet_hours_exempt == ["emergency", "commands", "moderation"]  # nothing holds an emergency back
    assert outbox.quiet_hours_hold == {"faq": "defer", "posts": "drop"}


def test_the_shipped_config_shows_a_duty_roster_that_works_once_uncommented(tmp_path):
    from bot.app import load_config

    lines = (Path(__file__).parent.parent / "config.yaml").read_text(encoding="utf-8").splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("  # duty:"))
    roster = []
    for line in lines[start:]:
        if not line.startswith("  # "):
            break
        roster.append("  " + line[4:])
    text = "\n".join(lines[:start] + roster + lines[start + len(roster):]) + "\n"
    path = tmp_path / "config.yaml"
    path.write_text(text.replace("url: sqlite:///data/qunbot.db", "url: sqlite:///bot.db"), encoding="utf-8")
    bot = load_config(path).bot
    assert [s.operator for s in bot.duty] == ["小王", "小李"]
    assert bot.on_duty(None, time(13, 0)) == ["小王", "小李"] and bot.on_duty(None, time(20, 0)) == ["小李"]
    assert [s.operator for s in bot.room_duty["金秋俱乐部1群"]] == ["小李"]
