"""What operators read back from commands: the usage on lines of its own, one meaning per alias, groups by name."""
from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).parent.parent
PLUGINS = """
plugins:
  members: {}
  posts: {}
  moderation:
    keyword_files: [ad_keywords.txt]
"""


async def test_a_usage_shows_the_command_once_and_its_summary_on_the_next_line(make_bot):
    bot = make_bot(PLUGINS)
    await bot.start()
    await bot.send_message("/greet", sender="op1", name="小王")
    await bot.send_message("/mod strikes", sender="op1", name="小王")
    await bot.settle()
    greet, strikes = bot.texts()
    assert greet.splitlines() == ["用法：/greet @成员（也可以发 /问候）", "替你私下问候一位潜水成员"]
    assert strikes.splitlines()[1] == "看某位成员被提醒过几次"


async def test_each_chinese_alias_means_one_command_in_help(make_bot):
    bot = make_bot(PLUGINS)
    await bot.start()
    await bot.send_message("/help", sender="op1", name="小王", room=None)
    await bot.settle()
    (help_,) = bot.texts()
    spoken = [line for line in help_.splitlines() if "/问候" in line]
    assert len(spoken) == 1 and spoken[0].startswith("/greet"), spoken
    await bot.send_message("/定时问候 列表", sender="op1", name="小王", room=None)
    await bot.settle()
    assert bot.texts()[-1].startswith("定时问候")


async def test_removing_a_member_tells_the_operator_the_groups_name(make_bot):
    bot = make_bot(PLUGINS)
    shutil.copy(ROOT / "ad_keywords.txt", bot.folder / "ad_keywords.txt")
    await bot.start()
    await bot.send_message("积分怎么用？加我薇信 1 3 8 0 0 1 3 8 0 0 0 积分换现金", sender="u7", name="王阿姨")
    await bot.settle()
    await bot.send_message("/mod remove @王阿姨", sender="op1", room=None)
    await bot.settle()
    (told,) = [a.text for a in bot.sent if a.to == "op1" and "移出「" in a.text]
    assert "「金秋俱乐部1群」" in told and "「r1」" not in told
