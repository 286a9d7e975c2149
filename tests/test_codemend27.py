"""Code review 27 (`/work/reviews27/diff.md`), the room's readings: each finding's lines as the reviewer tried them,
two or three of ours in other words, and the real cases each reading was written for, which are still heard
(codemend27; the danger readings are in test_codemend27_danger.py)."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.good_news import a_feat
from bot.grievance import grievance
from bot.question_shape import DOES_NOT_KNOW, NOT_ASKING
from bot.repairs import calls_out
from bot.rumour import CHAIN_RUMOUR, FOLK_CURE, rumour
from bot.testing import TZ
from plugins.nudge import addressing
from tests.shipped_bot import said, shipped_bot, to


# 8. praise taken back is a complaint only of something of ours or something bought and used, never a joke on oneself
@pytest.mark.parametrize("text", [
    "孙子真好 教了半天跟没教一样", "今天天气真好 出去跟没出去一样",                               # the reviewer's
    "我这记性真好 背了跟没背一样", "老伴真行 说了跟没说一样", "今天真不错 睡了跟没睡差不多",         # ours
])
def test_a_joke_on_oneself_or_the_family_is_no_complaint(text):
    assert grievance(text) == ""


@pytest.mark.parametrize("text", [
    "你们的降压仪真管用 用了等于没用", "这老花镜可真好 戴了跟没戴似的😂", "你们店的除湿机真厉害 开了跟没开一样",
    "你们家助听器真好 戴上跟没戴一样",
])
def test_praise_of_a_thing_taken_back_is_still_a_complaint(text):
    assert grievance(text) != ""


# 9. a rumour urged with 吧 is still urged; a hospital's or a doctor's word is no folk cure
@pytest.mark.parametrize(("text", "kind"), [
    ("银杏叶泡水喝能治耳聋 大家也试试吧", FOLK_CURE),                      # the reviewer's
    ("明天开始微信聊天要收费了 赶紧转发吧", CHAIN_RUMOUR),
    ("醋泡黑豆能治好高血压 药都停了 大家也试试吧", FOLK_CURE),               # ours
    ("紧急通知 微信要封号了 看到的都转发吧", CHAIN_RUMOUR),
    ("银杏叶泡水喝能治耳聋 大家也试试", FOLK_CURE),                                                  # the real case
])
def test_a_rumour_urged_with_ba_is_still_a_rumour(text, kind):
    assert rumour(text) == kind


@pytest.mark.parametrize("text", [
    "那家医院的康复科能治好面瘫 大家也可以试试", "医生说这药能治好 大家也试试",                  # the reviewer's
    "针灸治好了我的肩周炎 大家也可以试试", "大夫说按医嘱吃药能治住 大家也试试",                # ours
    "银杏叶泡水喝能治耳聋吧", "微信要收费了 真的假的",
])
def test_a_doctors_word_or_a_question_is_no_rumour(text):
    assert rumour(text) is None


# 10. "the same matter" is a word of two characters shared, never one character (我, 下)
async def _asked_after(make_bot, notice: str, question: str):
    bot = shipped_bot(make_bot, datetime(2026, 12, 2, 10, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message(notice, sender="u9", name="刘老师")
    await bot.wait(minutes=3)
    await bot.send_message(question, sender="u5", name="陈姨")
    await bot.wait(minutes=4)
    return bot


@pytest.mark.parametrize(("notice", "question"), [
    ("明天我去医院看我妈", "明天谁有空帮我接孩子"), ("明天我们去爬山 下午回来", "明天下雨吗"),          # the reviewer's
    ("周六我在家包饺子", "周六谁能帮我看下孩子"), ("明天大家早点到 人多", "明天的会议室在几楼"),       # ours
])
async def test_a_notice_sharing_one_character_with_the_question_is_not_pointed_to(make_bot, notice, question):
    bot = await _asked_after(make_bot, notice, question)
    assert not any("刚才在群里说过" in t for t in said(bot))
    assert not any("可能就是答案" in t for t in to(bot, "op1"))


async def test_a_notice_of_the_same_matter_is_still_pointed_to(make_bot):
    bot = await _asked_after(make_bot, "本周六上午九点在村委会分红 带上身份证", "周六分红要带啥")
    assert any("可能就是答案" in t for t in to(bot, "op1"))


# 11. a bare title is the member's only when she is the one in the room who bears it; small talk answers nobody
@pytest.mark.parametrize(("asked", "name", "speakers"), [
    ("老师，明天要带什么？", "刘老师", ["刘老师", "李老师", "吴阿姨"]),                              # the reviewer's
    ("阿姨 您家门口的快递是谁的", "张阿姨", ["张阿姨", "王阿姨"]),
    ("师傅 明天几点来修", "郑师傅", ["郑师傅", "李师傅", "小何"]),                                    # ours
    ("老师好 今天的作业是什么", "陈老师", ["陈老师", "刘老师"]),
])
def test_a_bare_title_that_two_members_bear_calls_neither(asked, name, speakers):
    assert not addressing.asked_of(asked, name, speakers)


@pytest.mark.parametrize(("asked", "name", "speakers"), [
    ("师傅 我下周二去不了 家里来客人 跟您请个假", "郑师傅", ["郑师傅", "吴阿姨"]),
    ("刘老师 明天我晚点到 帮我留个位子", "刘老师", ["刘老师", "李老师"]),
])
def test_the_one_member_called_by_name_or_title_is_still_asked(asked, name, speakers):
    assert addressing.asked_of(asked, name, speakers)


async def test_small_talk_from_a_member_with_the_title_leaves_the_question_waiting(make_bot):
    bot = shipped_bot(make_bot, datetime(2026, 12, 2, 10, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message("今天好冷啊 大家多穿点", sender="u3", name="李老师")
    await bot.send_message("老师，明天的活动几点开始？要带身份证吗？", sender="u1", name="吴阿姨")
    await bot.wait(seconds=20)
    await bot.send_message("哈哈 今天好冷", sender="u2", name="刘老师")
    await bot.wait(minutes=6)
    assert [t for t in to(bot, "op1") if "吴阿姨" in t and "还没人回复" in t]



# 19. the member's own coming is no call for the staff to come out
@pytest.mark.parametrize("text", [
    "我下午能来拿吗",                                                          # the reviewer's
    "俺明天可以过来取不", "我等会能来看看吗", "我周六能过来拿药吗",                 # ours
])
def test_the_members_own_coming_is_no_call_out(text):
    assert not calls_out(text)


@pytest.mark.parametrize("text", ["有空过来紧一紧", "周六能来给看看不", "能不能上门来拿", "能来个人不"])
def test_the_staff_asked_to_come_is_still_a_call_out(text):
    assert calls_out(text)


# 21. a catch shown to onlookers is still a feat; a catch stolen or snatched is none
@pytest.mark.parametrize("text", [
    "今天钓了条十斤的草鱼 被人围着拍照",                                        # the reviewer's
    "钓了一条8斤的鲤鱼 被人夸了一下午", "今年最大的一条鱼 被人要了签名哈哈",         # ours
])
def test_a_catch_admired_by_others_is_a_feat(text):
    assert a_feat(text)


@pytest.mark.parametrize("text", ["今年最大的一条鱼被人偷了", "钓了一条8斤的草鱼 结果让野猫叼跑了",
                                  "钓了条十斤的草鱼 被人顺走了", "钓了条十斤的草鱼 被狗叼走了"])
def test_a_catch_lost_is_no_feat(text):
    assert not a_feat(text)


# 15. "I don't know" written once
def test_i_dont_know_pointing_to_someone_else_asks_nothing():
    assert NOT_ASKING.search("我真不知道，你问问小王吧") and DOES_NOT_KNOW.search("我真不知道，你问问小王吧")


# 18. "I don't know either" followed by a question: checked on the whole reader path (the reviewer checked the pattern
# only): a question of her own is answered, the same question leaves the open one waiting for a person; no change made
async def _after_an_open_question(make_bot, reply: str):
    bot = shipped_bot(make_bot, datetime(2026, 12, 2, 10, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message("明天体检要空腹不", sender="u1", name="吴阿姨")
    await bot.wait(seconds=20)
    await bot.send_message(reply, sender="u2", name="陈姨")
    await bot.wait(minutes=5)
    return bot


@pytest.mark.parametrize("reply", ["我也不清楚 明天几点开门啊？", "我也不知道，你们店几点开门？"])  # ours
async def test_i_dont_know_then_a_question_of_her_own_is_answered(make_bot, reply):
    bot = await _after_an_open_question(make_bot, reply)
    assert any("开门" in t for t in said(bot))


@pytest.mark.parametrize("reply", ["我也不清楚，群主能说一下吗？", "我也不知道 你们知道吗？"])  # the reviewer's
async def test_i_dont_know_then_the_same_question_leaves_it_waiting_for_a_person(make_bot, reply):
    bot = await _after_an_open_question(make_bot, reply)
    assert [t for t in to(bot, "op1") if "吴阿姨" in t and "还没人回复" in t]


async def test_i_dont_know_pointing_elsewhere_asks_nothing_of_her_own(make_bot):  # the real case
    bot = await _after_an_open_question(make_bot, "我也不清楚 等群主回吧")
    assert not [t for t in to(bot, "op1") if "陈姨" in t]

