"""What a member writing in her own dialect notices (issue 13, reader20): the learned layer reads a dialect's everyday
words as their Mandarin too (唔该晒 as 谢谢, 晓得了 as 知道了, 你哋 as 你们; `bot.dialect`), so a Cantonese complaint
reaches the operator as a complaint and a Cantonese thanks closes the member's question. The lines are written for
these tests, in groups' words none of the data has."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.testing import Sent, TestBot, message
from bot.understanding import Kind, Reader, Reading

NUDGE = """
plugins:
  nudge: {}
"""


def _nudge(bot: TestBot, action: str | None = None) -> list[Sent]:
    return [a for a in bot.sent if a.plugin == "nudge" and (action is None or a.kind == action)]


def _after_operator(operator_line: str, text: str) -> Reading:
    """A member's line a minute after the operator's, read as the bot reads it."""
    reader, start = Reader(), message("").ts
    reader.take(message(operator_line, sender="op1", ts=start, id="o1"), operator=True)
    return reader.take(message(text, sender="u1", ts=start + timedelta(seconds=60), id="m1"), operator=False)


async def test_a_complaint_told_in_cantonese_alerts_the_operator_and_is_never_praised(make_bot):
    """"送来的橙子烂咗一半 你哋点搞㗎" (half the oranges came rotten, what are you doing): the operator on duty is
    alerted with her words, and the group hears no praise (main read it as chat: nobody was told)."""
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("送来的橙子烂咗一半 你哋点搞㗎", sender="u1", name="陈姐")
    await bot.wait(minutes=4)
    alerts = [a for a in _nudge(bot, "private") if a.ref.startswith("complaint") and a.to == "op1"]
    assert len(alerts) == 1 and "烂咗一半" in alerts[0].text, [a.text for a in _nudge(bot)]
    assert not any(word in a.text for a in _nudge(bot, "say") for word in ("分享", "真好", "棒", "赞", "好问题"))


@pytest.mark.parametrize("text", ["唔该晒 阿姐", "好嘅 唔该晒"])
def test_thanks_said_in_cantonese_is_thanks(text):
    """唔该晒 after the operator's answer is her thanks (main read both as a bare acknowledgement)."""
    assert _after_operator("您的快递到门卫了 下午去拿就行", text).kind is Kind.THANKS


@pytest.mark.parametrize("text", ["要得 晓得了", "好咯 我等阵去拿", "好嘅 我放工去攞"])
def test_a_dialect_ok_after_the_operators_word_is_an_acknowledgement(text):
    """要得 晓得了 (Sichuanese), 好嘅 我放工去攞 (Cantonese): an acknowledgement; it opens no wait and asks nobody."""
    reading = _after_operator("您的快递到门卫了 下午去拿就行", text)
    assert reading.kind is Kind.ACK and not reading.needs_person


@pytest.mark.parametrize("text", ["你哋边个知道呢度几点收工", "阿姐 可唔可以帮我留两斤虾"])
def test_an_ask_in_cantonese_still_reaches_a_person(text):
    (reading,) = [Reader().take(message(text, sender="u1", id="m1"), operator=False)]
    assert reading.kind in (Kind.QUESTION, Kind.REQUEST) and reading.needs_person
