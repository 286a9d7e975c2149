"""Removals asked of a person, answered by a plain private reply; bursts and open asks survive a restart."""
from __future__ import annotations

from datetime import timedelta

from bot.testing import TestBot, message
from tests.moderation_kit import moderation_said, screened

AD = "降压茶到货了，要的加我微信 tc8899 每人送一盒"


async def _three_strikes(bot: TestBot) -> None:
    for _ in range(3):
        await bot.send_message(AD, sender="u7", name="王阿姨")
        await bot.wait(hours=1)
    await bot.settle()


async def test_the_operator_replies_remove_privately_and_the_member_is_removed_without_being_named(make_bot):
    bot = screened(make_bot)
    await bot.start()
    await _three_strikes(bot)
    ask = next(a for a in moderation_said(bot) if a.to == "op1" and "定夺" in a.text)
    assert "回复“移除”" in ask.text and "“不用”" in ask.text
    before = len(bot.sent)
    await bot.send_private("移除吧", sender="op1")
    await bot.settle()
    after = bot.sent[before:]
    assert [(a.kind, a.to) for a in after if a.kind in ("say", "remove")] == [("remove", "u7"), ("say", None)]
    assert "王阿姨" not in next(a.text for a in after if a.kind == "say")
    reply = next(a for a in after if a.to == "op1")
    assert "把王阿姨移出群" in reply.text and len(after) == 4  # nothing else answered the reply
    assert "王阿姨已移出" in next(a.text for a in after if a.to == "boss")  # the owner asked too hears it was done


async def test_no_thanks_keeps_the_member_and_a_later_yes_by_the_owner_is_told_it_was_decided(make_bot):
    bot = screened(make_bot)
    await bot.start()
    await _three_strikes(bot)
    before = len(bot.sent)
    await bot.send_private("不用了", sender="op1")
    await bot.send_private("确认", sender="boss")
    await bot.settle()
    after = bot.sent[before:]
    assert not any(a.kind == "remove" for a in after)
    op_reply = next(a.text for a in after if a.to == "op1")
    told_boss, boss_reply = (a.text for a in after if a.to == "boss")
    assert "王阿姨先留在群里" in op_reply and "王阿姨先留在群里" in told_boss
    assert "其他管理员已经定了" in boss_reply and "先不移出" in boss_reply


async def test_a_plain_yes_with_no_ask_waiting_is_left_to_the_rest_of_the_bot(make_bot):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_private("好的", sender="op1")
    await bot.settle()
    assert moderation_said(bot) == []


async def test_an_open_ask_survives_a_restart_and_a_reply_after_it_still_removes(make_bot):
    bot = screened(make_bot)
    await bot.start()
    await _three_strikes(bot)
    at = bot.now
    await bot.stop()
    await bot.start(at=at + timedelta(minutes=10))
    before = len(bot.sent)
    await bot.send_private("确认移除", sender="boss")
    await bot.settle()
    assert [(a.kind, a.to) for a in bot.sent[before:] if a.kind == "remove"] == [("remove", "u7")]


async def test_a_restart_in_the_middle_of_a_burst_gives_no_second_strike(make_bot):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(AD, sender="u7", name="王阿姨")
    await bot.wait(seconds=30)
    at = bot.now
    await bot.stop()
    await bot.start(at=at + timedelta(seconds=10))
    await bot.send_message(AD, sender="u7", name="王阿姨")
    await bot.settle()
    assert sorted((a.kind, a.to) for a in moderation_said(bot)) == [("private", "u7"), ("say", None)]


async def test_mod_remove_closes_the_ask_so_a_later_reply_removes_nobody_twice(make_bot):
    bot = screened(make_bot)
    await bot.start()
    await _three_strikes(bot)
    await bot.send_message("/mod remove @王阿姨", sender="op1", room=None)
    await bot.send_private("移除", sender="boss")
    await bot.settle()
    assert [a.to for a in bot.sent if a.kind == "remove"] == ["u7"]
    assert "已经定了（移出）" in [a.text for a in bot.sent if a.to == "boss"][-1]


