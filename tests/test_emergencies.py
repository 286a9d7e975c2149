"""Emergencies reach a person at once, night included: the member is reassured with the safety step, the operator on
duty is told privately, and if nobody in charge answers in the group the next on the roster and the owners are told."""
from __future__ import annotations

from datetime import datetime, timedelta

from bot.testing import TestBot
from tests.roster_bot import AFTERNOON, LIFT_FAQ, NIGHT, ROSTER, _roster_bot, _seconds


async def _trapped_in_the_lift(make_bot, start: datetime) -> TestBot:
    bot = _roster_bot(make_bot, start)
    await bot.start()
    await bot.send_message("救命，我被关在3栋电梯里了", name="周阿姨")
    await bot.wait(minutes=10)
    return bot


async def test_lift_entrapment_in_the_afternoon_reaches_a_person_at_once_and_goes_up_the_roster(make_bot):
    bot = await _trapped_in_the_lift(make_bot, AFTERNOON)
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert reply.mentions == ("u1",) and _seconds(bot, reply) <= 5
    assert "警铃" in reply.text and "不要扒门" in reply.text and "工作人员" in reply.text
    alerts = [(a.to, _seconds(bot, a)) for a in bot.sent if a.kind == "private"]
    assert alerts[0][0] == "op1" and alerts[0][1] <= 5
    assert [to for to, _ in alerts] == ["op1", "op2", "boss"]
    assert 60 <= alerts[1][1] <= 65 and 120 <= alerts[2][1] <= 125  # the owners within the craft's 1-3 minutes
    first = next(a for a in bot.sent if a.kind == "private")
    assert "紧急" in first.text and "周阿姨" in first.text and "3栋电梯" in first.text
    assert "先听" not in first.text  # not the shop-complaint alert
    assert "1分钟内群里没有工作人员回应，机器人会告诉下一位值班同事；到第2分钟还没人回应，就告诉群主" in first.text
    assert not bot.texts("faq")  # the FAQ's ordinary answer never goes first (nor after)


async def test_lift_entrapment_at_two_in_the_morning_is_not_held_for_the_morning(make_bot):
    bot = await _trapped_in_the_lift(make_bot, NIGHT)
    said = [a for a in bot.sent if a.kind == "say"]
    assert len(said) == 1 and _seconds(bot, said[0]) <= 5 and "警铃" in said[0].text
    alerts = [(a.to, _seconds(bot, a)) for a in bot.sent if a.kind == "private"]
    assert alerts[0][1] <= 5 and {to for to, _ in alerts} >= {"boss"}  # the roster and the owners, at night too
    assert all(t < 300 for _, t in alerts)


async def test_an_operator_answering_in_the_group_stops_the_roster(make_bot):
    bot = _roster_bot(make_bot, AFTERNOON)
    await bot.start()
    await bot.send_message("物业快来人！5号楼电梯卡在12楼和13楼中间了 我和孩子在里面", name="小林妈妈")
    await bot.wait(seconds=50)
    await bot.send_message("收到，维保师傅五分钟到，您别怕", sender="op1", name="物业小王")
    await bot.wait(minutes=10)
    assert [a.to for a in bot.sent if a.kind == "private"] == ["op1"]
    assert not [a for a in bot.sent if a.kind == "say" and _seconds(bot, a) > 10]  # no cover, no praise later
    await bot.send_command("/sla", sender="op1")
    await bot.settle()
    report = bot.texts("commands")[-1]
    assert "紧急情况" in report and "小林妈妈" in report and "秒后有工作人员在群里回应" in report


async def test_gas_smell_gets_the_gas_safety_step(make_bot):
    bot = _roster_bot(make_bot, AFTERNOON)
    await bot.start()
    await bot.send_message("我家厨房燃气味特别重 阀门关了还是有味 怎么办啊 急", name="老刘")
    await bot.settle()
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert "不要开关电灯" in reply.text and "开门窗" in reply.text
    assert "已经通知了值班的工作人员" in reply.text and "{" not in reply.text  # she hears a person was told


def test_every_kind_of_emergency_reply_reads_as_plain_words_and_says_staff_were_told_only_when_they_were():
    from bot.templates import Scripts

    scripts = Scripts()
    for kind in ("trapped", "gas", "fire", "wildfire", "water", "pinned", "fall", "unwell", "bleeding", "power_alone",
                 "flood", "lost", "astray", "calling", "unreachable", "other"):
        for told in (True, False):
            text = scripts.render("nudge/emergency.j2", kind=kind, lift=kind == "trapped", told=told).text
            assert "{" not in text and "}" not in text, (kind, text)
            assert ("通知了" in text) is told, (kind, told, text)


