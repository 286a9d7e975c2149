"""People in danger, despair and scams in progress reach a person, day and night (issue 13, fixcare19): a child's words
of jumping relayed by a parent, a carer's wish to take her husband along, stroke signs and coughing blood told by voice,
a swallowed button battery, a child's head bleeding after a fall (in Cantonese too), a child beaten at school and
hiding, choking, a code given to a fake social-security caller, a fake shop deposit with the screen shared, and several
diners ill after the same meal. Each is read by its kind of signal; the everyday lines of the same words stay quiet."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.despair import of_another
from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 11, 23, 23, 20, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


@pytest.mark.parametrize(("text", "kind"), [
    ("老王吃饭噎住了 脸都憋紫了 说不出话", "choking"),
    ("我爸吃汤圆卡住了 喘不上气", "choking"),
    ("我右边身子又麻了 拿不住筷子", "stroke"),
    ("老伴突然左边胳膊没劲 端不住碗", "stroke"),
    ("我这眼睛一边看不见了 手也不听使唤 说话有点大舌头", "stroke"),
    ("有个阿叔食糯米鸡噎亲 块面紫埋", "choking"),
    ("我家老汉咳血了 咳了一大口 止不住", "coughing_blood"),
    ("他一直在咯血 一口一口的", "coughing_blood"),
    ("小孙女把一颗纽扣电池吞下去了", "swallowed"),
    ("孩子误吞了两颗磁珠", "swallowed"),
    ("个细路仔跌落楼梯 个头流晒血 喊都唔识喊", "head_injury"),
    ("孙子从床上摔下来 头磕破了 叫他也不哭", "head_injury"),
    ("孩子刚打电话哭着说在宿舍被几个同学打了 现在躲在厕所不敢回宿舍", "bullied"),
    ("儿子说被高年级的堵在厕所要钱 现在不敢出来", "bullied"),
    ("今天中午吃完饭肚子疼 拉了好几回 隔壁老李也这样", "food_poisoning"),
    ("昨晚聚餐回来上吐下泻 我们几个都这样 现在还在拉", "food_poisoning"),
])
def test_a_sudden_illness_an_accident_or_a_child_hurt_at_school_is_read_with_its_own_kind(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", [
    "打了麻药 右边脸还是麻的", "坐久了 左腿有点麻", "我右边手还是有点麻 康复师说慢慢会好",
    "痰里有点血丝 明天去医院看看", "咳嗽咳得嗓子都哑了", "孩子吃饭噎了一下 咳出来就好了",
    "纽扣电池放哪里孩子够不着", "小孩吞了电池怎么办 先收藏", "孩子在学校被同学打了 老师已经处理了 也道过歉了",
    "孩子说今天被同学欺负了 哭着回来的",
    "今天中午吃完饭有点撑", "吃完饭肚子疼 是不是着凉了", "孩子打篮球被同学撞了一下 没事",
    "上次摔了一跤 头上缝了三针 现在好了", "我一边吃饭一边看不清字幕 手没劲", "孙子想在阳台跳绳",
])
def test_the_everyday_lines_of_the_same_words_stay_quiet(text):
    assert _kind(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("刚才有人打电话 说是社保局的 养老金要重新认证 让我报银行卡号和验证码 我都报给他了", "scam_given"),
    ("有个人说是淘宝客服 说我店铺违规要交保证金 不然封店 让我下个会议软件共享屏幕 我正在弄", "scam"),
    ("自称银行客服打电话来 让我开屏幕共享 说帮我退款", "scam"),
])
def test_a_code_given_or_a_screen_shared_with_a_fake_office_is_a_scam_under_way(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", ["开会的时候老师让我们共享屏幕", "社保局说养老金认证要在手机上做 大家别信电话",
                                  "验证码千万别报给别人",
                                  "如果有人让你共享屏幕 一定是骗子", "孩子说要交作业不然老师批评"])
def test_a_meeting_a_warning_or_a_rule_is_no_scam(text):
    assert _kind(text) is None


def test_a_childs_words_relayed_by_a_parent_are_the_childs_despair():
    text = "孩子发消息说 妈妈我好累 不想再读了 想从楼上跳下去"
    assert _kind(text) == "despair" and of_another(text)
    assert not of_another("孩子打电话说不想活了 我也不想活了")  # the writer's own despair beside it: hers first


@pytest.mark.parametrize("text", ["照顾他三年了 我真的撑不住了 有时候想带着他一起走"])
def test_a_carers_wish_to_take_the_one_she_nurses_along_is_despair(text):
    assert _kind(text) == "despair"


@pytest.mark.parametrize("text", ["热得想从楼上跳下去", "我真想从窗户跳下去 哈哈", "想带着孙子一起走走",
                                  "想带着他一起走出去看看", "孙子想在阳台跳绳",
                                  "想从桥上跳下去游泳"])
def test_a_figure_a_laugh_or_a_walk_together_is_no_despair(text):
    assert _kind(text) is None


async def test_a_parent_whose_child_wants_to_jump_is_told_to_reach_the_teacher_now_privately(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("孩子发消息说 妈妈我好累 不想再读了 想从楼上跳下去", sender="u5", name="小雨妈")
    await bot.wait(seconds=5)
    (alert,) = _to(bot, "op1")
    assert alert.startswith("🚨") and "小雨妈" in alert and "家里人" in alert
    (word,) = _to(bot, "u5")
    assert "班主任" in word and "12356" in word and "110" in word and "别让孩子一个人" in word
    assert not _said(bot)  # nothing in front of the group


async def test_a_grown_son_at_work_is_no_school_child_and_his_parent_is_sent_to_the_people_near_him(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("儿子打电话说 在深圳上班太累了 不想活了", sender="u5", name="周阿姨")
    await bot.wait(seconds=5)
    (word,) = _to(bot, "u5")
    assert "班主任" not in word and "宿管" not in word and "老师" not in word
    assert "身边的人" in word and "同事" in word and "12356" in word and "110" in word


async def test_a_carer_who_would_take_him_along_reaches_a_person_who_hears_he_is_at_risk_too(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("照顾他三年了 我真的撑不住了 有时候想带着他一起走", sender="u5", name="李姐")
    await bot.wait(seconds=5)
    (alert,) = _to(bot, "op1")
    assert alert.startswith("🚨") and "李姐" in alert and "被照顾的那个人也有生命危险" in alert
    assert "请马上打110" in alert and "别让他们两个单独待着" in alert
    assert "12356" in _to(bot, "u5")[0]


@pytest.mark.parametrize("text", ["我天天带着孙子 实在撑不下去了 活着真没意思", "我带上安眠药去江边了 不想活了"])
async def test_carrying_a_grandchild_or_pills_is_no_wish_to_take_someone_along(make_bot, text):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(text, sender="u5", name="老杨")
    await bot.wait(seconds=5)
    (alert,) = _to(bot, "op1")
    assert alert.startswith("🚨") and "老杨" in alert and "被照顾的那个人" not in alert


@pytest.mark.parametrize(("voice", "words"), [("[语音] 我右边身子又麻了 拿不住筷子", ("120", "几点开始")),
                                              ("[语音] 我家老汉咳血了 咳了一大口 止不住", ("120", "别往下咽"))])
async def test_stroke_signs_or_coughing_blood_told_by_voice_get_120_at_once(make_bot, voice, words):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_voice(voice, sender="u5", name="郑叔")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert step.startswith("收到") and all(w in step for w in words)
    assert "按住伤口" not in step  # coughing blood is no wound to press
    (alert,) = _to(bot, "op1")
    assert alert.startswith("🚨") and "郑叔" in alert


async def test_choking_gets_the_back_blows_and_the_heimlich_beside_120(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("老王吃饭噎住了 脸都憋紫了 说不出话", sender="u5", name="刘奶奶")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "120" in step and "拍5下" in step and "海姆立克" in step and "宝宝" not in step


async def test_a_babys_choking_gets_the_infant_steps_first_and_no_abdominal_thrusts(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("8个月的宝宝吃米糊噎住了 脸都紫了", sender="u5", name="孙奶奶")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "120" in step and "免提" in step and "前臂" in step and "拍5下" in step and "按压5下" in step
    assert "海姆立克" not in step and "肚脐" not in step and "站到他身后" not in step


async def test_a_swallowed_battery_gets_the_emergency_room_and_no_vomiting(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("小孙女把一颗纽扣电池吞下去了", sender="u5", name="马爷爷")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "急诊" in step and "120" in step and "催吐" in step and "孩子" in step
    assert _to(bot, "op1")[0].startswith("🚨")


async def test_a_childs_head_bleeding_after_a_fall_in_cantonese_gets_120_and_do_not_move_him(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("个细路仔跌落楼梯 个头流晒血 喊都唔识喊", sender="u5", name="陈婆婆")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "120" in step and "别随便搬动" in step and "按住" in step


async def test_a_child_beaten_and_hiding_at_school_gets_the_teacher_now_not_a_nudge(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("孩子刚打电话哭着说在宿舍被几个同学打了 现在躲在厕所不敢回宿舍", sender="u5", name="琪琪妈")
    await bot.wait(minutes=4)
    step = _said(bot)[0]
    assert "班主任" in step and "宿管" in step and "110" in step
    told = _to(bot, "op1")
    assert told[0].startswith("🚨") and "班主任" in told[0] and not [t for t in told if "⏰" in t]
    assert not [s for s in _said(bot) if "您的问题我们看到了" in s]


async def test_a_code_given_to_a_fake_social_security_caller_gets_the_bank_at_once(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("刚才有人打电话 说是社保局的 养老金要重新认证 让我报银行卡号和验证码 我都报给他了",
                           sender="u5", name="老冯")
    await bot.wait(seconds=5)
    (step,) = _said(bot)
    assert "银行" in step and "冻结" in step and "96110" in step
    assert _to(bot, "op1")[0].startswith("🚨")


async def test_a_screen_shared_with_a_fake_shop_support_gets_stop_never_a_complaint_apology(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("有个人说是淘宝客服 说我店铺违规要交保证金 不然封店 让我下个会议软件共享屏幕 我正在弄",
                           sender="u5", name="小陈")
    await bot.wait(minutes=4)
    step = _said(bot)[0]
    assert "停下" in step and "关掉屏幕共享" in step and "别转钱" in step and "96110" in step
    assert not [s for s in _said(bot) if "添麻烦" in s or "抱歉" in s]
    assert not [t for t in _to(bot, "op1") if "投诉" in t]


async def test_several_ill_after_the_same_meal_reaches_a_person_with_the_kitchen_to_tell(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("今天中午吃完饭肚子疼 拉了好几回 隔壁老李也这样", sender="u5", name="陈大爷")
    await bot.wait(seconds=5)
    (alert,) = _to(bot, "op1")
    assert alert.startswith("🚨 疑似食物中毒") and "陈大爷" in alert.splitlines()[0]
    assert "肚子疼" in alert.splitlines()[1] and "不止一个人不舒服" in alert.splitlines()[1] and "留样" in alert
    (step,) = _said(bot)
    assert "止泻药" in step and "120" in step and "剩下的饭菜" in step
