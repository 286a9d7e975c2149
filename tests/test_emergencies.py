"""Emergencies reach a person at once, night included: the member is reassured with the safety step, the operator on
duty is told privately, and if nobody in charge answers in the group the next on the roster and the owners are told."""
from __future__ import annotations

from datetime import datetime, timedelta

from bot.danger.emergency import emergency
from bot.testing import TZ, TestBot

ROSTER = """
plugins:
  nudge: {}
  faq:
    file: faq.yaml
"""
LIFT_FAQ = """entries:
  - id: lift
    question: 电梯坏了找谁？
    questions: [电梯出问题了怎么办, 电梯关人了找谁]
    keywords: [电梯, 困, 关]
    answer: 电梯有问题请拨打物业电话 12345678，工作日 8:00-17:00 有人接听。
"""
AFTERNOON = datetime(2026, 11, 23, 14, 0, tzinfo=TZ)
NIGHT = datetime(2026, 11, 24, 2, 0, tzinfo=TZ)


def _roster_bot(make_bot, start: datetime) -> TestBot:
    """A property office's bot: op1 then op2 on duty, the owner `boss`, an FAQ that knows about the lift."""
    bot = make_bot(ROSTER, start=start)
    (bot.folder / "faq.yaml").write_text(LIFT_FAQ, encoding="utf-8")
    bot.config_path.write_text(bot.config_path.read_text(encoding="utf-8").replace(
        "operators: [op1]", "operators: [op1, op2]\n  duty: [{operator: op1}, {operator: op2}]"), encoding="utf-8")
    return bot


def _seconds(bot: TestBot, action) -> int:
    return int((action.at - bot.begin).total_seconds())


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


async def test_advice_about_falls_brings_no_alarm(make_bot):
    bot = _roster_bot(make_bot, AFTERNOON)
    await bot.start()
    await bot.send_message("冬天注意防滑，摔倒了别急着起身，先看看哪里疼", name="王老师")
    await bot.wait(minutes=10)
    assert not [a for a in bot.sent if "紧急" in a.text or "120" in a.text]


async def test_yesterdays_lift_story_is_a_complaint_not_an_emergency(make_bot):
    bot = _roster_bot(make_bot, AFTERNOON)
    await bot.start()
    await bot.send_message("昨天电梯把我关了半小时，物业到现在一个解释都没有", name="赵大爷")
    await bot.wait(minutes=10)
    assert not [a for a in bot.sent if "紧急" in a.text or "警铃" in a.text]
    alert = next(a for a in bot.sent if a.kind == "private")
    assert alert.to == "op1" and alert.ref == "complaint.j2"


async def test_a_broken_lift_with_nobody_inside_is_a_repair_request_not_an_emergency(make_bot):
    bot = _roster_bot(make_bot, AFTERNOON)
    await bot.start()
    await bot.send_message("5号楼西边电梯停了，里面没人，就是爬楼太累，啥时候能修好？", name="孙阿姨")
    await bot.wait(minutes=10)
    assert not [a for a in bot.sent if "紧急" in a.text or "警铃" in a.text]
    assert [a.to for a in bot.sent if a.kind == "private"][:1] == ["op1"]  # an ordinary wait: nudged, not alarmed


def test_the_reading_tells_danger_now_from_talk_about_danger():
    assert emergency("救命，我被关在3栋电梯里了").kind == "trapped"  # type: ignore[union-attr]
    assert emergency("楼道里好大一股煤气味 敲门没人开").kind == "gas"  # type: ignore[union-attr]
    assert emergency("对面楼着火了 好大的烟").kind == "fire"  # type: ignore[union-attr]
    for calm in ("转：某小区电梯故障致业主被困一小时，专家提醒遇到被困要保持冷静",
                 "打了一下午麻将 腰都要断了 哈哈 救命😂",
                 "请问小区里能不能在楼道里给电动车充电？听说会着火",
                 "找着了 在书包里面的夹层里 谢谢"):
        assert emergency(calm) is None, calm


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


