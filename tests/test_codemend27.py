"""Code review 27 (`/work/reviews27/diff.md`), worst first: each finding's lines as the reviewer tried them, two or
three of ours in other words, and the real cases each reading was written for, which are still heard (codemend27)."""
from __future__ import annotations

import pytest

from bot.danger.emergency import emergency


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


# 1. a member at a height who wants to jump: despair, never nothing
@pytest.mark.parametrize("text", [
    "我在楼顶 真想跳下去算了", "我在桥上 恨不得跳下去", "我爬到楼顶了 想跳下去",          # the reviewer's
    "人在天台上 真想跳下去", "我现在在江边 干脆跳下去算了", "爬上楼顶了 恨不得跳下去一了百了",  # ours
    "真想跳下去算了 活着太累",
    "站在桥上 跳下去就解脱了", "好几次想跳河 一了百了", "恨不得跳楼算了",                 # the real cases
])
def test_a_member_at_a_height_who_wants_to_jump_is_despair(text):
    assert _kind(text) == "despair"


@pytest.mark.parametrize("text", [
    "我在桥上拍照 看到有人跳河了",  # a witness: not the writer's despair
    "我在阳台晒被子 楼下跳广场舞的好热闹", "跳楼价甩卖 我在楼顶都听见了",
])
def test_a_height_named_beside_someone_else_or_a_sale_is_not_the_writers_despair(text):
    assert _kind(text) != "despair"
