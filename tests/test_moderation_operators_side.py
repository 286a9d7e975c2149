"""What operators and the owner are told by moderation: a removal ask settled by one reaches everyone asked; the
strikes and incidents they look up agree and say it in words."""
from __future__ import annotations

from bot.testing import TestBot
from tests.moderation_kit import moderation_said, screened

AD = "降压茶到货了，要的加我微信 tc8899 每人送一盒"


async def _three_strikes(bot: TestBot) -> None:
    for _ in range(3):
        await bot.send_message(AD, sender="u7", name="王阿姨")
        await bot.wait(hours=1)
    await bot.settle()


async def test_the_owner_asked_to_decide_is_told_when_the_operator_removed_the_member(make_bot):
    bot = screened(make_bot)
    await bot.start()
    await _three_strikes(bot)
    assert any(a.to == "boss" and "定夺" in a.text for a in moderation_said(bot))
    before = len(bot.sent)
    await bot.send_private("移除", sender="op1", name="小王")
    await bot.settle()
    to_owner = [a.text for a in bot.sent[before:] if a.to == "boss"]
    assert len(to_owner) == 1 and "小王已经定了" in to_owner[0] and "王阿姨已移出" in to_owner[0]
    assert "不用再操作" in to_owner[0]


async def test_strikes_and_incidents_agree_with_the_list_and_say_it_in_words(make_bot):
    bot = screened(make_bot)
    await bot.start()
    for _ in range(3):  # one burst: one strike
        await bot.send_message("加我微信 wxid_abc123 带你做电商月入过万", sender="u7", name="小芳")
        await bot.wait(seconds=30)
    await bot.wait(minutes=3)
    before = len(bot.sent)
    await bot.send_private("/mod strikes @小芳", sender="op1", name="小王")
    await bot.send_private("/mod incidents", sender="op1", name="小王")
    await bot.settle()
    strikes, incidents = (a.text for a in bot.sent[before:] if a.to == "op1")
    assert "有效警告 1 次" in strikes
    assert strikes.count("第1次警告") == 1 and strikes.count("不另算") == 2, strikes
    assert incidents.count("第1次警告") == 1 and "第0次" not in incidents, incidents
    for text in (strikes, incidents):
        assert not any(code in text for code in ("same-burst", "notice", "private", "contact")), text


async def test_the_owner_is_told_when_the_operator_removed_the_member_by_command(make_bot):
    bot = screened(make_bot)
    await bot.start()
    await _three_strikes(bot)
    before = len(bot.sent)
    await bot.send_private("/mod remove @王阿姨", sender="op1", name="小王")
    await bot.settle()
    assert [a.to for a in bot.sent[before:] if a.kind == "remove"] == ["u7"]
    to_owner = [a.text for a in bot.sent[before:] if a.to == "boss"]
    assert len(to_owner) == 1 and "小王已经定了" in to_owner[0] and "王阿姨已移出" in to_owner[0]
