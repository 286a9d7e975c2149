"""Slash-commands: roles, generated help, aliases, usage, private chat."""
from __future__ import annotations

from tests.probe_plugins import ALL, PLUGINS_ON


async def test_a_member_cannot_run_an_operator_command(make_bot, caplog):
    bot = make_bot(PLUGINS_ON, ALL)
    await bot.start()
    await bot.send_message("/config get bot.quiet_hours", sender="u1")
    await bot.settle()
    assert "需要群管理员来操作" in bot.texts()[0]
    assert any("command refused" in r.getMessage() for r in caplog.records)


async def test_a_refusal_names_the_command_as_the_member_typed_it(make_bot):
    """accept14 (commands): a resident's /接龙 打牌 10 was refused as "/activity 需要群管理员来操作"."""
    bot = make_bot(PLUGINS_ON, ALL)
    await bot.start()
    await bot.send_message("/提醒 10 打牌", sender="u1")  # an operator's command, in its Chinese name
    await bot.send_message("／重载", sender="u2")
    await bot.settle()
    assert [t.split(" 需要")[0].split("，")[-1] for t in bot.texts()] == ["/提醒", "/重载"]


async def test_help_shows_only_what_the_asker_may_use(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    await bot.start()
    await bot.send_message("/帮助", sender="u1")
    await bot.send_message("/help", sender="boss")
    await bot.settle()
    member_help, owner_help = bot.texts()
    assert "直接在群里问" in member_help and "私聊" in member_help  # plain words, not a list of commands
    assert "/config" not in member_help and "/remind" not in member_help
    assert "/config set" in owner_help and "/remind 分钟 内容" in owner_help


async def test_a_wrong_argument_gets_the_usage_back(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    await bot.start()
    await bot.send_message("/remind", sender="op1")
    await bot.send_message("/提醒 十 喝水", sender="op1")
    await bot.settle()
    assert bot.texts()[0].startswith("用法：/remind 分钟 内容")
    assert bot.texts()[1].startswith("分钟要写数字\n用法：/remind")


async def test_commands_work_in_private_chat_and_do_not_reach_chat_handlers(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    await bot.start()
    await bot.send_message("/config get bot.quiet_hours", sender="op1", room=None)
    await bot.send_message("/nope", sender="u1")
    await bot.settle()
    first, second = bot.sent
    assert first.kind == "private" and first.to == "op1" and "22:30-07:00" in first.text
    assert "/nope" in second.text and second.plugin == "commands"
    assert all(not t.startswith("收到") for t in bot.texts())


async def test_an_operator_command_in_a_group_is_answered_privately(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    await bot.start()
    await bot.send_command("/config get bot.quiet_hours", sender="op1")
    await bot.settle()
    (answer,) = bot.sent  # the members see nothing of it
    assert answer.kind == "private" and answer.to == "op1" and "22:30-07:00" in answer.text
