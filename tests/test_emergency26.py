"""Session 26: the lead's five lines as kinds, and heldout25's misses (秦岭 rangers, a chemistry lab, autism-rehab
families, barge families) read as kinds of danger a person knows, and what a member and the person on duty notice.

Every line here is my own wording, written before the rule that reads it (the two pan fires doused with water were
written expecting the pan's step; the spread reading already gives them the fire's, get out, which is right);
beside each kind, everyday lines of the same words stay quiet.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.test_emergencies import _roster_bot
from tests.test_scriptmend24 import _told

NIGHT = datetime(2026, 12, 3, 2, 10, tzinfo=TZ)

KINDS = [
    # a new mother who would take her baby along
    ("产后两个月了 活着没意思 想带着孩子一起走", "despair"),
    ("月子里老公不管 婆婆天天骂 我真想带着宝宝离开这个世界", "despair"),
    ("产后抑郁 半夜看着宝宝想 我们娘俩一起走吧 谁也不拖累", "despair"),
    ("闺女坐月子 跟我说活着没意思 想带着外孙一起走", "despair"),
    # blood brought up or passed on a thinner
    ("装了支架吃氯吡格雷 刚才吐了好多血", "thinner_bleeding"),
    ("我爸吃华法林的 今天吐了一口血 黑红黑红的", "thinner_bleeding"),
    ("妈妈吃利伐沙班 早上呕了小半碗血", "thinner_bleeding"),
    ("吃氯吡格雷的 今天拉出来的都是血", "thinner_bleeding"),
    # a diabetic's sudden confusion: 120 now (a stroke or a low), the sugar measured, sugar only if low and he swallows
    ("老头子突然说胡话 平时吃降糖药", "confusion"),
    ("爷爷有糖尿病 刚才突然胡言乱语 手一直抖", "confusion"),
    ("我爸吃格列美脲 今天早上叫他 他答非所问 跟平时不一样", "confusion"),
    ("老头子糖尿病 今天没怎么吃饭 现在突然说胡话", "low_sugar"),
    # written after the rule: a low read together with unwell's words gets the low's step (ORDER)
    ("老伴打了胰岛素没吃饭 出了一身冷汗 手抖 叫他也不太应", "low_sugar"),
    # heldout25's kinds
    ("对面楼三层窗户里一团红光往外窜 还有噼里啪啦的声音", "fire"),
    ("门缝底下一直往屋里钻烟 一股焦糊味 外面走廊看不清", "fire"),
    ("炕边那堆柴火呼呼往上窜 我爸还在炕上睡着", "fire"),
    ("后山冒明火了 风往村子这边刮 烧得很快", "wildfire"),
    ("我叔从二楼阳台掉下去了 在楼下躺着不动", "fall"),
    ("儿子是孤独症 放学没等到人 自己走了 半个小时了 电话手表关机了", "lost"),
    ("孩子钻进冰柜里玩 盖子扣上了 打不开 里面没声了", "trapped"),
    ("雪崩把小屋的门封住了 我们三个人在里面出不去", "trapped"),
    ("船舱进水了 水已经到小腿 抽水机抽不过来 船上就我们两个老人", "rising_water"),
    ("氮气间里躺着一个师傅 叫他不应 门口缺氧报警在叫", "pit_air"),
    ("家里停电 我妈在家做腹透 机器一直报警 她说肚子胀得难受", "power_alone"),
]
ALARMS = [
    "两个驴友前天进山 到现在联系不上 手机关机 今晚山上要降温下雪",
    "输头孢的时候 老伴突然说憋得慌 脸上起疹子 人发晕",
    "小孙子躲进后备箱 箱盖关上了 打不开 在里面哭",
    "洗厕所的药水溅到眼睛里了 冲了水还是疼 说看不清东西",
    "眼睛里溅进去消毒液了 冲了还是看不见",
    "孩子发高烧 脖子硬硬的低不下头 吐得像喷出来一样",
    "在山上淋了一天雨 老李现在不打哆嗦了 光想睡觉 说话糊里糊涂",
    "我舅喝了泡草乌的药酒 嘴和舌头都麻了 心慌 站不稳",
    "我大吃饭吃着 碗掉咧 半个身子么劲 说话含虎不清",
]
QUIET = [
    "我这血压一直控制不住",
    "我妈血压忽高忽低 控制不住 咋办",
    "生完孩子两个月了 想带着孩子一起回娘家住几天",
    "孩子满月了 想带着宝宝一起去拍个照",
    "我爸装了支架 一直吃氯吡格雷 今天复查挺好的",
    "吃阿司匹林会不会胃出血",
    "老头子糖尿病 晚上说梦话 正常吗",
    "我妈有糖尿病 最近记性不太好 老忘事",
    "昨天看了部电影 里面那个妈妈带着孩子跳海 看哭了",
    "油烧到冒烟 把辣椒面一泼 滋啦一声 香得很",
    "我老公打呼噜跟山洪下来一样 吵得一夜没睡",
    "孩子在幼儿园从滑梯上滑下来 摔了个屁股蹲 哭了两声就好了",
    "小孩子躲猫猫 躲进衣柜里 找了半天 笑死",
    "制氧机多少钱一台 谁家有推荐",
    "有什么消息吗 大家",
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_a_danger_told_as_people_tell_it_is_read_as_its_kind(text, kind):
    found = emergency(text)
    assert found is not None and found.kind == kind, (text, found)


@pytest.mark.parametrize("text", ALARMS)
def test_a_danger_told_by_its_signs_is_heard(text):
    assert emergency(text) is not None, text


@pytest.mark.parametrize("text", QUIET)
def test_the_same_words_in_everyday_chat_wake_nobody(text):
    assert emergency(text) is None, (text, emergency(text))


@pytest.mark.parametrize("text", ["产后两个月了 活着没意思 想带着孩子一起走", "坐月子…真想抱着宝宝一起跳下去算了"])
async def test_a_new_mother_who_would_take_her_baby_is_asked_to_put_the_baby_down_not_told_it_is_done(make_bot, text):
    _, alert, (word,) = await _told(make_bot, text)
    assert "把孩子放回小床上" in word and "12356" in word
    assert "请马上打120，或者请身边的人帮您打" not in word and "已经伤害了自己" not in alert
    assert "想带着孩子一起走" in alert


async def test_blood_brought_up_on_a_thinner_is_120_lying_still_not_a_wound_to_press(make_bot):
    group, alert, _ = await _told(make_bot, "装了支架吃氯吡格雷 刚才吐了好多血")
    assert "请马上打120" in group and "人先躺下别动" in group and "按住伤口" not in group
    assert "吃抗凝药的人" in alert


async def test_a_diabetics_sudden_confusion_gets_120_the_sugar_measured_and_sugar_only_if_low(make_bot):
    group, alert, _ = await _told(make_bot, "老头子突然说胡话 平时吃降糖药")
    assert "请马上打120" in group and "家里有血糖仪就先测一下" in group and "叫不太醒、咽不好，就什么都别喂" in group
    assert "突然说胡话" in alert


async def test_a_room_whose_air_is_gone_keeps_everyone_out(make_bot):
    group, alert, _ = await _told(make_bot, "液氮罐旁边有人倒了 氧气报警器在响 我不敢进去")
    assert "千万别进去救人" in group and "119和120" in group and "池子" not in group
    assert "缺氧的房间" in alert and "别进去救" in alert


@pytest.mark.parametrize("text", ["我这血压一直控制不住", "油烧到冒烟 把辣椒面一泼 滋啦一声 香得很"])
async def test_a_pressure_or_a_cooks_flame_wakes_nobody_at_night(make_bot, text):
    bot = _roster_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message(text, name="孙大姐")
    await bot.wait(minutes=10)
    assert not [a for a in bot.sent if "emergency" in (a.ref or "")]
