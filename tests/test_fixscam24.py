"""Distress and scams read as complaints or not heard (issue 13, fixscam24).

A mother who would jump from a height with her baby in her arms, each kind told in other words than the acceptance
tester's, with the everyday lines of the same words (a dance, a jump rope, a fall from the steps) that must stay quiet.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 12, 2, 23, 50, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


@pytest.mark.parametrize("text", [
    "带娃太累了 真想抱着他从阳台跳下去",
    "产后这几个月 半夜老想搂着宝宝从窗台跳下去",
    "孩子天天哭 老公也不管 我想抱着娃跳河",
    "成日想攬住個仔喺天台跳落去",  # 粤语
    "有时候真想背着孩子跳楼 一家人都清净",
])
def test_a_wish_to_jump_with_the_child_in_her_arms_is_despair(text):
    assert _kind(text) == "despair"


@pytest.mark.parametrize("text", [
    "抱着孩子在阳台上跳舞 宝宝笑得可开心",
    "带着孙子跳绳 跳了五百个",
    "抱着孩子从台阶上跳下来 把脚崴了",
    "带孩子在楼下跳广场舞 他可开心了",
    "楼上邻居带着孩子天天跳 吵死了",
    "带着宝宝在天台跳了一会儿操",
])
def test_a_dance_a_game_or_a_fall_with_a_child_is_no_despair(text):
    assert _kind(text) != "despair"


async def test_a_mother_who_would_jump_with_her_baby_gets_no_apology_and_a_person_at_once(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("坐月子坐得想哭 老觉得对不起孩子 真想搂着宝宝从窗台跳下去", sender="u5", name="朵朵妈")
    await bot.wait(minutes=4)
    (alert, *_) = _to(bot, "op1")
    assert alert.startswith("🚨") and "朵朵妈" in alert and "两个人都可能有危险" in alert
    assert "投诉" not in "".join(_to(bot, "op1"))
    (word,) = _to(bot, "u5")
    assert "12356" in word
    assert not [t for t in _said(bot) if "添麻烦" in t or "抱歉" in t]
