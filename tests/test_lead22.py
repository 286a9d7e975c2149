"""Two of session 22's acceptance findings, in an operator's own files: a room number after " #" in a FAQ answer
is kept (YAML would drop it as a comment) and check-config says to quote it; a bot-wide key written under one room's
`bot:` is said to be bot-wide, never mistaken for a near-sounding room key; a farmers' room named by its crop
(枣农) lets a member sell his own harvest."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bot.cli import main
from bot.testing import TestBot, message
from tests.moderation_kit import moderation_said, screened

CONFIG = """
plugins:
  faq:
    file: faq.yaml
"""
# a piano teacher's FAQ as she would type it: the room number written "#502", a line of her own notes above one entry
PIANO = """\
entries:
  - id: 上课地点
    question: 钢琴课在哪里上？
    questions: [琴房在哪, 上课地址]
    keywords: [地址, 琴房, 在哪]
    answer: 在滨江花园3栋 #502 李老师家，进小区走东门
  # 下面这条寒假再改
  - id: 学费
    question: 一节课多少钱？
    keywords: [学费, 多少钱, 课时费]
    answer: "一节课45分钟 #一对一 200元"
"""


async def _said_in(bot, text: str, topic: str) -> list[str]:
    await bot.start()
    await bot.send(dataclasses.replace(message(text, ts=bot.now), room_topic=topic))
    await bot.settle()
    return [a.text for a in moderation_said(bot)]


def _check(folder: Path, config: str, faq: str, capsys) -> tuple[int, str, str]:
    (folder / "config.yaml").write_text(config, encoding="utf-8")
    (folder / "faq.yaml").write_text(faq, encoding="utf-8")
    code = main(["check-config", str(folder / "config.yaml")])
    out = capsys.readouterr()
    return code, out.out, out.err


async def test_an_answer_with_a_room_number_after_a_hash_reaches_the_member_whole(make_bot):
    bot: TestBot = make_bot(CONFIG)
    (bot.folder / "faq.yaml").write_text(PIANO, encoding="utf-8")
    await bot.start()
    await bot.send_message("请问琴房在哪里呀", sender="u1", name="朵朵妈")
    await bot.send_message("一节课多少钱", sender="u2", name="轩轩奶奶")
    await bot.settle()
    said = {a.ref: a.text for a in bot.sent if a.kind == "say"}
    assert "在滨江花园3栋 #502 李老师家，进小区走东门" in said["上课地点"]
    assert "一节课45分钟 #一对一 200元" in said["学费"]  # quoted by the teacher: as written, nothing added


def test_check_config_says_the_line_and_to_quote_it_but_not_for_a_comment_of_its_own(tmp_path, capsys):
    code, out, err = _check(tmp_path, "bot:\n  timezone: Asia/Shanghai\n" + CONFIG, PIANO, capsys)
    assert code == 0
    assert "faq.yaml:6 answer: 提醒：这一行里“ #”后面的「#502 李老师家，进小区走东门」" in err
    assert "引号" in err
    assert "寒假" not in err and "一对一" not in err  # her own note, and the quoted answer, are fine


def test_a_faq_file_saved_in_gbk_is_checked_too(tmp_path, capsys):
    (tmp_path / "config.yaml").write_text("bot:\n  timezone: Asia/Shanghai\n" + CONFIG, encoding="utf-8")
    (tmp_path / "faq.yaml").write_bytes(PIANO.encode("gbk"))  # saved by an old Windows editor
    code = main(["check-config", str(tmp_path / "config.yaml")])
    err = capsys.readouterr().err
    assert code == 0 and "faq.yaml:6 answer: 提醒：这一行里“ #”后面的「#502 李老师家，进小区走东门」" in err


def test_a_room_cannot_have_its_own_timezone_and_is_told_what_it_can_have(tmp_path, capsys):
    config = "bot:\n  timezone: Asia/Shanghai\nrooms:\n  海外孙辈群:\n    bot:\n      timezone: America/Toronto\n"
    code, out, err = _check(tmp_path, config + CONFIG, PIANO, capsys)
    assert code == 1
    line = next(x for x in err.splitlines() if "rooms.海外孙辈群.bot.timezone" in x)
    assert line.startswith("config.yaml:6 ")
    assert "只能写在 bot.timezone 下面" in line and "quiet_hours" in line
    assert "是不是想写" not in line


def test_a_misspelt_room_key_still_gets_its_near_spelling(tmp_path, capsys):
    config = "bot:\n  timezone: Asia/Shanghai\nrooms:\n  聋人群:\n    bot:\n      suggest_voise: false\n"
    code, out, err = _check(tmp_path, config + CONFIG, PIANO, capsys)
    assert code == 1 and "rooms.聋人群.bot.suggest_voise: 没有这一项，是不是想写 suggest_voice？" in err


@pytest.mark.parametrize("topic", ["灵武枣农交流群", "安溪茶农之家", "秦岭蜂农群"])
async def test_a_farmers_room_named_by_its_crop_lets_a_member_sell_his_own_harvest(make_bot, topic):
    # acceptance22 27: a farmer's own crop, "要的私我", in a room named for the crop's growers
    said = await _said_in(screened(make_bot), "今年的新米下来了 自家田里的 二十斤一袋一百块 要的私我", topic)
    assert said == []


async def test_a_loan_in_a_farmers_room_is_still_an_ad(make_bot):
    said = await _said_in(screened(make_bot), "急用钱的找我 不用抵押 当天放款 加我微信", "灵武枣农交流群")
    assert any("广告" in t for t in said)


@pytest.mark.parametrize("text", [
    # acceptance22 27, 28 in other words: a member asking help for herself with her own number; a used thing given
    "哪位能帮我去超市扛袋米上楼 我腿脚不便 我手机一五八零零零零一二三四",
    "家里那台旧的电动床用不上了 谁家老人需要 白送 打我电话13900001111",
])
async def test_a_member_asking_for_help_or_giving_a_used_thing_away_with_her_number_is_no_ad(make_bot, text):
    assert await _said_in(screened(make_bot), text, "夕阳红老友群") == []


@pytest.mark.parametrize("text", [
    "全新电动床 厂家直销 九成新样机 只要八百 打我电话13900001111",  # a dealer's stock with a price
    "免费送体验装 到店领取 电话13900001111",  # a lure, nothing used
    # review22 3: help asked for a sale ("帮我转发") is still a sale
    "求大家帮我转发一下 自家蜂蜜 50元一斤 电话13812345678",
    "麻烦大家帮我问问 谁家要土鸡蛋 一块五一个 打我电话13900001111",
])
async def test_a_number_with_something_sold_or_a_lure_is_still_an_ad(make_bot, text):
    said = await _said_in(screened(make_bot), text, "夕阳红老友群")
    assert any("广告" in t or "联系方式" in t for t in said)
