"""Talk about one's own body or oneself is no complaint (codemend2_18): 我这腿越来越不行了, 真服了我自己, a call to a
friend 老王你们在哪呢？？ get no apology in the group and no complaint alert; the food or the service getting worse,
a price jumped, and 假牙呢？？ after a promised date still do."""
from __future__ import annotations

import pytest

NUDGE = """
plugins:
  nudge: {}
"""
SORRY = "给您添麻烦了"


def _complained(bot) -> bool:
    return any(SORRY in s.text for s in bot.sent if s.room == "r1") or any(
        "complaint" in (s.ref or "") for s in bot.sent if s.to in ("op1", "boss"))


@pytest.mark.parametrize("said", [
    "我这腿越来越不行了", "眼睛越来越差了 看手机都费劲", "真服了我自己 又忘带钥匙了", "老王你们在哪呢？？",
])
async def test_talk_of_oneself_is_no_complaint(make_bot, said):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(said, sender="u1", name="阿红")
    await bot.wait(minutes=5)
    assert not _complained(bot), [(s.to or s.room, s.ref, s.text[:40]) for s in bot.sent]


@pytest.mark.parametrize("said", [
    "食堂的菜越来越难吃了", "你们这服务越来越差了", "鸡蛋一下涨了两块 什么情况", "一下涨三十？", "我订的鸡蛋少了两个",
    "我就问一句 上礼拜说周四假牙到 今天礼拜一了 假牙呢？？",
])
async def test_the_provider_getting_worse_is_still_a_complaint(make_bot, said):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(said, sender="u1", name="阿红")
    await bot.wait(minutes=5)
    assert _complained(bot), [(s.to or s.room, s.ref, s.text[:40]) for s in bot.sent]


@pytest.mark.parametrize(("said", "seconds"), [
    ("就是 你问问前台", False), ("我这也有 要不先分你一个", False),  # advice, an offer: said to her
    ("就是 我的也三天了", True), ("我这边也是 一直没到", True),  # the same trouble: one more member has it
])
async def test_a_member_advising_the_complainant_is_no_second_complainant(make_bot, said, seconds):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("我的鸡蛋怎么还没到 都三天了", sender="u1", name="阿红")
    await bot.wait(seconds=40)
    await bot.send_message(said, sender="u2", name="张姐")
    await bot.wait(minutes=5)
    assert any("张姐" in s.text and "也反映了同样的问题" in s.text for s in bot.sent if s.to == "op1") is seconds
