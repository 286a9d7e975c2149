"""People in danger told quietly reach a person with the step that fits: the acceptance tester's findings of session 24
on a swallowed button battery that "looks fine", a baby's head hit with vomiting, sudden confusion after discharge, a
fallen man who does not answer, a wound after a caesarean bleeding with fever, bleeding on warfarin, a heart's chest
pain, and a fall that is over (issue 13, fixcare24).

Each kind is told here in other words than the tester's probes; the everyday lines of the same words (a habit, a
question in general, the past, a bump that shows nothing) stay quiet."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


@pytest.mark.parametrize(("text", "kind"), [
    # a button battery or a magnet swallowed, told as fine for now
    ("孙子把遥控器里的纽扣电池吞了 现在好像没事", "swallowed"),
    ("闺女误吞了两颗磁珠 看着挺好的 还在玩", "swallowed"),
    ("娃吞了个扣子电池 暂时看着正常", "swallowed"),
    # a head hit told by a bump and what came after
    ("孩子从床上掉下来了 后脑勺磕了个大包 吐了两次", "head_injury"),
    ("宝宝从沙发上摔下来 额头鼓了个包 现在老想睡", "head_injury"),
    ("我妈在厕所滑倒了 头磕在门框上 一直吐", "head_injury"),
    # sudden confusion
    ("我妈今天早上突然不认识人了 一直胡言乱语", "confusion"),
    ("老伴做完手术回家 晚上开始说胡话 认不出我了", "confusion"),
    ("我爷爷这会儿糊里糊涂的 答非所问 刚才还好好的", "confusion"),
    # bleeding on a blood thinner
    ("老头子一直吃波立维 今天大便发黑 跟柏油似的", "thinner_bleeding"),
    ("我在吃利伐沙班 今天尿血了 尿是红的", "thinner_bleeding"),
    ("我爸吃阿司匹林 这两天身上青一块紫一块 牙龈出血", "thinner_bleeding"),
    # a wound after a birth or an operation bleeding with fever
    ("顺产侧切第四天 伤口流脓 发烧38度5", "wound_bleeding"),
    ("我妈开刀回家一个礼拜 刀口裂开了 还高烧", "wound_bleeding"),
    ("坐月子第十天 剖宫产的刀口往外渗血 今天烧到39度", "wound_bleeding"),
])
def test_each_kind_told_in_other_words_is_heard_as_its_own_danger(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", [
    "孩子玩具的纽扣电池没电了 去哪买",
    "电池要放在孩子够不着的地方 吞了很危险",
    "宝宝头上长了个包 是不是蚊子咬的",
    "孩子磕了一下 头上起了个包 玩得挺好的",
    "宝宝今天吐奶了 正常吗",
    "我妈老年痴呆好几年了 经常不认识人",
    "我爸晚上睡觉老说梦话",
    "他喝多了 一直说胡话",
    "你别说胡话了 哪有这回事",
    "吃华法林会不会牙龈出血",
    "阿司匹林要饭前吃还是饭后吃",
    "剖腹产的伤口痒 正常吗",
    "术后第三天 有点发烧 医生说正常",
    "法会那天人真多 大家辛苦了",
    "过年那天摔了一跤 现在早好了",
    "去年冬天那回摔了一跤 膝盖到现在下雨还疼",
])
def test_the_everyday_lines_of_the_same_words_stay_quiet(text):
    assert emergency(text) is None


def test_a_cut_or_a_nose_on_a_thinner_is_pressed_not_a_thinners_bleeding():
    assert _kind("我在吃华法林 切菜切到手了 流血了") == "bleeding"
    assert _kind("我在吃利伐沙班 流鼻血止不住") != "thinner_bleeding"  # a nose is pinched


@pytest.mark.parametrize("text", [
    "我爸那天摔了一回 今天又摔倒了 起不来",
    "刚才那次摔倒了 起不来 快来人",
])
def test_a_fall_now_is_still_heard_beside_a_day_past(text):
    assert _kind(text) == "fall"


async def test_a_swallowed_battery_that_looks_fine_gets_the_hospital_now_and_no_vomiting(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("孙子把遥控器里的纽扣电池吞了 现在好像没事", sender="u5", name="王奶奶")
    await bot.wait(minutes=3)
    (step,) = _said(bot)
    assert "医院急诊" in step and "别等" in step and "催吐" in step
    assert _to(bot, "op1")[0].startswith("🚨")


async def test_a_baby_dropped_and_vomiting_gets_120_never_a_complaints_apology(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("保姆抱孩子摔了一跤 宝宝额头起了个大包 吐了好几次", sender="u5", name="小雨妈妈")
    await bot.wait(minutes=4)
    (step,) = _said(bot)
    assert "120" in step and "脑子里受了伤" in step and "按住出血" not in step
    assert not any("添麻烦" in s for s in _said(bot))
    assert not any("投诉" in s for s in _to(bot, "op1"))


async def test_sudden_confusion_after_discharge_gets_120_and_the_discharge_papers(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("老伴做完手术回家 晚上开始说胡话 认不出我了", sender="u5", name="李阿姨")
    await bot.wait(minutes=3)
    (step,) = _said(bot)
    assert "120" in step and "几点开始" in step and "出院小结" in step
    assert not any("添麻烦" in s for s in _said(bot))
    assert _to(bot, "op1")[0].startswith("🚨 有人突然说胡话")


@pytest.mark.parametrize("text", ["我爸在院子里摔倒了 叫他没反应", "阿婆跌咗 叫佢都唔應"])
async def test_a_fall_where_he_does_not_answer_gets_the_breathing_first(make_bot, text):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(text, sender="u5", name="刘姐")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "120" in step and "呼吸" in step and "心肺复苏" in step
    assert "先别急着起来" not in step


async def test_a_fall_where_he_answers_keeps_the_stay_down_step(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("老伴在楼下摔倒了 起不来 腿疼得厉害", sender="u5", name="刘姐")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "先别急着起来" in step and "心肺复苏" not in step


async def test_a_wound_after_a_birth_bleeding_with_fever_gets_the_hospital_today(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("坐月子第十天 剖宫产的刀口往外渗血 今天烧到39度", sender="u5", name="果果妈")
    await bot.wait(minutes=4)
    (step,) = _said(bot)
    assert "医院" in step and "感染" in step and "移植" not in step
    assert _to(bot, "op1")[0].startswith("🚨")


async def test_bleeding_on_a_thinner_gets_120_and_the_next_dose_asked_of_the_doctor_never_a_wound_pressed(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("老头子一直吃波立维 今天大便发黑 跟柏油似的", sender="u5", name="马阿姨")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    # a black, tarry stool on a thinner: 120 now and lying still (native review 25, finding 5); the next dose is the
    # prescriber's to decide, never stopped alone (波立维 after a stent, finding 4)
    assert "请马上打120" in step and "别自己走去医院" in step and "药盒" in step
    # on the way to A&E the next dose is the emergency doctor's to decide (native review 25 of session 25, finding 8)
    assert "等急诊医生定" in step and "下一顿药先别吃" not in step
    assert "按住" not in step


async def test_a_cut_on_a_thinner_is_still_pressed(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我在吃华法林 切菜把手割了个大口子 血一直流个不停", sender="u5", name="马阿姨")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "按住" in step


@pytest.mark.parametrize("text", ["胸口像压了块石头 一身冷汗 左边膀子也疼", "我老伴心口疼得厉害 满头大汗"])
async def test_a_hearts_chest_pain_gets_sit_still_beside_120(make_bot, text):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(text, sender="u5", name="李大姐")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "120" in step and "坐下或半躺着别动" in step and "别自己走去医院" in step


async def test_a_fall_told_days_after_pages_nobody(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("庙会那天我下楼梯摔了一跤 脚脖子肿得跟馒头似的 这几天去不了了", sender="u5", name="周师姐")
    await bot.wait(minutes=3)
    assert not any("120" in s for s in _said(bot))
    assert not any(s.startswith("🚨") for s in _to(bot, "boss") + _to(bot, "op1"))