async def test_an_old_mother_nobody_can_reach_behind_a_shut_door_is_an_emergency_not_a_complaint(make_bot):
    bot = _roster_bot(make_bot, AFTERNOON)
    await bot.start()
    await bot.send_message("我爸一个人在家，手机打了十几遍都没人接，楼下阿姨去敲门也没人应，我在外地回不去",
                           name="周先生")
    await bot.wait(minutes=5)
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert _seconds(bot, reply) <= 5 and "敲门" in reply.text and "110" in reply.text
    alerts = [a for a in bot.sent if a.kind == "private"]
    assert alerts[0].to == "op1" and alerts[0].ref == "emergency_alert.j2" and _seconds(bot, alerts[0]) <= 5
    assert "先听" not in alerts[0].text  # not the shop-complaint script


async def test_a_phone_not_answered_with_an_easy_reason_is_no_alarm(make_bot):
    bot = _roster_bot(make_bot, AFTERNOON)
    await bot.start()
    await bot.send_message("我妈电话又没人接，估计在活动室打牌呢，回头再打", name="周先生")
    await bot.wait(minutes=5)
    assert not [a for a in bot.sent if "紧急" in a.text or "110" in a.text]


async def test_a_daughters_number_left_for_a_neighbour_to_knock_gets_no_ad_notice(make_bot):
    bot = _roster_bot(make_bot, AFTERNOON)
    bot.config_path.write_text(bot.config_path.read_text(encoding="utf-8").replace(
        "  nudge: {}", "  moderation: {}\n  nudge: {}"), encoding="utf-8")
    await bot.start()
    await bot.send_message("我是5栋李奶奶的女儿，我妈从早上起电话就打不通，哪位邻居能帮忙去敲个门看看，"
                           "有事打我手机 13987654321", name="李女士")
    await bot.wait(minutes=5)
    assert not [a for a in bot.sent if a.plugin == "moderation"]  # no public 广告 notice, no private one, no strike
    assert [a.ref for a in bot.sent if a.to == "op1"][:1] == ["emergency_alert.j2"]
    await bot.send_message("加我微信 abc12345 低价代购进口保健品", name="路人甲")  # moderation still works
    await bot.settle()
    assert [a for a in bot.sent if a.plugin == "moderation"]


def test_a_welfare_check_needs_a_sign_of_trouble_not_a_phone_unanswered_alone():
    assert emergency("隔壁独居的王大爷三天没见出门了，敲门屋里也没动静").kind == "unreachable"  # type: ignore[union-attr]
    assert emergency("我妈摔了，视频里叫她都不答应").kind == "fall"  # type: ignore[union-attr]
    for calm in ("我妈电话打不通", "快递员说敲门没人开", "上个月我爸电话没人接，敲门也没人应，后来才知道去我姐家了",
                 "王大爷好几天没来活动室了", "老人家手机没电关机了，明天再去看看"):
        assert emergency(calm) is None, calm


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


def test_a_pet_a_figure_of_speech_a_rumour_or_a_danger_over_is_no_alarm():
    for calm in ("我家猫叫不醒，睡得跟猪一样", "这周热得起火了", "火很大的一家烧烤店，推荐",
                 "冒烟了冒烟了，烤串好了快来吃", "我被这个会困在会议室里了",
                 "我儿子还没回家，在同学家写作业", "电梯里困住人了吗？刚听说",
                 "股票跌倒了起不来", "刚刚摔了一跤，没事"):
        assert emergency(calm) is None, calm
    assert emergency("刘大爷早上去公园下棋 到现在还没回家 他有点糊涂 大家看到没").kind == "lost"  # type: ignore[union-attr]
    assert emergency("俺家小孩叫狗啃了一口 手上出血了 急死了") is not None  # a pet in the line, a person hurt


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
