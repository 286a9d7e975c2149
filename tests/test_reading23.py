"""What members notice when they chat with question words, guards for the layer retrained on heldout22 (issue 13,
reader23): a rhetorical "谁说不是呢" asks nothing; a member who accepts the remedy to her complaint and waits for it
(行吧 下午看你的) acknowledges it; a fact asked of the room, or a complaint, still reaches a person. The lines are
written for these tests, not taken from the data. Still missed, not asserted (bench/RESULTS.md, reader23): a chat
ask to the room that tells the asker's own answer ("你们过年都守岁吗 我家老头子十点就睡了😂") is read as a question
and a person is called for it, and the reply to it as an answer."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.testing import message
from bot.understanding import Kind, Reader, Reading


def _in_turn(*lines: tuple[str, str, bool]) -> list[Reading]:
    """(sender, text, operator) lines a minute apart, each read as the bot reads it."""
    reader, start = Reader(), message("").ts
    return [reader.take(message(text, sender=sender, ts=start + timedelta(seconds=60 * n), id=f"m{n}"),
                        operator=operator)
            for n, (sender, text, operator) in enumerate(lines)]


def test_agreeing_with_a_remark_on_prices_is_chat_that_asks_nobody():
    """谁说不是呢: a rhetorical question agrees with the other member; nobody on duty is called for it."""
    _, agreed = _in_turn(("u1", "菜价又涨了 芹菜都五块一斤了", False), ("u2", "谁说不是呢 啥都贵", False))
    assert agreed.kind is Kind.SMALLTALK and not agreed.needs_person, agreed


@pytest.mark.parametrize("ask", ["你们谁知道社区医院周六开门吗", "有人知道老年卡丢了去哪补办吗"])
def test_a_fact_asked_of_the_room_still_reaches_a_person(ask):
    (asked,) = _in_turn(("u1", ask, False))
    assert asked.kind is Kind.QUESTION and asked.needs_person, asked


def test_a_complaint_about_a_repair_is_still_a_complaint():
    (said,) = _in_turn(("u1", "我家那个热水器又坏了 上个月刚修过 你们这修的啥呀", False))
    assert said.kind is Kind.COMPLAINT and said.needs_person, said


def test_accepting_the_remedy_and_waiting_for_it_is_an_acknowledgement():
    """行吧 下午看你的: she accepts and will see; nothing more to answer, and nothing to praise."""
    *_, accepted = _in_turn(("u1", "前天送来的大米里有虫 这让人怎么吃", False),
                            ("op1", "张姨 真对不住 下午给您换一袋新的送上楼", True),
                            ("u1", "行吧 下午看你的", False))
    assert accepted.kind is Kind.ACK and not accepted.needs_person, accepted
