"""The native reader's review of fixscam23's scripts, mended (issue 13, scriptmend4_23).

Who is told what: an organ broker's offer at night is warned against in the group at once, naming nobody, and in
words that fit every organ; a hospice death's note to the person on duty says what the member was really told; a
nurse named beside a death is no sign the death was expected; a lure sent privately is a question, not a post."""
from __future__ import annotations

from datetime import datetime

from bot.danger.grief import awaited
from bot.templates import Scripts
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 11, 24, 23, 30, tzinfo=TZ)


async def test_a_liver_offered_at_night_is_warned_against_at_once_naming_nobody_and_no_kidney_said(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message("有肝源 正规渠道 快速配型 费用面议 有意者私聊", sender="u5", name="阿彪")
    await bot.wait(minutes=2)
    (warning,) = _said(bot)
    assert "违法" in warning and "器官只能在医院登记排队" in warning
    assert "阿彪" not in warning and "推广" not in warning and "朋友" not in warning
    everything = "".join(_said(bot) + _to(bot, "u5") + _to(bot, "op1"))
    assert "肾源" not in everything
    assert "群管理员会跟您联系" not in "".join(_to(bot, "u5"))
    alert = "".join(_to(bot, "op1"))
    assert "请这位病友或家属马上打110" in alert and "等早上" not in alert
    await bot.wait(hours=9)
    assert not [t for t in _said(bot) if "推广消息" in t]  # no ad line for a crime in the morning


async def test_a_hospice_death_at_night_the_person_on_duty_is_not_told_the_member_was_sent_to_120(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_private("我妈走了 刚走的 护士还没来", sender="u5", name="小周")
    await bot.wait(minutes=2)
    (word,) = _to(bot, "u5")
    assert "节哀" not in word and "亲人身边" in word and "老人" not in word  # 节哀 is the caller's (review 24b, 5)
    # the question that may save a life (sudden, or expected?) before any condolence (native re-read 24, finding 1)
    assert word.index("医生之前没说过时间不多了") < word.index("120") < word.index("亲人身边")
    (told, *_) = _to(bot, "op1")
    assert told.startswith("🕯️") and "私信提醒对方马上打120" not in told and "没有说“节哀”" in told
    assert "时间不多了" in told  # the person on duty asks whether the death was expected
    assert "先说一句“心里很难过，您节哀”" not in told and told.index("时间不多了？") < told.rindex("您节哀")


async def test_a_nurse_named_beside_a_sudden_death_is_no_sign_it_was_expected_120_comes_first(make_bot):
    assert not awaited("我妈刚刚没气了 社区护士早上才来打过针")
    assert not awaited("刚倒下就没气了 护士邻居在按")
    assert awaited("我妈走了 刚走的 护士还没来")
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_private("我妈刚刚没气了 社区护士早上才来打过针", sender="u5", name="小周")
    await bot.wait(minutes=1)
    (word,) = _to(bot, "u5")
    assert "120" in word and "节哀" not in word


async def test_a_lure_forwarded_privately_is_a_question_thanked_not_a_group_post_to_remove(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_private("【通知】高龄补贴 点链接填身份证和银行卡号 今天截止", sender="u5", name="李阿婆")
    await bot.wait(minutes=2)
    word = "".join(_to(bot, "u5"))
    assert "幸好您先问了一句" in word and "您刚才发的" not in word and "把卡冻结" in word
    (alert, *_) = _to(bot, "op1")
    assert alert.startswith("🚨") and "私下发来" in alert and "李阿婆私聊机器人发来这条消息" in alert
    assert "群里有人发了" not in alert and "撤掉" not in alert and "移出群" not in alert
    assert not _said(bot)


async def test_a_lure_posted_in_the_group_tells_everyone_to_have_the_bank_freeze_the_card(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("【社保局通知】养老金资格认证 扫码上传身份证和银行卡 今天截止", sender="u5", name="小刘")
    await bot.wait(minutes=3)
    (warning,) = _said(bot)
    assert "养老金认证" in warning and "把卡冻结" in warning and "看好" not in warning
    alert = _to(bot, "op1")[0]
    assert "群里有人发了" in alert and "把卡冻结" in alert and "看好" not in alert


async def test_a_worn_out_carer_in_a_private_chat_at_night_hears_the_carers_word_and_the_digest_says_it_true(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_private("孩子又一晚上没睡 一直撞门 我快撑不住了", sender="u5", name="秀英")
    await bot.wait(minutes=2)
    (word,) = _to(bot, "u5")
    assert "您辛苦了" in word and "12356" in word and "夜里也有人接" not in word and "110" in word
    await bot.wait(hours=8)
    (digest, *_) = [t for t in _to(bot, "op1") if t.startswith("🌅")]
    assert "秀英" in digest.splitlines()[0] and "机器人当时回了一句关心" in digest
    assert "孤单、想念走了的亲人" not in digest  # her item is not glossed as loneliness beside the weary line


def test_a_worn_out_carer_answered_in_the_group_is_not_named_beside_110_and_harm():
    public = Scripts().render("nudge/worn_out_word.j2", name="秀英", private=False).text  # what the group reads
    assert "秀英" in public and "辛苦" in public
    assert "110" not in public and "120" not in public and "伤到" not in public and "12356" not in public


async def test_a_child_called_names_at_school_the_note_does_not_assume_she_was_locked_in_before(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我家闺女在学校天天被几个男生起外号 班主任说小孩子打打闹闹很正常",
                           sender="u5", name="乐乐妈")
    await bot.wait(minutes=4)
    told = "".join(_to(bot, "op1"))
    assert "🧡" in told and "被抢了钱物" in told and "又被关起来" not in told


async def test_a_mother_who_would_take_her_child_along_the_alert_promises_what_she_was_told_and_calls_first(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("哪天我走了 这孩子可咋办 有时候真想把他也带走", sender="u5", name="晓晓妈")
    await bot.wait(minutes=2)
    (word,) = _to(bot, "u5")
    assert "马上给您打电话" in word
    (alert, *_) = _to(bot, "op1")
    assert alert.splitlines()[0].startswith("🚨 有成员说想带着孩子一起走，两个人都可能有危险")
    assert "会尽快" not in alert and "工作人员马上给对方打电话" in alert
    assert alert.index("请先打电话给对方") < alert.index("110")


async def test_a_wife_who_would_take_her_husband_along_hears_老伴_once_and_亲戚或邻居(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("伺候瘫痪老伴八年了 实在熬不下去了 想带着他一起走", sender="u5", name="桂兰")
    await bot.wait(minutes=2)
    (word,) = _to(bot, "u5")
    assert "别一个人守着老伴" in word and "亲戚或邻居" in word and word.count("家里人") == 0


async def test_despair_after_the_death_of_the_mother_she_nursed_names_the_loss_and_a_call_now(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("伺候我妈五年 我妈没了 不知道我活着为了什么", sender="u5", name="红梅")
    await bot.wait(minutes=2)
    (word,) = _to(bot, "u5")
    assert "妈妈走了" in word and "马上给您打电话" in word and "会尽快" not in word
    (alert, *_) = _to(bot, "op1")
    assert "对方说自己照顾的亲人走了" in alert and "会尽快" not in alert
