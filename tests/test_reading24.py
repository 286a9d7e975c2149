"""What members notice when they chat about their own days (issue 13, reader24): a member who asks the room how
they spend a feast or a cold night and tells her own ("你们过年都守岁吗 我家老头子十点就睡了😂") is chatting, and so
is the reply; nobody on duty is called for either. The shop asked about its hours, a complaint that opens with
你们, and a fact asked of the room still reach a person. The lines are written for these tests, not taken from the
data."""
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


@pytest.mark.parametrize("ask", ["你们过年都守岁吗 我家老头子十点就睡了😂",
                                 "你们重阳节都出去玩了没 我闺女带我去爬山了",
                                 "你们家冬天被子晒不晒 我家那床棉被晒了三天还潮"])
def test_asking_the_room_about_its_own_days_calls_nobody(ask):
    (asked,) = _in_turn(("u1", ask, False))
    assert asked.kind is Kind.SMALLTALK and not asked.needs_person, asked


def test_the_reply_to_a_chat_about_the_feast_is_chat_too():
    """The answer she gets is the other member's own news: no wait opens, nobody is thanked for answering."""
    _, replied = _in_turn(("u1", "你们冬至都吃啥 我们家年年包羊肉饺子", False),
                          ("u2", "我们吃汤圆 孙女爱吃芝麻馅的", False))
    assert replied.kind is Kind.SMALLTALK and not replied.needs_person, replied


def test_a_chat_ask_after_someone_elses_question_is_no_answer_to_it():
    """Asked just after another member's question, her chat ask answers nothing: the question stays open."""
    _, chat = _in_turn(("u1", "明天社区体检几点开始", False), ("u2", "你们晚上都几点睡 我家老伴九点就打呼了", False))
    assert chat.kind is Kind.SMALLTALK and chat.addresses is None, chat


@pytest.mark.parametrize("ask", ["你们过年开不开门 我闺女回不来 想去你们那打牌",
                                 "你们那个会员卡今年还能续吗 我家的快到期了"])
def test_the_shop_asked_about_its_hours_or_cards_still_reaches_a_person(ask):
    (asked,) = _in_turn(("u1", ask, False))
    assert asked.kind is Kind.QUESTION and asked.needs_person, asked


@pytest.mark.parametrize("said", ["你们讲好的三天上门 到现在人影都没有 我家水管还在漏",
                                  "你们家的暖气片又漏水了 我家地板都泡了"])
def test_a_complaint_that_opens_with_you_is_still_a_complaint(said):
    (heard,) = _in_turn(("u1", said, False))
    assert heard.kind is Kind.COMPLAINT and heard.needs_person, heard


def test_doubting_the_promise_after_her_own_complaint_is_still_a_complaint():
    """早上就说在路上, a minute after the staff's 师傅在路上: she is still unheard, and a person is called; never
    read as chat (her complaint would be taken as settled)."""
    *_, doubted = _in_turn(("u1", "说好今天上午来修燃气灶 现在都中午了人影都没见 电话也打不通", False),
                           ("op1", "刘阿姨 实在抱歉 前一家耽误了 师傅已经在路上了", True),
                           ("u1", "早上就说在路上", False))
    assert doubted.kind is Kind.COMPLAINT and doubted.needs_person, doubted


# code review 24, finding 1: the shop's, the class's and the night duty's own questions that open with 你们 and tell
# the asker's own after: a person is still called (the reviewer's six lines, then ours in other words)
@pytest.mark.parametrize("ask", ["你们平时几点送到 我家老人等着呢",
                                 "你们过年送货吗 我家要订十斤",
                                 "你们今年还收学费吗 我家孩子还上不上",
                                 "你们晚上有人值班吗 我老伴又发烧了",
                                 "你们中秋节有活动吗 我们想报名",
                                 "你们平时都几点下课 我家孩子说老师拖堂",
                                 "你们端午节还接预约吗 我们家想拍个全家福",
                                 "你们夜里能上门吗 我老伴血压又高了",
                                 "你们今年都怎么收费啊 我家孙子想来学游泳"])
def test_a_service_question_that_opens_with_you_still_reaches_a_person(ask):
    (asked,) = _in_turn(("u1", ask, False))
    assert asked.kind is Kind.QUESTION and asked.needs_person, asked


@pytest.mark.parametrize("ask", ["你们冬至都包饺子吗 我们家今年包了韭菜馅的",
                                 "你们晚上都几点起床 我老伴五点就出去遛弯了"])
def test_the_room_asked_how_it_lives_is_still_chat(ask):
    (asked,) = _in_turn(("u1", ask, False))
    assert asked.kind is Kind.SMALLTALK and not asked.needs_person, asked
