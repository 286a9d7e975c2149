"""Code review 26 (`/work/reviews26/diff.md`), the dangers first: each finding's lines as the reviewer tried them, two
or three of ours in other words, and the real cases each reading was written for, which are still heard
(codemend26)."""
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


async def _told(make_bot, text: str) -> tuple[list[str], list[str]]:
    """What the group and the operator were told after `text`, at ten on a weekday."""
    group, op, _ = await _told_all(make_bot, text)
    return group, op


async def _told_all(make_bot, text: str) -> tuple[list[str], list[str], list[str]]:
    """What the group, the operator and the member (privately) were told after `text`, at ten on a weekday."""
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(text, sender="u5", name="吴阿姨")
    await bot.wait(minutes=4)
    return _said(bot), _to(bot, "op1"), _to(bot, "u5")


# 1. a diabetic's everyday words: the type of diabetes is no reading, a high sugar no low, a regimen no dose twice
@pytest.mark.parametrize("text", [
    "血糖 1型 心慌", "血糖2型 心慌",                                    # the reviewer's
    "我是1型的 血糖一直偏高 今天有点头晕", "血糖高 2类糖尿病 手有点抖",   # ours
])
def test_the_type_of_diabetes_or_a_high_sugar_is_no_low(text):
    assert _kind(text) != "low_sugar"


async def test_a_high_sugar_is_never_told_to_eat_sugar(make_bot):
    group, op = await _told(make_bot, "血糖有点高 2型的 头晕")
    assert not any("吃几块糖" in line or "糖水" in line for line in group)
    assert not any(line.startswith("🚨") for line in op)


@pytest.mark.parametrize("text", [
    "胰岛素早上打了两针 一针长效一针短效", "老伴去医院打了两针胰岛素", "医院让把降糖药改成吃两次",  # the reviewer's
    "降糖药吃了两片 心慌",
    "胰岛素今天打了两针 早上一针晚上一针", "社区医生给老伴打了两针胰岛素 说回家好好吃饭",          # ours
    "我的降糖药一次吃两片 饭后吃",
])
def test_a_regimen_a_clinic_visit_and_two_tablets_are_no_dose_twice(text):
    assert _kind(text) not in {"sugar_dose", "double_dose"}


async def test_the_basal_bolus_regimen_pages_nobody(make_bot):
    group, op = await _told(make_bot, "胰岛素早上打了两针 一针长效一针短效")
    assert not any("打重了" in line or "下一针先别打" in line for line in group)
    assert not any(line.startswith("🚨") for line in op)


@pytest.mark.parametrize(("text", "kind"), [
    ("血糖2.8 心慌 出虚汗", "low_sugar"),
    ("刚测了血糖三点一 手抖得厉害 头晕", "low_sugar"),
    ("2型糖尿病 刚测血糖2.9 浑身冒冷汗", "low_sugar"),
    ("我早上胰岛素打了两遍", "sugar_dose"),
    ("老头子早上打了胰岛素 忘了又打了一针", "sugar_dose"),
    ("我爸的格列齐特早上吃了两次", "sugar_dose"),
    ("胰岛素打了两针 他记不清晚上那针打过没有", "sugar_dose"),
    ("我妈把降糖药早上吃了两回 现在出汗 手抖 叫她糊里糊涂的", "double_dose"),
    ("我家老头 吃了两片降压药又吃了两片 他自己记不清了 现在晕得站不起来 心跳好慢", "double_dose"),
])
def test_a_diabetics_low_and_a_double_dose_are_still_told_plainly(text, kind):
    assert _kind(text) == kind


# 3. staff gone quiet is a complaint, a guess that asks no alarm; someone of the writer's life unseen is still sought
@pytest.mark.parametrize("text", [
    "客服两天没在群里冒泡了 电话也打不通 退款到底啥时候给",  # the reviewer's
    "小李好几天没露面了 电话关机 是不是换号了",
    "群主这几天都没吭声 电话也没人接 活动还办不办了", "卖家三天没见人了 微信不回 货到底发没发",         # ours
    "老王好几天没在群里说话了 电话也不接 估计出去旅游了吧",
])
def test_staff_gone_quiet_or_a_guess_that_asks_is_no_welfare_check(text):
    assert _kind(text) != "unreachable"


