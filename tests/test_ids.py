"""Ids without knowing ids: /whoami, /rooms, names in config.yaml for ids, the claim code while nobody owns the bot."""
from __future__ import annotations

import textwrap

import pytest

from bot.cli import main
from bot.sample_events import TOPIC
from bot.testing import store_url

NAMES = """
bot:
  timezone: Asia/Shanghai
  owners: [boss]
  operators: [王姐]          # a display name, not an id
  vips: [wxid_vip]
store:
  url: sqlite:///bot.db
plugins:
  welcome: {window_s: 0}
rooms:
  金秋俱乐部1群:               # a group's name, not its id
    welcome: {enabled: false}
"""


async def test_a_member_asking_whoami_in_the_group_gets_id_and_role_privately_and_the_group_hears_nothing(make_bot):
    bot = make_bot()
    await bot.start()
    await bot.send_command("/我是谁", sender="wxid_zhang", name="张姐")
    await bot.settle()
    assert bot.sent.says() == ()
    (answer,) = bot.sent.to("wxid_zhang").privates()
    assert "您的微信 id：wxid_zhang" in answer.text and "身份：成员" in answer.text
    assert "r1" in answer.text and TOPIC in answer.text  # asked in a group: that group's id too


async def test_whoami_says_owner_and_operator_and_asks_a_stranger_to_add_the_bot_first(make_bot):
    bot = make_bot()
    await bot.start()
    await bot.send_private("/whoami", sender="boss", name="店长")
    await bot.send_private("/whoami", sender="op1", name="小王")
    bot.adapter.no_private.add("u9")
    await bot.send_command("/whoami", sender="u9", name="李叔")
    await bot.settle()
    assert "身份：主人" in bot.sent.to("boss").texts()[0] and "身份：运营" in bot.sent.to("op1").texts()[0]
    (hint,) = bot.sent.in_room("r1")  # not a friend: no id in the group, just how to ask privately
    assert "u9" not in hint.text and "加好友" in hint.text and hint.mentions == ("u9",)


async def test_rooms_lists_every_group_with_its_id_to_an_operator_privately(make_bot):
    bot = make_bot()
    await bot.start()
    await bot.send_message("早上好", sender="u1", room="r1")
    await bot.send_join(("u2", "李叔"), ("u3", "王阿姨"), room="r2@chatroom")
    await bot.send_command("/群列表", sender="op1", name="小王")
    await bot.settle()
    (listing,) = bot.sent.to("op1").privates()
    assert "r2@chatroom" in listing.text and "r1" in listing.text and TOPIC in listing.text
    assert "现有 2 人" in listing.text  # the two who joined r2
    assert bot.sent.in_room("r1").by_plugin("commands") == ()


async def test_a_member_cannot_list_the_rooms(make_bot):
    bot = make_bot()
    await bot.start()
    await bot.send_command("/rooms", sender="u1", name="张姐")
    await bot.settle()
    assert not any("群 ID" in t for t in bot.texts())


async def test_a_name_in_operators_stands_for_the_one_person_seen_with_it(make_bot):
    bot = make_bot()
    bot.config_path.write_text(_with_store(bot, NAMES), encoding="utf-8")
    await bot.start()
    await bot.send_command("/rooms", sender="wxid_wang", name="王姐")  # first seen now, by that name
    await bot.settle()
    assert any("群 ID" in t for t in bot.sent.to("wxid_wang").texts())
    assert bot.app.config.bot.operators == ["wxid_wang"]


async def test_a_name_two_people_share_stands_for_nobody(make_bot):
    bot = make_bot()
    bot.config_path.write_text(_with_store(bot, NAMES), encoding="utf-8")
    await bot.start()
    await bot.send_message("大家好", sender="wxid_wang", name="王姐")
    await bot.send_message("我也叫王姐", sender="wxid_fake", name="王姐", room="r2")
    bot.forget_sent()
    await bot.send_command("/rooms", sender="wxid_fake", name="王姐")
    await bot.send_command("/rooms", sender="wxid_wang", name="王姐")
    await bot.settle()
    assert not any("群 ID" in t for t in bot.texts())  # a copied display name never makes an operator
    assert bot.app.config.bot.operators == ["王姐"]


async def test_a_room_named_in_overrides_is_the_group_with_that_name(make_bot):
    bot = make_bot()
    bot.config_path.write_text(_with_store(bot, NAMES), encoding="utf-8")
    await bot.start()
    await bot.send_message("早", room="r1")  # r1 is 金秋俱乐部1群 (named in the message): no welcome
    await bot.send_join(("u2", "李叔"), room="r1")
    await bot.send_join(("u3", "王阿姨"), room="r2")
    await bot.settle()
    assert bot.sent.by_plugin("welcome").in_room("r1") == ()
    assert bot.sent.by_plugin("welcome").in_room("r2") != ()


