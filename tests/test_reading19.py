"""What the reader got wrong on the kinds of group written for session 18 (issue 13, reader19): members
asking each other about themselves, thanks said as 辛苦X了, a member greeted by name with 早, a matter opened
(说个事) before it is told. Each as the member or the operator would notice it, on the virtual clock; the lines
are written in other groups' words than the data's."""
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


def _talk(*lines: tuple[str, str, int]) -> list[Reading]:
    """Read (sender, text, seconds) members' lines in one room, in order, as the bot reads them."""
    reader, start = Reader(), message("").ts
    return [reader.take(message(text, sender=sender, ts=start + timedelta(seconds=seconds), id=f"m{n}"),
                        operator=False) for n, (sender, text, seconds) in enumerate(lines)]


@pytest.mark.parametrize("text", ["你们那边今天下雪了没有 我们这儿房顶都白了",
                                  "你们谁家孩子也这么挑食啊 一口青菜都不吃😂", "你们说这菜价咋一天一个样",
                                  "老张 你以前是哪个厂的 看着面熟", "你们晚上都几点睡啊 我一过十点就困"])
async def test_a_member_asking_the_others_about_themselves_calls_nobody(make_bot, text):
    """"你们那边下雪了没有" is chat among members: nobody on duty is told a member waits, the group hears no
    "您的问题我们看到了", and another member's reply is chat too (no operator needed for it)."""
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, sender="u1", name="赵姐")
    await bot.wait(seconds=40)
    await bot.send_message("我们这儿没下 就是冷", sender="u2", name="孙姨")
    await bot.wait(minutes=5)
    assert not _nudge(bot, "private"), [a.text for a in _nudge(bot)]
    assert not any(a.ref == "cover:question" for a in _nudge(bot, "say"))


@pytest.mark.parametrize("text", ["你们谁知道社区医院周末几点开门", "你们那边有卖艾条的吗 我想买点",
                                  "你们说的那个降压药在哪买"])
async def test_a_member_asking_the_others_for_something_she_needs_still_reaches_a_person(make_bot, text):
    """Asked of the others, but for what the member needs to know: the operator on duty hears of it if nobody
    answers."""
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, name="赵姐")
    await bot.wait(minutes=5)
    assert any("赵姐" in a.text for a in _nudge(bot, "private")), [a.text for a in _nudge(bot)]


@pytest.mark.parametrize("text", ["要得 辛苦王老师了🙏", "团长辛苦 小李辛苦🙏", "好的 辛苦小何", "孙姐你是我的救星🙏"])
def test_thanks_said_as_xinku_close_the_members_question(text):
    """"辛苦王老师了" after her question was answered is her thanks: the question's wait is met, no new subject."""
    _, _, thanks = _talk(("u1", "明天排练几点到啊", 0), ("u2", "九点 活动中心二楼", 30), ("u1", text, 60))
    assert thanks.kind is Kind.THANKS


@pytest.mark.parametrize("text", ["这天送水也辛苦 小马穿厚点", "那倒不用 你们也辛苦 记住就行"])
def test_a_word_for_someones_hard_work_is_no_thanks(text):
    (chat,) = _talk(("u1", text, 0))
    assert chat.kind is not Kind.THANKS


async def test_a_member_greeted_by_name_with_zao_is_in_the_greetings_one_answer(make_bot):
    """"李婆婆早 您起得真早" greets back: both greetings are in the one warm answer, nobody is chased."""
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("大家早上好", sender="u1", name="李婆婆")
    await bot.wait(seconds=20)
    await bot.send_message("李婆婆早 您起得真早", sender="u2", name="小周")
    await bot.wait(minutes=5)
    assert not _nudge(bot, "private")
    (cover,) = _nudge(bot, "say")
    assert set(cover.mentions) == {"u1", "u2"}, cover.text


def test_an_early_finding_told_to_someone_is_no_greeting():
    (chat,) = _talk(("u1", "张阿姨 早发现就好 我们楼老刘也打过", 0))
    assert chat.kind is not Kind.GREETING


@pytest.mark.parametrize("opener", ["小刘 提个小意见啊", "小刘 我说句话你别不爱听", "有个事想跟你们说一下"])
async def test_a_matter_opened_for_the_staff_and_told_in_lines_alerts_the_operator_with_all_of_it(make_bot, opener):
    """"说个事" / "昨天那个送货的小伙" / "东西往门口一扔就走" is one complaint: the operator on duty is alerted once,
    with the lines that tell it, and the group hears no praise."""
    bot = make_bot(NUDGE)
    await bot.start()
    for line in [opener, "昨天那个送货的小伙子", "东西往门口一扔就走 鸡蛋碎了好几个"]:
        await bot.send_message(line, sender="u1", name="钱阿姨")
        await bot.wait(seconds=20)
    await bot.wait(minutes=4)
    alerts = [a for a in _nudge(bot, "private") if a.ref.startswith("complaint") and a.to == "op1"]
    assert len(alerts) == 1 and "鸡蛋碎了" in alerts[0].text, [a.text for a in _nudge(bot)]
    assert not any(word in a.text for a in _nudge(bot, "say") for word in ("分享", "真好", "棒", "赞", "好问题"))


@pytest.mark.parametrize("text", ["跟大家说个事 楼下药店这礼拜老人买药打八折", "我打算交这张 大家给提提意见"])
def test_news_for_everyone_or_asking_the_others_to_judge_is_no_complaint(text):
    (line,) = _talk(("u1", text, 0))
    assert line.kind is not Kind.COMPLAINT
