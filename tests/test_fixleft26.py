"""What session 25 left (stream fixleft26): the operator told truly after a member asked for a person (native review
25, finding 13), a post whose 明天 is past when it goes out (finding 15), the kinds of emergency a person may visit
named once (code review 25, finding 17), and complaints put as questions."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import ORDER, emergency
from bot.templates import Scripts
from bot.testing import TZ
from plugins.nudge.emergency_word import SAFE_TO_VISIT
from tests.shipped_bot import said, shipped_bot, to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)


async def _asked(make_bot, text: str, private: bool, minutes: float = 0.5):
    bot = shipped_bot(make_bot, DAY)
    await bot.start()
    if private:
        await bot.send_private(text, sender="u5", name="小林")
    else:
        await bot.send_message(text, sender="u5", name="小林")
    await bot.wait(minutes=minutes)
    return bot


# native review 25, finding 13: she says the bot missed her point and asks for a person; the operator is told at once
# that she is cross, what the bot told her, and what to say now; the bot says nothing more in the group
MISSED = ["你是机器人吧 答非所问 我要找真人",  # the review's own
          "你是不是机器人啊 听不懂我说话 给我转人工",
          "是机器人在回吗 说了半天没用 叫个人来",
          "你是机器人吧 问东答西的 我找你们管理员",
          "你是自动回复吧 鸡同鸭讲 找个真人跟我说"]


@pytest.mark.parametrize("text", MISSED)
@pytest.mark.parametrize("private", [True, False])
async def test_a_member_cross_that_the_bot_missed_her_point_is_passed_on_at_once_as_such(make_bot, text, private):
    bot = await _asked(make_bot, text, private)
    (word,) = to(bot, "u5") if private else said(bot)
    assert word.startswith("对不起，我是自动回复的机器人，没弄明白您的意思") and "请工作人员来回您" in word
    (alert,) = to(bot, "op1")  # within the minute: the bot has just told her a person comes
    assert "说机器人没听懂、要找真人，有点不高兴了" in alert and text in alert
    assert "“我已经请工作人员来回您，请稍等一下”" in alert and "刚才机器人没弄明白，我来帮您" in alert
    assert ("去群里叫一声名字" if not private else "私信叫一声名字") in alert
    assert "久等" not in alert and "已经转告工作人员" not in alert and "~" not in alert


async def test_nobody_answering_her_the_operator_is_reminded_and_the_bot_adds_no_cover(make_bot):
    bot = await _asked(make_bot, MISSED[0], private=False, minutes=5)
    assert len(said(bot)) == 1  # the apology only: no "您的事情我们记下了" on top of it
    first, again = to(bot, "op1")
    assert "已经等了3分钟，还没人回" in again and "刚才机器人没弄明白，我来帮您" in again


# she only asks for a person, not cross: the operator is told she wants staff, nothing of being cross
@pytest.mark.parametrize("text", ["你是真人吗 我要找工作人员", "你是机器人吗？帮我找一下群主"])
@pytest.mark.parametrize("private", [True, False])
async def test_a_member_who_only_asks_for_a_person_is_passed_on_as_asking(make_bot, text, private):
    bot = await _asked(make_bot, text, private)
    (word,) = to(bot, "u5") if private else said(bot)
    assert word == "对不起，我是自动回复的机器人。我已经请工作人员来回您，请稍等一下。"
    (alert,) = to(bot, "op1")
    assert "说要找工作人员" in alert and "不高兴" not in alert and "您好，我是工作人员，我来帮您" in alert


# everyday words that are not a member asking the bot for a person: no such alert
@pytest.mark.parametrize("text", ["你是真人还是机器人", "王姐你是真人吗 这么快就回了", "我听不懂广东话 谁给翻译一下",
                                  "孙子说的话我听不懂 现在的网络用语太多了", "让机器人回吧 我不着急"])
async def test_everyday_words_are_not_read_as_asking_for_a_person(make_bot, text):
    bot = await _asked(make_bot, text, private=False, minutes=5)
    assert not any("要找真人" in t or "要找工作人员" in t for t in to(bot, "op1"))
    assert not any("请工作人员来回您" in t for t in said(bot))


# native review 25, finding 15: an item whose every day word is past on the day it goes out is taken back and said
# today, never rewritten as that past date (which would announce a day already gone)
POSTS = """
plugins:
  posts: {}
