"""A complaint said politely ("我也不想麻烦你们，可…") is still a complaint: the operator is alerted at once and the
group hears a sincere acknowledgement, never a request's "记下了"; a polite opening to a question is not one."""
from __future__ import annotations

import pytest

from bot.testing import Sent, TestBot

NUDGE = """
plugins:
  nudge: {}
"""


def _nudge(bot: TestBot) -> list[Sent]:
    return [a for a in bot.sent if a.plugin == "nudge"]


@pytest.mark.parametrize("text", ["小王啊，我也不想麻烦你们，可上回剪的头发一边长一边短，孩子们都笑话我",
                                  "本来不想麻烦师傅，可这水龙头修完还是滴水"])
async def test_a_reluctant_complaint_alerts_the_operator_at_once(make_bot, text):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, sender="u2", name="刘阿姨")
    await bot.wait(minutes=4)
    alert = next(a for a in _nudge(bot) if a.kind == "private" and a.to == "op1")
    assert alert.ref.startswith("complaint") and (alert.at - bot.begin).total_seconds() < 10
    assert any(a.to == "boss" and a.ref.startswith("complaint") for a in _nudge(bot))  # nobody answered: owners told
    (cover,) = [a for a in _nudge(bot) if a.kind == "say"]
    assert cover.ref == "cover:complaint"


@pytest.mark.parametrize("text", ["我也不想麻烦你们，可以自己过去拿吗？", "不好意思麻烦您，可以帮我看看这个表怎么填吗"])
async def test_a_polite_opening_to_a_question_is_not_a_complaint(make_bot, text):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, sender="u2", name="刘阿姨")
    await bot.wait(minutes=4)
    assert not any(a.ref.startswith("complaint") for a in _nudge(bot))
    assert any(a.to == "op1" and "刘阿姨" in a.text for a in _nudge(bot))  # still a person is asked for


async def test_a_photo_then_what_broke_is_a_complaint_not_a_photo_to_admire(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_image(sender="u2", name="刘阿姨")
    await bot.send_message("你们看看，这柜子门都掉了", sender="u2", name="刘阿姨")
    await bot.wait(minutes=4)
    assert any(a.to == "op1" and a.ref.startswith("complaint") for a in _nudge(bot))
    (cover,) = [a for a in _nudge(bot) if a.kind == "say"]
    assert cover.ref == "cover:complaint"  # never "拍得真好"


@pytest.mark.parametrize("text", ["今天一口气游了1500米，破了我自己的纪录，开心", "我出门掉了钥匙，还好邻居捡到了"])
async def test_good_news_and_own_mishaps_are_not_complaints(make_bot, text):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message(text, sender="u2", name="刘阿姨")
    await bot.wait(minutes=4)
    assert not any(a.ref.startswith("complaint") or "抱歉" in a.text for a in _nudge(bot))
