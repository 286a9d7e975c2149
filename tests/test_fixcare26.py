"""Members unwell or in distress heard for what they are, not as complaints nor left unread: the acceptance tester's
findings of session 26 (issue 13, fixcare26) told here in other words, each beside the everyday lines of the same
words that must stay quiet (耳朵有点背 大声点说, 练完拳腿有点酸, 昨晚没睡好)."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.chest_on_exertion import chest_on_exertion
from bot.danger.despair import despair
from bot.danger.emergency import emergency
from bot.danger.made_ill import made_ill
from bot.danger.unwell import unwell
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 12, 2, 23, 0, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


# 1. a life felt empty beside a family that finds the member a bother: despair, not a complaint about the shop
@pytest.mark.parametrize("text", [
    "儿子嫌我啰嗦 电话都不接 活着有啥意思",
    "闺女说我老糊涂了 嫌我烦 活着真没啥意思了",
    "儿媳妇天天给我甩脸子 老伴也嫌弃我 活着还有什么意思",
    "家里人跟我说话都不耐烦 我耳朵不好 活着没意思",
    "俺家儿女都嫌俺耳朵聋 活着有啥盼头",
])
def test_a_life_felt_empty_when_the_family_shuts_the_member_out_is_despair(text):
    assert despair(text) is not None


@pytest.mark.parametrize("text", [
    "耳朵有点背 大声点说",
    "孩子们都嫌我唠叨 哈哈 老了都这样",
    "孩子嫌我做的菜咸 下次少放点盐",
    "这电视剧真没意思 孩子们都嫌我看得多",
    "孩子们嫌我不会用手机 慢慢学",
])
def test_a_family_grumble_without_a_life_felt_empty_stays_quiet(text):
    assert despair(text) is None and emergency(text) is None


async def test_despair_after_a_family_slight_gets_a_private_word_and_a_person_never_an_apology(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("儿子嫌我耳朵聋 跟我说话都不耐烦 活着有啥意思", sender="u5", name="老孙")
    await bot.wait(minutes=3)
    assert _to(bot, "op1")[0].startswith("🚨")
    assert any("12356" in s for s in _to(bot, "u5"))
    assert not any("抱歉" in s or "添麻烦" in s for s in _said(bot))


# 2. someone at home drunk or raging and smashing things while the member hides: violence now
@pytest.mark.parametrize("text", [
    "我男人喝醉了在家摔东西 还拿凳子砸门 我和孩子锁在屋里 好怕",
    "儿子又喝多了发酒疯 把电视都砸了 我跑到邻居家躲着 不敢回去",
    "老伴喝了酒又在家里掀桌子骂人 我躲在卧室不敢出声",
    "俺当家的又喝大了 在院里摔碗砸锅 俺抱着娃躲在屋里",
    "老头子喝醉了在家骂人 我不敢回家",
])
def test_hiding_from_someone_at_home_drunk_or_smashing_things_is_violence_now(text):
    assert _kind(text) == "violence"


@pytest.mark.parametrize("text", [
    "老头子又喝多了 睡了一下午",
    "昨天孙子把碗摔了 吓我一跳",
    "我躲在厕所里抽根烟 老婆不让抽",
    "邻居家装修砸墙 吵死了 我躲到公园去了",
    "他喝多了 我躲着他点 明天再说",
    "老伴喝多了 我躲到女儿家住两天 清静清静",
])
def test_a_drink_a_broken_bowl_or_a_quiet_corner_stays_quiet(text):
    assert emergency(text) is None


async def test_a_woman_hiding_from_a_raging_husband_is_told_privately_to_stay_locked_in_and_call_110(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我男人喝醉了在家摔东西 我锁在卧室里不敢出去", sender="u5", name="刘婶")
    await bot.wait(minutes=2)
    assert _to(bot, "op1")[0].startswith("🚨") and "刘婶" in _to(bot, "op1")[0]
    (word,) = _to(bot, "u5")
    assert word.index("门锁好") < word.index("110") and "静音" in word and "12110" in word
    assert "先别回去" not in word
    assert not any("摔东西" in s or "喝醉" in s for s in _said(bot))


# 3. one ear suddenly deaf with the world spinning or the body pulled to one side: a stroke's sign, never a lost person
@pytest.mark.parametrize("text", [
    "老伴右耳朵一下子听不见了 天旋地转的 吐了两回",
    "俺爹左边耳朵突然聋了 站不稳 直往左歪",
    "我早上起来突然一边耳朵听不清了 头昏得厉害 走路发飘",
    "刚才一只耳朵嗡的一下就听不见了 现在头晕想吐",
])
def test_one_ear_suddenly_deaf_with_vertigo_is_a_stroke_sign(text):
    assert _kind(text) == "stroke"


@pytest.mark.parametrize("text", [
    "耳朵有点背 大声点说",
    "游泳进水了 一只耳朵听不清 还有点晕",
    "我左耳朵听不清好几年了 最近有点头晕",
    "感冒了 一边耳朵听不见 头也晕乎乎的",
    "助听器没电了 右耳朵突然听不见了",
])
def test_an_ear_blocked_long_hard_of_hearing_or_a_flat_battery_is_no_stroke(text):
    assert _kind(text) not in ("stroke", "lost")


async def test_a_mother_suddenly_deaf_in_one_ear_and_dizzy_gets_120_never_the_police(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("俺娘一只耳朵突然听不见了 头晕得站不住", sender="u5", name="周姐")
    await bot.wait(minutes=2)
    (step,) = _said(bot)
    assert "120" in step and "中风" in step
    assert "110" not in step and "监控" not in step and "民警" not in step
    assert _to(bot, "op1")[0].startswith("🚨")


# 4. a chest that tightens on exertion and eases with rest: the heart's warning, a person answers today (no 120 alarm)
@pytest.mark.parametrize("text", [
    "爬楼梯胸口发紧 停下来歇歇就好 要紧吗",
    "最近一走快了心口就憋得慌 坐下来就好了",
    "跳完舞心口有点堵得慌 歇歇就没事了 是不是累的",
    "老伴说爬山的时候胸闷 歇一下就缓过来了",
])
def test_a_chest_tight_on_exertion_is_the_hearts_warning(text):
    assert chest_on_exertion(text) is not None


@pytest.mark.parametrize("text", [
    "练完拳腿有点酸",
    "昨晚没睡好",
    "感冒了 咳嗽 胸口疼",
    "跟儿子吵架 心里闷得慌",
    "练完拳浑身舒坦 胸口也不闷了",
])
def test_sore_legs_a_cold_or_a_mood_are_no_hearts_warning(text):
    assert chest_on_exertion(text) is None


async def test_a_chest_tight_after_practice_reaches_the_operator_with_the_doctor_and_120_never_an_alarm(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("最近一爬楼梯胸口就发紧 歇一会儿就好了 没事吧", sender="u5", name="冯叔")
    await bot.wait(minutes=5)
    (note,) = [s for s in _to(bot, "op1") if "冯叔" in s]
    assert not note.startswith("🚨") and "心脏" in note and "医院" in note and "120" in note
    assert not any("添麻烦" in s or "抱歉" in s for s in _said(bot))


# 5. a complaint that someone fell ill from what we sold: the person asked after first, the batch checked
@pytest.mark.parametrize(("text", "who"), [
    ("你们家的肉松面包我孙子吃了 半夜吐了好几回", "孩子"),
    ("买的豆浆喝完我老伴肚子疼了一宿", "老人家"),
    ("昨天的鲜奶蛋糕 娃吃了就上吐下泻 今天还发烧", "孩子"),
    ("在你们店买的月饼 我吃了拉肚子 都去医院挂水了", "您"),
])
def test_falling_ill_from_what_was_sold_names_who_fell_ill(text, who):
    assert made_ill(text) == who


@pytest.mark.parametrize("text", [
    "蛋糕有点酸 味道不对",
    "面包太硬了 孩子都咬不动",
    "孩子吃了说好吃 还要",
    "蛋糕送晚了 孩子等哭了",
    "昨天喝多了 吐了一晚上",
    "孩子感冒了 吃了药还发烧",
])
def test_a_taste_a_texture_or_a_late_cake_is_nobody_made_ill(text):
    assert made_ill(text) == ""


async def test_a_child_ill_from_the_cake_is_asked_after_first_in_the_group_and_by_the_operator(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("你们家的肉松面包我孙子吃了 半夜吐了好几回 太不像话了", sender="u5", name="王姐")
    await bot.wait(minutes=4)
    alert = _to(bot, "op1")[0]
    assert "吃了生病" in alert and alert.index("孩子现在怎么样") < alert.index("对不起") and "这一批" in alert
    (word,) = [s for s in _said(bot) if "孩子" in s]
    assert word.index("孩子现在") < word.index("对不起") and "医院" in word and "添麻烦" not in word


# 6. unwell at night and not in danger (ringing ears): one quiet word at once, first in the digest
@pytest.mark.parametrize("text", [
    "耳朵里嗡嗡的响个不停 睡不着觉",
    "耳鸣 一直睡不着 咋整",
    "耳朵一直响个不停 吵得睡不着",
    "耳朵里吱吱叫 一晚上没合眼 难受",
])
def test_ringing_ears_that_keep_the_member_awake_is_unwell_now(text):
    assert unwell(text) is not None and emergency(text) is None


@pytest.mark.parametrize("text", [
    "昨晚没睡好",
    "耳朵有点背 大声点说",
    "睡不着 起来看会儿电视",
    "耳鸣好几年了 习惯了",
    "耳鸣吃什么药好",
    "客人说被蚊子咬得满腿包 痒得睡不着 有什么药膏",
])
def test_a_bad_night_an_old_ringing_or_a_question_about_it_is_not_unwell_now(text):
    assert unwell(text) is None


async def test_ringing_ears_at_night_get_one_quiet_word_and_the_digest_names_him_unwell(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("耳朵里嗡嗡的响个不停 一宿睡不着 怎么办", sender="u5", name="老周")
    await bot.wait(minutes=5)
    night = [*_said(bot), *_to(bot, "u5")]
    assert len(night) == 1 and "耳鼻喉科" in night[0] and "急诊" in night[0]
    assert not _to(bot, "op1")
    await bot.wait(hours=9)
    digest = next(s for s in _to(bot, "op1") if s.startswith("🌅"))
    assert "老周" in digest and "身体不适" in digest
