"""Despair, scams in progress, grief and children at risk reach a person (issue 13, fixscam21).

A man who says he will walk into the water and not come back, a dialysis patient who stops, a grandchild's despair
told by the grandmother raising him, a farewell that gives the house away; a fraud's story with a sum demanded, a fee
before a benefit, a card number given by a caller, money just sent and the taker gone. Each is read by its kind of
signal, told in other words than the tester's; the everyday lines of the same words stay quiet."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.despair import of_another
from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 11, 23, 23, 20, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


@pytest.mark.parametrize("text", [
    "老伴走了两年了 活着没啥意思 不如跳进河里一了百了",
    "日子没法过了 想到江里去 不上来了",
    "化疗太遭罪了 下个月我不再透析了",  # a patient stopping what keeps him alive, and the suffering said
    "透析我实在受罪 以后不去透了",
    "妹妹 存折放在枕头底下 老屋留给你们",  # what is left given away and where the money is
])
def test_ending_it_in_other_words_is_despair(text):
    assert _kind(text) == "despair"


@pytest.mark.parametrize("text", [
    "天热得受不了 干脆去河里泡着算了",
    "明天下雪 不去透了 改到后天",
    "这道题我猜不透了",
    "打针太遭罪了 孩子哭了一上午",
    "我爸说老房子以后留给我弟",
    "钱放在抽屉里了 你自己拿",
    "今天作业太多了 写到十点",
])
def test_the_everyday_lines_of_the_same_words_stay_quiet(text):
    assert _kind(text) is None


def test_a_childs_words_in_his_exercise_book_are_his_not_the_grandmothers():
    text = "外孙女在本子上写 我不想活了 我好想爸爸 我吓坏了"
    assert _kind(text) == "despair"
    assert of_another("孙子在日记本上写 不想活了 我看了手都抖")


@pytest.mark.parametrize(("text", "kind"), [
    ("刚才视频里孙子说撞了人被扣在派出所 要三万保证金 叫我别声张 我马上去取钱", "scam"),
    ("有人打来电话说是孩子班主任 说孩子受伤住院了 手术费让我先转五千", "scam"),
    ("电话里说我申请的老年公寓排上号了 要先交三千块押金到他发来的账号", "scam"),
    ("有个人说帮我办高龄补贴 要先交五百手续费 我等会去银行转", "scam"),
    ("那人说交一万块就能帮我孙子进重点班 钱转给他了 现在电话关机了", "scam_paid"),
    ("对方说能帮我买到便宜的保健床 我付了八千 现在把我拉黑了", "scam_paid"),
])
def test_a_fraud_going_on_or_just_done_is_read_by_what_is_about_to_be_lost(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", [
    "孙子打电话说要两千块交学费 我明天去银行转给他",  # no fraud's story: a grandson's fee
    "物业打电话说要交一千二物业费 我等会去交",
    "去年有个人说能插队 我转了两万 后来联系不上了 大家千万别信",  # a loss told long after, a warning
    "转给他了 他说收到了",
    "我转过去了 他一直不回消息 估计在忙",  # no stranger in it: a friend busy
])
def test_a_payment_a_warning_or_an_old_loss_is_no_scam_going_on(text):
    assert _kind(text) not in ("scam", "scam_paid")


async def test_a_bail_demand_by_video_gets_do_not_send_and_a_person_at_once_never_a_question_cover(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("外孙刚才视频说跟人打架被警察带走了 要一万五保释金 不让我跟他妈说 我现在就去银行",
                           sender="u5", name="周奶奶")
    await bot.wait(minutes=4)
    (step,) = _said(bot)
    assert "先别转钱" in step and "96110" in step and "保释金" in step
    assert _to(bot, "op1")[0].startswith("🚨") and "周奶奶" in _to(bot, "op1")[0]
    assert not any("正在确认" in s or "添麻烦" in s for s in _said(bot))


async def test_money_just_lost_to_a_fraud_gets_110_and_the_bank_never_our_apology(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("有人说交五千就能把我排到前面 我转过去了 现在打他电话关机了", sender="u5", name="钱叔")
    await bot.wait(minutes=4)
    (step,) = _said(bot)
    assert "110" in step and "拦下来" in step and "96110" in step  # review21 #10: the bank cannot promise 止付
    alerts = _to(bot, "op1")
    assert alerts[0].startswith("🚨 有人刚被骗走了钱") and "这不是对我们的投诉，先别解释" in alerts[0]
    assert not any("换、退、补" in a for a in alerts) and "添麻烦" not in step


async def test_a_fee_asked_privately_before_a_place_in_a_home_is_told_not_to_send(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_private("电话里说我排到床位了 要先交六千块到他给的账号 我一会去银行转", sender="u5", name="孙姨")
    await bot.wait(minutes=2)
    word = _to(bot, "u5")
    assert word and "先别转钱" in word[0] and "养老院自己的电话" in word[0]
    assert _to(bot, "op1")[0].startswith("🚨")


async def test_a_dialysis_patient_who_stops_is_asked_not_to_and_a_person_told(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("透析透得太受罪了 从下周起我不透了", sender="u5", name="老马")
    await bot.wait(minutes=4)
    assert not _said(bot)  # nothing in front of the group
    (word,) = _to(bot, "u5")
    assert "透析先别自己停" in word and "12356" in word
    assert _to(bot, "op1")[0].startswith("🚨")


async def test_a_grandchilds_despair_gets_the_grandmother_told_how_to_keep_him_safe(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("孙女在日记本上写 不想活了 我心里发慌", sender="u5", name="刘奶奶")
    await bot.wait(minutes=4)
    assert not _said(bot)
    (word,) = _to(bot, "u5")
    assert "孩子" in word and "12355" in word and "别骂" in word and "收好" in word
    assert _to(bot, "op1")[0].startswith("🚨")


async def test_a_farewell_at_night_reaches_a_person_at_once_never_the_nights_wait(make_bot):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_private("姐 我想了好几天 这房子就留给你们 存折在柜子第二层", sender="u5", name="老林")
    await bot.wait(minutes=2)
    assert _to(bot, "op1")[0].startswith("🚨") and "老林" in _to(bot, "op1")[0]
    assert not any("休息时间" in w for w in _to(bot, "u5"))
