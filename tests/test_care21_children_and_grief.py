"""Children at risk and grief reach a person the right way (issue 13, fixscam21).

A child touched by a grown-up and told to keep it secret is heard at once and only privately; a child hit by a carer
the member calls ours is the gravest complaint against us, the child seen to first, never a beating at home; a death
told with a softer word (人没了) reaches the operator as a loss, with a word on telling the children; a volunteer who
lost the old person she sat with is thanked and comforted, not offered a family's condolence."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.danger.grief import bereaved, cared_for
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


@pytest.mark.parametrize("text", [
    "外孙女回来说 补习班的老师老是摸她 还叫她别告诉妈妈",
    "闺女说邻居家那个叔叔总亲她 还脱她的裤子 她现在不敢出门",
    "孩子在学校被人猥亵了 我该怎么办",
])
def test_a_child_touched_by_a_grown_up_and_told_to_keep_quiet_is_a_child_at_risk(text):
    assert _kind(text) == "child_abused"


@pytest.mark.parametrize("text", [
    "老师摸了摸孙女的头 夸她画得好",
    "今天学校开了防性侵教育的家长会 大家都去听听",
    "那个叔叔亲了亲她的脸蛋 孩子可喜欢他了",
])
def test_a_pat_a_lesson_or_a_fond_kiss_is_no_child_at_risk(text):
    assert _kind(text) != "child_abused"


async def test_a_child_at_risk_is_told_only_privately_and_a_person_hears_at_once(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("外孙女回来说 补习班的老师老是摸她 还叫她别告诉妈妈", sender="u5", name="吴奶奶")
    await bot.wait(minutes=4)
    assert not _said(bot)  # nothing in front of the group: the child's name must not go round
    (word,) = _to(bot, "u5")
    assert "不是你的错" in word and "110" in word and "12355" in word and "单独" in word
    alert = _to(bot, "op1")[0]
    assert alert.startswith("🚨 孩子可能被大人侵害") and "吴奶奶" in alert and "请先在群里回对方一句" not in alert


@pytest.mark.parametrize("text", [
    "你们托管班的老师打了我家孩子 胳膊都青了",
    "你们的阿姨掐了我家孩子 腿上都紫了",
])
def test_a_child_hit_by_our_carer_is_no_beating_at_home(text):
    assert _kind(text) != "child_beaten"


async def test_a_child_hit_by_our_teacher_told_in_pieces_is_our_gravest_complaint_child_first(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    for line in ("你们托管班", "你们的老师打了我家孩子", "胳膊都青了"):
        await bot.send_message(line, sender="u5", name="刘姐")
    await bot.wait(minutes=2)
    alert = _to(bot, "op1")[0]
    assert alert.startswith("🚨 最要紧的投诉") and "12355" not in alert
    assert alert.index("伤在哪儿") < alert.index("报告负责人")
    assert not any("有孩子在家挨打" in a for a in _to(bot, "op1"))


def test_a_death_said_with_a_softer_word_is_a_loss_and_a_sat_with_patients_a_carers():
    assert bereaved("娃他爸在矿上出了事 人没了")
    assert cared_for("我照顾了半年的那位爷爷昨晚走了 我一直哭")
    assert not cared_for("我奶奶昨晚走了 我好难受")


async def test_a_death_with_children_not_yet_told_reaches_the_operator_as_a_loss(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("娃他爸在矿上出了事 人没了 孙女还不知道", sender="u5", name="何奶奶")
    await bot.wait(minutes=4)
    await bot.send_message("我真不知道咋跟孙女说", sender="u5", name="何奶奶")
    await bot.wait(minutes=4)
    assert not _said(bot)  # no question cover under a death
    alert = _to(bot, "op1")[0]
    assert alert.startswith("🕯️") and "何奶奶" in alert and "别说“出远门了”" in alert


async def test_a_volunteer_who_lost_the_old_person_she_sat_with_is_thanked_not_offered_condolence(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我照顾了半年的那位爷爷昨晚走了 我一直哭", sender="u5", name="小吴")
    await bot.wait(minutes=2)
    (alert,) = _to(bot, "op1")
    assert "辛苦您了" in alert and "节哀" not in alert and "家里有什么需要帮忙" not in alert
