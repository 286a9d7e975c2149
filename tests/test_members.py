"""Members: segments computed each night, lurkers with a gentle greeting, core members, a leaver told privately."""
from __future__ import annotations

from datetime import timedelta

from bot.testing import join, leave, message

MEMBERS = """
plugins:
  members:
    segments: {window_days: 14, newcomer_days: 3, kol_messages: 20, kol_replies: 5, active_days: 5,
               active_messages: 15, lurker_days: 10}
    review_cron: null
"""


async def two_weeks(bot) -> None:
    """u1 talks a lot and is answered, u2 speaks most days, u3 once, u4 never; u5 joins late."""
    start = bot.now
    await bot.send(join(("u1", "老张"), ("u2", "王姨"), ("u3", "李叔"), ("u4", "赵阿姨"), ts=start))
    for day in range(14):
        t = start + timedelta(days=day, hours=1)
        for i in range(3):
            first = message(f"早上好，今天第{i}条", sender="u1", name="老张", ts=t + timedelta(minutes=i))
            await bot.send(first)
            await bot.send(message("说得好", sender="u2", name="王姨", ts=t + timedelta(minutes=i, seconds=30),
                                   reply_to=first.id))
        if day == 0:
            await bot.send(message("大家好", sender="u3", name="李叔", ts=t + timedelta(minutes=10)))
    await bot.send(join(("u5", "钱哥"), ts=start + timedelta(days=13)))
    await bot.wait(days=1)


async def test_segments_are_computed_at_night_and_shown_privately(make_bot):
    bot = make_bot(MEMBERS)
    await bot.start()
    await two_weeks(bot)
    await bot.send_message("/成员", sender="op1", name="小王")
    await bot.settle()
    answer = bot.sent[-1]
    assert answer.kind == "private" and answer.to == "op1"
    text = answer.text
    assert "意见领袖 1 位" in text and "活跃 1 位" in text and "新人 1 位" in text and "潜水 2 位" in text


async def test_lurkers_lists_the_silent_and_greets_one_on_command(make_bot):
    bot = make_bot(MEMBERS)
    await bot.start()
    await two_weeks(bot)
    await bot.send_message("/潜水", sender="op1", name="小王")
    await bot.settle()
    listing = bot.sent[-1].text
    assert listing.index("赵阿姨") < listing.index("李叔") and "老张" not in listing and "钱哥" not in listing
    assert "还没说过话" in listing
    before = len(bot.sent)
    await bot.send_message("/问候 赵阿姨", sender="op1", name="小王")
    await bot.settle()
    sent = {a.to: a.text for a in list(bot.sent)[before:]}
    assert sorted(sent) == ["op1", "u4"] and "赵阿姨您好" in sent["u4"] and "赵阿姨" in sent["op1"]
    assert not [a for a in bot.sent if a.kind == "say" and a.plugin == "members"]


async def test_a_member_nobody_can_find_is_said_so_to_the_operator_and_nobody_is_greeted(make_bot):
    bot = make_bot(MEMBERS)
    await bot.start()
    await two_weeks(bot)
    for command in ("/问候 孙大爷", "/member 孙大爷"):
        before = len(bot.sent)
        await bot.send_message(command, sender="op1", name="小王")
        await bot.settle()
        sent = list(bot.sent)[before:]
        assert [(a.kind, a.to) for a in sent] == [("private", "op1")], command
        assert "没找到「孙大爷」" in sent[0].text, command
    await bot.send_message("/member 赵阿姨", sender="op1", name="小王")
    await bot.settle()
    assert "没找到" not in bot.sent[-1].text and "赵阿姨" in bot.sent[-1].text


async def test_core_lists_top_contributors(make_bot):
    bot = make_bot(MEMBERS)
    await bot.start()
    await two_weeks(bot)
    await bot.send_message("/核心", sender="op1", name="小王")
    await bot.settle()
    text = bot.sent[-1].text
    assert text.index("1. 老张（意见领袖") < text.index("2. 王姨（活跃")


async def test_a_leaver_is_reported_privately_with_segment_and_last_words(make_bot):
    bot = make_bot(MEMBERS)
    await bot.start()
    await two_weeks(bot)
    await bot.send(leave(("u1", "老张"), ts=bot.now))
    await bot.settle()
    told = [a for a in bot.sent if a.plugin == "members"]
    assert len(told) == 1 and told[0].kind == "private" and told[0].to == "op1"
    assert "老张 退出了" in told[0].text and "意见领袖" in told[0].text and "早上好，今天第2条" in told[0].text


async def test_an_operator_tags_a_member_and_sees_the_card(make_bot):
    bot = make_bot(MEMBERS)
    await bot.start()
    await bot.send(join(("u1", "老张"), ts=bot.now))
    await bot.send_message("/tag @老张 爱好:太极", sender="op1", name="小王")
    await bot.send_message("/成员 @老张", sender="op1", name="小王")
    await bot.settle()
    assert "爱好：太极" in bot.sent[-1].text and bot.sent[-1].to == "op1"


