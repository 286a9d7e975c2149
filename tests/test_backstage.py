"""Backstage stays backstage: what operators and owners type in a group is answered to them privately."""
from __future__ import annotations

from tests.probe_plugins import ALL, PLUGINS_ON


async def test_operator_help_typed_in_the_group_is_answered_privately(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    await bot.start()
    await bot.send_message("/help", sender="boss", name="店长")
    await bot.send_message("/帮助", sender="op1", name="小王")
    await bot.settle()
    assert [a for a in bot.sent if a.room] == [], "members never see the operators' command list"
    owner, operator = [a for a in bot.sent if a.kind == "private"]
    assert owner.to == "boss" and "/config set" in owner.text
    assert operator.to == "op1" and "/reload" in operator.text and "/config set" not in operator.text


async def test_an_operators_mistyped_command_is_answered_privately(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    await bot.start()
    await bot.send_message("/report", sender="op1", name="小王")
    await bot.settle()
    (hint,) = bot.sent
    assert hint.kind == "private" and hint.to == "op1" and "/report" in hint.text


async def test_a_members_help_and_mistyped_command_stay_in_the_group(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    await bot.start()
    await bot.send_message("/help", sender="u1", name="何阿姨")
    await bot.send_message("/报告", sender="u1", name="何阿姨")
    await bot.settle()
    help_, hint = bot.sent
    assert help_.kind == "say" and help_.mentions == ("u1",) and "/config" not in help_.text
    assert hint.kind == "say" and "/报告" in hint.text
