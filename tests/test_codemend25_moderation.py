"""Session 25, the code review's finding 14 (/work/reviews25/diff.md, codemend25): a trade offered in a role, with its
phone number, is told off as any trade; a member introducing herself in a role with her number is not."""
from __future__ import annotations

import pytest

from tests.test_moderation_members_things_and_undercuts import BOTH, _said


@pytest.mark.parametrize("text", [
    "我是社区志愿者 家里有旧家电要处理的打我电话13912345678 上门回收",
    # our own, in other words
    "我是小区楼长 谁家下水道要疏通的找我 13912345678 随叫随到",
    "我是物业的老李 有需要开锁的打我手机13812345678",
])
@BOTH
async def test_a_service_offered_in_a_role_with_a_number_is_told_off(make_bot, text, config):
    assert await _said(make_bot, text, config) != []


@pytest.mark.parametrize("text", [
    "我是社区新来的网格员 以后有事找我 我电话13912345678",
    "我是小区物业的小王 水电有问题打我电话13812345678",
])
@BOTH
async def test_a_member_introduced_in_a_role_with_her_number_passes(make_bot, text, config):
    assert await _said(make_bot, text, config) == []
