"""Session 21: dangers told the way heldout20's members told them, read as kinds of danger and of telling, and what a
member notices.

Kinds of telling: signs listed without a danger word (a face red and hot, talking nonsense, no sweat), the patient's
own "it's nothing" told by one who sees otherwise (他还说不要紧), a relative far away reporting a fall in 上海话, a
walker pulled down by the dog (a pet in the line, a person hurt), a stranger found who cannot find home, a child pulled
from the water lifeless, a fire climbing from a grill to a building, charcoal smelt behind a door nobody opens, a car
that hit someone who does not move. Each line was written here after reading heldout20's misses, none copied. Beside
each, the everyday lines of the same words stay quiet: a faint told of oneself as a figure, flowers "on fire", a
step that ends 不行就打120, a sprain that can still walk, a pet hit by a car, a habit of old.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.roster_bot import _roster_bot, _seconds

DAY = datetime(2026, 11, 23, 15, 0, tzinfo=TZ)
NIGHT = datetime(2026, 11, 24, 1, 40, tzinfo=TZ)

DANGERS = [
    ("快递员小刘晕在电梯口 满头大汗 身上滚烫 问他话答非所问", "unwell"),
    ("送水的师傅坐在马路牙子上 脸通红 说胡话 身上烫手", "unwell"),
    ("我爸在公园门口被车撞了 躺在地上不动", "unwell"),  # lying on the ground: the body's step, and the car's
    ("工地上老张从脚手架上踩空摔下来 说腿没知觉了", "fall"),
    ("水库边有个小孩沉底了 刚捞上来 不哭也不动", "water"),
    ("邻居院子的柴房着火了 火窜到二楼窗户了", "fire"),
    ("烧烤的火把凉棚引着了 火蹿到楼上阳台 楼上还有老人", "fire"),
    ("孙子被蜜蜂蛰了好几下 现在浑身起疙瘩 说喉咙发紧", "sting"),  # a sting the whole body answers (fixcare21)
    ("我奶奶在厨房倒了 嘴里冒白沫 叫她不应", "unwell"),
    ("老李说自己没事 可是嘴角歪了 拿碗一直掉", "stroke"),
    ("我妈说胸口闷 喘不上气 一身冷汗 她还说不要紧 不让我叫车", "unwell"),
    ("超市门口有个老爷爷 说找不着家了 问他住哪说不清 就穿了件单衣", "lost"),
    ("我妈牵狗出去 被狗一拽摔了 起不来", "fall"),
    ("隔壁那间房的客人一直不开门 门缝里有烧炭的味儿", "fumes"),
    ("我要晕倒了 心慌 出冷汗 快来人", "unwell"),  # a faint of one's own told with signs is no figure
    ("楼下着火了 能走的先走 快", "fire"),  # 能走 here is who can leave, not a sprain that can walk
]
QUIET = [
    "看到这个月的电费 我当场晕过去",
    "笑得我差点背过气 这段相声太逗了",
    "我家月季开得要着火了 太美了",
    "中暑了先扶到阴凉处 喝点淡盐水 不行就打120",
    "崴了一下脚 有点肿 还能走 明天去拍个片",
    "我家猫被车撞了 后腿瘸了 哪有宠物医院",
    "我爷爷糊涂以后一出门就找不着家 现在住养老院了",
    "孩子们别去河边玩 不要掉进水里",
    "腿摔了一下 他还说不要紧 自己走回去了",
    "钓鱼的铅坠沉底了 浮漂怎么调",
    "我的车被车撞了 怎么办",  # a car's dent, not a person
]


@pytest.mark.parametrize(("text", "kind"), DANGERS)
def test_a_danger_told_as_heldout20s_members_told_it_is_read_as_its_kind(text, kind):
    found = emergency(text)
    assert found is not None and found.kind == kind, (text, found)


def test_despair_told_in_shanghainese_is_a_danger_to_life():
    found = emergency("小王搿两天一直讲活了没意思 刚刚朋友圈发了张安眠药的照片 讲今朝夜里就走")
    assert found is not None and found.kind == "despair", found


@pytest.mark.parametrize("text", QUIET)
def test_the_same_words_in_everyday_chat_wake_nobody(text):
    assert emergency(text) is None, (text, emergency(text))


async def _said(make_bot, start: datetime, text: str):
    bot = _roster_bot(make_bot, start)
    await bot.start()
    await bot.send_message(text, name="周阿姨女儿")
    await bot.wait(minutes=10)
    return bot


def _paged(bot) -> list[str]:
    return [a.to for a in bot.sent if (a.ref or "").startswith("emergency_alert.j2")]


@pytest.mark.parametrize("start", [DAY, NIGHT])
async def test_a_daughter_far_away_telling_in_shanghainese_of_a_fall_pages_the_roster_day_and_night(make_bot, start):
    bot = await _said(make_bot, start, "我人勒外地 姆妈刚刚电话里讲伊勒灶披间掼了一跤 爬勿起来 啥人住得近帮忙去看看伐")
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert _seconds(bot, reply) <= 5 and reply.mentions == ("u1",)
    assert "120" in reply.text and "别急着起来" in reply.text and "别硬扶" in reply.text
    assert _paged(bot) == ["op1", "op2", "boss"]  # nobody in charge answered: the next on the roster, then the owner
    first = next(a for a in bot.sent if a.to == "op1")
    assert _seconds(bot, first) <= 5 and "掼了一跤" in first.text  # her own words reach the operator


async def test_a_man_who_says_it_is_nothing_while_short_of_breath_gets_120_at_once(make_bot):
    bot = await _said(make_bot, DAY, "老王说胸口闷 喘不过气 一头冷汗 他还说不要紧 再坐会儿就好")
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert _seconds(bot, reply) <= 5 and "120" in reply.text
    assert _paged(bot)[0] == "op1"


async def test_heat_stroke_told_by_its_signs_gets_shade_and_cooling_with_120(make_bot):
    bot = await _said(make_bot, DAY, "送水的师傅坐在马路牙子上 脸通红 说胡话 身上烫手")
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert "120" in reply.text and "阴凉" in reply.text and "降温" in reply.text
    assert _paged(bot)[0] == "op1"


@pytest.mark.parametrize("start", [DAY, NIGHT])
async def test_a_confused_stranger_found_in_the_cold_gets_stay_with_him_and_110(make_bot, start):
    bot = await _said(make_bot, start, "小区门口有个老奶奶 说找不到家 问什么都说不清 穿得很少")
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert "110" in reply.text and "陪着" in reply.text and "给件衣服" in reply.text  # review21 #13
    assert "不用等24小时" not in reply.text  # the step for a family whose own is missing is not hers
    assert _paged(bot)[0] == "op1" and _seconds(bot, next(a for a in bot.sent if a.to == "op1")) <= 5


async def test_someone_hit_by_a_car_who_does_not_move_gets_do_not_move_him_and_122(make_bot):
    bot = await _said(make_bot, NIGHT, "我爸让车给撞了 躺马路上不动弹了")
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert "120" in reply.text and "先别挪动" in reply.text and "122" in reply.text
    assert _paged(bot) == ["op1", "op2", "boss"]


async def test_charcoal_smelt_behind_a_door_nobody_opens_gets_the_door_opened_and_fresh_air(make_bot):
    bot = await _said(make_bot, NIGHT, "隔壁那间房的客人一直不开门 门缝里有烧炭的味儿")
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert "110或119来开门" in reply.text and "120" in reply.text and "通风" in reply.text
    assert _paged(bot)[0] == "op1"


async def test_a_child_pulled_from_the_pool_lifeless_gets_cpr_and_119_120(make_bot):
    bot = await _said(make_bot, DAY, "泳池里有个小孩沉底了 刚捞上来不哭不动 谁会急救")
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert "120" in reply.text and "心肺复苏" in reply.text and "别倒过来控水" in reply.text


@pytest.mark.parametrize("text", [
    "看到这个月的电费 我当场晕过去",
    "中暑了先扶到阴凉处 喝点淡盐水 不行就打120",
    "我家猫被车撞了 后腿瘸了 哪有宠物医院",
])
async def test_a_figure_a_first_aid_tip_or_a_pet_wakes_nobody_at_night(make_bot, text):
    bot = await _said(make_bot, NIGHT, text)
    assert not [a for a in bot.sent if "emergency" in (a.ref or "")]
