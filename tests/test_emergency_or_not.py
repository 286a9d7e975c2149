"""Danger now or talk about danger: a fall's advice, yesterday's lift story, a broken lift with nobody inside, a
phone not answered for an easy reason, a pet, a rumour, a danger over are no alarm; an old mother behind a shut door
is one."""
from __future__ import annotations

from bot.danger.emergency import emergency
from tests.roster_bot import AFTERNOON, _roster_bot, _seconds


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


def test_a_pet_a_figure_of_speech_a_rumour_or_a_danger_over_is_no_alarm():
    for calm in ("我家猫叫不醒，睡得跟猪一样", "这周热得起火了", "火很大的一家烧烤店，推荐",
                 "冒烟了冒烟了，烤串好了快来吃", "我被这个会困在会议室里了",
                 "我儿子还没回家，在同学家写作业", "电梯里困住人了吗？刚听说",
                 "股票跌倒了起不来", "刚刚摔了一跤，没事"):
        assert emergency(calm) is None, calm
    assert emergency("刘大爷早上去公园下棋 到现在还没回家 他有点糊涂 大家看到没").kind == "lost"  # type: ignore[union-attr]
    assert emergency("俺家小孩叫狗啃了一口 手上出血了 急死了") is not None  # a pet in the line, a person hurt
