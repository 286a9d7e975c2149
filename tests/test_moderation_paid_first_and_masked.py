"""A scam told with what the scammer charged, an officer's number given by name and a member giving up their own
things all pass; an ad dressed as such a story, an id masked with marks the reader is told to take out, WeChat asked
for by sound or by nickname, and a service offered with a private call are caught (issue 14, session 15)."""
from __future__ import annotations

import pytest

from tests.moderation_kit import moderation_said, screened


@pytest.mark.parametrize("text", [
    "群里那个加Q 1827364509 说送字帖的 我加了 让先交二十九块八 交完就把我拉黑了",  # paid first, then blocked
    "那个13912345678说上门修热水器 先收两百押金 我问了物业 收了钱人就没影了",  # a deposit taken, nobody came
    "停电的事直接联系会长老陈 13698765432 他白天都在",  # an officer named, with their number
    "我家阳台的鸽子笼 老伴不让我养了 剩两个笼子 一百一个 自己来搬",  # a member giving up their own things
])
async def test_a_scam_with_what_it_charged_an_officers_number_and_things_given_up_pass(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="王阿姨")
    await bot.settle()
    assert moderation_said(bot) == []


@pytest.mark.parametrize("text", [
    "上次有人让我先交定金 收了钱人就不来了 找我们正规师傅 上门一百五 13712345678",  # the story, then an offer
    "书法字帖 符号去掉加我 zi#tie#886",  # an id masked, and how to unmask it
    "旧鱼缸 全套出 有意加我威 详聊",  # WeChat by sound
    "钓具资料 加绿泡泡 diao_yu_lao_li",  # WeChat by its nickname
    "手机想刷机的 我这能弄 单独问我",  # a service of the poster's, privately
])
async def test_an_offer_told_as_a_story_a_masked_id_and_a_private_service_are_caught(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="王阿姨")
    await bot.settle()
    assert [a.kind for a in moderation_said(bot)].count("say") == 1


@pytest.mark.parametrize("text", [
    "招果园帮工 包吃住 月薪四千五 能干活的优先",  # a job offered to the group
    "在家兼职 帮忙剪视频 一条给三十 手机就能做",  # work from home, paid by the piece
])
async def test_a_job_offered_to_the_group_is_caught(make_bot, text):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message(text, sender="u7", name="王阿姨")
    await bot.settle()
    assert [a.kind for a in moderation_said(bot)].count("say") == 1
