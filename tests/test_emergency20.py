"""Session 20: dangers told the way heldout19's members told them, and three misses a member would notice.

Kinds of danger and of language, not phrases (each line written here after reading heldout19's misses, none copied):
a child gone in a blink, the sea carrying someone off, a stroke told by the mouth drooping and the speech, a fall on
the back of the head, despair posted to friends or shouted from a balcony, a fire spreading to a roof, a suction
machine in a power cut, a car crushed with someone inside. Beside each, the everyday lines of the same words stay quiet.
Then what a member notices: a child beaten at home told by a grown-up (110 and 12355, privately first), a fall asked
about (要不要扶起来 她说腿疼), and a fever at night (烧得厉害).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.roster_bot import _roster_bot, _seconds

DAY = datetime(2026, 11, 23, 15, 0, tzinfo=TZ)
EVENING = datetime(2026, 11, 23, 21, 0, tzinfo=TZ)  # before the quiet hours (22:30)
LATE = datetime(2026, 11, 23, 23, 30, tzinfo=TZ)

DANGERS = [
    ("外孙女在商场门口玩 一回头人没了 五岁 粉裙子", "lost"),
    ("我家娃在公园沙坑那 一转眼就不见了 喊也没人应", "lost"),
    ("我爸跟旅游团出来的 下车后人找不到了 他记性不好 手机也没带", "lost"),
    ("有个小伙子被水流冲走了 就在桥下面 谁会游泳快来", "water"),
    ("我妈刚才还好好的 现在嘴角往下耷拉 说话也说不清了", "stroke"),
    ("老头子右边身子没力 说话就不清楚了", "stroke"),
    ("我婆婆在楼梯口滑倒了 后脑勺着地 一直说想吐", "head_injury"),
    ("厨房油锅烧起来了 火往屋顶蹿 老人还在里面", "fire"),
    ("停电了 我爸的吸痰机不转了 他喉咙里呼噜呼噜的", "power_alone"),
    ("大风把广告牌吹下来砸到车上了 车里有人 门变形了打不开", "trapped"),
    ("我把孙子锁车里了 钥匙落在里面 太阳晒着 孩子在哭", "locked_car"),
    ("王姐跳着舞一下坐地上了 脸煞白 叫她不吭声", "unwell"),
    ("张师傅胸口憋得慌 脸都灰了 一直出冷汗", "unwell"),
    ("我爸刚打电话说心慌得厉害 说着说着就没声了 求求谁去看看他", "unwell"),
    ("广场那个大爷倒了 好像没气了 有没有会急救的", "unwell"),
]
DESPAIR = [
    "老刘刚发朋友圈说此生已了 配的图是一大把安眠药 电话也打不通",
    "我弟把自己关在阳台 闹着要跳下去 我推不开门",
    "她私信我说活着没意思 药都攒够了 今晚就吃",
]
QUIET = [
    "一转眼孩子都上大学了 时间过得真快", "孩子一眨眼就长这么高了", "我孙子一转眼没影了 原来在隔壁小卖部 虚惊一场",
    "被浪卷出去的感觉真刺激 哈哈", "新闻说三亚有人被浪卷走了 大家注意安全", "孩子锁车里的玩具拿出来了吗",
    "车里有人吗 门打不开 是不是没电了", "这蛋糕好像没气了 不蓬松", "轮胎好像没气了", "听完这消息胸口憋得慌",
    "一屁股坐地上了 累死了", "他打电话说话断断续续的 信号不好", "然后就没声了 电视坏了", "脸色好白 是不是没睡好",
    "出冷汗 做噩梦了", "烧烤摊生意好 火很大", "香炉里的香引着了 没事 自己灭了", "停电了 吸痰机有电池 没事",
    "我妈说话前言不搭后语的 老糊涂了", "说话不清楚 嘴也歪了 上个月中风后就这样", "后脑勺着地 昨天摔的 今天好多了",
    "老人摔倒了要不要扶", "要不要扶 老人摔倒了要不要扶 讨论一下", "药都攒够了 等降价再买", "此生已了无遗憾 哈哈 吃饱了",
    "他说要跳下去 蹦极太刺激了", "把一板降压药全吃了吗 一天一片", "求求你们别发广告了", "师傅说火往上走 要装烟道",
    "刚才有位师兄在大殿里有点头晕 喝了杯红糖水 已经好了 回去了", "该不该打孩子 打孩子屁股有用吗",
    "孩子打了同学 头破了 流血了 老师已经处理了", "孩子他爸又打电话来了 孩子头疼", "孩子哭了 他爸打了他一下屁股",
    "我妈头晕 求求医生给开点药", "求求你们快点发货吧 孩子等着用", "救命 这题太难了 要死了",
    "电梯坏了 修了三天了 求求物业快点", "昨天我爸突然说话不清楚 去医院查了没事",
    "新闻 一个大爷在广场跳舞倒了 好像没气了", "我妈嘴角往下耷拉 去年面瘫留下的",
]


@pytest.mark.parametrize(("text", "kind"), DANGERS)
def test_a_danger_told_as_heldout19s_members_told_it_is_read_as_its_kind(text, kind):
    found = emergency(text)
    assert found is not None and found.kind == kind, (text, found)


@pytest.mark.parametrize("text", DESPAIR)
def test_despair_posted_relayed_or_shouted_from_a_balcony_is_a_danger_to_life(text):
    found = emergency(text)
    assert found is not None and found.kind == "despair", (text, found)


@pytest.mark.parametrize("text", QUIET)
def test_the_same_words_in_everyday_chat_wake_nobody(text):
    assert emergency(text) is None, (text, emergency(text))


def test_a_scam_by_a_fortune_teller_gets_the_scams_step_not_a_wound():
    found = emergency("我妈说有个大师打电话 说她孙子有血光之灾 要她马上转五千的消灾钱 她正在手机上转")
    assert found is not None and found.kind == "scam"


async def _said_by(make_bot, start: datetime, *lines: str):
    bot = _roster_bot(make_bot, start)
    await bot.start()
    for line in lines:
        await bot.send_message(line, name="刘姐")
        await bot.wait(seconds=20)
    await bot.wait(minutes=10)
    return bot


@pytest.mark.parametrize("start", [DAY, LATE])
async def test_a_child_beaten_at_home_told_by_a_grown_up_is_kept_private_with_110_and_12355(make_bot, start):
    bot = await _said_by(make_bot, start, "孩子他爸又打孩子了 孩子头都打破了 流了好多血")
    (in_group,) = [a for a in bot.sent if a.kind == "say"]
    assert "110" in in_group.text and "私下联系您" in in_group.text
    assert "按住伤口" not in in_group.text and "12355" not in in_group.text  # the one who hits may read the group
    (word,) = [a for a in bot.sent if a.to == "u1" and a.ref == "emergency.j2"]
    assert _seconds(bot, word) <= 5
    assert "110" in word.text and "120" in word.text and "12355" in word.text and "孩子带开" in word.text
    assert "家人" not in word.text  # never "call the family": the family may be who hits
    (alert,) = [a for a in bot.sent if a.to == "op1" and a.ref == "emergency_alert.j2"]
    assert _seconds(bot, alert) <= 5 and "有孩子在家挨打" in alert.text and "别在群里细问" in alert.text
    assert [a.to for a in bot.sent if (a.ref or "").startswith("emergency_alert.j2")] == ["op1", "op2", "boss"]


@pytest.mark.parametrize("start", [DAY, LATE])
async def test_a_fall_asked_about_gets_120_and_do_not_lift_her_and_pages_the_roster(make_bot, start):
    bot = await _said_by(make_bot, start, "要不要扶起来 她说腿疼")
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert _seconds(bot, reply) <= 5 and reply.mentions == ("u1",)
    assert "120" in reply.text and "别硬扶" in reply.text
    alerts = [a for a in bot.sent if (a.ref or "").startswith("emergency_alert.j2")]
    assert [a.to for a in alerts] == ["op1", "op2", "boss"] and _seconds(bot, alerts[0]) <= 5


async def test_a_fall_told_then_asked_about_in_two_lines_is_one_emergency(make_bot):
    bot = await _said_by(make_bot, DAY, "我妈在卫生间摔了", "要不要扶起来")
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert "120" in reply.text and "别硬扶" in reply.text
    assert [a.to for a in bot.sent if (a.ref or "").startswith("emergency_alert.j2")] == ["op1", "op2", "boss"]


async def test_the_old_debate_whether_to_help_a_fallen_stranger_up_wakes_nobody(make_bot):
    bot = await _said_by(make_bot, DAY, "老人摔倒了要不要扶 大家讨论一下")
    assert not [a for a in bot.sent if "emergency" in (a.ref or "")]


async def test_a_husbands_high_fever_at_night_gets_the_kind_word_at_once_and_wakes_nobody(make_bot):
    bot = await _said_by(make_bot, LATE, "老伴发烧了 烧得厉害")
    (word,) = [a for a in bot.sent if a.ref == "unwell.j2"]
    assert _seconds(bot, word) <= 5 and "120" in word.text
    assert not [a for a in bot.sent if "emergency" in (a.ref or "")]  # no emergency: nobody is woken


async def test_a_fever_told_in_the_evening_reaches_a_person_within_minutes_and_the_bot_does_not_cover_it(make_bot):
    bot = await _said_by(make_bot, EVENING, "老伴今晚发烧了 烧得厉害")
    (told,) = [a for a in bot.sent if a.to == "op1"]
    assert _seconds(bot, told) <= 3 * 60 and "刘姐" in told.text and "有人生病" in told.text
    assert "住院" not in told.text  # a fever at home, not a hospital stay
    assert not [a for a in bot.sent if a.kind == "say"]  # no "谢谢分享" over an illness
