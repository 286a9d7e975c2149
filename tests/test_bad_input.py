"""Bad input: files saved the Windows way, /config set on a bad day, broken replay lines, ／help, silly words."""
from __future__ import annotations

import io
import json
import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from bot.adapters.replay import replay
from bot.app import find_plugin, models_of
from bot.config_file import load
from bot.config_problems import ConfigError
from bot.testing import BASE_CONFIG, TZ, TestBot, join
from tests.probe_plugins import ALL, PLUGINS_ON

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
AD = "积分怎么用？加我薇信 1 3 8 0 0 1 3 8 0 0 0 积分换现金"


def _gbk(path: Path) -> None:
    path.write_bytes(path.read_text(encoding="utf-8").replace("\n", "\r\n").encode("gbk"))


# -- files as operators save them ------------------------------------------------------------------

async def test_a_keyword_file_saved_as_gbk_still_stops_ads(make_bot):
    bot = make_bot("plugins:\n  moderation:\n    keyword_files: [ads.txt]\n    learned: false\n")
    (bot.folder / "ads.txt").write_bytes("# 广告词\r\n积分换现金\r\n".encode("gbk"))
    await bot.start()
    await bot.send_message("最新消息积分换现金了", sender="u7")
    await bot.send_message("积分换现金，了解一下", sender="u8")
    await bot.settle()
    assert {a.plugin for a in bot.sent} == {"moderation"} and {a.to or a.mentions[0] for a in bot.sent} >= {"u7", "u8"}


async def test_a_faq_file_saved_as_gbk_is_read(make_bot):
    bot = make_bot("plugins:\n  faq:\n    file: faq.yaml\n")
    shutil.copy(DATA / "faq.yaml", bot.folder / "faq.yaml")
    _gbk(bot.folder / "faq.yaml")
    await bot.start()
    await bot.send_message("能开发票吗", sender="u3")
    await bot.settle()
    (answer,) = bot.sent
    assert answer.ref == "invoice"


def test_a_config_saved_as_gbk_with_a_bom_or_crlf_loads(tmp_path):
    config = tmp_path / "config.yaml"
    for data in ("bot:\r\n  name: 阿花\r\n".encode("gbk"), "\ufeffbot:\n  name: 阿花\n".encode("utf-8")):
        config.write_bytes(data)
        assert load(config, models_of(find_plugin)).bot.name == "阿花"


