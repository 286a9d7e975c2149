"""People in danger, despair and scams in progress reach a person, day and night (issue 13, fixcare20).

A fit that will not stop, burning oil at a stall, a farmer poisoned by spraying, a child hurting himself, a transplant
in trouble, coal smoke in a winter room, a bite pouring blood, a lost child who cannot speak, low sugar after diabetes
pills, a fall off the kang, 喝药 as the countryside says suicide, a ruined man's farewell at night, an ID typed into a
doubtful link and an app a fraud had installed. Each is read by its kind of signal, told in other words than the
tester's; the everyday lines of the same words stay quiet."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 11, 24, 1, 0, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


@pytest.mark.parametrize(("text", "kind"), [
    ("我家闺女抽风了 一直在抽 叫不醒", "seizure"),
    ("老伴羊角风犯了 抽了好几分钟还没停下", "seizure"),
    ("厨房锅里的油烧起来了 火苗老高", "oil_fire"),
    ("炒菜油锅起火了 怎么办", "oil_fire"),
    ("他在果园喷农药 回来就昏倒了 浑身是汗", "pesticide"),
    ("我爸打完药吐了 现在站不住", "pesticide"),
    ("儿子一直打自己的头 脸都打破了 拉不住", "self_injury"),
    ("孩子用头撞地板 额头都出血了", "self_injury"),
    ("换肾的那块肿起来了 疼得厉害", "transplant"),
    ("我妈移植后高烧 尿也少了", "transplant"),
    ("屋里炉子倒烟 俺爹头晕 起不来了", "fumes"),
    ("被狗咬了 手上一个大口子 血直往外涌", "bleeding"),
    ("我儿子在超市走丢了 他是孤独症 不会说话", "lost"),
    ("老头打了胰岛素没吃饭 现在一身冷汗 哆嗦", "low_sugar"),
    ("俺爹从炕上掉下来了 起不来", "fall"),
])
def test_a_danger_told_in_its_own_words_is_read_with_its_kind(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", [
    "孩子上个月癫痫发作过一次 抽了两分钟就停了", "癫痫发作超过五分钟要打120 大家记住",
    "油锅烧热了再下菜", "油锅着火千万别泼水 转给大家看看",
    "今天去地里打药了 累得腰疼", "打药的时候要戴口罩 注意别吸进去", "打完药有点头晕 歇会儿就好",
    "孩子一紧张就咬自己的手 老师说慢慢引导", "孩子今天又撞头了 康复老师说是情绪问题",
    "移植后发烧正常吗", "换肾三年了 现在挺好的",
    "冬天烧炉子记得开窗 不然容易头疼", "杀猪的时候血直往外冒 得拿盆接",
    "孩子三岁了还不会说话 正常吗", "乐乐的书包找不到了 找了一个小时",
    "我吃降糖药有时候会手抖出冷汗", "降糖药吃了会不会出冷汗手抖",
    "炕上掉下来一个枕头",
])
def test_the_everyday_lines_of_the_same_words_stay_quiet(text):
    assert _kind(text) is None


@pytest.mark.parametrize("text", ["日子过不下去了 干脆喝药算了", "欠了一屁股债 还不上了 对不起俺爹娘",
                                  "这日子没法过了 活着也没啥意思"])
def test_words_of_ending_it_told_the_countrys_way_are_despair(text):
    assert _kind(text) == "despair"


@pytest.mark.parametrize("text", ["该喝药了 别忘了", "物业又停水 这日子没法过了", "股票亏光了 对不起大家 推荐错了",
                                  "感冒了 喝药睡一觉就好"])
def test_taking_medicine_a_grumble_or_a_bad_tip_is_no_despair(text):
    assert _kind(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("那个中奖的链接我点开填了银行卡号", "scam_given"),
    ("群里那个网址是不是骗人的 我点进去输了身份证", "scam_given"),
])
def test_a_doubtful_link_that_took_an_id_or_a_card_is_a_scam_under_way(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", ["社区发的疫苗预约链接 我点进去填了身份证号 报名成功了",
                                  "别点陌生链接 更别在里面填身份证号"])
def test_a_sign_up_link_or_a_warning_is_no_scam(text):
    assert _kind(text) is None


async def test_a_seizure_that_does_not_stop_gets_120_on_the_side_and_nothing_in_the_mouth(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我家闺女抽风了 一直在抽 叫不醒", sender="u5", name="航航妈")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "120" in step and "侧着躺" in step and "别往嘴里塞东西" in step and "按住伤口" not in step
    (alert,) = _to(bot, "op1")
    assert alert.startswith("🚨 有人抽搐停不下来") and "航航妈" in alert


async def test_burning_oil_gets_the_lid_and_never_water_not_the_stairs(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("厨房锅里的油烧起来了 火苗老高", sender="u5", name="小赵")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "119" in step and "锅盖" in step and "千万别泼水" in step and "关燃气阀门" in step
    assert "楼梯" not in step


async def test_a_farmer_poisoned_by_spraying_gets_fresh_air_clothes_off_his_side_and_the_bottle(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("他在果园喷农药 回来就昏倒了 浑身是汗", sender="u5", name="二婶")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "120" in step and "通风" in step and "脱掉沾了药的衣服" in step and "侧着躺" in step and "瓶子" in step


async def test_a_child_hurting_himself_gets_a_cushion_the_cut_pressed_and_when_to_call_120(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("孩子用头撞地板 额头都出血了", sender="u5", name="小宇妈")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "枕头" in step and "按住出血" in step and "120" in step
    assert _to(bot, "op1")[0].startswith("🚨 有人在伤害自己")


async def test_a_transplant_in_trouble_told_by_voice_gets_the_centre_today_and_a_person_told(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_voice("[语音] 换肾的那块肿起来了 疼得厉害 还发烧", sender="u5", name="老郑")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "移植的医院看急诊" in step and "120" in step and "抗排异的药别自己停" in step
    assert not [s for s in _said(bot) if "添麻烦" in s]
    assert _to(bot, "op1")[0].startswith("🚨") and "老郑" in _to(bot, "op1")[0]


@pytest.mark.parametrize(("text", "words"), [
    ("屋里炉子倒烟 俺爹头晕 起不来了", ("120", "通风")),
    ("被狗咬了 手上一个大口子 血直往外涌", ("120", "按住伤口", "狂犬疫苗")),
    ("我儿子在超市走丢了 他是孤独症 不会说话", ("110", "保安", "守住出口")),
    ("老头打了胰岛素没吃饭 现在一身冷汗 哆嗦", ("糖", "120")),
    ("我老伴吃了网上买的降糖药 一身冷汗 直哆嗦", ("糖", "120", "药盒")),
])
async def test_a_danger_of_a_known_kind_told_otherwise_gets_its_step(make_bot, text, words):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(text, sender="u5", name="老马")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert all(w in step for w in words), step
    assert _to(bot, "op1")[0].startswith("🚨")


async def test_a_ruined_mans_farewell_at_night_reaches_a_person_now_not_the_morning(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_private("睡不着 鸡瘟 鸡全死光了 贷款还不上 对不起老婆孩子", sender="u5", name="老黄")
    await bot.wait(seconds=5)
    (alert,) = _to(bot, "op1")
    assert alert.startswith("🚨") and "老黄" in alert
    (word,) = _to(bot, "u5")
    assert "12356" in word and "休息时间" not in word


async def test_an_id_typed_into_a_doubtful_link_gets_close_the_page_and_96110(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_private("群里那个网址是不是骗人的 我点进去输了身份证", sender="u5", name="王阿姨")
    await bot.wait(seconds=5)
    assert _to(bot, "op1")[0].startswith("🚨") and "王阿姨" in _to(bot, "op1")[0]
    (word,) = _to(bot, "u5")
    assert "关掉那个页面" in word and "验证码" in word and "96110" in word


async def test_an_app_a_fraud_had_installed_gets_no_pin_phone_off_and_the_app_removed(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("有人说是快递理赔 叫我下载了一个APP 现在让我输银行卡密码", sender="u5", name="王阿姨")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "别输银行卡密码" in step and "关机" in step and "卸载" in step and "96110" in step
    assert "打给孩子" not in step


@pytest.mark.parametrize("text", ["手机又抽风了 一直重启还没停", "他抽了一包烟还没停",
                                  "孩子一直咬自己的手指甲 说了也不听", "炉子又坏了 真让人头疼"])
def test_a_machine_a_cigarette_a_habit_or_a_bother_is_no_emergency(text):
    assert _kind(text) is None


@pytest.mark.parametrize("text", ["油锅着了 火窜到抽油烟机上了 锅盖盖不住",
                                  "后厨油锅着火了!!!烟往大厅里冒 快帮忙往外扶"])
def test_burning_oil_that_has_spread_gets_the_fires_step(text):
    assert _kind(text) == "fire"
