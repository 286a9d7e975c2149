"""Members' chat is not an ask nor an answer, and a grievance asked as a question is a complaint (issue 13, reader16):
what the largest confusions over the 71 training kinds looked like to the operator and the members."""
from __future__ import annotations

import pytest

from bot.testing import Sent, TestBot

NUDGE = """
plugins:
  nudge: {}
"""


def _nudge(bot: TestBot, action: str | None = None) -> list[Sent]:
    return [a for a in bot.sent if a.plugin == "nudge" and (action is None or a.kind == action)]


@pytest.mark.parametrize("text", ["有没有人周六一起去爬山的 练了一个月腿有劲了想试试",
                                  "周末有人一起去新开的那个超市不"])
async def test_a_member_asking_the_others_along_is_chat_no_operator_is_called(make_bot, text):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, name="赵姐")
    await bot.wait(minutes=5)
    assert not _nudge(bot, "private")  # nobody on duty is told a member waits for them
    assert not any(a.ref == "cover:question" for a in _nudge(bot, "say"))


async def test_praise_for_a_photo_posted_after_a_question_does_not_answer_the_question(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("请问下周的体检几点开始", sender="u2", name="李叔")
    await bot.wait(seconds=20)
    await bot.send_image(sender="u3", name="老韩")
    await bot.send_message("拒马河这水清亮啊 这季节还有人钓鱼呢", sender="u3", name="老韩")
    await bot.wait(seconds=30)
    await bot.send_message("真好看 跟画似的", sender="u4", name="孙姐")
    await bot.wait(minutes=4)
    nudges = [a for a in _nudge(bot, "private") if "李叔" in a.text]
    assert nudges and not any("孙姐" in a.text for a in nudges)  # the operator is not told 孙姐 answered him
    assert any(a.mentions == ("u2",) for a in _nudge(bot, "say"))  # 李叔 hears his question was seen


@pytest.mark.parametrize("text", ["上个月不是说好每周换一次床单吗 这都两个礼拜了",
                                  "物业费去年才一块二 今年就一块八了？", "是不是你们的水管没洗干净啊 喝着有股怪味",
                                  "凭啥又涨 工资又没涨"])
async def test_a_grievance_asked_as_a_question_alerts_the_operator_as_a_complaint(make_bot, text):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, name="王强")
    await bot.wait(minutes=4)
    alert = next(a for a in _nudge(bot, "private") if a.to == "op1")
    assert alert.ref.startswith("complaint") and text[:8] in alert.text



@pytest.mark.parametrize("text", ["下午不是有太极课吗", "活动不是免费的吗", "明天不是放假吗", "药店今天是不是没开门"])
async def test_checking_a_fact_with_bu_shi_ma_is_a_question_not_a_complaint(make_bot, text):
    """"下午不是有太极课吗" checks what the member remembers: the operator is nudged about a question, nobody is
    alerted about a complaint and the group hears no apology."""
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, name="赵姐")
    await bot.wait(minutes=4)
    assert not any("投诉" in a.text for a in _nudge(bot, "private")), [a.text for a in _nudge(bot)]
    assert not any("抱歉" in a.text or "添麻烦" in a.text for a in _nudge(bot, "say"))
    assert any("赵姐" in a.text for a in _nudge(bot, "private"))  # still a question a person answers