async def test_a_private_message_at_night_is_answered_privately_and_the_operator_told_at_once(make_bot):
    bot = _roster_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_private("我妈在卫生间滑倒了 起不来 我在外地 怎么办", name="张姐")
    await bot.settle()
    to_member = [a for a in bot.sent if a.to == "u1"]
    assert len(to_member) == 1 and "120" in to_member[0].text and _seconds(bot, to_member[0]) <= 5
    assert not [a for a in bot.sent if a.kind == "say"]
    alert = next(a for a in bot.sent if a.kind == "private" and a.to == "op1")
    assert "私聊机器人" in alert.text and "张姐" in alert.text and _seconds(bot, alert) <= 5


async def test_the_members_next_lines_neither_alert_again_nor_bring_a_cover(make_bot):
    bot = _roster_bot(make_bot, AFTERNOON)
    await bot.start()
    await bot.send_message("2栋门口有个老太太摔倒了起不来，头上流血了，谁在附近快去看看", name="小陈")
    await bot.wait(seconds=20)
    await bot.send_message("人还躺着呢 你们快点啊", name="小陈")
    await bot.wait(minutes=10)
    assert [a.ref for a in bot.sent if a.to == "op1"] == ["emergency_alert.j2"]  # one alert, not a complaint too
    assert len([a for a in bot.sent if a.kind == "say"]) == 1  # the reply at once; no cover, no praise after it


async def test_after_a_restart_the_roster_still_goes_on(make_bot):
    bot = _roster_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("楼道里全是烟 呛得睁不开眼 不知道哪家着了", name="老吴")
    await bot.wait(seconds=60)  # down just as the next on the roster was told (60 s): nobody is told twice
    await bot.stop()
    await bot.start(at=bot.begin + timedelta(seconds=60))
    await bot.wait(minutes=10)
    assert [a.to for a in bot.sent if a.kind == "private"] == ["op1", "op2", "boss"]
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert "119" in reply.text


async def test_the_daily_report_lists_the_days_emergencies_and_how_fast_a_person_answered(make_bot):
    bot = make_bot(ROSTER.replace("nudge: {}", 'nudge: {daily_report: "0 21 * * *"}'), start=AFTERNOON)
    (bot.folder / "faq.yaml").write_text(LIFT_FAQ, encoding="utf-8")
    await bot.start()
    await bot.send_message("我家老人有老年痴呆 早上出去到现在没回来 穿灰色外套 大家帮忙留意下", name="钱大姐")
    await bot.wait(seconds=90)
    await bot.send_message("钱大姐别急，我们已经报警，保安在小区各个门口找", sender="op1", name="物业小王")
    await bot.wait(hours=8)
    (report,) = [a for a in bot.sent if a.ref == "daily.j2"]
    assert "紧急情况" in report.text and "钱大姐" in report.text and "90 秒后有工作人员在群里回应" in report.text


def test_a_full_outbox_never_gives_up_what_an_emergency_makes_the_bot_say():
    from bot.actions import Action
    from bot.outbox_ledger import protected
    from bot.outbox_settings import OutboxSection

    reply = Action(created_at=AFTERNOON, plugin="emergency", kind="say", room="r1", text="收到！已经马上通知…")
    chat = Action(created_at=AFTERNOON, plugin="faq", kind="say", room="r1", text="积分可以换礼品")
    assert protected(reply, OutboxSection()) and not protected(chat, OutboxSection())


async def test_an_emergency_after_a_question_already_nudged_still_alerts_and_climbs_the_roster(make_bot):
    bot = _roster_bot(make_bot, AFTERNOON)
    await bot.start()
    await bot.send_message("请问明天物业办公室几点开门？", name="周阿姨")
    await bot.wait(seconds=300)
    before = len(bot.sent)
    await bot.send_message("救命，我被关在3栋电梯里了", name="周阿姨")
    await bot.wait(minutes=10)
    alerts = [(a.to, _seconds(bot, a)) for a in bot.sent[before:] if a.kind == "private"]
    assert [to for to, _ in alerts] == ["op1", "op2", "boss"], alerts
    assert alerts[0][1] <= 305 and 360 <= alerts[1][1] <= 365 and 420 <= alerts[2][1] <= 425
    first = next(a for a in bot.sent[before:] if a.kind == "private")
    assert first.ref == "emergency_alert.j2" and "3栋电梯" in first.text


