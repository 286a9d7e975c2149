"""A member's matter typed in pieces, an angry line that only looks like a question, and a routine repair asked for:
each reaches the operator as what it is (issue 13; the acceptance tester's property group, session 14)."""
from __future__ import annotations

import pytest

from bot.testing import Sent, TestBot

NUDGE = """
plugins:
  nudge: {}
"""


def _nudge(bot: TestBot) -> list[Sent]:
    return [a for a in bot.sent if a.plugin == "nudge"]


@pytest.mark.parametrize(("pieces", "said"), [
    (("小陈", "5栋那个电梯", "又不动了", "我提着菜爬了九层"), ("5栋那个电梯", "又不动了")),
    (("我家", "那个灯", "厨房的", "不亮了"), ("那个灯", "厨房的", "不亮了"))])
async def test_a_complaint_typed_in_pieces_ending_in_a_statement_reaches_the_operator_whole(make_bot, pieces, said):
    bot = make_bot(NUDGE)
    await bot.start()
    for text in pieces:
        await bot.send_message(text, name="刘奶奶")
        await bot.wait(seconds=20)
    await bot.wait(minutes=3)
    alert = next(a for a in _nudge(bot) if a.kind == "private" and a.to == "op1" and a.ref.startswith("complaint"))
    assert all(words in alert.text for words in said), alert.text
    assert (alert.at - bot.begin).total_seconds() <= 20 * len(pieces) + 90 + 5  # at the latest a fragment gap on


async def test_an_angry_line_with_a_question_word_is_a_complaint_not_a_question(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("交了物业费啥事不办，一群吃干饭的！", name="赵大爷")
    await bot.wait(minutes=4)
    alert = next(a for a in _nudge(bot) if a.kind == "private" and a.to == "op1")
    assert alert.ref.startswith("complaint") and (alert.at - bot.begin).total_seconds() < 10
    (cover,) = [a for a in _nudge(bot) if a.kind == "say"]
    assert cover.ref == "cover:complaint"  # never "您的问题我们看到了"


@pytest.mark.parametrize("text", ["小陈，我家厨房的灯不亮了，能来修一下吗", "我家的净水器按了没反应 帮我报个修"])
async def test_a_routine_repair_asked_for_goes_to_the_operator_without_paging_the_owner(make_bot, text):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, name="刘奶奶")
    await bot.wait(minutes=4)
    assert any(a.to == "op1" and "刘奶奶" in a.text for a in _nudge(bot))  # a person is asked for
    assert not any(a.ref.startswith("complaint") or a.to == "boss" for a in _nudge(bot))


@pytest.mark.parametrize("text", ["小陈，我家厨房的灯又不亮了，上礼拜刚修过，能来修一下吗",
                                  "电梯坏了三天了没人修，你们能不能派人来看看"])
async def test_a_repair_asked_for_again_or_with_blame_is_still_a_complaint(make_bot, text):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, name="刘奶奶")
    await bot.wait(minutes=4)
    assert any(a.to == "op1" and a.ref.startswith("complaint") for a in _nudge(bot))
