"""People in danger or grief reach a person (issue 13, care17): words of despair, a body in danger from a long
illness, charcoal fumes, a scam going on now, the night's emergencies in the morning digest, a bereavement."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.despair import despair
from bot.danger.emergency import emergency
from bot.testing import TZ, TestBot
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

NUDGE = """
plugins:
  nudge: {}
"""
DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
MIDNIGHT = datetime(2026, 11, 24, 0, 0, tzinfo=TZ)
DESPAIR = "活着真没意思 不想拖累孩子了 想一了百了"


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


async def test_a_member_the_bot_cannot_write_to_hears_nothing_in_public_and_the_operator_is_told_so(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    bot.adapter.no_private.add("u5")
    await bot.send_message(DESPAIR, sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    assert not _said(bot) and not _to(bot, "u5")
    assert "机器人没法私信对方；为免对方难堪，也没有在群里说什么。" in _to(bot, "op1")[0]


@pytest.mark.parametrize("text", [
    "累死了", "烦死了", "不想活了😂", "今天麻将又输了三百 不想活了", "新闻说有个明星自杀了 太可惜了",
    "热死了 这天气让人不想活", "那年我也想过一了百了 现在想开了 日子挺好",
])
def test_a_figure_of_speech_or_someone_elses_story_is_no_alarm(text):
    assert emergency(text) is None


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


@pytest.mark.parametrize(("text", "step"), [
    ("我爸透析的针眼一直在出血 按着也止不住", "按住"),
    ("我妈做完透析回家 扎针的地方又渗血了 纱布都湿透了 止不住", "按住"),
    ("老伴低血糖了 一身冷汗 手一直抖 说话都不清楚了", "糖水"),
    ("我妈血压一百九 头晕得站不住了", "坐下或半躺着"),
])
@pytest.mark.parametrize("start", [DAY, MIDNIGHT], ids=["day", "midnight"])
async def test_a_body_in_danger_now_is_an_emergency_by_day_and_night(make_bot, start, text, step):
    bot = _shipped_bot(make_bot, start)
    await bot.start()
    await bot.send_message(text, sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    (reply,) = _said(bot)
    assert "120" in reply and step in reply and "已经通知了值班的工作人员" in reply
    (alert,) = _to(bot, "op1")
    assert "紧急情况，请马上处理：阿芳" in alert


@pytest.mark.parametrize("text", ["我有低血糖 早上不吃饭就会晕", "血压150 有点头晕 吃什么药好",
                                  "最近血压老是一百八 要换药吗"])
def test_a_chronic_condition_talked_about_is_no_alarm(text):
    assert emergency(text) is None


async def test_charcoal_fumes_get_fresh_air_and_120_never_a_sealed_door(make_bot):
    bot = _shipped_bot(make_bot, MIDNIGHT)
    await bot.start()
    await bot.send_message("屋里烧着炭火盆 我和老伴头晕想吐 浑身没劲", sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    (reply,) = _said(bot)
    assert "打开门窗" in reply and "120" in reply and "屋外" in reply
    assert "关紧门" not in reply and "堵住门缝" not in reply and "119" not in reply
    assert reply.startswith("收到，请马上打开门窗，人先到屋外空气好的地方去！")  # out first, the brazier after
    assert "别为了搬炉子在屋里多待" in reply and "一氧化碳中毒" not in reply and "侧着躺" in reply
    assert _to(bot, "op1")


@pytest.mark.parametrize("start", [DAY, MIDNIGHT], ids=["day", "midnight"])
@pytest.mark.parametrize("text", ["有人打电话说我儿子出车祸了 要我马上转五万块 怎么办",
                                  "刚才有人打电话说是公安局的 说我银行卡涉嫌洗钱 让我把钱转到安全账户"])
async def test_a_scam_going_on_now_is_told_not_to_send_money_at_once(make_bot, start, text):
    bot = _shipped_bot(make_bot, start)
    await bot.start()
    await bot.send_message(text, sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    (reply,) = _said(bot)
    assert "先别转钱" in reply and "挂掉电话" in reply and "96110" in reply and "110" in reply
    assert "用手机里存的号码，自己打给孩子或家里人本人核实" in reply  # never the "new number" the caller gives
    (alert,) = _to(bot, "op1")
    assert "阿芳" in alert


@pytest.mark.parametrize("text", ["昨天有人打电话让我转钱 我没理",
                                  "大家注意，有人冒充公安打电话让转钱到安全账户，千万别信",
                                  "我妈被冒充医保局的骗了两万"])
def test_a_scam_told_as_over_a_warning_or_a_loss_is_not_one_going_on(text):
    assert emergency(text) is None  # no alarm of any kind: the money is not being asked for now


async def test_the_nights_unanswered_emergencies_come_first_in_the_morning_digest(make_bot):
    bot = _shipped_bot(make_bot, datetime(2026, 11, 23, 23, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message("有人在吗 我家巷子里闻到好大一股煤气味", sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    await bot.send_message("我家小孙子天黑出去玩到现在还没回来 村里找遍了都没找到", sender="u6", name="二婶")
    await bot.wait(minutes=5)
    await bot.send_message("请问村里的快递点在哪", sender="u7", name="老李")
    await bot.wait(hours=8, minutes=10)
    (digest,) = [t for t in _to(bot, "op1") if "早上好" in t]
    lines = digest.splitlines()
    assert "阿芳（23:00，紧急情况" in lines[1] and "煤气味" in lines[1]
    assert "二婶（23:05，紧急情况" in lines[2] and "老李（23:10）" in lines[3]
    assert ("阿芳、二婶夜里在群里报了紧急情况，当时已经私信提醒过值班同事，但群里一直没有工作人员回应。"
            "请最先打电话给对方，问问现在人怎么样了，再在群里回对方一句（比如“昨晚的消息看到了，已经跟您联系上了”）。"
            ) in digest
    assert "让大家放心" not in digest and "不用说这句" in digest  # no "sorry for the wait" for an emergency


async def test_an_emergency_a_person_answered_in_the_night_is_not_in_the_digest(make_bot):
    bot = _shipped_bot(make_bot, datetime(2026, 11, 23, 23, 0, tzinfo=TZ))
    await bot.start()
    await bot.send_message("有人在吗 我家巷子里闻到好大一股煤气味", sender="u5", name="阿芳")
    await bot.wait(seconds=30)
    await bot.send_message("@阿芳 收到，我马上给燃气公司打电话，您先到巷子外面等", sender="op1", name="小王",
                           mentions=["u5"])
    await bot.send_message("请问村里的快递点在哪", sender="u7", name="老李")
    await bot.wait(hours=8, minutes=10)
    (digest,) = [t for t in _to(bot, "op1") if "早上好" in t]
    assert "阿芳" not in digest and "老李" in digest


async def test_a_night_photo_of_a_worrying_swelling_gets_a_quiet_word_and_reaches_the_morning_digest(make_bot):
    bot = _shipped_bot(make_bot, MIDNIGHT)
    await bot.start()
    await bot.send_image(sender="u5", name="刘姐")
    await bot.send_message("我爸脚肿成这样了", sender="u5", name="刘姐")
    await bot.wait(seconds=5)
    (word,) = _to(bot, "u5")
    assert "120" in word
    await bot.wait(hours=7)
    (digest,) = [t for t in _to(bot, "op1") if "早上好" in t]
    assert "刘姐（00:00，发了一张照片，身体不适）：我爸脚肿成这样了" in digest


LOSS = "我父亲昨晚走了 后天上午在老家出殡 谢谢大家这些年的照顾"


async def test_a_bereavement_reaches_the_operator_at_once_with_a_condolence_and_the_bot_stays_silent(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(LOSS, sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    (told,) = _to(bot, "op1")
    assert "阿芳" in told and "过世" in told and "节哀" in told and "我父亲昨晚走了" in told
    assert "“阿芳，刚看到消息，心里很难过。请您节哀，多保重身体，家里有什么需要帮忙的，随时跟我说。”" in told
    assert "惊闻噩耗" not in told
    await bot.wait(minutes=10)
    assert not _said(bot) and not _to(bot, "u5")  # no cover, no thanks, no form-letter condolence from the bot
    assert len(_to(bot, "op1")) == 1  # not nudged again as if it were a question


async def test_a_bereavement_at_night_waits_for_the_morning_digest_named_as_a_loss(make_bot):
    bot = _shipped_bot(make_bot, MIDNIGHT)
    await bot.start()
    await bot.send_message("婆婆今天凌晨没了 我们在医院", sender="u5", name="阿芳")
    await bot.wait(minutes=5)
    assert not _to(bot, "op1") and not _said(bot)  # nobody woken for it
    await bot.wait(hours=7)
    (digest,) = [t for t in _to(bot, "op1") if "早上好" in t]
    assert "阿芳（00:00，家里有人过世）" in digest and "节哀" in digest


@pytest.mark.parametrize("text", ["阿芳节哀，叔叔一路走好", "我妈走了 去超市了", "我爸去世三年了 今天是他生日",
                                  "我家狗狗昨晚走了", "新闻里说某明星去世了", "谁家有《穆斯林的葬礼》 借我看看"])
def test_a_condolence_a_pet_an_anniversary_or_a_departure_is_no_bereavement(text):
    from bot.danger.grief import bereaved
    assert bereaved(text) is None


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


async def test_a_loss_told_with_a_question_still_gets_its_question_nudged_and_the_operator_hears_of_it(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("老妈过世了 兄妹四个 房产证要改名字 请问先办什么手续？", sender="u5", name="阿芳")
    await bot.wait(minutes=2)
    told = _to(bot, "op1")
    assert any("过世" in t and "节哀" in t for t in told)
    assert any("等了" in t and "房产证" in t and "节哀" not in t for t in told)  # the question is nudged as usual


def test_every_care_kind_has_its_own_first_step_in_plain_words():
    from bot.templates import Scripts

    scripts = Scripts()
    general = scripts.render("nudge/emergency.j2", kind="other", lift=False, told=True).text
    for kind in ("fumes", "low_sugar", "blood_pressure", "scam", "despair"):
        for told in (True, False):
            text = scripts.render("nudge/emergency.j2", kind=kind, lift=False, told=told, name="阿芳").text
            assert text != general and "{" not in text and ("工作人员" in text) is told, (kind, told, text)


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


@pytest.mark.parametrize("start", [DAY, MIDNIGHT], ids=["day", "midnight"])
async def test_a_loss_told_in_two_lines_reaches_the_operator_once(make_bot, start):
    bot = _shipped_bot(make_bot, start)
    await bot.start()
    await bot.send_message("我父亲昨晚走了", sender="u5", name="阿芳")
    await bot.wait(seconds=30)
    await bot.send_message("我爸的追悼会后天上午在殡仪馆", sender="u5", name="阿芳")
    await bot.wait(hours=8)
    (told,) = _to(bot, "op1")  # by day at once; at night in the morning digest, named as one loss
    assert told.count("阿芳") == 2 if start == DAY else told.count("，家里有人过世）") == 1
    assert not any("阿芳" in t or "节哀" in t for t in _said(bot))  # the shipped morning post only


@pytest.mark.parametrize("text", [
    "我家楼下在办白事 吵得睡不着", "谢谢大家关心 我妈的后事都办完了", "后天上午在老家出殡",
    "邻居家老爷子的丧事在办 吹吹打打的",
])
async def test_a_neighbours_funeral_or_a_funeral_over_tells_the_operator_of_no_loss(make_bot, text):
    from bot.danger.grief import bereaved
    assert bereaved(text) is None
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(text, sender="u5", name="阿芳")
    await bot.wait(minutes=10)
    assert not any("过世" in t for t in _to(bot, "op1"))


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


@pytest.mark.parametrize("text", ["我阿嬷上礼拜走了 下葬要准备哪些东西", "我爸的追悼会后天上午在殡仪馆",
                                  "俺娘昨天夜里没了"])
def test_a_loss_of_kin_named_in_dialect_or_by_its_funeral_is_a_bereavement(text):
    from bot.danger.grief import bereaved
    assert bereaved(text) is not None


def _digest(bot: TestBot) -> str:
    (digest,) = [t for t in _to(bot, "op1") if "早上好" in t]
    return digest


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


async def test_an_emergency_told_privately_in_the_night_is_handed_over_with_no_word_of_the_group(make_bot):
    bot = make_bot(NUDGE, start=MIDNIGHT)
    await bot.start()
    await bot.send_private("我家巷子里闻到好大一股煤气味", sender="u5", name="阿芳")
    await bot.wait(hours=7)
    digest = _digest(bot)
    assert "阿芳（00:00，紧急情况）" in digest
    assert ("阿芳夜里私聊机器人报了紧急情况，当时已经私信提醒过值班同事。"
            "请最先打电话给对方，问问现在人怎么样了。") in digest
    assert "群里" not in digest


async def test_the_digest_never_asks_for_sorry_for_the_wait_from_the_bereaved_and_puts_a_complaint_after_a_loss(
        make_bot):
    bot = make_bot(NUDGE, start=MIDNIGHT)
    await bot.start()
    await bot.send_message("婆婆今天凌晨没了 我们在医院", sender="u5", name="阿芳")
    await bot.send_message("上礼拜送来的菜全烂了，打电话也没人管，太不像话了", sender="u6", name="赵叔")
    await bot.wait(hours=7)
    digest = _digest(bot)
    assert "投诉的接着回" in digest
    assert digest.rstrip().endswith("让您久等了”，大家会觉得被惦记着~（夜里报过紧急情况的、家里有人过世的、"
                                    "说了心里难处的，不用说这句，直接私下关心对方就好。）")
    assert "“阿芳，刚看到消息，心里很难过，请您节哀，多保重身体”" not in digest  # the digest's example has no name
    assert "比如“刚看到消息，心里很难过，请您节哀，多保重身体”" in digest and "惊闻噩耗" not in digest


async def test_low_sugar_gets_sugar_a_kidney_patient_can_take_and_a_meal_after(make_bot):
    bot = make_bot(NUDGE, start=MIDNIGHT)
    await bot.start()
    await bot.send_message("老伴低血糖了 一身冷汗 手一直抖 说话都不清楚了", sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    (reply,) = _said(bot)
    assert "马上吃几块糖，或者喝小半杯糖水" in reply and "果汁" not in reply  # potassium, a fluid limit
    assert "好了以后再吃点饼干或饭，身边留个人看着" in reply


async def test_very_high_blood_pressure_keeps_a_vomiting_person_on_their_side_and_no_extra_pill(make_bot):
    bot = make_bot(NUDGE, start=MIDNIGHT)
    await bot.start()
    await bot.send_message("我妈血压一百九 头晕得站不住了", sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    (reply,) = _said(bot)
    assert "吐了就侧着躺，免得呛着" in reply and "别自己多吃或含服降压药" in reply
    assert "记下是几点开始不舒服的" in reply and "又头晕难受" not in reply


async def test_a_night_with_despair_and_a_gas_leak_hands_over_the_private_call_first_then_the_group_one(make_bot):
    bot = make_bot(NUDGE, start=MIDNIGHT)
    await bot.start()
    await bot.send_message(DESPAIR, sender="u5", name="阿芳")
    await bot.send_message("有人在吗 我家巷子里闻到好大一股煤气味", sender="u6", name="二婶")
    await bot.wait(hours=7)
    lines = _digest(bot).splitlines()
    assert lines[1].startswith("- 阿芳（00:00，想不开的话，请私下联系）")
    assert lines[2].startswith("- 二婶（00:00，紧急情况，群里没有工作人员回应过）")
    assert lines[3].startswith("阿芳夜里说了想不开的话") and "请最先私下打电话给对方" in lines[3]
    assert lines[4].startswith("二婶夜里在群里报了紧急情况") and "请接着打电话给对方" in lines[4]
