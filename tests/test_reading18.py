"""What the reader got wrong on the kinds of group written for session 17 (issue 13, reader18): grievances asked back as
questions, a hand waved, an operator's apology for a new member of staff, a member asking to borrow something. Each as
the member or the operator would notice it, on the virtual clock."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.testing import Sent, TestBot, message
from bot.understanding import Kind, Reader, Reading

NUDGE = """
plugins:
  nudge: {}
"""
PRAISE = ("分享", "真好", "棒", "赞", "好问题")


def _nudge(bot: TestBot, action: str | None = None) -> list[Sent]:
    return [a for a in bot.sent if a.plugin == "nudge" and (action is None or a.kind == action)]


@pytest.mark.parametrize("text", ["二百八？去年才一百六", "我们二楼还得交电费？我都不坐 交的哪门子电费",
                                  "上回那个诊断书 又让我跑一趟补盖章 我这腿一趟一趟的跑 容易吗？",
                                  "我就问一句 上礼拜说周四假牙到 今天礼拜一了 假牙呢？？", "这秤是不是有点问题啊",
                                  "一下涨三十？", "最近是不是换供应商了 东西是越来越不行了"])
async def test_a_grievance_asked_back_as_a_question_alerts_the_operator_and_is_never_praised(make_bot, text):
    """"二百八？去年才一百六" asks nothing: the member is unhappy. The operator on duty is alerted with the words, the
    group hears the complaint's acknowledgement, never "您的问题我们看到了" or praise."""
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, name="刘大哥")
    await bot.wait(minutes=4)
    alerts = [a for a in _nudge(bot, "private") if a.ref.startswith("complaint") and a.to == "op1"]
    assert alerts and text[:5] in alerts[0].text, [a.text for a in _nudge(bot)]
    assert not any(a.ref == "cover:question" for a in _nudge(bot, "say"))
    assert not any(word in a.text for a in _nudge(bot, "say") for word in PRAISE)


@pytest.mark.parametrize("text", ["太极拳学起来容易吗", "现在的面包是越来越贵了 小时候一毛钱一个",
                                  "去年才学的 今年就忘了"])
async def test_the_same_words_asked_or_told_plainly_raise_no_complaint(make_bot, text):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, name="刘大哥")
    await bot.wait(minutes=4)
    assert not any(a.ref.startswith("complaint") for a in _nudge(bot)), [a.text for a in _nudge(bot)]


async def test_a_hand_waved_alone_is_greeted_back_with_the_other_greetings(make_bot):
    """👋 alone is a hello: the member who waves is in the wave's one answer with the others who greeted."""
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("大家早上好", sender="u1", name="王姨")
    await bot.wait(seconds=15)
    await bot.send_message("👋👋", sender="u2", name="老赵")
    await bot.wait(minutes=5)
    (cover,) = _nudge(bot, "say")
    assert set(cover.mentions) == {"u1", "u2"}
    assert _nudge(bot, "private") == [], "greetings chase nobody"


async def test_an_apology_for_a_new_nurse_answers_the_complaint_and_the_owner_is_not_paged(make_bot):
    """The operator's "杨姐 对不起 是新来的护士…" is no newcomer saying hello: it answers the daughter's complaint."""
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("昨天换药的护士手太重了 我妈疼得直掉眼泪 说了轻点也不听", sender="u2", name="杨姐")
    await bot.wait(seconds=40)
    await bot.send_message("杨姐 对不起 是新来的护士 我跟她说了 下回阿姨换药我亲自来", sender="op1", name="林护士")
    await bot.wait(minutes=10)
    assert not any(a.to == "boss" for a in _nudge(bot)), [(a.to, a.text) for a in _nudge(bot)]
    assert not any(a.ref == "cover:complaint" for a in _nudge(bot, "say"))


@pytest.mark.parametrize("text", ["邻居们 谁家有打气筒借我用一下 电动车胎没气了",
                                  "哪位病友家里有闲置的洗澡椅 借我用俩月 给钱也行"])
async def test_a_member_asking_to_borrow_is_not_told_her_question_was_seen(make_bot, text):
    """Asking the others to lend something is a request: no "您的问题我们看到了" in the group."""
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, name="马大姐")
    await bot.wait(minutes=5)
    assert not any(a.ref == "cover:question" for a in _nudge(bot, "say")), [a.ref for a in _nudge(bot)]


def _talk(*lines: tuple[str, str, int]) -> list[Reading]:
    """Read (sender, text, seconds) members' lines in one room, in order, as the bot reads them."""
    reader, start = Reader(), message("").ts
    return [reader.take(message(text, sender=sender, ts=start + timedelta(seconds=seconds), id=f"m{n}"),
                        operator=False) for n, (sender, text, seconds) in enumerate(lines)]


@pytest.mark.parametrize("agrees", ["一样 我下班过去也得排老半天", "俺家也是 烧开了锅底一层泥", "就是 等了快一个钟头"])
def test_a_member_agreeing_with_an_open_complaint_seconds_it(agrees):
    """"一样 …" after another member's complaint is that complaint again (answering the first answers both), never
    chat the bot might thank for sharing."""
    complaint, second = _talk(("u1", "驿站取个快递排了四十分钟 就一个人在弄", 0), ("u2", agrees, 40))
    assert complaint.kind is Kind.COMPLAINT
    assert second.kind is Kind.COMPLAINT and second.addresses is not None and second.addresses.id == "m0"
    assert second.possibly_negative


def test_the_same_words_after_a_question_answer_it():
    """After a question, "一样 都是十块" is its answer, not a complaint."""
    _, answer = _talk(("u1", "这两种鸡蛋价钱一样吗", 0), ("u2", "一样 都是十块", 30))
    assert answer.kind is Kind.ANSWER
