"""People in danger reach a person at once, however they say it: the acceptance tester's findings of session 23 on
swallowed pills and cleaners, fits after fever, the drowned, road crashes, a transplant patient's wound, drug level and
medicine, a stroke's warning that passed, a child's belly at night, burns, a slapped ear, and the hospice bedside
(issue 13, fixcare23).

Each kind is told here in other words than the tester's probes; the everyday lines of the same words (a question in
general, the past, a story on a screen) stay quiet."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger import bedside
from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 11, 24, 23, 40, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


@pytest.mark.parametrize(("text", "kind"), [
    ("外孙偷吃了他姥爷的安眠药 一板都空了 现在叫不醒", "poison"),
    ("小孙子把我的降糖药当糖吃了 吃了好几粒 现在没精神", "poison"),
    ("闺女把半瓶84消毒液喝了两口 一直在吐", "poison"),
    ("孩子把洁厕灵喝下去了 嗓子疼", "poison"),
    ("孙子高烧39度 刚才眼睛往上翻 手脚一直抽", "seizure"),
    ("宝宝发烧两天了 突然浑身发抖 翻白眼", "seizure"),
    ("我爷爷下河摸鱼 滑到河里了 拉上来 不喘气了", "water"),
    ("我妈洗衣服掉进水塘里了", "water"),
    ("我们坐的中巴在山路上侧翻了 好几个人流血 快来人", "road_crash"),
    ("出车祸了 面包车撞上护栏 司机卡在里面", "road_crash"),
    ("我爸做完手术回家第二天 刀口一直往外渗血 止不住", "wound_bleeding"),
    ("换肾第五天 伤口出血 纱布都湿透了", "wound_bleeding"),
    ("老伴吃着他克莫司 中午吃了半个葡萄柚 现在头疼得厉害 手也抖", "drug_level"),
    ("我的骁悉吃完了 医院说缺货", "medicine_out"),
    ("抗排异药断了两天了 怎么办", "medicine_out"),
    ("老张说他刚刚右边眼睛一黑 什么都看不见 过了几分钟又好了", "eye_dark"),
    ("孩子肚子疼 右下腹 疼得直不起腰", "belly"),
    ("小孙女说肚子疼 按一下就哭 还吐了", "belly"),
    ("孩子被开水烫到了 胳膊上起了一片泡", "burn"),
    ("我儿子被班主任扇了几个巴掌 现在耳朵嗡嗡响", "ear_hit"),
    ("老爷子疼得直叫唤 吗啡贴了也压不住", "pain_crisis"),
])
def test_each_kind_told_in_other_words_is_heard_as_its_own_danger(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", [
    "降压药吃了好几年了 一天两片",
    "医生让我一次吃两片降压药 饭后吃",
    "洗洁精喝了会怎么样 有人知道吗",
    "孩子发烧了 去医院抽了血 等结果",
    "发烧了 晚上腿抽筋",
    "小时候发烧抽过一次 现在大了",
    "我手机掉海里了 捞上来了 没反应了",
    "去年我们大巴在高速上出过事 翻车 好多人受伤 现在想起来都怕",
    "直播翻车了 哈哈",
    "术后伤口有点渗血 正常吗",
    "他克莫司和西柚能一起吃吗",
    "环孢素能和西柚一起吃吗 会手抖吗",
    "一只眼睛看不清好几年了 是白内障",
    "眼睛里进了沙子 一只眼睛看不清",
    "吃坏肚子了 拉了两回 肚子疼",
    "今晚的连续剧 那个老头掉河里了 真吓人",
    "昨天看电影里 一辆大巴翻车 好多人受伤",
    "我这老寒腿 止疼药吃了也不管用",
])
def test_the_everyday_lines_of_the_same_words_stay_quiet(text):
    assert emergency(text) is None


def test_a_hospice_familys_last_days_are_read_by_the_room_never_in_an_ordinary_group():
    assert bedside.in_hospice("安宁疗护家属群", False, "我爸这两天不吃了")
    assert not bedside.in_hospice("书画协会", False, "我爸这两天不吃了 是不是快了")
    assert bedside.in_hospice("丧亲互助群", True, "我爸一直昏睡 是不是快了")
    assert not bedside.in_hospice("丧亲互助群", True, "我妈叫不醒了")  # a gentle room: still 120
    assert bedside.last_days("奶奶呼吸越来越浅了 手脚都凉了", None) is not None
    assert bedside.last_days("我妈最近吃得少", None) is None  # news of a carer, not a page
    assert bedside.last_days("我妈走之前那几天也是不吃东西", "unwell") is None  # remembered: grief's
    assert bedside.last_days("我妈突然倒地上了 叫不醒", "unwell") is None  # something sudden: 120 as anywhere
    assert bedside.last_days("我妈摔了一跤 叫她不应", "fall") is None
    assert bedside.last_days("天冷了 我总是手脚冰凉", None) is None


async def test_a_child_who_swallowed_grandmas_pills_gets_120_and_the_bottle_never_a_question_cover(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("外孙偷吃了他姥爷的安眠药 一板都空了 现在叫不醒", sender="u5", name="张奶奶")
    await bot.wait(minutes=4)
    (step,) = _said(bot)
    assert "120" in step and "瓶子或包装" in step and "催吐" in step
    assert _to(bot, "op1")[0].startswith("🚨")


async def test_someone_pulled_out_not_breathing_gets_cpr_never_the_falls_stay_down(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我爷爷下河摸鱼 滑到河里了 拉上来 不喘气了", sender="u5", name="小海")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "120" in step and "心肺复苏" in step and "按压" in step
    assert "别急着起来" not in step and "控水" in step
    assert "心肺复苏" in _to(bot, "op1")[0]


async def test_a_road_crash_gets_120_122_and_off_the_carriageway(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我们坐的中巴在山路上侧翻了 好几个人流血 快来人", sender="u5", name="周老师")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "120" in step and "122" in step and "靠山的一边" in step and "别硬拽" in step  # a mountain road
    assert _to(bot, "op1")[0].startswith("🚨 出了车祸")


async def test_a_transplant_patients_medicine_run_out_gets_the_hospital_today_never_a_question_cover(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("抗排异药断了两天了 谁那有先匀我几粒", sender="u5", name="小何")
    await bot.wait(minutes=4)
    (step,) = _said(bot)
    assert "今天" in step and "移植" in step and "别从别人手里买药" in step
    assert not any("正在确认" in s for s in _said(bot))
    assert "抗排异药断了" in _to(bot, "op1")[0]


async def test_a_stroke_warning_that_passed_gets_the_hospital_never_a_complaints_apology(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我刚刚右边眼睛一黑 什么都看不见 过了几分钟又好了", sender="u5", name="老张")
    await bot.wait(minutes=4)
    (step,) = _said(bot)
    assert "中风" in step and "120" in step and "别自己开车" in step
    assert not any("添麻烦" in s for s in _said(bot))
    assert not any("投诉" in s for s in _to(bot, "op1"))


async def test_a_childs_belly_at_night_gets_the_hospital_tonight_and_nothing_to_drink(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("小孙女说肚子疼 按一下就哭 还吐了", sender="u5", name="王奶奶")
    await bot.wait(minutes=5)
    (step,) = _said(bot)
    assert "医院" in step and "别喝水" in step and "120" in step
    assert "温水" not in step


async def test_a_burn_gets_running_water_first_never_the_ambulances_open_door(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("炒菜溅了油 烫到胳膊了 起了好大的泡", sender="u5", name="李阿姨")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "凉水" in step and "15到20分钟" in step and "牙膏" in step and "泡别挑破" in step
    assert "方便急救医生进门" not in step


async def test_the_last_days_in_a_hospice_group_get_the_hospice_nurse_never_120(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我爸这两天水也喂不进了 一直昏睡 叫他也不应", sender="u5", name="小林",
                           room_topic="安宁疗护家属群")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "安宁疗护的护士或医生" in step and "握握他的手" in step
    assert "120" not in step
    assert "别让对方打120" in _to(bot, "op1")[0]


async def test_the_same_words_in_an_ordinary_group_still_get_120(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我爸今天一口饭也喂不进 一直昏睡 叫他也不太应", sender="u5", name="小林")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "120" in step and "安宁疗护" not in step


async def test_a_deaf_member_at_a_burn_and_a_wound_is_asked_to_have_someone_phone(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("换肾第五天 伤口出血 纱布都湿透了", sender="u5", name="刘姐", room_topic="聋人老年交流群")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "请身边的人马上帮您打120" in step and "请马上打120" not in step and "按住" in step


async def test_breathing_slowing_at_night_in_a_hospice_group_reaches_a_person_gently(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("我爸喘气越来越弱了 我一个人陪着 心慌", sender="u5", name="小林", room_topic="宁养院家属群")
    await bot.wait(minutes=3)
    (step,) = _said(bot)
    assert "安宁疗护的护士或医生" in step and "一个人守着不容易" in step and "120" not in step
    assert _to(bot, "op1")[0].startswith("🚨")


def test_someone_hit_by_a_car_on_foot_keeps_the_plain_readings_step_not_a_coach_crash():
    assert _kind("我奶奶过马路被电动车撞了 躺在地上起不来") != "road_crash"
    assert _kind("两辆车追尾了 后面那辆车上好几个人受伤") == "road_crash"