"""


async def _queued(make_bot, *items: str) -> str:
    bot = make_bot(POSTS, start=datetime(2026, 12, 2, 9, 0, tzinfo=TZ))  # after the 07:30 post: the next is 12月3日
    await bot.start()
    await bot.send_message("早", room="r1")
    for item in items:
        await bot.send_command(f"/post add morning {item}", sender="op1")
        await bot.settle()
    return bot.texts("commands")[-1]


@pytest.mark.parametrize("item", ["明天上午九点社区义诊 记得带医保卡", "今晚七点广场舞比赛 大家早点到",
                                  "明早菜市场门口免费量血压", "今天下午三点发米面油 带上社员证"])
async def test_an_item_that_would_go_out_after_its_day_is_said_today_instead(make_bot, item):
    reply = await _queued(make_bot, "天凉了，早晚出门加件外套。", item)  # goes out on 12月4日
    assert "这条要到12月4日才发" in reply and "到时候已经过了" in reply
    assert "「/post drop morning」撤下" in reply and "今天在群里直接说一声" in reply
    assert "改成" not in reply and "具体日期" not in reply


@pytest.mark.parametrize("item", ["后天上午体检要空腹", "后天下午两点在活动室上课"])
async def test_an_item_whose_day_is_still_ahead_is_rewritten_with_its_date(make_bot, item):
    reply = await _queued(make_bot, "天凉了，早晚出门加件外套。", item)  # 后天 is 12月4日, the day it goes out
    assert "到那天大家会当成别的日子" in reply and "把「后天」改成「12月4日」" in reply
    assert "今天在群里直接说一声" not in reply


# code review 25, finding 17: the kinds of danger a deaf member's neighbours may walk into are named once, in code; the
# group's line asks them over only for those
@pytest.mark.parametrize("kind", [k for k in ORDER if k not in SAFE_TO_VISIT])
def test_for_every_danger_outside_the_safe_kinds_nobody_is_asked_over(kind):
    word = Scripts().render("nudge/emergency.j2", kind=kind, lift=False, told=True, no_phone=True, private=False,
                            name="王阿姨", visit=kind in SAFE_TO_VISIT).text
    assert "过去看看" not in word


@pytest.mark.parametrize(("text", "visit"), [
    ("我妈摔倒了起不来 头上流血了", True), ("我老伴突然说不出话 半边身子动不了", True),
    ("楼下有个男的拿着菜刀喊着要砍人", False), ("有人掉河里了", False), ("厨房着火了 烟好大", False)])
async def test_a_deaf_members_neighbours_are_asked_over_only_where_it_is_safe(make_bot, text, visit):
    bot = shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(text, sender="u5", name="老聂", room_topic="听障朋友之家")
    await bot.wait(seconds=5)
    found = emergency(text)
    assert found is not None and (found.kind in SAFE_TO_VISIT) is visit
    (step, *_) = said(bot)
    assert "12110" in step and "群里离老聂近的朋友，请马上替老聂打" in step
    assert ("能过去的请过去看看" in step) is visit


# acceptance25: a grievance put as a question (a price above another seller's, less than last year, money someone may
# have pocketed) reaches the operator as a complaint at once; questions about a price, a share or a date stay questions
AGGRIEVED = ["你们家的鸡蛋怎么比菜市场贵一块多啊", "同样的血压计 为啥你们卖得比京东贵那么多",
             "网上才卖五十 你们这咋要七十", "今年补贴咋只有一百了 往年都是两百",
             "这次的年终福利咋才一桶油 去年还有米有面的", "大家凑的活动经费是不是被谁吞了", "这钱是不是让人给截留了"]
STILL_QUESTIONS = ["这个药饭前吃还是饭后吃", "今年分红啥时候发", "为什么原研药比仿制药贵", "大瓶的比小瓶的贵多少",
                   "咋才能领到今年的分红", "去年分红是多少来着", "孩子是不是把钱吞了 咋办"]


async def _in_group(make_bot, text: str):
    bot = shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(text, sender="u5", name="赵大哥")
    await bot.wait(seconds=30)
    return bot


@pytest.mark.parametrize("text", AGGRIEVED)
async def test_a_grievance_asked_as_a_question_reaches_the_operator_as_a_complaint(make_bot, text):
    bot = await _in_group(make_bot, text)
    (alert, *_) = to(bot, "op1")
    assert alert.startswith("⚠️ 投诉") and text in alert


@pytest.mark.parametrize("text", STILL_QUESTIONS)
async def test_a_question_about_a_price_a_share_or_a_date_stays_a_question(make_bot, text):
    bot = await _in_group(make_bot, text)
    assert not any("投诉" in t for t in to(bot, "op1"))


# acceptance24 question_answered_by_notice_minutes_before: a question of what the room was just told is pointed to it
# (the operator told it may be the answer), never "工作人员正在确认"; a question of another matter is covered as ever
TOLD = [("刘老师", "下周三停课一次 学校开运动会 大家互相转告", "下周三还用去学校不"),  # the FAQ answers 上课不
        ("王站长", "明天上午八点在村口集合 坐大巴去县医院体检", "明天几点到村口啊"),
        ("李会计", "本周六上午九点在村委会分红 带上身份证", "周六分红要带啥"),
        ("张老师", "5号的合唱排练改到下午两点", "5号排练几点")]


async def _asked_after(make_bot, teller: str, notice: str, question: str):
    bot = shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(notice, sender="u9", name=teller)
    await bot.wait(minutes=3)
    await bot.send_message(question, sender="u5", name="陈姨")
    await bot.wait(minutes=4)
    return bot


@pytest.mark.parametrize(("teller", "notice", "question"), TOLD)
async def test_a_question_of_what_the_room_was_just_told_is_pointed_to_it(make_bot, teller, notice, question):
    bot = await _asked_after(make_bot, teller, notice, question)
    assert "正在确认" not in "".join(said(bot))
    assert all(f"{teller}刚才在群里说过：“{notice}”" in t for t in said(bot) if "您看看" in t or "您的问题" in t)
    nudge = next(t for t in to(bot, "op1") if "陈姨" in t)
    assert question in nudge and f"{teller}刚在群里说过：“{notice}”，可能就是答案" in nudge


@pytest.mark.parametrize(("notice", "question"), [("下周三停课一次 学校开运动会", "下周四上课不"),
                                                  ("明天上午八点在村口集合", "明天的药带几天的"),
                                                  ("明天我去医院复查", "明天几点集合")])
async def test_a_question_of_another_day_or_matter_is_not_pointed_to_it(make_bot, notice, question):
    bot = await _asked_after(make_bot, "刘老师", notice, question)
    assert not any("刚才在群里说过" in t for t in said(bot))
    assert not any("可能就是答案" in t for t in to(bot, "op1"))
