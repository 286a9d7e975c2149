"""A member complaining is never asked back "您是想问…吗？" by the FAQ: a person is called instead (issue 13, the
session 18 code review)."""
from __future__ import annotations

NUDGE = """
plugins:
  nudge: {}
  faq:
    file: faq.yaml
    threshold: 0.99
    ask_back_from: 0.01
    suggest_from: 0.0
"""
FAQ = """\
entries:
  - id: 换货
    question: 买的东西坏了能换吗？
    keywords: [换货, 坏了, 能换吗, 退换]
    answer: 七天内凭小票到服务台换货。
"""


async def test_a_complaint_near_an_faq_entry_gets_no_ask_back_and_reaches_a_person(make_bot):
    bot = make_bot(NUDGE)
    (bot.folder / "faq.yaml").write_text(FAQ, encoding="utf-8")
    await bot.start()
    await bot.send_message("你们卖的电饭煲用了两天就坏了 态度还这么差 到底能换吗？", sender="u1", name="老刘")
    await bot.wait(minutes=4)
    assert not [a for a in bot.sent if a.plugin == "faq" and a.kind == "say"]
    assert [a for a in bot.sent if a.kind == "private" and a.to == "op1" and "老刘" in a.text]
