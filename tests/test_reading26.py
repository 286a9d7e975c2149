"""A repair asked for in a shop's group (issue 13, reader26): a member who tells of a thing broken at home and calls
the staff out to see to it ("有空过来紧一紧", "能来个人不", "周末能来吗") reaches the operator as a request, without the
apology and the owner's page of a complaint; when the staff's own work is what broke, or she blames it, it is still a
complaint. The lines are written for these tests, not taken from the data."""
from __future__ import annotations

import pytest

from bot.testing import Sent, TestBot

NUDGE = """
plugins:
  nudge: {}
"""


def _nudge(bot: TestBot) -> list[Sent]:
    return [a for a in bot.sent if a.plugin == "nudge"]


async def _said(bot: TestBot, *lines: str) -> None:
    await bot.start()
    for line in lines:
        await bot.send_message(line, name="孙阿姨")
        await bot.wait(seconds=20)
    await bot.wait(minutes=4)


@pytest.mark.parametrize("ask", ["小刘 我家厨房水龙头松了 一拧就转 有空过来紧一紧",
                                 "我家阳台那扇纱窗被猫抓烂了 换个新的 多少钱能上门装",
                                 "灯泡换了也不亮 周六能来给看看不",
                                 "孙子把门把手掰歪了 现在门关不上 能不能上门来弄一下",
                                 "我家防盗门的锁芯卡住了 钥匙插进去拧不动 能来个人不",
                                 "外孙把卧室纱窗戳破了 想换成金刚网的 礼拜天能来吗"])
async def test_a_repair_asked_for_reaches_the_operator_as_a_request_not_a_complaint(make_bot, ask):
    bot = make_bot(NUDGE)
    await _said(bot, ask)
    assert any(a.to == "op1" and "孙阿姨" in a.text for a in _nudge(bot))  # a person is asked for
    assert not any(a.ref.startswith("complaint") or a.to == "boss" for a in _nudge(bot))
    assert not any(a.kind == "say" and "抱歉" in a.text for a in _nudge(bot))  # nothing went wrong to apologise for


@pytest.mark.parametrize("pieces", [("小周", "我家南边那个窗户", "纱窗破了个洞 蚊子都进来了 来给补一下")])
async def test_a_repair_asked_for_in_pieces_reaches_the_operator_as_one_request(make_bot, pieces):
    """Her call, the window, then the hole and the ask, in three lines: one request, no complaint alert."""
    bot = make_bot(NUDGE)
    await _said(bot, *pieces)
    alerts = [a for a in _nudge(bot) if a.kind == "private" and a.to == "op1"]
    assert alerts and "纱窗破了个洞" in alerts[0].text
    assert not any(a.ref.startswith("complaint") for a in alerts)


@pytest.mark.parametrize("said", ["你们上礼拜给我装的纱窗 才几天就掉下来了 能来个人看看吗",
                                  "刚换的玻璃就裂了一道缝 周末能来吗",
                                  "上回你们师傅换的水龙头 又开始滴水了 有空过来看看",
                                  "这什么破锁 用了一个月就卡住了 能来个人不"])
async def test_the_staffs_own_work_broken_or_blamed_is_still_a_complaint(make_bot, said):
    bot = make_bot(NUDGE)
    await _said(bot, said)
    assert any(a.to == "op1" and a.ref.startswith("complaint") for a in _nudge(bot))