async def test_a_removal_wechat_refuses_is_never_announced_and_the_person_who_decided_is_told(make_bot):
    bot = screened(make_bot)
    await bot.start()
    await _three_strikes(bot)
    bot.adapter.failing.add("r1")  # the bot lost its admin rights: WeChat refuses the removal (and anything in r1)
    before = len(bot.sent)
    await bot.send_private("移除", sender="op1")
    await bot.wait(minutes=30)
    after = bot.sent[before:]
    assert not any(a.kind in ("say", "remove") for a in after)  # nothing in the group: nobody was removed
    told = [a.text for a in after if a.to == "op1"]
    assert len(told) == 2 and "把王阿姨移出群" in told[0]
    assert "没有成功" in told[1] and "王阿姨" in told[1] and "手动移出" in told[1]


async def _confirmed_while_offline(bot: TestBot) -> None:
    """Three strikes, then op1 confirms the removal while WeChat takes nothing; the bot stops before it is done."""
    await bot.start()
    await _three_strikes(bot)
    bot.adapter.offline = True
    await bot.send_private("移除", sender="op1")
    await bot.wait(minutes=1)
    await bot.stop()
    bot.adapter.offline = False
    bot.forget_sent()


async def test_a_confirmed_removal_the_bot_stopped_before_sending_is_done_after_a_restart_and_then_announced(make_bot):
    bot = screened(make_bot)
    await _confirmed_while_offline(bot)
    await bot.start(at=bot.now + timedelta(minutes=5))
    await bot.wait(minutes=10)
    done = [(a.kind, a.to) for a in moderation_said(bot) if a.kind in ("say", "remove")]
    assert done == [("remove", "u7"), ("say", None)]  # removed, then the group told: once each, in that order
    (notice,) = [a for a in moderation_said(bot) if a.kind == "say"]
    assert "移出" in notice.text and "王阿姨" not in notice.text
    told = [a.text for a in bot.sent if a.to == "op1"]
    assert len(told) == 1 and "这就把王阿姨移出群" in told[0]  # the answer to the reply; nothing about a failure


async def test_a_removal_that_fails_after_a_restart_is_never_announced_and_the_operator_hears_it_failed(make_bot):
    bot = screened(make_bot)
    await _confirmed_while_offline(bot)
    bot.adapter.failing.add("r1")  # the bot lost its admin rights meanwhile: WeChat refuses the removal
    await bot.start(at=bot.now + timedelta(minutes=5))
    await bot.wait(minutes=30)
    assert not any(a.kind in ("say", "remove") for a in bot.sent)  # nothing in the group: nobody was removed
    told = [a.text for a in bot.sent if a.to == "op1"]
    assert len(told) == 2 and "这就把王阿姨移出群" in told[0]
    assert "没有成功" in told[1] and "王阿姨" in told[1] and "手动移出" in told[1]


async def test_the_rest_of_a_pitch_after_a_restart_is_still_the_same_burst_not_a_members_request(make_bot):
    bot = screened(make_bot, "  nudge: {}\n")
    await bot.start()
    await bot.send(message("我公司新到一批进口泳镜，群里朋友八折，要的私我", sender="u7", name="王阿姨", ts=bot.now))
    await bot.wait(seconds=30)
    at = bot.now
    await bot.stop()
    await bot.start(at=at + timedelta(seconds=10))  # restarted in the middle of her burst
    for i, text in enumerate(["泳镜还剩三十副，私我", "泳衣也有，私我"]):  # alone, these would read as requests
        await bot.send(message(text, sender="u7", name="王阿姨", ts=bot.now + timedelta(seconds=20 * i)))
    await bot.wait(minutes=5)
    assert not [a for a in bot.sent if a.plugin == "nudge" and "私我" in a.text]  # nobody asked to answer the ad
    assert [a.kind for a in moderation_said(bot) if a.to != "op1"] == ["say", "private"]  # one notice, one word
