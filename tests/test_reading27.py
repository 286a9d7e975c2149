"""A fault put down to the staff's work, asked as 是不是… (issue 13, reader27): a member who tells that what she got or
had done went wrong and asks whether the staff fell short ("是不是你们没熏透", "是不是没拧紧", "係咪冇放冰袋", "你们用的
是不是便宜料") is blaming them politely: the operator is alerted to a complaint, and nobody thanks her for a question.
Her own doing, a thing not ready yet, a question of how things are done, stay questions. The lines are written for
these tests, not taken from the data."""
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
        await bot.send_message(line, name="郑阿姨")
        await bot.wait(seconds=20)
    await bot.wait(minutes=4)


@pytest.mark.parametrize("said", ["王老板 上礼拜买的香肠切开里头还是生的 是不是你们没熏透啊",
                                  "昨天订的蛋糕送到家奶油都化了 是不是路上没放冰袋",
                                  "新换的地板一踩就咯吱咯吱响 你们用的是不是便宜料",
                                  "今年领回来的鸡苗没几天就蔫了好几只 孵化场是不是没消毒好",
                                  "張師傅 上回補的牆角 一落雨又洇咗 係咪防水冇刷到位"])
async def test_a_fault_put_down_to_the_staffs_work_as_a_question_is_a_complaint(make_bot, said):
    bot = make_bot(NUDGE)
    await _said(bot, said)
    assert any(a.to == "op1" and a.ref.startswith("complaint") for a in _nudge(bot))
    assert not any(a.kind == "say" and ("好问题" in a.text or "谢谢" in a.text) for a in _nudge(bot))


async def test_the_blame_asked_as_the_last_line_of_pieces_is_one_complaint(make_bot):
    bot = make_bot(NUDGE)
    await _said(bot, "小宋", "年前你们换的那个密封条", "北屋那扇窗 又有风了 是不是没装好")
    assert any(a.to == "op1" and a.ref.startswith("complaint") for a in _nudge(bot))


@pytest.mark.parametrize("said", ["我家孩子夜里咳嗽 是不是白天没穿够衣服",
                                  "自家熏的腊肉挂了半个月 是不是还没熏透 怎么看得出来",
                                  "我是不是没交报名费啊 帮我查一下",
                                  "红烧肉是不是要先放糖炒一下才好看"])
async def test_a_question_of_her_own_doing_is_not_taken_for_a_complaint(make_bot, said):
    bot = make_bot(NUDGE)
    await _said(bot, said)
    assert any(a.to == "op1" and "郑阿姨" in a.text for a in _nudge(bot))  # a person is asked for
    assert not any(a.ref.startswith("complaint") or a.to == "boss" for a in _nudge(bot))