async def test_a_complaint_about_silent_staff_never_sends_the_police_to_break_in(make_bot):
    group, op = await _told(make_bot, "客服两天没在群里冒泡了 电话也打不通 退款到底啥时候给")
    assert not any("110" in line or "上门看看" in line for line in group)
    assert not any(line.startswith("🚨") for line in op)


@pytest.mark.parametrize("text", [
    "老孙三天没在群里说话了 打电话也不接",
    "租我房子的小伙子三天没见人了 电话也不接 敲门没人应",
    "我同事老刘三天没来上班 这几天没见人 电话关机 敲门也没人应",
    "楼下的张姐好几天没下楼了 电话打不通",
])
def test_someone_alone_unseen_for_days_with_the_phone_unanswered_is_still_sought(text):
    assert _kind(text) == "unreachable"


# 4. a thing dropped down a well is no man down a pit; a person gone down and not come up still is
@pytest.mark.parametrize("text", [
    "钥匙掉到井里没上来", "红薯窖里倒了",                                       # the reviewer's
    "手机掉下水道里了 捞了半天没上来", "水桶掉井里没上来 绳子断了", "菜窖里倒了一堆白菜",  # ours
])
def test_a_thing_down_a_well_is_no_man_down_a_pit(text):
    assert _kind(text) != "pit_air"


async def test_keys_down_a_well_call_neither_119_nor_120(make_bot):
    group, op = await _told(make_bot, "钥匙掉到井里没上来")
    assert not any("119" in line or "千万别下去" in line for line in group)
    assert not any(line.startswith("🚨") for line in op)


@pytest.mark.parametrize("text", [
    "沼气池那边味道冲得很 老周下去掏池子半天没上来",
    "矿上出事了，我老公在井下没上来",
    "地下室有股臭鸡蛋味 进去清淤的两个人没出来 喊也不答应 千万别再下去人了 打119",
    "老王在红薯窖里倒了 叫他也不答应",
    "沼气池里倒了一个人 上面的人喊他没反应",
    "我爸下到菜窖里拿白菜 半天没上来 也没声音",
])
def test_a_man_down_a_pit_with_no_sound_is_still_heard(text):
    assert _kind(text) in {"pit_air", "mine", "gas"}


# 5. no breath is a person's: a flat tyre or a balloon is no one to revive
@pytest.mark.parametrize("text", [
    "车胎没气了 倒在路边了", "轮胎没气了 拉上来再说", "气球没气了 拉上来再说",  # the reviewer's (气球没气了 倒在地上
    # is still read, by 倒在地上 alone: a person lying on the floor, danger_words' own, left for the lead)
    "电动车没气了 倒在楼下 明天再打气", "煤气罐没气了 救护车一样的速度送来就好了",  # ours
])
def test_a_tyre_or_a_balloon_without_air_is_no_one_to_revive(text):
    assert _kind(text) != "unwell"


@pytest.mark.parametrize("text", [
    "我爸倒在地上 没气了 快按胸口",
    "人捞上来了 没呼吸了",
    "老伴倒在厕所里 好像没气了 救护车还没到",
])
def test_a_person_without_breath_is_still_heard(text):
    assert _kind(text) is not None


# 2. who is meant is read once, by bot.people: 其他 holds no 他, 心跳 no leap, 老孙 no grandchild
async def test_a_mother_who_suddenly_talks_nonsense_is_she(make_bot):
    group, _ = await _told(make_bot, "我妈突然说胡话 不认识人了 其他都还好")  # the reviewer's
    assert any("别等她自己好" in line for line in group)
    assert not any("别等他" in line for line in group)


@pytest.mark.parametrize(("text", "pronoun"), [
    ("我婆婆突然不认识人了 其他倒没什么", "她"),     # ours
    ("我爸突然说胡话 不认识人了", "他"),
    ("孩子他妈突然说胡话 谁都不认识了", "她"),
])
async def test_the_one_who_talks_nonsense_is_named_as_the_family_says(make_bot, text, pronoun):
    group, _ = await _told(make_bot, text)
    assert any(f"别等{pronoun}自己好" in line for line in group)