async def test_a_plea_after_an_operator_answered_reminds_that_operator_and_gets_no_shop_apology(make_bot):
    bot = _roster_bot(make_bot, AFTERNOON)
    await bot.start()
    await bot.send_message("救命，我被关在3栋电梯里了", name="周阿姨")
    await bot.wait(seconds=30)
    await bot.send_message("收到，马上到", sender="op1", name="物业小王")
    await bot.wait(seconds=30)
    before = len(bot.sent)
    await bot.send_message("还在里面，快点来人啊！！", name="周阿姨")
    await bot.wait(minutes=10)
    later = bot.sent[before:]
    assert not [a for a in later if a.kind == "say"]  # no complaint cover said to a person stuck in a lift
    assert not [a for a in later if a.ref in ("complaint.j2", "emergency_alert.j2:escalated")]
    (reminder,) = [a for a in later if a.kind == "private"]
    assert reminder.to == "op1" and _seconds(bot, reminder) <= 65
    assert "还在里面" in reminder.text and "周阿姨" in reminder.text and "投诉" not in reminder.text


async def test_an_operator_answering_another_member_does_not_stop_the_roster(make_bot):
    bot = _roster_bot(make_bot, AFTERNOON)
    await bot.start()
    await bot.send_message("请问周六的合唱排练几点开始？", name="李姐", sender="u2")
    await bot.wait(seconds=20)
    await bot.send_message("救命，我被关在3栋电梯里了", name="周阿姨")
    await bot.wait(seconds=10)
    await bot.send_message("@李姐 周六下午两点，老地方", sender="op1", name="物业小王", mentions=["u2"])
    await bot.wait(minutes=10)
    assert [a.to for a in bot.sent if a.ref and a.ref.startswith("emergency_alert")] == ["op1", "op2", "boss"]


async def test_an_operator_calling_the_member_by_name_after_the_escalation_time_stops_the_roster(make_bot):
    bot = _roster_bot(make_bot, AFTERNOON)
    await bot.start()
    await bot.send_message("救命，我被关在3栋电梯里了", name="周阿姨")
    await bot.wait(seconds=80)
    await bot.send_message("周阿姨别怕，师傅已经在路上了", sender="op2", name="物业小李")
    await bot.wait(minutes=10)
    assert [a.to for a in bot.sent if a.ref and a.ref.startswith("emergency_alert")] == ["op1", "op2"]


async def test_with_nobody_to_tell_the_member_is_not_told_staff_were_notified(make_bot):
    bot = make_bot(ROSTER, start=AFTERNOON)
    (bot.folder / "faq.yaml").write_text(LIFT_FAQ, encoding="utf-8")
    bot.config_path.write_text(bot.config_path.read_text(encoding="utf-8").replace(
        "owners: [boss]", "owners: []").replace("operators: [op1]", "operators: []"), encoding="utf-8")
    await bot.start()
    await bot.send_message("救命，我被关在3栋电梯里了", name="周阿姨")
    await bot.wait(minutes=10)
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert "通知" not in reply.text and "警铃" in reply.text and "119" in reply.text
    assert not [a for a in bot.sent if a.kind == "private"]


async def test_a_broken_emergency_script_still_pages_the_operator_and_answers_the_member(make_bot):
    bot = make_bot(ROSTER, start=AFTERNOON, scripts={"nudge/emergency.j2": "收到，{{ nope.deeper }}"})
    (bot.folder / "faq.yaml").write_text(LIFT_FAQ, encoding="utf-8")
    await bot.start()
    await bot.send_message("救命，我被关在3栋电梯里了", name="周阿姨")
    await bot.wait(minutes=10)
    alerts = [a for a in bot.sent if a.kind == "private"]
    assert alerts and alerts[0].to == "op1" and _seconds(bot, alerts[0]) <= 5 and "3栋电梯" in alerts[0].text
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert "119" in reply.text and _seconds(bot, reply) <= 5


async def test_after_a_restart_a_plea_still_reminds_the_operator_who_answered(make_bot):
    bot = _roster_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("救命，我被关在3栋电梯里了", name="周阿姨")
    await bot.wait(seconds=30)
    await bot.send_message("收到，马上到", sender="op1", name="物业小王")
    await bot.wait(seconds=30)
    await bot.stop()
    await bot.start(at=bot.begin + timedelta(seconds=90))
    before = len(bot.sent)
    await bot.send_message("还在里面，快点来人啊！！", name="周阿姨")
    await bot.wait(minutes=10)
    later = bot.sent[before:]
    (reminder,) = [a for a in later if a.kind == "private"]
    assert reminder.to == "op1" and "还在里面" in reminder.text and "周阿姨" in reminder.text
    assert not [a for a in later if a.kind == "say"]  # no cover, no shop apology to a person stuck in a lift