async def test_signing_up_for_activities_makes_a_quiet_member_active_not_a_lurker(make_bot):
    bot = make_bot(MEMBERS + "  activities: {}\n")
    await bot.start()
    await bot.send(join(("u1", "老张"), ("u4", "赵阿姨"), ts=bot.now))
    await bot.wait(days=12)
    for title in ("太极", "包饺子"):
        await bot.send_message(f"/接龙 {title}", sender="op1", name="小王")
        await bot.send_message("+1", sender="u4", name="赵阿姨")
    await bot.wait(days=1)
    await bot.send_message("/成员 @赵阿姨", sender="op1", name="小王")
    await bot.settle()
    assert "分层：活跃" in bot.sent[-1].text


async def test_a_self_introduction_gives_tags_shown_on_the_members_card(make_bot):
    from plugins.members.intro import tags
    assert tags("我在北京路开了个店，做生意的") == [("职业", "个体经营")]  # a street, not a city
    bot = make_bot(MEMBERS)
    await bot.start()
    await bot.send(join(("u7", "刘老师"), ts=bot.now))
    await bot.send(message("大家好，我是来自杭州的老刘，今年67岁，退休前是中学老师，平时喜欢打太极拳和书法。",
                           sender="u7", name="刘老师", ts=bot.now + timedelta(hours=1)))
    await bot.send(message("我也爱钓鱼", sender="u7", name="刘老师", ts=bot.now + timedelta(hours=80)))
    await bot.wait(hours=88)  # the next morning (answers wait out the night)
    await bot.send_message("/成员 刘老师", sender="op1", name="小王")
    await bot.settle()
    card = bot.sent[-1]
    assert card.kind == "private" and card.to == "op1"
    assert "城市：杭州" in card.text and "爱好：书法、太极" in card.text and "年龄：60多岁" in card.text
    assert "职业：教师" in card.text and "钓鱼" not in card.text  # said after the first 72 hours


async def test_greeting_the_teacher_does_not_make_a_member_a_teacher_and_what_she_says_of_herself_tags_her(make_bot):
    bot = make_bot(MEMBERS)
    await bot.start()
    await bot.send(join(("u1", "王老师"), ("u2", "陈阿姨"), ("u3", "刘大爷"), ts=bot.now))
    for sender, name, words in [("u1", "王老师", "大家好 我是书法班的王老师 退休前在中学教语文 喜欢写行书"),
                                ("u2", "陈阿姨", "王老师好"),
                                ("u3", "刘大爷", "老师好 我住文化路 七十二了 想练练楷书")]:
        await bot.send_message(words, sender=sender, name=name)
    await bot.wait(days=1)
    cards = {}
    for name in ("王老师", "陈阿姨", "刘大爷"):
        await bot.send_message(f"/成员 {name}", sender="op1", name="小王")
        await bot.settle()
        cards[name] = bot.sent[-1].text
    assert "职业：教师" in cards["王老师"] and "爱好：书法" in cards["王老师"]
    assert "教师" not in cards["陈阿姨"] and "教师" not in cards["刘大爷"]
    assert "年龄：70多岁" in cards["刘大爷"] and "爱好：书法" in cards["刘大爷"]


async def test_a_restart_repeats_no_warning_and_keeps_reading_a_newcomers_introduction(make_bot):
    bot = make_bot(MEMBERS)
    await bot.start()
    await bot.send(join(("u1", "老张"), ("u2", "王姨"), ts=bot.now))
    for hour in (1, 2, 3):  # three posts of the operator's, no member answers
        await bot.send(message(f"今天的话题{hour}", sender="op1", name="小王", ts=bot.now + timedelta(hours=hour)))
    await bot.wait(hours=20)  # past 04:30: the night's job sees the unanswered posts
    assert [s.to for s in bot.sent if s.ref == "warning.j2"] == ["op1"]
    await bot.send(join(("u7", "刘老师"), ts=bot.now))
    await bot.stop()

    again = make_bot(MEMBERS)
    await again.start(at=bot.now + timedelta(minutes=30))
    await again.send(message("大家好，我是杭州的老刘，平时喜欢书法。", sender="u7", name="刘老师",
                             ts=again.now + timedelta(hours=1)))
    await again.wait(days=1)  # the next night: the posts are still unanswered, the warning was given already
    assert [s for s in again.sent if s.ref == "warning.j2"] == []
    await again.send_message("/成员 刘老师", sender="op1", name="小王")
    await again.settle()
    assert "城市：杭州" in again.sent[-1].text and "爱好：书法" in again.sent[-1].text


async def test_members_asked_on_the_first_day_are_counted_then_not_put_off_to_tomorrow(make_bot):
    # accept13: /成员 on the bot's first day said "今天还没算好，明天一早再来看看~"
    bot = make_bot(MEMBERS)
    await bot.start()
    await bot.send(join(("u1", "老张"), ("u2", "王姨"), ts=bot.now))
    await bot.send_message("大家好", sender="u1", name="老张")
    await bot.send_command("/成员", sender="op1")
    await bot.settle()
    (said,) = [a for a in bot.sent if a.plugin == "members" and a.to == "op1"]
    assert "还没算好" not in said.text and "新人 2 位" in said.text
