"""Session 23: dangers of bee yards, banquet kitchens, rides downhill and riversides, read as kinds of danger and of
telling, and what a member notices.

Written from what a person knows of each danger, in other words and places than any group's lines (heldout22's
misses were read as kinds first, then these lines written, then the rules): a body's allergy to a sting, a food or a
jab (the face, the lips, the throat swelling, breath short, pale, a racing heart, the pen left behind), a scald or hot
oil over a large part, the face or the eyes, a knife in a kitchen with blood by the amount (a pool, a soaked towel, a
belt tied round), a farm or a bee yard's chemicals drunk from a drink bottle, someone behind a cave-in who can be
heard, a child gone into a field or out of sight with an age and clothes given, water rising fast at a river from
rain upstream, low blood sugar after insulin and no meal, a farewell sent from a bridge or a dam with the phone off.
Kinds of telling: a relative telling from afar, understatement, a question that carries the emergency. Beside each,
the everyday lines of the same words stay quiet: one sting on a hand asked about, a small blister, a kitchen's
advice, a figure with an emoji (我要晕倒了😵, 晒得要烧起来了🔥), a faint of "that day" explained afterwards.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.roster_bot import _roster_bot, _seconds

DAY = datetime(2026, 12, 2, 11, 0, tzinfo=TZ)
NIGHT = datetime(2026, 12, 3, 2, 10, tzinfo=TZ)

DANGERS = [
    # bees: a swarm's attack, a sting to someone allergic (the body answers: lips, breath, pale, heart), the pen left
    ("一窝蜂炸了 老周被追着蛰了满头 现在说头晕想吐", "sting"),
    ("收蜜的时候蜂群炸窝了 小刘被围着蛰 跑都跑不掉", "sting"),
    ("我老婆对蜂过敏 刚才被一只蜜蜂叮了手 现在嘴唇肿了 喘气有点费劲", "sting"),
    ("他对蜂毒过敏 被蛰了一下 脸煞白 说心里发慌 急救笔落在车上了", "sting"),
    # allergy to a food or a jab: the face or the throat swelling, breath short, a rash all over
    ("孙子吃了一口花生酥 嘴巴和眼皮一下子肿起来了 喉咙里呼噜呼噜响", "unwell"),
    ("我妹吃了芒果 脸肿成一圈 说嗓子眼堵得慌 喘不太上来", "unwell"),
    ("打完头孢那个针 我爸浑身起红疙瘩 说胸口憋得慌", "unwell"),
    # a scald or hot oil: a large part, the face or the eyes, skin coming off, a child
    ("后厨的开水桶倒了 烫到小李两条腿 裤子粘在肉上脱不下来", "burn"),
    ("炸丸子的油溅到帮厨大姐眼睛里了 她捂着眼睛说看不见", "burn"),
    ("蒸笼一掀 一股蒸汽全扑在老王脸上 脸上一片通红 起大泡了", "burn"),
    ("小孙女够桌上的热汤 一整碗扣在胸口上 皮红了在往下掉 哭得喘不上气", "burn"),
    # a knife in a kitchen, blood told by its amount or by what was tried
    ("剁排骨一刀剁在大拇指上 半截指头耷拉着 血往下滴个不停", "bleeding"),
    ("杀鸡的刀一滑割到手腕 血一股一股地往外冒", "bleeding"),
    ("帮工的小伙子被剔骨刀扎了大腿 裤腿全湿了 都是血", "bleeding"),
    ("我哥骑电驴被面包车刮倒 小腿的血流了一滩 我拿围巾扎着", "bleeding"),
    ("伤口用毛巾捂着 毛巾都湿透了 还在往外渗", "bleeding"),
    # gas bottles at a banquet or a stall
    ("灶台底下那个液化气罐的管子脱了 呼呼往外喷气 满院子都是味", "gas"),
    ("煤气罐口子着火了 火苗一尺多高 后厨还有人", "fire"),
    # a fall from a bike on a descent
    ("下坡刹车失灵 老刘连人带车冲出去摔在沟里 喊他只会哼哼", "fall"),
    ("车队下山的时候有人摔了 头盔都裂了 人躺着不动", "fall"),
    ("骑车下坡手刹断了 我爸摔出去好远 躺在路边站不起来", "fall"),
    # many ill after the same feast, told by their number
    ("吃完喜酒回来 一桌人都上吐下泻 我婆婆拉得站不住了", "food_poisoning"),
    # heat
    ("骑到半路老张说头疼想吐 不出汗了 脸烫得吓人", "unwell"),
    ("地里摘棉花的大姐晒晕了 叫了几声只哼一下", "unwell"),
    ("酒席棚子里四十度 掌勺的李师傅一头栽在灶边 浑身滚烫", "unwell"),
    # a relative telling from afar
    ("我在广州打工 老家邻居打电话说我妈倒在院子里 叫不醒 谁能帮忙去看看", "unwell"),
    ("我姐刚打电话说我姐夫掉到池塘里了 还没捞上来", "water"),
    # understatement: the patient's own "nothing", a grave sign beside it
    ("我爸说他没啥 就是胸口有点发紧 一头的汗 躺会儿就好", "unwell"),
    ("老伴说有点不得劲 半边身子发麻 碗都端不住", "stroke"),
    # ... and "it will pass" said by the patient (written after reading train23's misses: training lines)
    ("我叔说没事 就是胸口压得慌 一身虚汗 左边膀子也酸 歇一歇就好了", "unwell"),
    ("姥爷说有点难受 睡一觉就好 可是半边身子使不上劲 话也说不利索", "stroke"),
    # a question that carries the emergency
    ("小孩喝了一口瓶子里的除草剂 要不要催吐", "poison"),
    ("我爸打了胰岛素忘了吃饭 现在浑身冒汗 手抖 说胡话 喂糖水行不行", "low_sugar"),
    # farm and bee-yard chemicals drunk, often from a drink bottle
    ("老爷子把矿泉水瓶里的草甘膦当水喝了两口 现在一直吐", "poison"),
    ("娃把可乐瓶里装的敌百虫喝了 嘴里一股药味", "poison"),
    ("我们家小子喝了杀螨剂 肚子疼得在地上打滚", "poison"),
    # behind a cave-in, heard
    ("菜窖口塌了 我大伯在下面 听得见他在里面喊", "pinned"),
    ("废窑洞的顶塌了一块 两个捡柴的孩子在里头 能听见哭声", "pinned"),
    # a child gone into a field, a wood or out of sight, with an age and clothes given
    ("我孙女跟着放牛的进了玉米地 一个多小时了 喊也不应", "lost"),
    ("娃骑自行车拐进巷子 找了二十分钟没找着 八岁 穿红衣服", "lost"),
    # water rising fast at a river, rain upstream
    ("河谷里露营 上游下暴雨 河水一下子涨上来了 帐篷那边还有人", "rising_water"),
    ("沟里的水一下子变浑了 涨得很快 上面还有几个捡石头的老人", "rising_water"),
    # low blood sugar after insulin or pills and no meal
    ("王姨骑了三十公里没吃东西 早上打过胰岛素 现在满头汗 说话颠三倒四", "low_sugar"),
    ("我爸吃了降糖药没吃早饭 一身虚汗 眼神发直 问他话答非所问", "low_sugar"),
    # a farewell sent from a bridge, a river or a dam, the phone then off
    ("我表哥刚给我发了条语音 说对不起家里 现在人在江边 电话打不通了", "threat_to_die"),
    ("老陈发朋友圈说欠的钱还不上了 没脸见人 定位在水库大坝 打电话关机", "threat_to_die"),
]
QUIET = [
    # allergy and stings for later, local, or advice
    "我对海鲜过敏 吃了虾身上有点痒 吃了氯雷他定好多了",
    "小孩吃了芒果嘴边起了一圈小红点 要紧吗",
    "被蜜蜂叮了一下 手指头肿了 不疼 用不用抹药",
    "对花粉过敏的朋友出门记得戴口罩",
    "蜂农被蛰是家常便饭 我一年被蛰几百下",
    # burns for later or advice
    "切菜被烫了一下手 冲了冷水没事了",
    "倒开水烫了手指 起了个小泡 抹点啥药好",
    "今天这锅汤烫嘴 大家慢点喝",
    "烫伤了别抹牙膏 用凉水冲十五分钟",
    # knives and blood
    "切菜切到手了 贴了个创可贴",
    "这把刀太快了 大家用的时候小心",
    "杀猪的时候血放得干净 肉才好吃",
    # gas bottles
    "液化气罐用完了 明天记得换一罐",
    "酒席用的煤气罐要放在通风的地方 离灶远点",
    # bikes
    "下坡一定要控制车速 别捏死前刹",
    "昨天下坡摔了一跤 膝盖擦破了 今天照样骑",
    "车队今天骑了八十公里 累得腿都软了",
    # a feast's aftermath that is no poisoning
    "昨天喜酒喝多了 一桌人都吐了 今天头还疼",
    # heat
    "今天三十八度 大家骑行带够水 中午别出门",
    "热死了 后厨跟蒸笼一样",
    # chemicals
    "杀螨药用饮料瓶装着不安全 大家换专门的瓶子",
    "蜂箱里螨虫多 用什么杀螨药好",
    # children in fields and streets
    "孩子进玉米地里捉蚂蚱去了 一会就回来",
    "孙子骑得快 一下子就骑没影了 在前面路口等我们呢",
    # rivers
    "上游下大雨 这两天别去河边钓鱼",
    "河水涨了 鱼好钓",
    # sugar
    "有糖尿病的队友骑车记得带几块糖",
    "打了胰岛素要按时吃饭 不然容易低血糖",
    # farewells that are none
    "他在江边钓鱼 电话打不通 估计手机没信号",
    "老陈说这辈子就这样吧 不折腾了 退休了种种菜",
    # "it will pass" with nothing grave beside it
    "有点累 躺一会就好 大家别管我 接着玩",
    "昨晚胸口有点闷 歇了一会就好了 今天没事",
    # an animal gone (the learned layer alarmed on a lost dog at 0.85)
    "谁见过我家的花猫 跑出去三天了 急死我了",
    "谁看到王大爷的那条黑狗了 跑出去一天了 他急得团团转",
    # figures and a day past
    "老板又加了二十桌 我要晕倒了😵",
    "太阳晒得我要烧起来了🔥 谁给我瓶冰水救救命",
    "那天老刘晕倒是中暑 医院查了没大事",
    "上回骑车摔的那个队友 骨头已经长好了",
]


@pytest.mark.parametrize(("text", "kind"), DANGERS)
def test_a_danger_told_as_people_tell_it_is_read_as_its_kind(text, kind):
    found = emergency(text)
    assert found is not None and found.kind == kind, (text, found)


@pytest.mark.parametrize("text", QUIET)
def test_the_same_words_in_everyday_chat_wake_nobody(text):
    assert emergency(text) is None, (text, emergency(text))


async def _said(make_bot, start: datetime, text: str):
    bot = _roster_bot(make_bot, start)
    await bot.start()
    await bot.send_message(text, name="孙大姐")
    await bot.wait(minutes=10)
    return bot


def _paged(bot) -> list[str]:
    return [a.to for a in bot.sent if (a.ref or "").startswith("emergency_alert.j2")]


def _reply(bot):
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert _seconds(bot, reply) <= 5 and reply.mentions == ("u1",)
    return reply



# what the member hears at once, in the group, for each new kind (the roster is paged as for every emergency)
STEPS = [
    ("他对蜂毒过敏 被蛰了一下 脸煞白 说心里发慌 急救笔落在车上了", ["请马上打120", "肾上腺素", "别走动"]),
    ("我妹吃了芒果 脸肿成一圈 说嗓子眼堵得慌 喘不太上来", ["请马上打120"]),
    ("后厨的开水桶倒了 烫到小李两条腿 裤子粘在肉上脱不下来", ["凉水", "120"]),
    ("杀鸡的刀一滑割到手腕 血一股一股地往外冒", ["请马上打120", "用力按住伤口"]),
    ("娃把可乐瓶里装的敌百虫喝了 嘴里一股药味", ["请马上打120", "连瓶子", "别抠喉咙催吐"]),
    ("菜窖口塌了 我大伯在下面 听得见他在里面喊", ["119和120", "别硬拉硬拽", "跟被压住的人说说话"]),
    ("我孙女跟着放牛的进了玉米地 一个多小时了 喊也不应", ["请马上打110", "最后看到孩子的地方"]),
    ("河谷里露营 上游下暴雨 河水一下子涨上来了 帐篷那边还有人", ["往高处走", "别蹚水"]),
    ("我爸打了胰岛素忘了吃饭 现在浑身冒汗 手抖 说胡话 喂糖水行不行", ["糖水", "120"]),
    ("灶台底下那个液化气罐的管子脱了 呼呼往外喷气 满院子都是味", ["不要点火", "119"]),
    ("我表哥刚给我发了条语音 说对不起家里 现在人在江边 电话打不通了", ["请马上打110", "12356"]),
    ("吃完喜酒回来 一桌人都上吐下泻 我婆婆拉得站不住了", ["剩下的饭菜先别扔", "120"]),
]


@pytest.mark.parametrize("start", [DAY, NIGHT])
@pytest.mark.parametrize(("text", "words"), STEPS)
async def test_each_new_kind_gets_its_step_at_once_and_pages_the_roster_day_and_night(make_bot, start, text, words):
    bot = await _said(make_bot, start, text)
    reply = _reply(bot)
    assert all(w in reply.text for w in words), (words, reply.text)
    assert _paged(bot) == ["op1", "op2", "boss"]  # nobody answered: the next on the roster, then the owner
    first = next(a for a in bot.sent if a.to == "op1")
    assert _seconds(bot, first) <= 5 and text in first.text  # her own words, within seconds


async def test_a_cave_in_is_never_told_to_leave_the_door_alone(make_bot):
    bot = await _said(make_bot, NIGHT, "废窑洞的顶塌了一块 两个捡柴的孩子在里头 能听见哭声")
    reply = _reply(bot)
    assert "别硬撬门" not in reply.text and "别让更多人进去" in reply.text


async def test_a_farewell_from_the_river_is_told_to_the_person_on_duty_as_a_life_at_risk(make_bot):
    bot = await _said(make_bot, NIGHT, "老陈发朋友圈说欠的钱还不上了 没脸见人 定位在水库大坝 打电话关机")
    first = next(a for a in bot.sent if a.to == "op1")
    assert "寻短" in first.text and "水库大坝" in first.text


async def test_many_ill_after_a_feast_tell_the_person_on_duty_it_may_be_food_poisoning(make_bot):
    bot = await _said(make_bot, DAY, "吃完喜酒回来 一桌人都上吐下泻 我婆婆拉得站不住了")
    first = next(a for a in bot.sent if a.to == "op1")
    assert "食物中毒" in first.text and "不止一个人" in first.text


@pytest.mark.parametrize("text", [
    "老板又加了二十桌 我要晕倒了😵",
    "太阳晒得我要烧起来了🔥 谁给我瓶冰水救救命",
    "被蜜蜂叮了一下 手指头肿了 不疼 用不用抹药",
    "那天老刘晕倒是中暑 医院查了没大事",
    "上游下大雨 这两天别去河边钓鱼",
    "杀螨药用饮料瓶装着不安全 大家换专门的瓶子",
])
async def test_a_figure_one_sting_a_day_past_or_advice_wakes_nobody_at_night(make_bot, text):
    bot = await _said(make_bot, NIGHT, text)
    assert not [a for a in bot.sent if "emergency" in (a.ref or "")]
