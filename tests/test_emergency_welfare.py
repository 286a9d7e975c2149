"""An old person living alone whom nobody can reach is a welfare check, day or night: the unreachable reply and the
operator at once, never the complaint alert or the morning digest; an easy reason (打麻将, 睡着了, 没电) is no alarm."""
from __future__ import annotations

import pytest

from bot.danger.emergency import emergency
from tests.roster_bot import AFTERNOON, NIGHT, _roster_bot, _seconds


@pytest.mark.parametrize("start", [AFTERNOON, NIGHT], ids=["afternoon", "night"])
async def test_a_father_over_eighty_living_alone_who_does_not_answer_gets_the_welfare_step_at_once(make_bot, start):
    bot = _roster_bot(make_bot, start)
    await bot.start()
    await bot.send_message("联系不上我爸了 电话一直没人接 他一个人住 八十多了", name="陈叔")
    await bot.wait(minutes=10)
    (reply,) = [a for a in bot.sent if a.kind == "say"]
    assert _seconds(bot, reply) <= 5 and "上门" in reply.text and "110" in reply.text
    assert "抱歉" not in reply.text and "添麻烦" not in reply.text  # no apology for a service failure
    alerts = [a for a in bot.sent if a.kind == "private"]
    assert alerts[0].to == "op1" and alerts[0].ref == "emergency_alert.j2" and _seconds(bot, alerts[0]) <= 5
    assert "紧急" in alerts[0].text and "联系不上我爸了" in alerts[0].text
    assert not [a for a in bot.sent if a.ref in ("complaint.j2", "digest.j2")]
    assert [a.to for a in alerts] == ["op1", "op2", "boss"]  # up the roster, night included


def test_an_old_person_alone_unreachable_is_a_welfare_check_unless_there_is_an_easy_reason():
    for alarming in ("我妈打电话一直没人接，她一个人在家，腿脚不好", "老人一个人住，手机关机了，怎么办",
                     "我奶奶独居 视频打了好几遍都没人接"):
        assert emergency(alarming).kind == "unreachable", alarming  # type: ignore[union-attr]
    for calm in ("我妈电话没人接，她一个人住，估计在打麻将", "我爸一个人住 电话没人接 可能睡着了",
                 "我爸一个人住，手机没电了联系不上", "联系不上我爸了", "我儿子一个人住 电话打不通",
                 "我妈一个人在家 打电话没人接 应该是在洗澡", "老爸一个人住 电话没接 八成出去遛弯了",
                 "上个月我妈一个人在家电话打不通，后来才知道去我姐家了"):
        assert emergency(calm) is None, calm