async def test_a_racing_heart_is_no_balcony_and_a_neighbour_called_lao_sun_no_child(make_bot):
    _, op, member = await _told_all(make_bot, "我实在活不下去了 想带着老伴一起走 心跳得厉害 老孙劝我也没用")
    assert op and op[0].startswith("🚨")
    assert any("也担心老伴" in line for line in member)
    assert not any("阳台" in line or "担心孩子" in line for line in member)


async def test_a_leap_from_the_balcony_still_sends_her_away_from_the_window(make_bot):
    _, _, member = await _told_all(make_bot, "我实在活不下去了 想抱着孩子从阳台跳下去")
    assert any("离开阳台和窗户" in line and "也担心孩子" in line for line in member)


# 12. the night with no doctor to ring is the operator's own quiet hours, not a second night of the plugin's
async def _dose_twice_at(make_bot, hour: int, minute: int, quiet: str) -> str:
    bot = _shipped_bot(make_bot, datetime(2026, 12, 2, hour, minute, tzinfo=TZ))
    await bot.start()
    await bot.send_command(f"/config set bot.quiet_hours {quiet}", sender="boss")
    await bot.settle()
    await bot.send_message("老头子晚上那针胰岛素又打了一针 他记不清打没打过", sender="u5", name="陈阿姨")
    await bot.wait(minutes=4)
    (step,) = _said(bot)
    return step


async def test_an_early_quiet_hours_evening_has_no_doctor_to_ring(make_bot):
    step = await _dose_twice_at(make_bot, 21, 30, "21:00-07:00")  # the reviewer's
    assert "夜里找不到医生" in step and "打120问问" in step


async def test_a_late_quiet_hours_evening_still_rings_the_doctor(make_bot):
    step = await _dose_twice_at(make_bot, 22, 40, "23:30-06:00")  # ours
    assert "打电话问问医生" in step and "夜里找不到医生" not in step


async def test_deep_night_has_no_doctor_to_ring_whatever_the_quiet_hours(make_bot):
    step = await _dose_twice_at(make_bot, 2, 30, "00:00-00:00")  # quiet hours off (code review 27, finding 12)
    assert "夜里找不到医生" in step


# 14. /faq del's refusals are scripts the operator can reword, not Chinese in Python
@pytest.mark.parametrize(("named", "refusal"), [
    ("排练几点", "没有 ID 或问题是「排练几点」的问答"),
    ("排练在哪", "有 2 条问答都是这个问题（ID："),  # and which to write (script review 26, finding 11)
])
async def test_faq_del_refuses_in_the_words_of_its_script(make_bot, named, refusal):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_command("/faq add 排练在哪 | 周二晚上在文化馆", sender="op1")
    await bot.send_command("/faq add 排练在哪 | 周四下午在社区活动室", sender="op1")
    await bot.send_command(f"/faq del {named}", sender="op1")
    await bot.wait(seconds=10)
    assert any(refusal in line for line in _to(bot, "op1"))
    assert not any("不再使用" in line for line in _to(bot, "op1"))
    assert named == "排练几点" or any("删哪一条？请写它的 ID，比如 /faq del " in line for line in _to(bot, "op1"))



# 10. a catch stolen or a crop for sale is no feat to praise
@pytest.mark.parametrize("text", [
    "今年最大的一条鱼被人偷了", "今天收了三百斤红薯 要的私我 5块一斤",  # the reviewer's
    "钓了一条8斤的草鱼 结果让野猫叼跑了", "摘了两百斤橘子 十块三斤 要的私聊",  # ours
])
def test_a_catch_lost_or_a_crop_for_sale_is_no_feat(text):
    from bot.good_news import a_feat
    assert not a_feat(text)


@pytest.mark.parametrize("text", ["今天水库上了条12斤的草鱼", "今年收了三百斤红薯 够吃一冬了"])
def test_a_members_own_catch_and_harvest_are_still_feats(text):
    from bot.good_news import a_feat
    assert a_feat(text)
