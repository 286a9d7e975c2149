"""Session 25: kinds of danger read from heldout24's misses (egg farmers 河南话, tide gatherers, a factory dorm, 陪读
families), the three readings session 24 left, and what a member and the person on duty notice.

The first lines of each list were written from what a person knows of each kind, in other words than the groups',
before any rule (BEFORE); the rest after the rules and run once (AFTER: two of them, the inhaler running low and the
drink last night, made me narrow a rule, so they are training lines now). Beside each kind, everyday lines of the
same words stay quiet.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.test_emergencies import _roster_bot, _seconds
from tests.test_scriptmend24 import _told

NIGHT = datetime(2026, 12, 3, 2, 10, tzinfo=TZ)

BEFORE = [
    ("我舅修电闸被电打了 倒在地上叫他不答应 电已经断了", "unwell"),
    ("工地上有人碰到电线被电倒了 现在不动了 谁会急救", "unwell"),
    ("冷库的门从外面被锁上了 我同事还在里面 说冻得受不了了 门打不开", "trapped"),
    ("我爸在冷藏车厢里卸货 门被关死了 里面零下十几度 敲门没人应", "trapped"),
    ("楼下草堆烧起来了 火往我们家这边蔓延 我爷爷还在屋里躺着", "fire"),
    ("大水灌进院子 齐腰深了 我叔进去牵牛 半个钟头没出来 电话打不通", "water"),
    ("村里有人下井清淤 下去就晕倒了 另一个下去救也倒了 怎么办", "pit_air"),
    ("沼气池里倒了一个人 上面的人喊他没反应", "pit_air"),
    ("车间里刷油漆的师傅熏得直吐 头晕站不住 脸都白了", "unwell"),
    ("我老公喝多了 吐了一地 现在叫都叫不醒 躺着呼噜声很大", "unwell"),
    ("我表妹前天晚上出门 到现在都没回来 手机一直关机 她刚来这边打工", "lost"),
    ("女儿哮喘犯了 喘不上气 喷雾找不到 嘴唇发紫", "unwell"),
    # a relative's threat told as a condition on the writer (session 24's worst thing left)
    ("我老伴说要是我去女儿家他就喝药", "threat_to_die"),
    ("我儿子跟我说 如果我不给钱他就跳楼", "threat_to_die"),
    ("她说了 只要我离婚她就上吊", "threat_to_die"),
]
AFTER = [
    ("我同屋的姐妹突然腿抽筋 接着浑身发抖 嘴边冒白沫 叫她不应", "seizure"),
    ("工友在食堂倒了 抽起来了 嘴里吐白沫 停不下来", "seizure"),
    ("我哥昨晚喝了两瓶白酒 现在躺床上怎么叫都不醒 呼噜声音不对劲", "unwell"),  # training: the drink last night
    ("婚宴上我表叔喝大了 趴桌子上没反应 吐了一身", "unwell"),
    ("广场上有个老人倒了 没呼吸 有个小伙子在做心肺复苏 谁有AED", "unwell"),
    ("游泳池救上来一个孩子 没有心跳 救生员在按压", "unwell"),
    ("我妈哮喘犯了 喷雾剂用完了 嘴唇发青 说不出话", "unwell"),
    ("孙子跑完步喘得厉害 他的吸入剂忘带了 脸都青了", "unwell"),
    ("老公在地下室刷油漆刷了一下午 出来就吐 头晕站不住", "unwell"),
    ("我爸在田里碰到掉下来的电线 被电倒了 现在没反应", "unwell"),
    ("装修师傅触电了 倒在地上不动了 电闸关了", "unwell"),
    ("村里人下污水井疏通 下去就晕了 第二个人下去也倒了", "pit_air"),
    ("红薯窖里我叔下去拿红薯 倒在底下了 喊他没反应", "pit_air"),
    ("后院的柴火堆着了 火往屋那边烧 我奶奶还在屋里", "fire"),
    ("营地的帐篷着起来了 里头有人 快来帮忙", "fire"),
    ("饭店后厨锅着了 火窜到烟机上了 里面还有服务员", "fire"),
    ("院子里水齐腰了 我爸进去拉三轮车 半天没出来 喊也不应", "water"),
    ("冷库门被人从外面锁上了 我老公还在里面 手机说冻得手都僵了", "trapped"),
    ("我弟前天晚上出去 到现在都没回来 手机一直打不通 他刚从老家来", "lost"),
    ("我老公说要是我敢回娘家他就喝农药", "threat_to_die"),
    ("我闺女跟我说 要是我不同意她就跳楼", "threat_to_die"),
    ("我爸又说了 要是我把房子卖了他就上吊", "threat_to_die"),
]

QUIET = [
    # before the rules
    "鸭子死了两只 嘴发紫 是不是鸭瘟",
    "有人打电话说是社保局的 让我下载个软件 我还没下 是真的吗",
    "切菜切到手指 流了点血 按一会止住了 要贴创可贴吗",
    "双十一又要大出血了",
    "冬天用电暖器要注意 着火了就麻烦了",
    "过年放鞭炮别对着草垛 容易着",
    "昨天喝多了 今天头疼 有啥解酒的",
    "老伴说等开春了他就去钓鱼",
    "我儿子说要是考不上他就去当兵",
    "冷库今天盘点 大家别进去",
    # after the rules
    "昨天晚上睡觉腿抽筋了 疼醒了 要补钙吗",
    "老公昨晚喝多了 今天一直睡 要不要给他煮点粥",
    "练了一下午心肺复苏 按得手都酸了",
    "哮喘药快用完了 明天去医院开",  # training: narrowed the asthma rule
    "刷油漆的味道好大 要开窗通风几天",
    "家里插座被电了一下 麻了一下 现在没事",
    "化粪池快满了 谁有抽粪车的电话",
    "秸秆别乱烧 着了不好救",
    "雨好大 院子里的水都到脚脖子了",
    "冷库门坏了 关不严 找人来修",
    "孩子去同学家过夜 明天回来",
    "我老伴说要是明天不下雨他就去钓鱼",
    "我儿子说要是我不去 他就自己去看外婆",
    "老公昨晚喝多了 现在还在睡 呼噜很响",
]


@pytest.mark.parametrize(("text", "kind"), BEFORE + AFTER)
def test_a_danger_told_as_people_tell_it_is_read_as_its_kind(text, kind):
    found = emergency(text)
    assert found is not None and found.kind == kind, (text, found)


@pytest.mark.parametrize("text", QUIET)
def test_the_same_words_in_everyday_chat_wake_nobody(text):
    assert emergency(text) is None, (text, emergency(text))


STEPS = [
    ("村里人下污水井疏通 下去就晕了 第二个人下去也倒了", ["119和120", "千万别下去救人", "呼吸器"]),
    ("我爸在田里碰到掉下来的电线 被电倒了 现在没反应", ["先拉电闸断电", "别用手碰他", "马上打120"]),
    ("营地的帐篷着起来了 里头有人 快来帮忙", ["请马上打119", "拉出来", "别回去拿东西"]),
    ("我同屋的姐妹突然腿抽筋 接着浑身发抖 嘴边冒白沫 叫她不应", ["请马上打120", "别往嘴里塞东西"]),
    ("院子里水齐腰了 我爸进去拉三轮车 半天没出来 喊也不应", ["119和120", "别贸然下水"]),
    ("我老伴说要是我去女儿家他就喝药", ["一直陪着他", "12356"]),
]


@pytest.mark.parametrize(("text", "words"), STEPS)
async def test_each_kind_gets_its_step_at_once_and_pages_the_roster_at_night(make_bot, text, words):
    bot = _roster_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message(text, name="孙大姐")
    await bot.wait(minutes=10)
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert _seconds(bot, reply) <= 5 and reply.mentions == ("u1",)
    assert all(w in reply.text for w in words), (words, reply.text)
    assert [a.to for a in bot.sent if (a.ref or "").startswith("emergency_alert.j2")] == ["op1", "op2", "boss"]
    first = next(a for a in bot.sent if a.to == "op1")
    assert _seconds(bot, first) <= 5 and text in first.text


def test_a_pit_is_never_told_as_a_gas_leak_at_home():
    found = emergency("老周下化粪池掏鸡粪 下去就倒里头了 他儿下去拉他也倒了")
    assert found is not None and found.kind == "pit_air"


@pytest.mark.parametrize("text", ["我老伴说要是我出去了他就喝农药", "我老伴说了 要是我出去了他就喝农药"])
async def test_a_relatives_threat_told_as_a_condition_reaches_the_person_on_duty(make_bot, text):
    group, alert, _ = await _told(make_bot, text)
    assert "一直陪着他" in group and "农药这类东西先拿走收好" in group and "12356" in group
    assert "寻短见" in alert and "把农药这类东西拿走" in alert and "人已经出门了" not in alert


@pytest.mark.parametrize("text", ["我妈刚走了 在家 护士马上到", "我爸刚走了 护士说十分钟就到",
                                  "老伴刚走了 护士已经出发了"])
async def test_a_death_with_the_nurse_on_her_way_asks_whether_it_was_expected(make_bot, text):
    _, alert, (word,) = await _told(make_bot, text, private=True)
    assert "要是医生之前没说过时间不多了" in word and "护士或医生到了会来确认" in word
    assert "医生之前是不是说过时间不多了" in alert


@pytest.mark.parametrize("text", ["我是孩子妈妈 孩子今天被人扇了一巴掌 耳朵听不见了",
                                  "我是孩子爸爸 娃被人扇了个耳光 耳朵嗡嗡响"])
async def test_the_writers_own_title_names_nobody_as_the_one_who_hit(make_bot, text):
    group, alert, _ = await _told(make_bot, text)
    found = emergency(text)
    assert "是谁打的，不用在群里说" in group and "在家挨打" not in alert
    assert found is not None and found.kind == "ear_hit"


def test_a_child_hit_by_a_parent_named_doing_it_is_still_beaten_at_home():
    found = emergency("孩子他爸喝了酒 扇了孩子一巴掌 耳朵嗡嗡的听不清")
    assert found is not None and found.kind == "child_beaten"


async def test_a_slap_taken_at_home_keeps_the_slaps_step_with_its_home_line(make_bot):
    group, alert, _ = await _told(make_bot, "孩子在家挨了一耳光 耳朵听不清了")
    assert "耳鼻喉科" in group and "可靠的大人" in group and "动手的人可能就在旁边" in alert


@pytest.mark.parametrize("text", ["鸭子死了两只 嘴发紫 是不是鸭瘟", "家里插座被电了一下 麻了一下 现在没事",
                                  "我儿子说要是考不上他就去当兵"])
async def test_everyday_lines_of_the_same_words_wake_nobody_at_night(make_bot, text):
    bot = _roster_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message(text, name="孙大姐")
    await bot.wait(minutes=10)
    assert not [a for a in bot.sent if "emergency" in (a.ref or "")]
