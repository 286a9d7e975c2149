"""Ordinary chat with a danger's words stays quiet, day and night (issue 13, codemend19): the code review of fixcare19's
readings found a dropped cup read as a stroke, several oranges as food poisoning, 让同学打电话 as a child
beaten, 咳嗽 beside 血压 as coughing blood, a vending machine's coins and the flu's 像吞了刀片 as swallowing,
a code received as a code given, a notice's 不然罚款 as a fire. Each reading now needs the signal of a
danger now: a person, a sudden change, a body part, much of it. A beating with a head wound keeps its word private: the
one who hits may be in the group."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.despair import of_another
from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.shipped_bot import said, shipped_bot, to

NIGHT = datetime(2026, 11, 23, 23, 20, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


# the reviewer's reproductions, then everyday lines of each kind written here
STROKE_WORDS = ["刚才不小心把杯子掉地上了，碎了一地", "孩子吃饭又把勺子掉地上了", "刚才碗掉了，吓我一跳",
                "刚才筷子掉了",
                "早上起来右手有点麻，可能是压着了", "打了一下午麻将，刚才右手都没劲了",
                "又右手麻了 颈椎病又犯了",
                "刚刚右手拿不住笔了 写了一下午字", "突然右腿没劲 蹲太久了",
                "今天太冷了，冻得手都不听使唤，说话都不利索了",
                "刚才手机掉地上了 屏幕碎了", "早上起来左手有点麻 昨晚压着睡的", "刚才右脚抽筋了 动不了 揉揉就好"]
MEAL_WORDS = ["今天吃了好几个橘子，肚子疼", "孩子一口气吃了好几个柿子，肚子疼", "怀孕好几个月了，吃了就吐，恶心",
              "学校食堂的菜太恶心了，大家都不爱吃", "吃完饭 恶心 我们几个都不想理他",
              "食堂今天吃了饺子 大家都说好吃 我有点恶心 可能是怀孕了",
              "晚饭吃了三个柿子 肚子疼 大家都说别空腹吃", "吃完饭看到那个视频 大家都说恶心"]
SCHOOL_WORDS = ["孩子刚才让同学打电话给我，说忘带钥匙了", "孩子下棋被同学打败了，现在还在哭",
                "孩子刚才被同学打扮成公主 可爱吧", "孩子现在被同学打趣说胖 怎么办", "我家儿子刚被同学打了一针 疫苗",
                "孙子刚才被同学围着要签名，可神气了", "我家孩子老是被同学欺负，怎么办啊",
                "孩子说班里有个同学被几个同学打了 现在不敢上学",
                "孙子刚才被同学打了个电话 叫他下楼踢球", "孩子现在总是被同学抢着借橡皮 怎么办"]
COUGH_WORDS = ["老咳嗽，血压也高，好多年了", "一直咳嗽，血糖也高，怎么办", "孩子一直咳嗽，验了血，说是支原体",
               "咳了一晚上 血氧还好 一直在家", "咳嗽 去抽血化验 排了好久队 人好多", "一直咳 咯痰 不停 血常规正常",
               "咳嗽好几天了 今天去抽了血 医生说没事", "一直咳 血脂也高 医生让少吃油"]
SWALLOW_WORDS = ["自动售货机吞了我两个硬币，气死了", "售货机把我的硬币吞了", "这台娃娃机吞硬币",
                 "阳了，嗓子疼得像吞了刀片一样", "嗓子像吞了刀片，咽口水都疼", "小孩子喜欢吃进口硬币巧克力",
                 "孩子误食了硬币巧克力的锡纸", "嗓子疼得跟吞了刀片似的", "投币机吞了我三个硬币"]
CHOKING_WORDS = ["鱼刺卡在嗓子里出不来，难受死了", "这题把我卡住了 说不出话来", "被他一句话噎住了，半天说不出话"]
SCAM_WORDS = ["社区让做医保实名认证，验证码已经发给我了，怎么填", "快递说是验证码已经发过来了，我不会弄",
              "孙子说是要上网课，我把wifi密码告诉他了", "验证码已经发给我了 怎么登录啊",
              "骗子冒充公安打电话让我转钱到安全账户 我早识破了 拉黑了 没挂 一直听他编 真好笑",
              "冒充公安打电话让我转钱到安全账户 我识破了 没挂 正套他话呢"]
NOTICE_WORDS = ["电动车别在楼道充电，不然罚款，着火了跑不出去",
                "电动车不要推进电梯，否则罚款，电梯里着火了困在里面跑不掉",
                "别把孩子一个人锁在车里，要不然罚款，车里闷得孩子喘不上气",
                "记得给家里老人装个报警器，不然影响大，煤气泄漏了都不知道",
                "楼道别堆杂物，不然罚款，着火了堵住通道跑不出去"]
FIGURE_WORDS = ["我家猫总想从阳台跳下去，吓死我了", "我家狗想从窗台跳下来", "股票跌成这样，我都想跳楼了",
                "我家猫咪总想从窗户跳下去 得装纱窗", "基金跌成这样 我都想跳楼了",
                "我女儿发微信说 她考上研究生了 我高兴得想死"]


@pytest.mark.parametrize("text", STROKE_WORDS + MEAL_WORDS + SCHOOL_WORDS + COUGH_WORDS + SWALLOW_WORDS + SCAM_WORDS
                         + NOTICE_WORDS + FIGURE_WORDS)
def test_everyday_lines_with_a_dangers_words_are_no_emergency(text):
    assert _kind(text) is None


def test_a_fish_bone_or_a_figure_of_speech_gets_no_heimlich():
    assert all(_kind(text) != "choking" for text in CHOKING_WORDS)


@pytest.mark.parametrize(("text", "kind"), [
    ("孩子刚才被几个同学打哭了 现在躲在厕所", "bullied"), ("孙子刚才在校门口被一群人围住了 不敢出来", "bullied"),
    ("我老伴刚才突然右手拿不住筷子了", "stroke"), ("他咳了好多血 止不住", "coughing_blood"),
    ("孩子咳出血来了 一大口", "coughing_blood"), ("孙子把妈妈的纽扣电池吃进去了", "swallowed"),
    ("中午食堂吃完饭 好几个人上吐下泻", "food_poisoning"), ("吃了那家的盒饭 肚子疼 同事也都拉了", "food_poisoning"),
    ("冒充公安打电话让我转钱到安全账户 他还在电话上等我 我没转", "scam"),
    ("刚才有人冒充客服 让我报验证码 我把验证码告诉他了", "scam_given"),
])
def test_the_same_dangers_told_with_their_signal_are_still_read(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", ["我老公打我 我摔倒了 头磕破了 流了好多血 他还在骂",
                                  "我老公又动手了 把我推倒 我摔在地上 头流血了 好晕",
                                  "老公打我 我摔倒了 头撞破了 好晕"])
def test_a_beating_that_hurt_a_head_is_read_as_violence(text):
    assert _kind(text) == "violence"


@pytest.mark.parametrize("text", ["老公打我一下 我装晕", "老公打我电话 我摔倒了 头撞破了 没事"])
def test_a_tap_a_pretence_or_a_phone_call_is_no_violence(text):
    assert _kind(text) != "violence"


def test_the_writers_own_despair_after_a_relayed_line_is_hers():
    assert not of_another("孩子打电话说他没事 我真的不想活了")
    assert not of_another("孩子发消息说 妈妈我好累 其实我也好累 我也不想活了")
    assert of_another("孩子发消息说 妈妈我好累 不想再读了 想从楼上跳下去")  # the child's 我, to her mother


@pytest.mark.parametrize("text", ["刚才不小心把杯子掉地上了，碎了一地", "阳了，嗓子疼得像吞了刀片一样",
                                  "今天吃了好几个橘子，肚子疼", "孩子刚才让同学打电话给我，说忘带钥匙了",
                                  "老咳嗽，血压也高，好多年了", "社区让做医保实名认证，验证码已经发给我了，怎么填"])
async def test_an_ordinary_line_at_night_pages_nobody_and_posts_no_emergency_step(make_bot, text):
    bot = shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message(text, sender="u5", name="王阿姨")
    await bot.wait(seconds=30)
    assert not to(bot, "op1")
    assert not [line for line in said(bot) if "120" in line or "110" in line]


async def test_a_beating_with_a_head_wound_gets_its_word_privately_not_120_in_the_group(make_bot):
    bot = shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("我老公打我 我摔倒了 头磕破了 流了好多血 他还在骂", sender="u5", name="王阿姨")
    await bot.wait(seconds=30)
    assert to(bot, "op1") and to(bot, "u5")
    assert not [line for line in said(bot) if "120" in line]


async def test_a_childs_words_told_in_two_lines_get_the_word_for_a_child_away(make_bot):
    # read as the child's words, not the mother's: she hears to reach someone beside the child (the teacher only
    # when school is named: scriptmend19, a grown child may be at work)
    bot = shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("孩子发消息说", sender="u5", name="小雨妈")
    await bot.wait(seconds=5)
    await bot.send_message("妈妈我好累 想从楼上跳下去", sender="u5", name="小雨妈")
    await bot.wait(seconds=30)
    assert "孩子不在身边的" in to(bot, "u5")[0]


async def test_the_writers_own_despair_after_relayed_news_reaches_a_person_as_hers(make_bot):
    bot = shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("孩子打电话说他没事 我真的不想活了", sender="u5", name="王阿姨")
    await bot.wait(seconds=30)
    assert to(bot, "op1") and "说家里人" not in to(bot, "op1")[0]  # not "a member says a relative is at risk"
    assert to(bot, "u5") and "班主任" not in to(bot, "u5")[0]  # a word for her, not about the child
