"""The native reader's second review of fixcare23's danger scripts (issue 13, scriptmend3_23): the reading that fires
and who is told what. A child slapped by a parent is violence at home, never the teacher's script; a hospice room's
deaf member never gets an order to call 120; 捞鱼 is not someone pulled from the water; one breathing and coughing is
not given CPR; a mountain road's guardrail is the cliff side; a member who cannot phone is texted, one order at a
time; first aid as the Red Cross teaches it."""
from __future__ import annotations

from datetime import datetime

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


async def _told(make_bot, text: str, room: str | None = None) -> tuple[str, str, list[str]]:
    """What the group is told, what the operator on duty reads, and what the member gets privately."""
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(text, sender="u5", name="小林", **({"room_topic": room} if room else {}))
    await bot.wait(minutes=2)
    return "\n".join(_said(bot)), _to(bot, "op1")[0], _to(bot, "u5")


async def test_a_child_slapped_deaf_by_a_parent_is_violence_at_home_never_the_teachers_script(make_bot):
    assert _kind("孩子被他爸扇了一巴掌 现在一只耳朵听不见了") == "child_beaten"
    assert _kind("他妈扇了孩子耳光 耳朵嗡嗡的听不清") == "child_beaten"
    assert _kind("孩子被老师打了耳光 耳朵现在听不清") == "ear_hit"
    group, alert, private = await _told(make_bot, "孩子被他爸扇了一巴掌 现在一只耳朵听不见了")
    assert "老师" not in group + alert + "".join(private) and "教育局" not in group + alert
    assert "方便说话" in alert and "别贸然打过去" in alert and "请私下打给对方" not in alert


async def test_a_child_slapped_by_a_classmate_gets_the_ear_doctor_and_the_school_never_the_teachers_blame(make_bot):
    group, alert, _ = await _told(make_bot, "孩子被同学扇了耳光 现在耳朵嗡嗡的听不清")
    assert "耳鼻喉科" in group and "班主任" in group and "老师打孩子" not in group
    assert "孩子被老师打的事" not in alert and "在家挨的打" not in alert and "班主任" in alert


async def test_a_hospice_rooms_deaf_member_is_never_told_to_call_120_nor_the_operator_to_call_it(make_bot):
    group, alert, _ = await _told(make_bot, "我爸这两天水也喂不进了 一直昏睡 叫他也不应", "安宁疗护聋人家属群")
    assert "120" not in group
    assert "再替对方打119、120或110" not in alert and "别劝对方打120" in alert
    assert "安宁疗护的护士" in alert and "打给对方" not in alert


async def test_fishing_by_the_river_is_no_one_pulled_out_the_operator_never_coaches_cpr_for_one_in_the_water(make_bot):
    group, alert, _ = await _told(make_bot, "我爸去河边捞鱼 掉河里了 冲走了")
    assert "别贸然下水" in group and "119" in group
    assert alert.startswith("🚨 有人落水") and "捞上来" not in alert


async def test_one_pulled_out_breathing_and_coughing_is_turned_on_the_side_before_any_cpr(make_bot):
    group, alert, _ = await _told(make_bot, "我妈掉水塘里了 救上来了 有呼吸 一直咳")
    assert group.index("有呼吸，就让人侧躺") < group.index("心肺复苏")
    assert "捞上来没有呼吸" not in alert and "侧躺" in alert
    # one order to the operator: the generic "请马上打电话联系对方或派人到场" does not come before it
    assert "派人到场" not in alert and alert.startswith("🚨 有人落水")


async def test_drowning_cpr_is_the_red_cross_way_with_breaths_first_and_the_120_operator_coaching(make_bot):
    group, alert, _ = await _told(make_bot, "孩子在水库游泳 刚救上来 没反应 嘴唇发紫")
    assert "先吹两口气" in group and "100到120下" in group and "5厘米" in group
    assert "接线员在电话里教" in group and "AED" in group and "一百多下" not in group
    assert "哪条河、哪个水塘" in alert and "在哪片海、" not in alert


async def test_a_bus_over_on_a_mountain_road_keeps_people_off_the_cliff_side(make_bot):
    group, alert, _ = await _told(make_bot, "我们坐的中巴在山路上侧翻了 好几个人流血 快来人")
    assert "靠山的一边" in group and "别往崖边去" in group and "翻到护栏外面" not in group
    assert "五十到一百米" in group and group.index("三角警示牌") < group.index("别硬拽")
    assert "靠山一侧" in alert and "都站到护栏外面" not in alert


async def test_a_deaf_members_crash_alert_says_text_them_once_on_its_own_line(make_bot):
    _, alert, _ = await _told(make_bot, "出车祸了 面包车撞上护栏 司机卡在里面", "聋人老年交流群")
    assert "请马上打给对方" not in alert and "用文字联系对方，帮忙打120和122" in alert
    assert "再替对方打119、120或110" not in alert
    assert "\n出了车祸，有人受伤：" in alert


