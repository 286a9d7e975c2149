"""What members notice when they chat among themselves, and when they write in the North-West's words (issue 13,
reader22): a question put to the room to chat (你们谁家孙子…) calls nobody on duty and the others' replies to it are
chat, while a member asking the room for a fact (你们谁知道…几点关门) still reaches a person; a tailor's customer
writing 给额 / 能成 is read as asking and as agreeing. The lines are written for these tests, not taken from the data.
Guards of the questions-among-members rule (tests/data/conversation_eval/README.md) for the retrained layer; left
failing and not asserted here: "你们过小年包饺子不 …" (chat about the others read as a question) and "嗷 能成"."""
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


@pytest.mark.parametrize("ask, reply", [
    ("你们谁家孙子今年考大学了 我家那个天天打游戏", "我家外孙女今年考 也是愁人"),
    ("你们说这菜价咋一天一个样 昨天的芹菜还三块", "可不是 我今早买的都四块了"),
])
def test_a_chat_question_to_the_room_calls_nobody_and_its_replies_are_chat(ask, reply):
    """Members chatting about themselves: nobody on duty is called for the ask, and the reply answers nobody's
    question (an answer would close a wait that was never a person's to meet)."""
    asked, replied = _in_turn(("u1", ask, False), ("u2", reply, False))
    assert asked.kind is Kind.SMALLTALK and not asked.needs_person, asked
    assert replied.kind is Kind.SMALLTALK and not replied.needs_person, replied


@pytest.mark.parametrize("ask", ["你们谁知道社区食堂中午几点关门", "有人知道老年卡丢了去哪补办吗"])
def test_a_member_asking_the_room_for_a_fact_still_reaches_a_person(ask):
    (asked,) = _in_turn(("u1", ask, False))
    assert asked.kind is Kind.QUESTION and asked.needs_person, asked


def test_a_request_written_with_the_north_wests_e_for_me_reaches_a_person():
    """"王姨 你给额把裤腿收一哈 后晌额拿过克" (Guanzhong: 给额 is 给我, 后晌 afternoon, 克 去): she asks the tailor."""
    (asked,) = _in_turn(("u1", "王姨 你给额把裤腿收一哈 后晌额拿过克", False))
    assert asked.kind is Kind.REQUEST and asked.needs_person, asked


@pytest.mark.parametrize("text", ["能成 那额明个来", "中 那我明天下午去拿"])
def test_neng_cheng_after_the_operators_word_is_an_acknowledgement(text):
    """能成 is the North-West's 行: after the operator's answer it agrees, and opens no wait."""
    _, agreed = _in_turn(("op1", "裤子改好了 明天下午来拿就行", True), ("u1", text, False))
    assert agreed.kind is Kind.ACK and not agreed.needs_person, agreed
