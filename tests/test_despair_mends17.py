"""The second review's findings on despair (despairmend17): an act already done, whose despair it is, vetoes only
beside a single sign, despair after another emergency on the same wait."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.despair import despair, of_another
from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
MIDNIGHT = datetime(2026, 11, 24, 0, 0, tzinfo=TZ)
DESPAIR = "活着真没意思 不想拖累孩子了 想一了百了"
ACTS = ["我已经喝了农药", "我吃了一瓶安眠药", "我吞了一把药", "刚把一整瓶药都吃了", "我把遗书写好了",
        "我站在江边 跳下去就解脱了", "割腕了 哈哈", "那年没死成 今天我又喝了农药"]


@pytest.mark.parametrize("text", [*ACTS, "再见了大家 谢谢你们这些年的照顾 以后拜托你们了", "我头好晕 刚才把药都吃了"])
def test_an_act_of_self_harm_already_done_is_a_danger_to_life_whatever_is_beside_it(text):
    found = emergency(text)
    assert found is not None and found.kind == "despair"


@pytest.mark.parametrize("text", ["降压药都吃了 还是头晕", "我把今天的药都吃了", "我每天晚上都吃安眠药",
                                  "新闻里有个女孩割腕了", "我家狗吃了老鼠药", "今天打了农药 累得很",
                                  "我退群了 谢谢大家这些年的照顾 再见了", "我们到了江边 跳广场舞的人好多",
                                  "跳楼价 卖完就算了", "孩子从台阶上跳下去就好了"])
def test_a_dose_taken_a_pesticide_sprayed_a_pet_or_the_news_is_no_act_of_self_harm(text):
    assert emergency(text) is None


@pytest.mark.parametrize("text", [
    "累死了 天天伺候瘫痪的老伴 我真的撑不下去了 不想活了", "气死我了 儿子一年都不回来看我 我不想活了",
    "多亏孩子们照顾这么多年 可我不想再拖累他们了 想一了百了", "那时候老伴走了我就该跟着去 现在我也不想活了",
    "后来医生说治不好了 我不想拖累孩子 想一了百了", "我看了新闻 心里更难受 不想活了",
    "儿子转发了一篇文章给我 我看完更不想活了",
])
def test_a_laugh_a_past_or_the_news_away_from_the_sign_or_beside_one_of_two_vetoes_nothing(text):
    found = emergency(text)
    assert found is not None and found.kind == "despair"


@pytest.mark.parametrize("text", ["我想死我孙子了", "想死我家小孙子了", "想死宝宝了", "闷得想死", "笑得想死",
                                  "不想活了😂", "那年我也想过一了百了 现在想开了 日子挺好"])
def test_missing_a_grandchild_or_a_figure_beside_a_single_sign_raises_nothing(text):
    assert emergency(text) is None


@pytest.mark.parametrize("text", [
    "孩子们都说我是个累赘 我真的不想活了", "儿子说我没用 活着没意思 不想拖累他们", "老伴说我是个废人 我不想活了",
    "我跟女儿说了 我不想活了", "她说我拖累了全家 我真不想活了", "女儿嫌我烦 说我老了没用 我想一了百了",
    "我妈这几天老说活着没意思 我也不想活了",
])
def test_the_writers_own_despair_beside_what_a_relative_said_is_the_writers(text):
    assert despair(text) is not None and not of_another(text)


@pytest.mark.parametrize("start", [DAY, MIDNIGHT], ids=["day", "midnight"])
async def test_an_act_done_pages_the_operator_once_and_the_member_hears_120_first_privately(make_bot, start):
    bot = _shipped_bot(make_bot, start)
    await bot.start()
    await bot.send_message("我吃了一瓶安眠药", sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    (alert,) = _to(bot, "op1")
    assert "说自己已经伤害了自己" in alert and "打120" in alert and "一瓶安眠药" in alert
    (word,) = _to(bot, "u5")
    assert word.startswith("阿芳，请马上打120") and "手机请开着" in word and "别再吃了" in word
    assert not _said(bot)


async def test_an_act_after_words_of_despair_tells_the_operator_again_and_the_member_120(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(DESPAIR, sender="u5", name="阿芳")
    await bot.wait(seconds=30)
    await bot.send_message("我头好晕 刚才把药都吃了", sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    first, act = _to(bot, "op1")
    assert "流露出轻生的念头" in first and "说自己已经伤害了自己" in act and "把药都吃了" in act
    comfort, urgent = _to(bot, "u5")
    assert "12356" in comfort and urgent.startswith("阿芳，请马上打120")
    assert not [t for t in _to(bot, "op1") if "等了" in t]
    assert not _said(bot)


async def test_the_writers_despair_beside_a_relatives_words_gets_the_writers_word(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("孩子们都说我是个累赘 我真的不想活了", sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    (alert,) = _to(bot, "op1")
    assert "流露出轻生的念头" in alert and "说家里人" not in alert
    (word,) = _to(bot, "u5")
    assert "您刚才的话我们看到了" in word and "家里人说这样的话" not in word
    assert not _said(bot)


async def test_a_relatives_despair_typed_in_two_lines_is_the_relatives(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我妈这几天老说", sender="u5", name="阿芳")
    await bot.send_message("不想活了", sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    (alert,) = _to(bot, "op1")
    assert "说家里人流露出轻生的念头" in alert and "我妈这几天老说" in alert
    (word,) = _to(bot, "u5")
    assert "别让对方一个人待着" in word and "您不是一个人" not in word
    assert not _said(bot)


async def test_missing_a_grandchild_pages_nobody(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我想死我孙子了", sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    assert not _to(bot, "op1") and not _to(bot, "boss") and not _to(bot, "u5")


async def test_despair_after_a_fall_gets_the_private_word_and_the_despair_alert_up_the_roster(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我在厕所摔倒了 起不来", sender="u5", name="阿芳")
    await bot.wait(seconds=20)
    await bot.send_message(DESPAIR, sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    (word,) = _to(bot, "u5")
    assert "12356" in word
    fall, despairing = _to(bot, "op1")
    assert "流露出轻生的念头" not in fall and "流露出轻生的念头" in despairing
    (owner,) = _to(bot, "boss")
    assert "流露出轻生的念头" in owner and "在群里回对方" not in owner
    (step,) = _said(bot)  # the fall's safety step only: nothing of the despair in front of the group
    assert "120" in step


EVERYDAY_REQUESTS = ["孙子发消息让我转500块给他买书", "我儿子打电话让我给他转点钱交房租", "女儿微信上让我转两千块给她",
                     "物业打电话来 让我们交物业费 转账就行", "社区打电话让我们去交医保 可以转账吗"]


@pytest.mark.parametrize("text", EVERYDAY_REQUESTS)
def test_a_relative_or_the_property_office_asking_for_money_with_no_story_is_no_scam(text):
    assert emergency(text) is None


@pytest.mark.parametrize("text", ["有人冒充物业打电话让我们转账交物业费", "孙子发消息说急用 让我转两千",
                                  "有人自称是我孙子的老师 打电话让我转学费",
                                  "刚才有人打电话说是移动客服让我转钱 是真的吗"])
def test_a_request_for_money_with_a_frauds_story_is_a_scam_going_on(text):
    found = emergency(text)
    assert found is not None and found.kind == "scam"


@pytest.mark.parametrize("text", ["孙子发消息让我转500块给他买书", "物业打电话来 让我们交物业费 转账就行"])
async def test_a_grandson_or_the_property_office_asking_for_money_is_never_told_of_a_fraud(make_bot, text):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(text, sender="u5", name="阿芳")
    await bot.wait(minutes=3)
    assert not [s for s in _said(bot) if "别转钱" in s]
    assert not [t for t in _to(bot, "op1") if "紧急情况" in t] and not _to(bot, "boss")


@pytest.mark.parametrize("second", ["走得很安详 没受什么罪", "后天上午在老家出殡", "追悼会定在周六上午 在殡仪馆",
                                    "这几天要回老家料理后事 群里的活动先请假了"])
async def test_what_a_bereaved_member_says_next_gets_no_cover_and_no_nudge(make_bot, second):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我父亲昨晚走了", sender="u5", name="阿芳")
    await bot.wait(minutes=1)
    await bot.send_message(second, sender="u5", name="阿芳")
    await bot.wait(minutes=15)
    assert not _said(bot)  # no "您的问题我们看到了", no "谢谢您分享"
    (condolence,) = _to(bot, "op1")  # the loss once, no ⏰ as if a question waited
    assert "阿芳" in condolence and "等了" not in condolence


async def test_a_loss_at_night_then_the_funeral_in_the_morning_gets_no_thanks(make_bot):
    bot = _shipped_bot(make_bot, datetime(2026, 11, 23, 23, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message("我父亲昨晚走了", sender="u5", name="阿芳")
    await bot.wait(hours=9)
    morning = len(_said(bot))  # the morning post
    await bot.send_message("后天上午在老家出殡", sender="u5", name="阿芳")
    await bot.wait(minutes=15)
    assert len(_said(bot)) == morning  # no "谢谢您分享给大家🌷"
    assert not [t for t in _to(bot, "op1") if "⏰" in t]
    (digest,) = _to(bot, "op1")  # the loss, in the morning digest, and nothing more
    assert "阿芳家里有人过世" in digest


async def test_a_real_question_after_a_loss_is_still_answered_in_its_usual_way(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我父亲昨晚走了", sender="u5", name="阿芳")
    await bot.wait(minutes=1)
    await bot.send_message("请问死亡证明去哪里开？", sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    assert any("等了" in t and "死亡证明" in t for t in _to(bot, "op1"))


async def test_a_bereaved_members_sign_up_the_same_day_still_counts(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("/接龙 包饺子 周三10点", sender="op1", name="小王")
    await bot.send_message("我父亲昨晚走了", sender="u5", name="阿芳")
    await bot.wait(minutes=1)
    await bot.send_message("+1", sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    assert any("阿芳报上名" in t for t in _said(bot))  # nothing stopped the 接龙 under the loss


@pytest.mark.parametrize("text", ["我妈喝了农药", "我老伴刚才吃了一瓶安眠药"])
async def test_a_relatives_act_gets_help_for_the_relative_never_words_to_the_writer_at_risk(make_bot, text):
    """A member whose mother drank pesticide is not the one at risk: she hears 120 and what to bring for the doctor,
    never "您不是一个人…往回走"; the operator is told it is the family member who hurt themselves."""
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(text, sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    (alert,) = _to(bot, "op1")
    assert "说家里人已经伤害了自己" in alert
    (word,) = _to(bot, "u5")
    assert word.startswith("阿芳，请马上打120") and "药瓶" in word
    assert "您不是一个人" not in word and "往回走" not in word
    assert not _said(bot)