async def test_a_scalded_child_gets_cool_water_20_minutes_the_wet_clothes_off_and_one_order(make_bot):
    group, _, _ = await _told(make_bot, "孩子被开水烫到了 胳膊上起了一片泡")
    assert "至少冲15到20分钟" in group and "冲到不那么疼为止" not in group
    assert "边冲边脱掉" in group and "别硬扯" in group and "保鲜膜" in group and "毛巾" not in group
    assert "一边冲一边打120" in group and "再去医院处理" not in group and "保暖" in group


async def test_a_transplant_wound_with_the_gauze_soaked_gets_120_now_and_the_gauze_laid_on_not_changed(make_bot):
    group, _, _ = await _told(make_bot, "换肾第五天 伤口出血 纱布都湿透了")
    assert group.startswith("收到，请马上打120！") and "换了几块" not in group and "垫了几块纱布" in group


async def test_grapefruit_eaten_is_answered_in_the_members_own_words(make_bot):
    group, alert, _ = await _told(make_bot, "我吃着他克莫司 早上吃了个西柚 现在头疼得厉害")
    assert "手抖" not in group and "头疼" in group and "西柚和西柚汁先别再吃了" in group
    assert "又吃了西柚或喝了西柚汁" in alert


async def test_medicine_run_out_has_no_stray_week_no_promise_for_the_doctor_and_a_way_when_out_of_stock(make_bot):
    group, alert, _ = await _told(make_bot, "抗排异药断了两天了 谁那有先匀我几粒")
    assert "下周" not in group + alert and "医生会想办法" not in group and "缺货" in group
    assert "不点名" in alert and "买卖处方药" not in alert


async def test_a_passing_stroke_warning_is_seen_now_and_weakness_on_one_side_is_named(make_bot):
    group, alert, _ = await _told(make_bot, "我刚刚右边眼睛一黑 什么都看不见 过了几分钟又好了")
    assert "现在就要让医生看" in group and "今天就要" not in group and "一边手脚没劲" in group
    assert "现在就去医院急诊" in alert


async def test_a_belly_pain_at_night_speaks_to_the_sufferer_never_of_a_patient_nor_of_surgery(make_bot):
    group, _, _ = await _told(make_bot, "我肚子右下边疼了一晚上 按着更疼")
    assert "您肚子右下边疼" in group and "病人" not in group and "送您去医院" in group and "要手术" not in group


async def test_a_child_whose_belly_hurts_and_who_has_already_vomited_gets_120_now_not_if_she_vomits(make_bot):
    group, _, _ = await _told(make_bot, "小孙女说肚子疼 按一下就哭 还吐了")
    assert "孩子已经吐了，请现在就打120" in group and "吐了，请马上打120" not in group


async def test_pain_with_a_patch_in_a_hospice_room_says_used_not_taken_and_warns_of_heat(make_bot):
    group, _, _ = await _told(make_bot, "老爷子疼得直叫唤 吗啡贴了也压不住", "安宁疗护家属群")
    assert "吃的还是贴的" in group and "电热毯" in group and "安宁疗护团队" in group and "不能干等" not in group


async def test_pain_that_medicine_does_not_hold_in_an_ordinary_group_gets_its_doctor_and_120_if_sudden(make_bot):
    group, _, _ = await _told(make_bot, "我妈疼得直叫唤 止疼药吃了也不管用")
    assert "安宁疗护" not in group and "给她看病的医生" in group and "以前从没这样疼过" in group


async def test_a_deaf_members_crash_text_to_the_police_asks_for_the_road_not_a_door_number(make_bot):
    group, _, _ = await _told(make_bot, "出车祸了 面包车撞上护栏 司机卡在里面", "聋人老年交流群")
    assert "哪条路、往哪个方向、附近的路牌或服务区" in group and "小区和门牌" not in group
    assert "敲邻居的门" not in group and "路过的车" in group


async def test_the_last_days_are_met_gently_and_the_operator_is_not_told_safety_steps_were_given(make_bot):
    group, alert, _ = await _told(make_bot, "我妈这两天水也喂不进了 一直昏睡 叫她也不应", "安宁疗护家属群")
    assert "她多半听得见您" in group and "120" not in group
    assert "轻声回复了对方" in alert and "最要紧的安全做法" not in alert and "我在，马上给您打电话" in alert


async def test_a_grave_scald_read_as_feeling_unwell_still_gets_cool_water_before_the_ambulance(make_bot):
    group, _, _ = await _told(make_bot, "我妈倒开水烫到脚了 脚背红了一大片")
    assert "流动的凉水" in group and "至少冲15到20分钟" in group and "120" in group, group  # a burn now (lead23)


async def test_a_child_who_swallowed_pills_is_not_told_to_strip_off_pesticide(make_bot):
    group, alert, _ = await _told(make_bot, "外孙偷吃了他姥爷的安眠药 一板都空了 现在叫不醒")
    assert "120" in group and "农药洒到身上" not in group
    assert alert.startswith("🚨 有人吃错了药或喝了有毒的东西")
