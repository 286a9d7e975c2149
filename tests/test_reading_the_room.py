"""Nudges that read the conversation (issue 13), one expectation each: who answered whom, greeting waves, a question
typed in fragments, a wait that closes, covers paced through a busy or a quiet afternoon."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.testing import message
from tests.nudge_bot import NUDGE, _at, _nudge


async def test_a_member_answers_another_and_the_asker_thanks_them_so_the_bot_stays_out(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("自提点还是在菜鸟驿站旁边那个小店吗", sender="u1", name="王哥")
    await bot.wait(seconds=30)
    await bot.send_message("对 就是那个烟酒店 老板人挺好的", sender="u2", name="Cathy")
    await bot.wait(seconds=20)
    await bot.send_message("好的谢谢", sender="u1", name="王哥")
    await bot.wait(minutes=5)
    assert _nudge(bot) == []


async def test_a_wave_of_greetings_gets_one_answer_mentioning_them_all(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    for n in range(12):
        await bot.send_message(["早上好", "早安🌞", "大家早上好"][n % 3], sender=f"u{n}", name=f"会员{n}")
        await bot.wait(seconds=10)
    await bot.wait(minutes=5)
    (answer,) = _nudge(bot)
    assert answer.kind == "say" and sorted(answer.mentions) == sorted(f"u{n}" for n in range(12))


@pytest.mark.parametrize("asked", ["早上好，请问今天驿站中午吃什么？", "您好 能送药上门吗"])
async def test_a_question_inside_a_greeting_wave_still_reaches_a_person(make_bot, asked):
    bot = make_bot(NUDGE)
    await bot.start()
    for n, name in enumerate(["孙阿姨", "李叔", "王姨", "周老师"]):
        await bot.send_message("早上好", sender=f"u{n}", name=name)
        await bot.wait(seconds=10)
    await bot.send_message(asked, sender="u9", name="陈伯")
    await bot.wait(minutes=2)
    wave = [a for a in _nudge(bot, "say") if a.ref == "cover:greeting"]
    assert len(wave) == 1 and "u0" in wave[0].mentions
    (nudge,) = _nudge(bot, "private")
    assert nudge.to == "op1" and "陈伯" in nudge.text and asked[-6:] in nudge.text


async def test_fragments_of_one_question_make_one_wait_answered_as_a_question(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    for text in ("刘老师", "今天下午", "还在老年活动中心练歌不"):
        await bot.send_message(text, name="张叔")
        await bot.wait(seconds=8)
    await bot.wait(minutes=5)
    nudges, (cover,) = _nudge(bot, "private"), _nudge(bot, "say")
    assert "刘老师 今天下午 还在老年活动中心练歌不" in nudges[0].text
    assert cover.ref == "cover:question"


async def test_what_the_bot_noted_about_a_wait_is_forgotten_once_it_closes_so_memory_stays_flat(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    state = bot.app.plugin_state["nudge"]
    for day in range(3):
        await bot.send_message(f"第{day}次问 自提点在哪里", sender="u1", name="王哥")
        await bot.wait(seconds=30)
        await bot.send_message("就在驿站旁边那个小店", sender="u2", name="Cathy")
        await bot.wait(seconds=5)
        assert len(state.member_answered) == 1  # a member probably answered: no cover over it meanwhile
        await bot.send_message("好的谢谢", sender="u1", name="王哥")
        await bot.wait(hours=8)
    assert _nudge(bot, "say") == []
    assert len(state.member_answered) == 0 and len(state.doubtful) == 0


@pytest.mark.parametrize(("asked", "general"), [
    ("请问下周的旅游几点出发？", "大家上午好呀"),
    ("我的会员卡积分怎么查啊？", "各位学员，下午两点准时上课哦"),  # 学员 and 会员 share a character, not a topic
])
async def test_an_operators_general_message_does_not_close_a_members_wait(make_bot, asked, general):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(asked, name="李叔")
    await bot.wait(seconds=30)
    await bot.send_message(general, sender="op1", name="小王")
    await bot.wait(minutes=1)
    (nudge,) = _nudge(bot, "private")
    assert nudge.to == "op1" and "李叔" in nudge.text
    await bot.send_command("/sla", sender="op1")
    await bot.settle()
    assert "人工回复 0 位" in bot.texts("commands")[-1]


async def test_no_more_than_three_covers_an_hour_in_a_room(make_bot):
    bot = make_bot(NUDGE.replace("nudge: {}", "nudge: {cover_every_messages: 1}"))
    await bot.start()
    for n in range(6):
        await bot.send(message("请问这个怎么弄？", sender=f"u{n}", ts=bot.now))
        await bot.wait(minutes=4)
    assert len(_nudge(bot, "say")) == 3
    assert bot.now - bot.begin < timedelta(hours=1)


async def test_each_question_across_a_quiet_afternoon_gets_a_public_word(make_bot):
    # accept14: four questions 40 minutes apart, nobody else talking: only the first was ever covered in public
    bot = make_bot(NUDGE)
    await bot.start()
    asked = ["小区门口的公交站牌换地方了吗", "北门那个施工围挡什么时候撤", "老年活动室今天开不开",
             "旧衣服回收箱搬到哪去了"]
    for n, text in enumerate(asked):
        await bot.send_message(text, sender=f"u{n}", name=f"邻居{n}")
        await bot.wait(minutes=40)
    covers = _nudge(bot, "say")
    assert [c.mentions for c in covers] == [(f"u{n}",) for n in range(4)], [c.text for c in covers]


async def test_a_busy_half_hour_still_gets_one_cover_per_ten_messages(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    for n in range(6):  # six questions three minutes apart, nobody answering: two covers at most in 18 minutes
        await bot.send_message(f"请问{n}号楼的水什么时候来？", sender=f"u{n}")
        await bot.wait(minutes=3)
    await bot.wait(minutes=4)
    assert len(_nudge(bot, "say")) == 1


async def test_a_members_own_problem_right_after_anothers_question_is_no_answer_to_it(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("社保卡丢了在哪补办", sender="u1", name="杨伯")
    await bot.wait(seconds=5)
    await bot.send_message("门口的快递柜坏了 找谁修", sender="u2", name="朱姐")
    await bot.wait(seconds=15)
    await bot.send_message("@杨伯 去街道办一楼社保窗口补", sender="op1", name="小王", mentions=["u1"])
    await bot.wait(minutes=2)
    told = [a.text for a in _nudge(bot, "private") if a.to == "op1"]
    assert any("朱姐" in t and "快递柜" in t for t in told), told  # her problem still reaches a person
    assert not any("杨伯" in t for t in told), told  # his was answered


@pytest.mark.parametrize("laugh", ["哈哈", "哈哈哈😂", "[捂脸]"])
async def test_another_members_laugh_in_the_same_breath_is_no_answer_to_a_question(make_bot, laugh):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("明天几点集合？", sender="u1", name="孙姐")
    await bot.send_message(laugh, sender="u2", name="老马")  # the same second: 老马 laughs at something else
    await bot.wait(minutes=4)
    (cover,) = _nudge(bot, "say")
    assert cover.mentions == ("u1",) and 180 <= _at(bot, cover) < 185
    assert not any("老马" in a.text for a in _nudge(bot, "private"))  # nobody tells the operator 老马 answered
