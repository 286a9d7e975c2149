"""The operator's scheduled posts in plain words (scriptmend25, findings 13, 14, 23, 24, 28, 29): an item queued
days ahead says what each day word meant; a skip said twice is already skipped; nothing to drop; a schedule that
is off and how to turn it on; her own item goes out in her words."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.testing import TZ

# 13. an item queued days ahead: each of its words said with the date it meant, never the day it goes out as the fix
POSTS = """
plugins:
  posts: {}
"""


async def _queued(make_bot, *items: str) -> str:
    bot = make_bot(POSTS, start=datetime(2026, 12, 2, 9, 0, tzinfo=TZ))  # after the 07:30 post
    await bot.start()
    await bot.send_message("早", room="r1")
    for item in items:
        await bot.send_command(f"/post add morning {item}", sender="op1")
        await bot.settle()
    return bot.texts("commands")[-1]


@pytest.mark.parametrize(("item", "said"), [
    ("今晚有雨，明天出门带伞", "「今晚」指的是12月2日晚上，「明天」指的是12月3日"),
    ("明早体检要空腹", "「明早」指的是12月3日早上"), ("今天降温 出门多穿点", "「今天」指的是12月2日")])
async def test_an_item_queued_behind_another_says_what_each_day_word_meant(make_bot, item, said):
    reply = await _queued(make_bot, "天凉了，早晚出门加件外套。", item)
    assert "这条要到12月4日才发" in reply and said in reply and "到时候已经过了" in reply
    assert "比如「12月4日上午" not in reply and "/post drop morning" in reply


async def test_an_item_with_no_day_word_queued_ahead_has_no_warning(make_bot):
    reply = await _queued(make_bot, "天凉了，早晚出门加件外套。", "多喝热水 注意保暖")
    assert "提醒一下" not in reply and "12月4日" in reply


# 14, 24. skipping tomorrow's twice: told it is already skipped, never sent round again; the first time in plain words
@pytest.mark.parametrize("first", ["/post skip morning 明天", "/定时问候 跳过 morning 明天"])
async def test_skipping_tomorrows_post_twice_says_it_is_already_skipped(make_bot, first):
    bot = make_bot(POSTS, start=datetime(2026, 12, 2, 9, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message("早", room="r1")
    await bot.send_command(first, sender="op1", room="r1")
    await bot.settle()
    once = bot.texts("commands")[-1]
    await bot.send_command("/post skip morning 明天", sender="op1", room="r1")
    await bot.settle()
    twice = bot.texts("commands")[-1]
    assert once.startswith("好的，明天（12月3日）的 morning 不发了") and "不再" not in once
    assert twice.startswith("明天（12月3日）的 morning 已经跳过了，不会发。") and "/post skip" not in twice


# 28-29. the operator's plain words: nothing to take back; a schedule that is off, and how to turn it on
async def test_dropping_with_nothing_queued_says_so_plainly(make_bot):
    bot = make_bot(POSTS, start=datetime(2026, 12, 2, 9, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message("早", room="r1")
    await bot.send_command("/post drop morning", sender="op1")
    await bot.settle()
    assert bot.texts("commands")[-1].strip() == "morning 现在没有排着要发的内容，不用撤。"


async def test_an_item_for_a_schedule_that_is_off_says_how_to_turn_it_on(make_bot):
    off = ("plugins:\n  posts:\n    schedules:\n"
           "      morning: {cron: '30 7 * * *', template: morning.j2, enabled: false}\n")
    bot = make_bot(off, start=datetime(2026, 12, 2, 9, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message("早", room="r1")
    await bot.send_command("/post add morning 多喝热水", sender="op1")
    await bot.settle()
    reply = bot.texts("commands")[-1]
    assert "这个时段现在没开，这条先存着；在设置里把 morning 打开后才会发。" in reply and "关着" not in reply


# 23. an operator's own item in the morning post: her words, with no "提醒" before a greeting or a recipe
@pytest.mark.parametrize("item", ["祝大家重阳节快乐", "今天教大家做个山药排骨汤：山药去皮切段，排骨焯水"])
async def test_an_operators_item_goes_out_in_her_own_words_with_no_reminder_label(make_bot, item):
    bot = make_bot(POSTS, start=datetime(2026, 12, 2, 7, 0, tzinfo=TZ))  # before the 07:30 post
    await bot.start()
    await bot.send_message("早", room="r1")
    await bot.send_command(f"/post add morning {item}", sender="op1")
    await bot.wait(hours=1)
    (post,) = [a.text for a in bot.sent.by_plugin("posts").with_ref("morning")]
    assert f"📌 {item}" in post and "提醒：" not in post
