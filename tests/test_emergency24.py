"""Session 24: kinds of danger read from heldout23's misses (greenhouse growers, urban-village tenants, 老漂族
grandparents, bathhouse staff), and what a member notices.

Written from what a person knows of each kind, in other words than the groups' lines, before the rules: a stroke's
hands and feet that will not do as told, a heart told as nothing by the patient (不碍事的 就是心口有点压着), a
collapse typed by voice (捂着兄口坐地上, 突然到了 叫他不答硬), a word of being ill and then silence behind a door,
a farewell that settles the money and asks not to be looked for, someone who cannot find the way home (a small child,
someone confused, a grandmother just come from the village) gone for hours, a child's drink from a pesticide or a
medicine bottle. Beside each, the everyday lines of the same words stay quiet: a small fall of one's own asked
about, a nail gone purple in a drawer, a stroke long past, a walk with someone beside her.
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
    # a stroke: one side's hands and feet that will not do as told, the speech gone
    ("老太太午睡起来一边胳膊腿不好使 话也说不清楚了", "stroke"),
    ("师傅说左边手脚发麻不灵了 说话舌头发硬 说不利索", "stroke"),
    # a heart, told as nothing by the patient herself
    ("不碍事的 就是心口有点压着 左边胳膊发酸 出了点冷汗 等我把菜卖完再说", "unwell"),
    ("我妈说没什么 胸口有点堵 左肩膀酸 冒了点汗 等我爸回来再去医院", "unwell"),
    # a collapse typed by voice input (兄口 for 胸口, 到了 for 倒了, 不答硬 for 不答应)
    ("隔壁阿姨捂着兄口坐地上起不来 满头冷汗", "unwell"),
    ("楼下大爷突然到在地上 叫他不答硬 嘴唇发紫", "unwell"),
    # a word of being ill, then silence behind a door, whoever she is
    ("室友下午在微信说头疼得要命 后来就不回了 敲门没动静 灯还亮着", "unreachable"),
    ("楼上独居的大姐早上发了句我不舒服 之后电话一直没人接 门反锁着", "unreachable"),
    # a farewell that settles the money, asks not to be looked for, and is gone and silent
    ("我舅这几天老说活着拖累人 刚才给我打电话说银行卡密码是多少 让我别去找他 现在电话关机了 家里没人",
     "threat_to_die"),
    # someone who cannot find the way home or ask it, gone for hours
    ("我奶奶刚从农村来 不认识路 也不会说普通话 下楼买菜两个多小时还没回来 手机没带", "lost"),
    ("六岁的儿子说去同学家玩 到天黑了同学家说没来过 到处找不着", "lost"),
    ("我爸有点糊涂 中午出门遛弯 到现在没回来 电话也没带", "lost"),
    # a child's drink from a bottle of pesticide or medicine
    ("孩子把柜子里的敌敌畏瓶子打开喝了一口 现在在吐 嘴里都是那个味", "poison"),
    ("儿子把阳台上装杀虫药的瓶子当饮料喝了两口 现在肚子疼 一直吐", "poison"),
    # (these two written after the voice and bottle rules: training lines)
    ("小外孙把床头柜上的药瓶打开喝了一口 现在一直在吐", "poison"),
    ("对门老李骑车摔了 突然到了 叫他不答硬 脸煞白", "fall"),
    # one reading of stings now: a bee's "bite" to someone allergic is a sting (emergency24's merge)
    ("我对蜂过敏 刚被蜜蜂咬了一口 嗓子发紧", "sting"),
]

QUIET = [
    "前天崴了一下脚 脚踝有点肿 能走路 不怎么疼 要去拍片吗",
    "摔了一跤 膝盖擦破点皮 没事 要不要打破伤风",
    "摔了一下 手腕有点肿 还能动 明天去拍个片子",
    "手指被抽屉夹了 指甲盖有点发紫 不怎么疼了 要紧吗",
    "脚趾头被门撞了 指甲发黑 还能走 用不用去医院",
    "我爸中风以后右边手脚不太好使 说话也不利索 康复科哪个医生好",
    "孩子出门去同学家了 说好晚上七点回来",
    "我奶奶有点糊涂 今天出门遛弯 我陪着的 一会儿就回来",
    "室友说头疼 在屋里睡觉 让我们别吵她",
    "老妈说胸口不舒服好几年了 左胳膊也老是酸 医生说是颈椎",
    "孩子把药瓶子当玩具摇着玩 盖子没打开",
    "心脏病人要紧吗 冬天能不能出去跳舞",
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


STEPS = [
    ("老太太午睡起来一边胳膊腿不好使 话也说不清楚了", ["请马上打120", "中风", "几点开始"]),
    ("不碍事的 就是心口有点压着 左边胳膊发酸 出了点冷汗 等我把菜卖完再说", ["请马上打120"]),
    ("隔壁阿姨捂着兄口坐地上起不来 满头冷汗", ["请马上打120"]),
    ("室友下午在微信说头疼得要命 后来就不回了 敲门没动静 灯还亮着", ["110", "请民警来开门", "120"]),
    ("我舅这几天老说活着拖累人 刚才给我打电话说银行卡密码是多少 让我别去找他 现在电话关机了 家里没人",
     ["请马上打110", "12356"]),
    ("我奶奶刚从农村来 不认识路 也不会说普通话 下楼买菜两个多小时还没回来 手机没带", ["请马上打110", "不用等24小时"]),
    ("小外孙把床头柜上的药瓶打开喝了一口 现在一直在吐", ["请马上打120", "连瓶子", "别抠喉咙催吐"]),
]


@pytest.mark.parametrize("start", [DAY, NIGHT])
@pytest.mark.parametrize(("text", "words"), STEPS)
async def test_each_kind_gets_its_step_at_once_and_pages_the_roster_day_and_night(make_bot, start, text, words):
    bot = await _said(make_bot, start, text)
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert _seconds(bot, reply) <= 5 and reply.mentions == ("u1",)
    assert all(w in reply.text for w in words), (words, reply.text)
    assert [a.to for a in bot.sent if (a.ref or "").startswith("emergency_alert.j2")] == ["op1", "op2", "boss"]
    first = next(a for a in bot.sent if a.to == "op1")
    assert _seconds(bot, first) <= 5 and text in first.text  # her own words, within seconds


async def test_a_farewell_that_settles_the_money_is_told_to_the_person_on_duty_as_a_life_at_risk(make_bot):
    bot = await _said(make_bot, NIGHT, "我舅这几天老说活着拖累人 刚才给我打电话说银行卡密码是多少 让我别去找他 "
                                       "现在电话关机了 家里没人")
    first = next(a for a in bot.sent if a.to == "op1")
    assert "寻短见" in first.text


@pytest.mark.parametrize("text", [
    "摔了一下 手腕有点肿 还能动 明天去拍个片子",
    "手指被抽屉夹了 指甲盖有点发紫 不怎么疼了 要紧吗",
    "我奶奶有点糊涂 今天出门遛弯 我陪着的 一会儿就回来",
])
async def test_a_small_fall_a_bruised_nail_or_a_walk_together_wakes_nobody_at_night(make_bot, text):
    bot = await _said(make_bot, NIGHT, text)
    assert not [a for a in bot.sent if "emergency" in (a.ref or "")]