async def test_names_resolve_again_after_a_restart_from_the_store(make_bot):
    bot = make_bot()
    bot.config_path.write_text(_with_store(bot, NAMES), encoding="utf-8")
    await bot.start()
    await bot.send_message("大家好", sender="wxid_wang", name="王姐")
    await bot.stop()
    await bot.start()
    assert bot.app.config.bot.operators == ["wxid_wang"]
    assert ("r1", "welcome") in bot.app.config.room_plugins


def _with_store(bot, config: str) -> str:
    return textwrap.dedent(config).replace("sqlite:///bot.db", f"'{store_url(bot.folder)}'")


# -- check-config looks the names up ----------------------------------------------------------------

async def test_check_config_warns_about_a_shared_name_and_one_never_seen(make_bot, capsys):
    bot = make_bot()
    bot.config_path.write_text(_with_store(bot, NAMES.replace("vips: [wxid_vip]", "vips: [刘阿姨]")), encoding="utf-8")
    await bot.start()
    await bot.send_message("大家好", sender="wxid_wang", name="王姐")
    await bot.send_message("我也叫王姐", sender="wxid_fake", name="王姐")
    await bot.stop()
    capsys.readouterr()
    assert main(["check-config", str(bot.config_path)]) == 0  # warnings, not errors
    err = capsys.readouterr().err
    (shared,) = [line for line in err.splitlines() if "王姐" in line]
    assert "bot.operators: 提醒：" in shared and "2 个人" in shared and "wxid_fake" in shared
    assert "wxid_wang" in shared and "config.yaml:5" in shared
    (unseen,) = [line for line in err.splitlines() if "刘阿姨" in line]
    assert "bot.vips: 提醒：" in unseen and "还没有出现过" in unseen
    assert "金秋俱乐部1群" not in err  # the group was seen under that name, once


# -- the claim code ---------------------------------------------------------------------------------

UNOWNED = """\
bot:
  timezone: Asia/Shanghai
  owners: []                   # 主人：不知道 id 就先空着，用认领码
  operators: [op1]             # 运营
store:
  url: sqlite:///bot.db
"""


@pytest.fixture
def unowned(make_bot):
    bot = make_bot()
    bot.config_path.write_text(_with_store(bot, UNOWNED), encoding="utf-8")
    return bot


async def test_whoever_sends_the_claim_code_privately_becomes_owner_written_with_comments_kept(unowned, caplog):
    await unowned.start()
    code = unowned.app.plugin_state["commands"].claim_code
    assert code and len(code) == 8 and code in caplog.text and "认领码" in caplog.text
    await unowned.send_private(f"{code[:4]} {code[4:]}", sender="wxid_boss", name="老板")
    await unowned.settle()
    (welcome,) = unowned.sent.to("wxid_boss")
    assert "您现在是小助手的主人了" in welcome.text
    written = unowned.config_path.read_text(encoding="utf-8")
    assert 'owners: ["wxid_boss"]' in written and "# 主人：不知道 id 就先空着" in written and "# 运营" in written
    assert unowned.app.role_of("wxid_boss") == "owner"
    await unowned.send_command("/config set plugins.faq.threshold 0.5", sender="wxid_boss", name="老板")
    await unowned.settle()
    assert "threshold: 0.5" in unowned.config_path.read_text(encoding="utf-8")


async def test_the_claim_code_works_once_and_never_in_a_group(unowned):
    await unowned.start()
    code = unowned.app.plugin_state["commands"].claim_code
    await unowned.send_message(code, sender="wxid_stranger", name="路人")  # said in a group: not a claim
    await unowned.settle()
    assert unowned.app.role_of("wxid_stranger") == "member" and "owners: []" in unowned.config_path.read_text()
    await unowned.send_private(code, sender="wxid_boss", name="老板")
    await unowned.send_private(code, sender="wxid_late", name="晚来的")
    await unowned.settle()
    assert unowned.app.role_of("wxid_late") == "member"
    assert 'owners: ["wxid_boss"]' in unowned.config_path.read_text()
    assert unowned.app.plugin_state["commands"].claim_code is None


async def test_a_bot_with_an_owner_offers_no_claim_code(make_bot, caplog):
    bot = make_bot()
    await bot.start()
    assert bot.app.plugin_state["commands"].claim_code is None and "认领码" not in caplog.text


async def test_console_link_finds_an_operator_written_as_a_name(make_bot, capsys):
    bot = make_bot()
    bot.config_path.write_text(_with_store(bot, NAMES), encoding="utf-8")
    await bot.start()
    await bot.send_message("大家好", sender="wxid_wang", name="王姐")
    await bot.stop()
    capsys.readouterr()
    assert main(["console-link", "--config", str(bot.config_path), "--as", "wxid_wang"]) == 0
    assert "/signin?t=" in capsys.readouterr().out
    assert main(["console-link", "--config", str(bot.config_path), "--as", "wxid_fake"]) == 2
