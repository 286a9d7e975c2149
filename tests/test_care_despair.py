"""Words of despair: they reach the operator at once and the member privately, by day and night (handed over as a
private call, never a word in the group); a carer is helped to keep a parent safe; missing someone is no alarm."""
from __future__ import annotations

import pytest

from bot.danger.despair import despair
from bot.danger.emergency import emergency
from tests.care_bot import DAY, DESPAIR, MIDNIGHT, NUDGE, _digest
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to


@pytest.mark.parametrize("start", [DAY, MIDNIGHT], ids=["day", "midnight"])
async def test_words_of_despair_in_the_group_reach_the_operator_at_once_and_the_member_privately(make_bot, start):
    bot = _shipped_bot(make_bot, start)
    await bot.start()
    await bot.send_message(DESPAIR, sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    (alert,) = _to(bot, "op1")
    assert "阿芳" in alert and "想一了百了" in alert and "打电话" in alert and "别在群里" in alert
    assert "说工作人员会尽快联系对方" in alert
    assert "可以温和地直接问一句对方是不是想伤害自己、现在在哪、身边有没有人" in alert
    (word,) = _to(bot, "u5")
    assert word.startswith("阿芳，您刚才的话我们看到了，心里很惦记您。这些日子要是心里苦，别一个人扛着")
    assert "我们已经告诉了值班的工作人员，会尽快联系您，听您说说。" in word and "12356" in word and "120" in word
    assert "很难熬" not in word and "打电话" not in word.split("12356")[0] and "随时可以打" not in word
    assert "休息时间" not in word and "早上" not in word
    assert not _said(bot)  # nothing in front of the group: no safety step, no cover, no thanks
    await bot.wait(minutes=5)
    (owner,) = _to(bot, "boss")  # nobody answered: the owner, as emergencies
    assert "阿芳" in owner and "接手" in owner
    assert not _said(bot)


async def test_words_of_despair_privately_at_night_are_never_told_to_wait_for_the_morning(make_bot):
    bot = _shipped_bot(make_bot, MIDNIGHT)
    await bot.start()
    await bot.send_private(DESPAIR, sender="u6", name="邹姐")
    await bot.wait(seconds=5)
    (word,) = _to(bot, "u6")
    assert "12356" in word and "休息时间" not in word and "早上上班后" not in word
    (alert,) = _to(bot, "op1")
    assert "邹姐私聊机器人" in alert


@pytest.mark.parametrize("text", [
    DESPAIR, "我不想活了", "最近总觉得活着没意思，不想拖累孩子", "安眠药我攒了一瓶 活够了",
])
def test_words_of_despair_are_read_as_a_danger_to_life(text):
    found = emergency(text)
    assert found is not None and found.kind == "despair"


@pytest.mark.parametrize("text", [
    "好久不见 想死你们了", "我想死你了", "宝贝孙子 奶奶想死你了", "想死我了 终于见到你们了", "大家想死咱了吧 明天见",
    "加班加得不想活了", "股票跌得不想活了", "斗地主输光了 不想活了", "听说老李家隔壁的小伙子不想活了 真可怜",
])
def test_missing_someone_a_game_lost_or_hearsay_of_a_stranger_is_no_despair(text):
    assert despair(text) is None


@pytest.mark.parametrize("text", [
    "股票又跌了 亏了一半 真不想活了", "老伴走了 我也不想活了 打牌都没意思", "听说儿子要离婚 我真的不想活了",
    "股票全套牢了 退休金都没了 我真的不想活了", "打牌欠的钱还不上 活着没意思 不如死了算了",
    "据说这病治不好 我不想拖累孩子 想一了百了", "孩子考试的事我也管不了 我就是个累赘 活着没意思",
    "老板欠薪半年 我真不想活了", "听说我这病治不好了 不想活了", "我想死了",
])
def test_despair_beside_a_loss_a_game_or_hearsay_is_still_heard(text):
    assert despair(text) is not None
    found = emergency(text)
    assert found is not None and found.kind == "despair"


async def test_a_carer_telling_of_a_parents_despair_is_helped_to_keep_them_safe(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我妈这几天老说活着没意思 不想拖累我们", sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    (word,) = _to(bot, "u5")
    assert "别让对方一个人待着" in word and "12356" in word and "您不是一个人" not in word
    assert word.startswith("阿芳，您说的情况我们看到了，很担心您家里人，也惦记您。")
    assert "家里的安眠药、农药、刀具这些先收好" in word and "我们已经告诉了值班的工作人员，会尽快联系您。" in word
    assert "要是对方现在就可能伤到自己，请马上打120或110" in word and "打电话" not in word.split("12356")[0]
    (alert,) = _to(bot, "op1")
    assert "说家里人流露出轻生的念头" in alert and "阿芳" in alert


async def test_despair_after_an_open_question_gives_everyone_told_the_despair_alert(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("今天新闻说要降温 社区有没有发棉被？", sender="u5", name="阿芳")
    await bot.wait(seconds=20)
    await bot.send_message("我不想活了", sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    for who in ("op1", "boss"):  # the operator at once, the owner when nobody answered in the group
        (alert,) = _to(bot, who)
        assert "流露出轻生的念头" in alert and "在群里回对方" not in alert
    assert not _said(bot)


async def test_despair_followed_by_a_long_line_before_escalation_still_gives_the_owner_the_despair_alert(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(DESPAIR, sender="u5", name="阿芳")
    await bot.wait(seconds=10)
    await bot.send_message("药也吃完了 家里冷冷清清的 儿子一年也不回来一次 打电话也不接 一个人在家也不知道该干点什么好 "
                           "天天就是坐着发呆 饭也不想做 晚上躺下了也睡不着 就这么睁着眼睛等天亮 白天也没有人来说说话 "
                           "楼下的老姐妹们都搬走了", sender="u5", name="阿芳")  # the signs scroll out of the excerpt
    await bot.wait(minutes=5)
    for who in ("op1", "boss"):
        (alert,) = _to(bot, who)
        assert "流露出轻生的念头" in alert and "在群里回对方" not in alert
    (word,) = _to(bot, "u5")
    assert "12356" in word


async def test_missing_someone_raises_no_alarm_in_the_group(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("好久不见 想死你们了", sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    assert not _to(bot, "op1") and not _to(bot, "boss") and not _to(bot, "u5")


async def test_the_same_member_in_another_group_or_the_next_day_is_heard_again(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我父亲昨晚走了", sender="u5", name="阿芳")
    await bot.wait(minutes=1)
    await bot.send_message("婆婆今天早上走了 在医院", sender="u6", name="邹姐")  # another member: her own loss
    await bot.wait(days=1)
    await bot.send_message("我爸的追悼会明天上午在殡仪馆", sender="u5", name="阿芳")  # the next day: told again
    await bot.wait(minutes=1)
    told = [t for t in _to(bot, "op1") if "过世" in t]
    assert len(told) == 3 and "邹姐" in told[1] and "追悼会" in told[2]


async def test_a_carers_word_after_an_open_question_still_tells_everyone_it_is_someone_close(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("今天新闻说要降温 社区有没有发棉被？", sender="u5", name="阿芳")
    await bot.wait(seconds=20)
    await bot.send_message("我妈这几天老说活着没意思 不想拖累我们", sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    for who in ("op1", "boss"):
        (alert,) = _to(bot, who)
        assert "说家里人流露出轻生的念头" in alert
    (word,) = _to(bot, "u5")
    assert "别让对方一个人待着" in word


async def test_words_of_despair_in_the_night_are_handed_over_as_a_private_call_never_a_word_in_the_group(make_bot):
    bot = make_bot(NUDGE, start=MIDNIGHT)
    await bot.start()
    await bot.send_message(DESPAIR, sender="u5", name="阿芳")
    await bot.wait(hours=7)
    digest = _digest(bot)
    assert "阿芳（00:00，想不开的话，请私下联系）" in digest and "紧急情况" not in digest.splitlines()[1]
    assert ("阿芳夜里说了想不开的话，当时已经私信提醒过值班同事。请最先私下打电话给对方，问问现在怎么样、"
            "身边有没有人陪着；这件事别在群里提。") in digest
    assert "在群里回" not in digest and "让大家放心" not in digest
