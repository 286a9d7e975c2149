"""What the acceptance tester of session 17 found the bot got wrong in reading the conversation (issue 13): a health
question a member answered, a plain question after a complaint, a complaint asked as a question or said by voice, a
return of one's own slip, news of an illness, a free gift, a teacher's assignment, a notice to everyone over a
complaint, the day's report, a newcomer's night welcome. Each as a member or an operator would notice it, on the
virtual clock."""
from __future__ import annotations

from bot.testing import Sent, TestBot

NUDGE = """
plugins:
  nudge: {}
"""


def _nudge(bot: TestBot, action: str | None = None) -> list[Sent]:
    return [a for a in bot.sent if a.plugin == "nudge" and (action is None or a.kind == action)]


def _to(bot: TestBot, person: str) -> list[Sent]:
    return [a for a in _nudge(bot, "private") if a.to == person]


async def test_a_health_question_a_member_answered_still_reaches_a_person_with_the_advice_to_check(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    asked = await bot.send_message("透析的人每天能喝多少水啊", sender="u1", name="何阿姨")
    await bot.wait(seconds=30)
    await bot.send_message("多喝点好 排毒", sender="u2", name="周姐", reply_to=asked.id)
    await bot.wait(seconds=10)
    await bot.send_message("好的谢谢", sender="u1", name="何阿姨")
    await bot.wait(minutes=5)
    told = _to(bot, "op1")
    assert told and "何阿姨" in told[0].text and "多喝点好 排毒" in told[0].text and "周姐" in told[0].text
    assert "健康" in told[0].text and "对不对" in told[0].text
    assert not _nudge(bot, "say")  # the bot itself says nothing medical and no cover over the members' talk


async def test_an_ordinary_question_a_member_answered_and_was_thanked_for_still_closes(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    asked = await bot.send_message("下周几上课来着", sender="u1", name="刘大爷")
    await bot.wait(seconds=30)
    await bot.send_message("周二下午两点", sender="u2", name="周奶奶", reply_to=asked.id)
    await bot.wait(seconds=10)
    await bot.send_message("谢谢", sender="u1", name="刘大爷")
    await bot.wait(minutes=5)
    assert not _to(bot, "op1") and not _nudge(bot, "say")


async def test_a_plain_question_after_a_complaint_in_two_lines_is_no_complaint_of_its_own(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("药过期了", sender="u1", name="赵阿姨")
    await bot.wait(seconds=30)
    await bot.send_message("这不是害人吗", sender="u1", name="赵阿姨")
    await bot.wait(minutes=2)
    await bot.send_message("请问会员积分能换什么", sender="u2", name="钱叔")
    await bot.wait(minutes=4)
    alerts = [a for a in _nudge(bot, "private") if a.ref.startswith("complaint")]
    assert alerts and all("赵阿姨" in a.text and "钱叔" not in a.text for a in alerts)
    said_to_him = [a.text for a in _nudge(bot, "say") if "u2" in a.mentions]
    assert not any("抱歉" in s or "添麻烦" in s for s in said_to_him), said_to_him


async def test_a_complaint_asked_as_a_why_question_alerts_at_once_and_counts_in_sla(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("为什么每次来买药都要排那么久的队？就不能多开一个窗口吗？", sender="u1", name="郑姐")
    await bot.wait(seconds=5)
    alert = _to(bot, "op1")
    assert alert and alert[0].ref.startswith("complaint") and "排那么久" in alert[0].text
    await bot.wait(minutes=4)
    await bot.send_command("/sla", sender="op1")
    await bot.settle()
    assert any("投诉 1 起" in a.text for a in bot.sent if a.plugin != "nudge" or a.ref.startswith("commands"))


async def test_a_complaint_by_voice_is_alerted_at_once_and_the_owner_is_told_of_no_question_before_it(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_voice("[语音] 上周在你们这配的眼镜 戴着头晕 看东西都是歪的", sender="u1", name="刘姐")
    await bot.wait(seconds=5)
    alert = _to(bot, "op1")
    assert alert and alert[0].ref.startswith("complaint") and "眼镜" in alert[0].text
    await bot.wait(minutes=3)
    owner = _to(bot, "boss")
    assert owner and "投诉" in owner[0].text and "投诉前" not in owner[0].text


async def test_a_nurse_who_tried_three_times_is_a_complaint_by_voice_as_typed(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_voice("[语音] 你们那个护士扎针扎了三次都没扎进去 我爸疼得直哆嗦", sender="u1", name="刘姐")
    await bot.wait(seconds=5)
    alert = _to(bot, "op1")
    assert alert and alert[0].ref.startswith("complaint")


async def test_returning_what_one_bought_by_mistake_is_a_request_no_apology_no_owner(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    for line in ("药", "买错了", "能退不"):
        await bot.send_message(line, sender="u1", name="冯大爷")
        await bot.wait(seconds=5)
    await bot.wait(minutes=4)
    assert not _to(bot, "boss")
    assert all(not a.ref.startswith("complaint") for a in _to(bot, "op1"))
    assert any("能退不" in a.text for a in _to(bot, "op1"))  # a person still sees to the return
    assert not any("抱歉" in a.text or "添麻烦" in a.text for a in _nudge(bot, "say"))


async def test_a_return_the_shop_got_wrong_is_still_a_complaint(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("你们给我拿错药了 能退吗", sender="u1", name="冯大爷")
    await bot.wait(minutes=2)
    assert any(a.ref.startswith("complaint") for a in _to(bot, "op1"))


async def _complaint_then(bot: TestBot, notice: str) -> None:
    await bot.start()
    await bot.send_message("你们透析室到底怎么回事", sender="u1", name="马哥")
    await bot.send_message("预约好的下午一点 等到三点还没上机 老人坐都坐不住了", sender="u1", name="马哥")
    await bot.wait(minutes=5)
    await bot.send_message(notice, sender="op1", name="小王")
    await bot.wait(minutes=10)
    await bot.send_command("/sla", sender="op1")
    await bot.settle()


def _sla(bot: TestBot) -> str:
    return next(a.text for a in bot.sent if a.plugin != "nudge" and "今天" in a.text)


async def test_a_notice_to_everyone_about_saturday_does_not_answer_a_complaint_about_today(make_bot):
    bot = make_bot(NUDGE)
    await _complaint_then(bot, "各位家属好，本周六透析室设备检修，周六的病人改到周日同一时间，请互相转告")
    assert "投诉 1 起，人工回复 0 起" in _sla(bot)


async def test_a_word_to_everyone_that_takes_up_the_trouble_answers_the_complaint(make_bot):
    bot = make_bot(NUDGE)
    await _complaint_then(bot, "各位家属，今天下午透析室一台机器故障，让大家久等了，真对不起，已经在加紧安排上机")
    assert "投诉 1 起，人工回复 1 起" in _sla(bot)


async def test_news_that_the_teacher_is_in_hospital_is_never_thanked_for_sharing_and_the_operator_is_asked_to_care(
        make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("王老师住院了 做了心脏支架 大家有空去看看他", sender="u1", name="阿芳")
    await bot.wait(minutes=4)
    assert not _nudge(bot, "say")  # no "谢谢您分享给大家🌷", no canned word over someone's illness
    told = _to(bot, "op1")
    assert len(told) == 1 and "阿芳" in told[0].text and "关心" in told[0].text


async def test_a_shared_health_article_is_still_thanked_for(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("【转】预防脑梗的五个小习惯，分享给大家看看", sender="u1", name="阿芳")
    await bot.wait(minutes=4)
    assert [a.ref for a in _nudge(bot, "say")] == ["cover:sharing"]


async def test_a_neighbour_giving_away_her_oranges_free_is_not_told_staff_are_confirming_her_question(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("我家自己种的橘子 今年吃不完 谁要来拿 不要钱", sender="u1", name="阿芳")
    await bot.wait(minutes=4)
    said = [a for a in _nudge(bot, "say")]
    assert all(a.ref != "cover:question" and "您的问题" not in a.text for a in said), [a.text for a in said]


async def test_asking_whether_a_check_costs_money_is_still_a_question(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("请问这个检查要不要钱", sender="u1", name="阿芳")
    await bot.wait(minutes=4)
    assert [a.ref for a in _nudge(bot, "say")] == ["cover:question"]


async def test_a_teachers_assignment_opening_with_good_morning_is_a_notice_not_a_greeting_to_thank(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("各位早上好，今天大家把上周临的《九成宫》拍照发群里，我逐个点评", sender="u3", name="王老师")
    await bot.wait(minutes=4)
    assert not _nudge(bot, "say") and not _to(bot, "op1")  # the class answers it by doing it


async def test_a_good_morning_with_a_few_words_more_is_still_answered_as_a_greeting(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("各位早上好，今天天气不错，大家出门走走", sender="u3", name="王老师")
    await bot.wait(minutes=4)
    assert [a.ref for a in _nudge(bot, "say")] == ["cover:greeting"]


async def test_a_newcomer_who_leaves_before_being_counted_is_told_in_plain_words(make_bot):
    from bot.testing import join, leave
    bot = make_bot("""
plugins:
  members: {review_cron: null}
""")
    await bot.start()
    await bot.send(join(("u4", "周奶奶"), ts=bot.now))
    await bot.wait(minutes=30)
    await bot.send(leave(("u4", "周奶奶"), ts=bot.now))
    await bot.settle()
    told = [a for a in bot.sent if a.plugin == "members" and a.kind == "private"]
    assert told and "周奶奶 退出了" in told[0].text and "刚入群不久" in told[0].text
    assert "还没算过" not in told[0].text


async def test_the_daily_report_names_who_still_waits_and_since_when(make_bot):
    bot = make_bot("""
plugins:
  nudge: {daily_report: "0 21 * * *"}
""")
    await bot.start()
    await bot.send_message("请问有没有布洛芬", sender="u1", name="郑姐")
    await bot.wait(minutes=5)
    complaint = await bot.send_message("药过期了 这不是害人吗", sender="u2", name="赵阿姨")
    await bot.wait(minutes=5)
    await bot.send_message("赵阿姨您好 真对不起 我马上私信您", sender="op1", name="小王", reply_to=complaint.id)
    await bot.wait(hours=12)
    report = next(a.text for a in _to(bot, "op1") if a.ref == "daily.j2")
    assert "还没等到人工回复" in report and "郑姐" in report and "09:00" in report and "布洛芬" in report
    assert "赵阿姨" not in report.split("还没等到人工回复")[1]  # answered: not listed


async def _night_join(bot: TestBot, *, speaks: bool) -> list[Sent]:
    from bot.testing import join
    await bot.start()
    await bot.wait(hours=14)  # 23:00
    await bot.send(join(("u9", "小陈"), ts=bot.now))
    await bot.wait(minutes=30)
    if speaks:
        await bot.send_message("大家好 我刚从深圳回来", sender="u9", name="小陈")
    await bot.wait(hours=8)
    return [a for a in bot.sent if a.plugin == "welcome" and a.kind == "say"]


async def test_a_newcomer_who_introduced_himself_at_night_is_not_asked_to_in_the_morning_welcome(make_bot):
    welcome = await _night_join(make_bot("plugins:\n  welcome: {}\n"), speaks=True)
    assert len(welcome) == 1 and "热烈欢迎小陈" in welcome[0].text
    assert "介绍一下自己" not in welcome[0].text and "打过招呼" in welcome[0].text


async def test_a_silent_night_newcomer_is_still_invited_to_introduce_himself_in_the_morning(make_bot):
    welcome = await _night_join(make_bot("plugins:\n  welcome: {}\n"), speaks=False)
    assert len(welcome) == 1 and "介绍一下自己" in welcome[0].text


async def test_asking_what_points_buy_after_a_complaint_is_only_a_question(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("药过期了", sender="u1", name="赵阿姨")
    await bot.wait(seconds=30)
    await bot.send_message("这不是害人吗", sender="u1", name="赵阿姨")
    await bot.wait(minutes=2)
    await bot.send_message("积分可以换鸡蛋吗", sender="u2", name="钱叔")
    await bot.wait(minutes=4)
    assert all("钱叔" not in a.text for a in _nudge(bot, "private") if a.ref.startswith("complaint"))
