"""An operator's line soon after a member's ask is not always the answer to it: a notice to everyone leaves the ask
open (someone still has to answer it), and a word of praise for a member's photo is chat, not an answer."""
from __future__ import annotations

from datetime import timedelta

from bot.conversation import Conversation
from bot.testing import message
from bot.understanding import Kind, Reading, read


def _talk(*lines: tuple[str, str, int, bool]) -> tuple[list[Reading], Conversation]:
    conversation, readings, start = Conversation(), [], message("").ts
    for n, (sender, text, seconds, operator) in enumerate(lines):
        event = message(text, sender=sender, ts=start + timedelta(seconds=seconds), id=f"m{n}")
        reading = read(event, conversation, operator=operator)
        conversation.add(reading.said(event, operator=operator))
        readings.append(reading)
    return readings, conversation


def test_a_notice_posted_while_a_members_question_is_open_leaves_it_open():
    (asked, notice), conversation = _talk(("u3", "会员卡在哪里办", 0, False),
                                          ("op1", "提醒一下大家 明天停水 请提前储水", 120, True))
    assert asked.kind is Kind.QUESTION
    assert notice.kind is Kind.SHARING and notice.addresses is None
    still_open = conversation.open_ask(message("").ts + timedelta(seconds=180), 1800, besides="u9", by_member=True)
    assert still_open is not None and still_open.id == "m0"


def test_an_operators_praise_for_a_members_walk_is_chat_not_an_answer_to_the_question_before():
    readings, _ = _talk(("u1", "今天在跑步机上走了五公里 第一次走这么多", 0, False),
                        ("u2", "陈阿姨厉害👍", 30, False), ("u3", "请问明天开门吗", 40, False),
                        ("op1", "陈阿姨太棒了 不过第一次别太猛 注意膝盖", 60, True))
    assert readings[-1].kind is Kind.SMALLTALK


def test_an_operators_reply_to_the_question_is_still_its_answer():
    readings, _ = _talk(("u3", "会员卡在哪里办", 0, False), ("op1", "前台就能办 带上身份证 五分钟就好", 60, True))
    assert readings[-1].kind is Kind.ANSWER and readings[-1].addresses is not None