def test_a_file_in_no_known_encoding_is_refused_with_its_name(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_bytes(b"bot:\n  name: \xff\xfe\xfd\x80\x81\n")
    with pytest.raises(ConfigError, match="config.yaml.*UTF-8"):
        load(config, models_of(find_plugin))


async def test_an_unreadable_faq_file_does_not_fail_every_message(make_bot, caplog):
    bot = make_bot(PLUGINS_ON + "  faq:\n    file: faq.yaml\n", ALL)
    (bot.folder / "faq.yaml").write_bytes(b"entries:\n  - id: \xff\xfe\x80\x81\n")
    await bot.start()
    for text in ("能开发票吗", "还在吗"):
        await bot.send_message(text)
    await bot.settle()
    assert [a.text for a in bot.sent if a.to != "boss"] == ["收到：能开发票吗", "收到：还在吗"]
    assert any("faq.yaml" in r.getMessage() for r in caplog.records)
    (told,) = [a.text for a in bot.sent if a.to == "boss"]  # the owner hears it once, with what to do
    assert "faq.yaml: 读不出来：不是 UTF-8 或 GBK 编码" in told


# -- /config set on a bad day ----------------------------------------------------------------------

async def test_config_set_takes_a_crontab_as_typed(make_bot):
    bot = make_bot("plugins:\n  nudge: {}\n")
    await bot.start()
    await bot.send_command("/config set plugins.nudge.daily_report * * * * *", sender="boss")
    await bot.settle()
    (answer,) = bot.texts()
    assert "daily_report" in answer and "没有修改" not in answer
    assert "* * * * *" in bot.config_path.read_text(encoding="utf-8")


async def test_config_set_keeps_the_file_mode(make_bot):
    bot = make_bot()
    bot.config_path.chmod(0o600)
    await bot.start()
    await bot.send_command("/config set bot.quiet_hours 23:00-06:30", sender="boss")
    await bot.settle()
    assert "23:00-06:30" in bot.config_path.read_text(encoding="utf-8")
    assert oct(os.stat(bot.config_path).st_mode & 0o777) == "0o600"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
async def test_config_set_answers_when_the_folder_is_read_only(make_bot):
    bot = make_bot()
    await bot.start()
    bot.folder.chmod(0o500)
    try:
        await bot.send_command("/config set bot.quiet_hours 23:00-06:30", sender="boss")
        await bot.settle()
    finally:
        bot.folder.chmod(0o700)
    (answer,) = bot.texts()
    assert "没有修改" in answer and "写不进去" in answer


async def test_config_set_answers_when_the_file_cannot_be_written(make_bot, monkeypatch):
    bot = make_bot()
    await bot.start()

    def refuse(*args, **kw):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    await bot.send_command("/config set bot.quiet_hours 23:00-06:30", sender="boss")
    monkeypatch.undo()
    await bot.settle()
    (answer,) = bot.texts()
    assert "没有修改" in answer and "写不进去" in answer and "Permission denied" in answer
    assert "23:00-06:30" not in bot.config_path.read_text(encoding="utf-8")


async def test_config_set_does_not_overwrite_a_rejected_hand_edit(make_bot):
    bot = make_bot()
    await bot.start()
    hand_edit = bot.config_path.read_text(encoding="utf-8") + "outbox:\n  room_per_minute: 0  # oops\n"
    bot.config_path.write_text(hand_edit, encoding="utf-8")
    await bot.send_command("/reload", sender="boss")
    await bot.send_command("/config set bot.quiet_hours 23:00-06:30", sender="boss")
    await bot.settle()
    reloaded, answer = bot.texts()
    assert "room_per_minute" in reloaded
    assert "没有修改" in answer and "直接改过" in answer
    assert bot.config_path.read_text(encoding="utf-8") == hand_edit


# -- replay ----------------------------------------------------------------------------------------

async def test_replay_skips_and_reports_every_kind_of_bad_line(tmp_path):
    def line(**kw) -> str:
        event = {"id": "e", "ts": "2026-11-23T09:00:00+08:00", "kind": "message", "room": "r1", "sender": "u1",
                 "text": "hi"} | kw
        return json.dumps(event, ensure_ascii=False)

    events = tmp_path / "events.jsonl"
    lines = [
        line(text="\ud800"),                              # 1 a lone surrogate
        line(text=["a", "b"]),                            # 2 a list where a string belongs
        line(mentions=5),                                 # 3
        "[" * 100_000 + "]" * 100_000,                    # 4 deep nesting
        line(ts="0001-01-01T00:00:00+14:00"),             # 5 out of range
        line(ts="9999-12-31T23:59:59+08:00"),             # 6 year 9999
        line(sender=12.5),                                # 7 a number where an id belongs
        line(room={"id": "r1"}),                          # 8 an object where a room belongs
        line(id="ok", text="你好"),                        # 9 good
    ]
    events.write_bytes(("\n".join(lines) + "\n").encode("utf-8", "surrogatepass") + b'{"id": "\xff"}\n')
    config = tmp_path / "config.yaml"
    config.write_text(BASE_CONFIG + PLUGINS_ON, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    summary = await replay(events, config, out, err, find=lambda n: ALL.get(n))
    reported = [ln.split(": skipped")[0] for ln in err.getvalue().splitlines()]
    assert reported == [f"events.jsonl:{n}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 10)], err.getvalue()
    assert summary.events == 1 and [json.loads(a)["text"] for a in out.getvalue().splitlines()] == ["收到：你好"]


# -- commands ----------------------------------------------------------------------------------------

async def test_a_full_width_slash_is_a_slash(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    await bot.start()
    await bot.send_message("／help", sender="u1")
    await bot.send_message("／帮助", sender="u1")
    await bot.settle()
    assert len(bot.texts()) == 2 and all("直接在群里问" in t for t in bot.texts())


@pytest.mark.parametrize("word", ["的", "a", "  好 ", "我们", "大家好", "谢谢"])
async def test_mod_block_refuses_a_word_that_every_member_says(make_bot, word):
    bot = make_bot("plugins:\n  moderation:\n    learned: false\n")
    await bot.start()
    await bot.send_command(f"/mod block {word}", sender="op1")
    await bot.send_message("我们大家好，谢谢的 a 好", sender="u1")
    await bot.settle()
    (answer,) = bot.texts()
    assert "太常见" in answer


async def test_mod_block_takes_a_real_ad_phrase(make_bot):
    bot = make_bot("plugins:\n  moderation:\n    learned: false\n")
    await bot.start()
    await bot.send_command("/mod block 扫码领鸡蛋", sender="op1")
    await bot.settle()
    assert "以后算广告" in bot.texts()[0]


async def test_members_cannot_make_the_bot_talk_in_quiet_hours(make_bot):
    bot: TestBot = make_bot(PLUGINS_ON, ALL)
    bot.adapter.no_private = {f"u{i}" for i in range(100)}
    await bot.start(at=datetime(2026, 11, 23, 23, 30, tzinfo=TZ))
    for i in range(50):
        await bot.send_message("/help", sender=f"u{i % 10}")
        await bot.send_message("/nope", sender=f"u{i % 10}")
    await bot.send_message("/help", sender="u100")  # a friend of the bot: answered privately
    await bot.send_message("/config get bot.quiet_hours", sender="op1")
    await bot.wait(hours=9)
    said = [a for a in bot.sent if a.kind == "say"]
    assert said == []
    private = [a for a in bot.sent if a.kind == "private"]
    assert [a.to for a in private] == ["u100", "op1"]


# -- the welcome ---------------------------------------------------------------------------------------

async def test_the_welcome_does_not_repeat_an_ad_hidden_in_a_display_name(make_bot):
    bot = make_bot("plugins:\n  welcome: {}\n")
    await bot.start()
    await bot.send(join(("u1", "李叔"), ("u2", "加V：13800138000 代理"), ("u3", "王姨㊙薇信abc123456"),
                        ("u4", "ｗｗｗ.ｂｕｙ.ｃｏｍ"), ts=bot.now))
    await bot.wait(minutes=1)
    (welcome,) = bot.texts("welcome")
    assert "李叔" in welcome
    for piece in ("13800138000", "加V", "薇信", "abc123456", "buy", "ｂｕｙ"):
        assert piece not in welcome
    assert welcome.count("新朋友") <= 1
