"""Emergencies of groups nobody here had seen, read as kinds (issue 13, emergency27): each kind in words written
before its rule (none from the held-out lines it came from), the everyday talk that shares its words, and what the
member and the person on duty read: a fire seen rising, a gas joint burning, cloth by a stove gone red, a grass fire's
front; someone past a bridge's railing; someone out of reach in open country as night or a storm comes; a trade's
chemical drunk; a head fine then drowsy; a belly struck then hard; water indoors rising round one who cannot walk; a
chemical in the eye (running water first); 关中's 么 for 没; one ear suddenly deaf (the ear doctor first thing)."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.roster_bot import _roster_bot
from tests.test_scriptmend24 import _told

LATE = datetime(2026, 12, 2, 23, 30, tzinfo=TZ)

KINDS = [
    ("仓库里那台充电的三轮车 嘭一下 火苗蹿到房梁上了 小刘在里头午睡", "fire"),
    ("楼下车棚的电动车电池 砰一声 冒起一股红光 往上蹿 上面就是住人的", "fire"),
    ("厨房煤气管子接口那里一圈蓝火 呼呼往外喷 旁边的柜子都熏黑了", "fire"),
    ("帐篷里炉子边上的毯子 红了 往上 冒火苗 老爷子 还在 里头", "fire"),
    ("北边的草烧起来了 风往我们这边吹 火线越来越近 牛还拴在圈里", "wildfire"),
    ("对面草场起火了 一大片烟 火头往我们家这边过来了", "wildfire"),
    ("大桥栏杆外面站着个姑娘 哭着 喊她也不回头 我就在边上", "threat_to_die"),
    ("两个驴友早上进的山 下午两点以后就联系不上了 现在天黑了 还在下雪", "overdue"),
    ("我家老二骑马出去找牛 五个多小时了 刮起大风雪 手机打不通", "overdue"),
    ("徒弟把瓶子里的釉料当饮料喝了两口 现在肚子疼得打滚 手发麻", "poison"),
    ("小孙子喝了一口给羊洗澡的药水 现在一直淌口水 满头大汗", "poison"),
    ("电锯划到胳膊 血是往外滋的 一跳一跳地冒", "bleeding"),
    ("我爸有糖尿病 早上没吃饭就去地里了 现在浑身哆嗦 问他话答不上来", "low_sugar"),
    ("下午头被门框撞了一下 当时好好的 现在昏昏沉沉叫不太醒 吐了两次", "head_injury"),
    ("牛顶了他肚子一下 开始说没事 现在肚子越来越胀越来越硬 脸煞白 一直出冷汗", "unwell"),
    ("山洪冲进院子 屋里水到腰了还在涨 奶奶瘫在床上下不来", "rising_water"),
    ("石灰溅进眼睛里了 睁不开 疼得直叫", "eye_chemical"),
]
HEARD = [
    "老张上午去林子里采蘑菇 到现在快六个钟头没消息 打电话关机 天要黑了",
    "食堂中午的凉菜 吃了的七八个人上吐下泻 有个大姐拉到站不起来 叫她也迷迷糊糊的",
    "老婆吃了两只虾 脸和脖子起了一片片红疙瘩 说喉咙发紧 喘不过来",
    # 关中's 么 for 没, with no 咧 or 额 beside it
    "娃掉到涝池里 捞上来么气了",
    "我大从梯子上跌下来 头磕了 到现在么醒",
    "隔壁老汉两天么见人 敲门么人应 他一个人住",
    "额爸在炕上躺着 叫了半天么应 脸色发青",
]
QUIET = [
    "葱油饼的做法：锅烧到冒烟 下葱花 刺啦一声 小火慢慢炸",
    "炒茶这么做：锅烧到冒烟 下茶叶 大火翻炒 别炒糊了",
    "被蜜蜂蜇了要看有没有喘 嘴唇肿 有就赶紧去医院",
    "电动车别在楼道里充电 着火了跑都跑不掉",
    "闻到煤气味别开灯别打电话 先关阀门开窗",
    "在看《人世间》 老爷子走丢那段 我哭得不行",
    "昨晚看的纪录片 草原着火那段 火线一直往前推 看得揪心",
    "这个视频里 大桥栏杆外面站着个人 后来被救下来了",
    "我们这边天黑得早 山里又下雪了 大家出门多穿点",
    "这么大的雨 咋弄咧",
    "要么你来 要么我去",
    "一只耳朵突然听不清了 像塞了团棉花 头倒不晕",
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_a_danger_told_by_what_is_seen_is_read_as_its_kind(text, kind):
    found = emergency(text)
    assert found is not None and found.kind == kind, (text, found)


@pytest.mark.parametrize("text", HEARD)
def test_a_danger_told_in_other_words_is_heard(text):
    assert emergency(text) is not None, text


@pytest.mark.parametrize("text", QUIET)
def test_a_recipe_advice_a_film_or_a_plain_word_raises_no_alarm(text):
    assert emergency(text) is None, (text, emergency(text))


async def test_a_chemical_in_the_eye_is_rinsed_in_running_water_first_not_a_scald_or_plain_120(make_bot):
    group, alert, _ = await _told(make_bot, "做豆腐的碱水溅进眼睛里了 看不清东西")
    assert "流动的清水冲眼睛" in group and "15分钟" in group and "打120" in group
    assert "烫伤" not in group and "揉眼睛" in group
    assert "眼睛溅进了化学品" in alert and "15分钟" in alert
    assert "别让对方停下冲水" in alert and "开着免提" in alert  # her hands are on the rinse (script review 27, 14)


async def test_a_member_who_cannot_phone_with_a_chemical_in_the_eye_rinses_first_and_texts_after(make_bot):
    # the water before any text message: a deaf member is not told to type with a burning eye (script review 27, 1)
    group, _, _ = await _told(make_bot, "石灰溅进眼睛里了 睁不开 疼得直叫", room="聋人朋友交流群")
    assert group.index("流动的清水冲") < group.index("发短信到") and "石灰颗粒" in group
    assert group.index("石灰颗粒") < group.index("流动的清水冲") and "15分钟" in group and "打120" in group


async def test_someone_past_a_bridge_railing_is_110_to_that_spot_now_not_a_threat_to_sit_with_at_home(make_bot):
    group, alert, _ = await _told(make_bot, "大桥栏杆外面站着个姑娘 哭着 喊她也不回头 我就在边上")
    assert "请马上打110" in group and "大桥栏杆外面" in group and "别自己下水救" in group
    assert "刀、绳子、药这些先收好" not in group
    assert "寻短见" in alert and "大桥栏杆外面" in alert
    # the writer is there beside a stranger: what to do at the railing, no family of hers to send (script review 27, 2)
    assert "别突然冲上去拽她" in group and "家里人、邻居马上过去" not in group
    assert "别突然上前拽她" in alert and "家里人、邻居马上过去" not in alert


async def test_someone_out_of_reach_in_a_blizzard_is_a_search_now(make_bot):
    group, alert, _ = await _told(make_bot, "我家老二骑马出去找牛 五个多小时了 刮起大风雪 手机打不通")
    assert "110" in group
    assert "110" in alert


async def test_a_grass_fire_coming_on_is_told_to_go_upwind(make_bot):
    group, _, _ = await _told(make_bot, "西边草着了 风往我们这边刮 火线越来越近 羊还在圈里")
    assert "119" in group and "上风" in group


async def test_one_ear_suddenly_deaf_at_night_hears_the_ear_doctor_first_thing_and_wakes_nobody(make_bot):
    bot = _roster_bot(make_bot, LATE)
    await bot.start()
    await bot.send_message("今天早上起来 右边耳朵突然听不见了 不晕 就是闷闷的 咋办", name="张大爷")
    await bot.wait(minutes=10)
    (word,) = [a for a in bot.sent if a.ref == "unwell.j2"]
    assert "突发性耳聋" in word.text and "耳鼻喉科" in word.text and "头晕" in word.text and "120" in word.text
    assert not [a for a in bot.sent if "emergency" in (a.ref or "")]


async def test_an_ear_ache_with_dull_hearing_at_night_is_told_no_sudden_deafness(make_bot):
    # neither one side nor sudden: no diagnosis put on her (script review 27, finding 4)
    bot = _roster_bot(make_bot, LATE)
    await bot.start()
    await bot.send_message("耳朵疼得厉害 听不清 睡不着", name="张大爷")
    await bot.wait(minutes=10)
    (word,) = [a for a in bot.sent if a.ref == "unwell.j2"]
    assert "突发性耳聋" not in word.text and "120" in word.text


@pytest.mark.parametrize("text", ["炒米奶茶这么做：锅烧到冒烟 下黄油 倒炒米大火翻", "闻到液化气味别开灯 先关阀门开窗"])
async def test_a_recipe_or_a_rule_of_safety_wakes_nobody_at_night(make_bot, text):
    bot = _roster_bot(make_bot, LATE)
    await bot.start()
    await bot.send_message(text, name="孙大姐")
    await bot.wait(minutes=10)
    assert not [a for a in bot.sent if "emergency" in (a.ref or "")]
