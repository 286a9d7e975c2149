"""Session 23, the code review's findings (issue 13, codemend23): a false alarm pages a person at any hour and a
missed emergency leaves a member alone, so each of the reviewer's lines that went wrong is here beside lines of the
same kind that must stay right (a real poisoning, real bleeding, a real burn, a real allergy, a real flood, a real
lost child, real food poisoning of many, a real farewell at a river)."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.roster_bot import _roster_bot

NIGHT = datetime(2026, 12, 3, 2, 10, tzinfo=TZ)

# (what a member wrote, the kind of danger read, None for nobody woken)
READINGS = [
    # 1. a frightened relative's figure of speech is only a figure: the collapse or the scald beside it is read
    ("我妈突然倒地 叫不醒 我急得快冒烟了", "unwell"),
    ("他被人砍了 满头是血 我气得快冒烟了", "bleeding"),
    ("孩子被开水烫了 半边身子起大泡 我快晕过去了😭", "burn"),
    ("我爸被开水烫了 满腿起大泡 我急得快冒烟了 怎么办", "burn"),
    ("这个价格 我要晕倒了😵", None),
    ("今天太阳好大 晒得我要烧起来了🔥", None),
    # 7. blood pressure or sugar shooting up is no wound to press; an artery still is
    ("我妈血压飙到200了", None),
    ("血糖飙到20了", None),
    ("杀鸡的刀一滑割到手腕 血一股一股地往外冒", "bleeding"),
    # 2. a snakebite asked about is still a snakebite; one bee sting on a hand asked about stays quiet
    ("孩子被蛇咬了一口 脚肿了 要不要去医院", "snakebite"),
    ("我爸被蛇咬了一下 手指肿了 不疼 要不要抹药", "snakebite"),
    ("被蚊子叮了一下 手背肿了 要抹什么", None),
    # 3. a past episode told to say it is back now is a danger now; one told with its outcome stays past
    ("前阵子刚出院 今天又胸口疼 一身冷汗", "unwell"),
    ("前段时间我爸摔了 现在腿上伤口一直流血止不住", "bleeding"),
    ("上回也这样 这次我爸倒地叫不醒了 嘴也歪了", "unwell"),
    ("那天我爸倒地叫不醒 医院查了是低血糖", None),
    ("上次我妈晕倒 医院查了是低血糖", None),
    # 4. a parent scolding a child is no threat to kill; a husband's threat told by the one he threatens is
    ("孩子不写作业 他妈说要打死他", None),
    ("隔壁小孩又闯祸了 他爸喊着要打死他", None),
    ("她男人喝多了 在家扬言要弄死她 她躲在厕所给我打电话", "violence_told"),
    # 6. a diabetic's daily metformin or a car's fuel is no poisoning; acid or diesel drunk from a bottle is
    ("我每天吃盐酸二甲双胍 血糖还是高", None),
    ("刚吃了盐酸二甲双胍 有点饿", None),
    ("这车烧油 汽油一天吃掉好几十", None),
    ("孩子误喝了盐酸 嘴里起泡", "poison"),
    ("我爸把饮料瓶里的柴油当水喝了一口", "poison"),
    # 8. a perm at the hairdresser's is no burn; a scald on a child's head or skin gone white is
    ("刚烫了头 染黑了 好看吗", None),
    ("下午去烫发 顺便染发", None),
    ("孩子被开水烫了头 头皮起大泡", "burn"),
    ("我爸被开水烫了 手上的皮发白了", "burn"),
    # 9. a fishbone in the throat is no allergy; a throat swelling shut after shrimp is
    ("吃鱼 嗓子被鱼刺卡了 怎么办", None),
    ("孙子吃了一口花生酥 嘴巴和眼皮一下子肿起来了 喉咙里呼噜呼噜响", "unwell"),
    ("我妈吃了虾 喉咙发紧 喘不上气", "unwell"),
    # 10. prices, a shop, a mouse and lost keys are no flood, cave-in or lost child; the real ones are
    ("菜价一下子涨了这么多 我的小店快黄了 还有人买吗", None),
    ("墙上的洞堵住了 老鼠在里面 没动静了", None),
    ("孙子去村子里玩了 回来说钥匙找不着了", None),
    ("上游下暴雨了 河水一下子涨得好快 河滩上还有钓鱼的", "rising_water"),
    ("菜窖口塌了 我大伯在下面 听得见他在里面喊", "pinned"),
    ("孙子跟着狗跑进玉米地了 喊也不应 一个多小时了", "lost"),
    # 11. one child's upset stomach is no food poisoning of many; a table of guests ill after a feast is
    ("我家三个孩子 老二吃了冰淇淋吐了", None),
    ("吃完喜酒回来 一桌人都上吐下泻 我婆婆拉得站不住了", "food_poisoning"),
    # 12. a last day trip to the river is no farewell; "this life is as it is", a last look at the river and the phone
    # off is one (the reviewer read it as a day trip: a person on duty would not)
    ("这个暑假最后一次去江边拍照 手机没电关机了", None),
    ("他说这辈子就这样了 最后一次去江边看看 手机关机了", "threat_to_die"),
    ("老陈发朋友圈说欠的钱还不上了 没脸见人 定位在水库大坝 打电话关机", "threat_to_die"),
    # 13. a low blood sugar now is read though the habit is told beside it; a habit asked about stays quiet
    ("他打胰岛素 一般早上测 现在一身冷汗 说胡话", "low_sugar"),
    ("打胰岛素的人 平时出冷汗手抖 正常吗", None),
]


@pytest.mark.parametrize("text, kind", READINGS)
def test_the_reviewers_lines_and_their_real_neighbours_are_read_right(text, kind):
    found = emergency(text)
    assert (found.kind if found else None) == kind, (text, found)


def _paged(bot) -> list[str]:
    return [a.to for a in bot.sent if (a.ref or "").startswith("emergency_alert.j2")]


async def _night(make_bot, text: str):
    bot = _roster_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message(text, name="孙大姐")
    await bot.wait(minutes=10)
    return bot


@pytest.mark.parametrize("text", ["我妈血压飙到200了", "孩子不写作业 他妈说要打死他",
                                  "刚吃了盐酸二甲双胍 有点饿"])
async def test_nobody_is_woken_at_night_by_everyday_words(make_bot, text):
    bot = await _night(make_bot, text)
    assert _paged(bot) == [] and not any("120" in a.text for a in bot.sent), [a.text for a in bot.sent]


@pytest.mark.parametrize("text", ["我妈突然倒地 叫不醒 我急得快冒烟了"])
async def test_a_real_emergency_told_in_panic_pages_the_roster_at_night(make_bot, text):
    bot = await _night(make_bot, text)
    assert _paged(bot) == ["op1", "op2", "boss"]


# 5. moderation: a word to one member by name is an errand only without a cure, a scheme or a number beside a pitch
@pytest.fixture(scope="module")
def screen():
    from pathlib import Path

    from plugins.moderation.evaluate import load_screen
    from plugins.moderation.learned import Model
    return load_screen(Path(__file__).resolve().parents[1] / "config.yaml", Model.load())


@pytest.mark.parametrize("text, stopped", [
    ("@王姐 我家代理的保健品 一盒198 可以治高血压 vx abc12345", True),
    ("@李哥 刷单返利 一单赚50 日结 加我", True),
    ("@张三 纯正土蜂蜜 80一斤 电话13812345678", True),
    ("@刘哥 修鸽钟的师傅 13612345678 修一次50", False),
    ("@刘姐 你要的竹笛我帮你买了 一百二 钱转我就行", False),
    ("@刘姐 明天我来接你 我电话 13912345678", False),
    ("@老周 下午三点在公园门口等你", False),
])
def test_an_ad_addressed_to_one_member_is_still_stopped_and_an_errand_is_not(screen, text, stopped):
    from datetime import UTC

    from bot.events import MessageReceived
    event = MessageReceived(id="m1", ts=datetime(2026, 12, 2, 3, 0, tzinfo=UTC), room="r", sender="u", text=text)
    hit, _ = screen.check(event)
    assert (hit is not None) == stopped, (text, hit)


# 16. the FAQ's Wenzhou words leave plain Mandarin as it is, so the question is matched as it was asked
@pytest.mark.parametrize("text, read", [
    ("我该搭几路车去医院", "我该搭几路车去医院"),
    ("该搭地铁还是公交", "该搭地铁还是公交"),
    ("你不该搭理他", "你不该搭理他"),
    ("不许搭理他", "不许搭理他"),
    ("肉摊在该搭", "肉摊在这里"),
    ("渠在许搭等我", "他在那里等我"),
])
def test_wenzhou_words_are_read_and_mandarin_is_left_alone(text, read):
    from plugins.faq.dialect_reading import in_mandarin
    assert in_mandarin(text) == read


# 17, 18. the care script speaks of the right person: the writer alone in pain is not told to sit "him" down, and a
# brother-in-law's threat is not "陪着她"
@pytest.mark.parametrize("text, who", [
    ("我跟他说我胸口疼得厉害", "我"),
    ("我告诉老伴我胸口疼", "我"),
    ("其他还好就是胸口疼得厉害 一身冷汗", ""),
    ("老伴说胸口疼", "老伴"),
    ("他胸口疼得厉害", "他"),
])
def test_the_one_in_chest_pain_is_the_one_the_words_name(text, who):
    from bot.danger.body_now import in_pain
    assert in_pain(text) == who


@pytest.mark.parametrize("text, who", [
    ("我姐夫说要喝农药", "他"),
    ("姑父喝多了说要跳河", "他"),
    ("我老婆说他要跳楼", "他"),
    ("我妈说要喝农药", "她"),
    ("小姨子说要喝农药", "她"),
])
def test_the_one_who_threatens_is_named_he_or_she_rightly(text, who):
    from bot.danger.threat_to_die import threatener
    assert threatener(text) == who
