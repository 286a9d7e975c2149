"""What members notice when they ask for a hand in plain words (issue 13, reader25): a member who tells the staff
to bring, fetch or fix something for her household ("过年给我送一瓶", "你们叫个人来看一哈", "下回顺便把减压阀也换一个",
"借一个用一天"), or wishes aloud for a service, is waiting for a person, not chatting; what was already done for
her (给我送错了, 给我换的那个又漏了) is still a complaint; and praise a sneer turns ("呵呵 这保洁做得可真"用心"")
reaches the operator as a complaint, however the learned layer reads the praise in it. The lines are written for these
tests, not taken from the data."""
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


@pytest.mark.parametrize("ask", ["过完年再给我们送一箱鸡蛋 初八以后都行",
                                 "就怕你们放假没人 年前给我家再换一罐气",
                                 "王师傅 礼拜六给俺捎两袋面上来 俺在家",
                                 "下回送水顺便把我家饮水机也洗一洗 好久没洗了",
                                 "卫生间那个水龙头一直滴答 你们找个师傅来看看",
                                 "我老伴下礼拜出院 你们那个轮椅借一个用几天",
                                 "要是能上门给老头子量个血压就好了 我腿脚不行下不了楼",
                                 "赵经理 明年的暖气费我想分两回交 您行个方便"])
def test_a_hand_asked_for_in_plain_words_waits_for_a_person(ask):
    (asked,) = _in_turn(("u1", ask, False))
    assert asked.kind is Kind.REQUEST and asked.needs_person, asked


def test_a_hand_asked_for_in_pieces_is_one_request():
    """Her name, the place, then the ask, in three lines: the last is the request, and a person is called."""
    *_, asked = _in_turn(("u1", "刘站长", False), ("u1", "我家卫生间那个水管子", False),
                         ("u1", "一直往下滴 你们叫个人来瞅瞅", False))
    assert asked.kind is Kind.REQUEST and asked.needs_person, asked


@pytest.mark.parametrize("said", ["你们给我送的那桶水是漏的 地上全是水",
                                  "上回给我换的那个阀门又漏气了 你们得赶紧来人",
                                  "给我送错了 我要的是五升的不是十升的",
                                  "昨天送来的那箱鸡蛋 一小半都是破的"])
def test_what_was_done_for_her_and_went_wrong_is_still_a_complaint(said):
    (heard,) = _in_turn(("u1", said, False))
    assert heard.kind is Kind.COMPLAINT and heard.needs_person, heard


@pytest.mark.parametrize("said", ["孩子非得给我约 我说不用去", "过年了我闺女说要给我换个新手机 我说旧的还能用"])
def test_what_her_family_does_for_her_is_chat(said):
    (told,) = _in_turn(("u1", said, False))
    assert told.kind is not Kind.REQUEST, told


@pytest.mark.parametrize("said", ['呵呵 这保洁做得可真"用心"', "呵呵 这送货可真“及时” 等了一整天",
                                  '哼 你们这服务可真"周到"'])
def test_praise_a_sneer_turns_reaches_the_operator_as_a_complaint(said):
    (heard,) = _in_turn(("u1", said, False))
    assert heard.kind is Kind.COMPLAINT and heard.needs_person, heard


def test_a_neighbour_seconding_a_complaint_is_heard_as_one():
    """She tells her own cold rooms after another's complaint about the heating: the README's '+1' kind, a complaint
    (no second alert is owed: the first complaint carries it); never read as chat about the weather."""
    _, seconded = _in_turn(("u1", "暖气又不热了 屋里才十五度 你们到底管不管", False),
                           ("u2", "我们家也就十四五度 夜里冻得睡不着", False))
    assert seconded.kind is Kind.COMPLAINT, seconded
