"""People in danger reach a person at once, however they say it: the acceptance tester's findings 5, 7, 8, 11, 12,
13, 16, 17 and the native reviewer's three lone lines (issue 13, fixcare22).

A shift underground after water broke in, a building cracking over the people in it, a child hiding from a gunman, a
pill taken twice and the head swimming, a hard chest pain eased and asked about, a threat to drink pesticide not yet
carried out, a stove left on told by its smell, a member lost alone on a hill or at a crossroads, a partner cut off by
the tide. Each kind is told here in other words than the tester's; the everyday lines of the same words stay quiet."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.danger.no_sight import no_sight
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


@pytest.mark.parametrize(("text", "kind"), [
    ("矿上冒顶了 我家老大还困在下面 电话打不通", "mine"),
    ("煤矿出事了 透水 他们一个班十几个人还没出来", "mine"),
    ("房子墙上的裂缝越裂越大 天花板直掉渣 我妈还在里屋", "collapse"),
    ("老宅子墙歪了 咯吱咯吱响 奶奶还在屋里睡觉", "collapse"),
    ("儿子在学校 说有枪手 他们锁上门躲在教室里", "shooting"),
    ("外孙女发消息说超市里有人开枪 她藏在仓库里不敢出声", "shooting"),
    ("我老伴糊涂了 降糖药中午又吃了一遍 现在出冷汗 手抖", "double_dose"),
    ("安眠药好像吃重了 现在迷迷糊糊的", "double_dose"),
    ("刚才心口绞着疼 出了一身冷汗 现在缓过来了 严不严重", "chest_pain"),
    ("老头子说胸口压得慌 像压了块石头 这会儿好些了", "chest_pain"),
    ("老伴说胸口疼得厉害 要不要紧", "chest_pain"),  # 要不要紧 asks; it never says 不要紧
    ("那个老太太说要去村委会门口跳楼 让村干部看看", "threat_to_die"),
    ("他喊着要去厂门口喝敌敌畏 死给老板看", "threat_to_die"),
    ("液化气罐好像忘了关 屋里一股臭味", "gas"),
    ("煤气灶开着呢 屋里呛得很", "gas"),
    ("我一个人在林子里转了半天 找不到路了 天快黑了", "astray"),
    ("俺在玉米地里迷了路 手机快没电了", "astray"),
    ("盲杖掉了 我站在马路边 不知道这是哪", "astray"),
    ("我在山上迷路了", "astray"),  # the reviewer's lone line
    ("老伴赶海去了 潮水上来把他围在礁石上了", "tide"),
    ("老伴赶海被潮水困住了", "tide"),  # the reviewer's lone line
])
def test_each_kind_told_in_other_words_is_heard_as_its_own_danger(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", [
    "俺儿子在井下上班 一个月三班倒",
    "矿上明天搞透水事故演练 家属可以去看",
    "塌陷区搬迁补偿啥时候发",
    "墙上有条裂缝 物业啥时候来修",
    "美国又发生枪击案了 太吓人了",
    "孙子玩水枪 把窗帘打湿了 躲在厕所里不出来",
    "看电视剧里有人开枪 吓得我躲在被子里",
    "降压药早上吃了两遍 要紧吗",  # no sign in the body: a question for a person, not an alarm
    "昨天胸口疼得厉害 去医院查了没事",
    "他要去地里打农药",
    "出门前看看燃气灶关没关",
    "燃气灶没关 还好我闻到味儿赶紧关上了",
    "我在商场里迷路了 哈哈",
    "上次在山上迷路了 转了两个小时才出来",
    "赶海要注意涨潮 别被潮水困住",
    "孩子摔了一跤 起来就跑了 要不要紧",
    "林护士 我那个玻璃酸钠快用完了 帮我开两支放护士站",
    "房子装修墙皮往下掉 裂了好多缝 找谁修",  # a repair asked about, nobody inside
    "她想跳河里游泳",
    "他说要累死在工地上",
    "放鞭炮跟开枪似的 吓得孩子躲在床底下",
    "饭吃多了 药也吃了 胃难受",  # a meal eaten too much, the pills as usual
    "我一个人在街上逛 不知道哪家好吃",
    "我在街上 不知道在哪买票",
    "他说想吃安眠药 睡不着",
])
def test_the_everyday_lines_of_the_same_words_stay_quiet(text):
    assert _kind(text) is None


def test_a_threat_of_ones_own_is_despair_never_a_poison_swallowed():
    assert _kind("我要去他单位门口喝农药") == "despair"
    assert _kind("他要去他哥家门口喝农药") == "threat_to_die"


def test_a_member_who_cannot_see_is_known_by_his_words_or_his_group():
    assert no_sight("我眼睛看不见 灶上一股味")
    assert no_sight("随便说说", "视障朋友读书群")
    assert not no_sight("大家早上好", "广场舞队")


async def test_a_shift_trapped_underground_gets_the_mines_dispatch_and_a_person_at_once(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("矿上冒顶了 我家老大还困在下面 电话打不通", sender="u5", name="老王")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "调度室" in step and "别自己下井" in step and "119" in step
    assert _to(bot, "op1")[0].startswith("🚨") and "调度室" in _to(bot, "op1")[0]


async def test_a_cracking_building_gets_everyone_out_never_the_floods_water(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("房子墙上的裂缝越裂越大 天花板直掉渣 我妈还在里屋", sender="u5", name="老王")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "都出来" in step and "119" in step and "离楼远" in step
    assert "水" not in step.replace("水泥", "")
    assert _to(bot, "op1")[0].startswith("🚨")


async def test_a_child_hiding_abroad_is_kept_silent_and_the_parent_given_12308(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("儿子在美国读书 刚发消息说学校里有枪手 他们锁上门躲在教室里 我腿都软了",
                           sender="u5", name="李阿姨")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "静音" in step and "别给孩子打电话" in step and "911" in step and "12308" in step
    assert "110" not in step  # far away: the local police, not ours
    assert _to(bot, "op1")[0].startswith("🚨")


async def test_a_pill_taken_twice_with_dizziness_gets_sit_down_and_120(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我看不清药盒 降糖药中午又吃了一遍 现在出冷汗 手抖", sender="u5", name="老孙")
    await bot.wait(minutes=4)
    (step,) = _said(bot)
    assert "坐下或躺下" in step and "120" in step and "下一顿先别吃" in step
    assert "给他看" in step  # he cannot read the box: it is handed to whoever comes
    assert not any("正在确认" in s for s in _said(bot))
    assert _to(bot, "op1")[0].startswith("🚨")


async def test_a_deaf_member_after_a_double_dose_is_never_told_to_phone_herself(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("降压药好像吃重了 现在站不稳 想吐", sender="u5", name="刘姨", room_topic="聋人老年交流群")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "发短信到12110" in step and "请身边的人现在就帮您打120" in step and "请先坐下或躺下" in step
    assert "请现在就打120" not in step and "替刘姨打120" in step


async def test_a_chest_pain_eased_and_asked_about_gets_120_never_a_question_cover(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("刚才心口绞着疼 出了一身冷汗 现在缓过来了 严不严重", sender="u5", name="刘叔")
    await bot.wait(minutes=4)
    (step,) = _said(bot)
    assert "120" in step and "好点了也别等" in step and "门打开" in step
    assert _to(bot, "op1")[0].startswith("🚨")


async def test_a_husbands_chest_pain_asked_about_gets_120_and_someone_beside_him(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("老伴说胸口疼得厉害 要不要紧", sender="u5", name="王姨")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "120" in step and "先让老伴坐下" in step and "陪着老伴" in step and "陪着您" not in step


async def test_a_threat_to_drink_pesticide_gets_company_and_110_never_a_poisoning(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("他喊着要去厂门口喝敌敌畏 死给老板看", sender="u5", name="调解员小李")
    await bot.wait(minutes=3)
    (step,) = _said(bot)
    assert "陪着他" in step and "110" in step and "12356" in step
    assert "发作" not in step and "催吐" not in step
    assert "还没做" in _to(bot, "op1")[0]


async def test_an_old_womans_threat_to_jump_is_told_of_her(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("那个老太太说要去村委会门口跳楼 让村干部看看", sender="u5", name="网格员小张")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "陪着她" in step and "跳楼" in step and "110" in step and "12356" in step


async def test_a_blind_member_at_a_gas_smell_is_not_sent_to_find_the_knob(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("液化气罐好像忘了关 屋里一股臭味 我眼睛看不见", sender="u5", name="老孙")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "阀门不用去摸" in step and "顺手能推开的门窗推开" in step and "到了外面再打" in step  # review 22b, 7
    alert = _to(bot, "op1")[0]
    assert alert.startswith("🚨") and "请先发一条语音" in alert and "等她回了再打电话" in alert  # review 22b, 6


async def test_a_seeing_member_at_a_gas_smell_keeps_the_valve_step(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("煤气灶开着呢 屋里呛得很", sender="u5", name="老赵")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "阀门" in step and "找不到就别找了" not in step


async def test_a_blind_man_lost_in_traffic_is_told_to_stay_put_and_a_person_told(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("盲杖掉了 我站在马路边 不知道这是哪", sender="u5", name="老孙")
    await bot.wait(minutes=4)
    (step,) = _said(bot)
    assert "原地别动" in step and "别过马路" in step and "110" in step and "路标" not in step
    assert not any("听完就回复" in s or "正在确认" in s for s in _said(bot))
    assert _to(bot, "op1")[0].startswith("🚨")


@pytest.mark.parametrize(("text", "sugar"), [("降糖药好像吃了两遍 现在头晕 手抖", True),
                                             ("降压药好像吃了两遍 现在头有点晕", False)])
async def test_a_double_dose_of_diabetes_medicine_is_told_sugar_first(make_bot, text, sugar):
    # native review 22b, finding 5: too much of a blood-sugar drug is low sugar: something sweet at once if awake
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(text, sender="u5", name="刘姨")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert ("糖水" in step) is sugar and "120" in step
