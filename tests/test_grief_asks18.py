"""A bereaved member's own question in a private chat still gets the FAQ's answer beside the condolence, and the
condolence alone answers 下一步要做什么 (issue 13, the session 18 code review)."""
from __future__ import annotations

NUDGE = """
plugins:
  nudge: {}
  faq:
    file: faq.yaml
"""
FAQ = """\
entries:
  - id: 丧葬费
    question: 丧葬补助金去哪里领？
    keywords: [丧葬费, 丧葬补助, 丧葬补助金]
    answer: 丧葬补助金带死亡证明和身份证到社区服务中心一楼3号窗口办理。
"""


def _told(bot, who: str) -> list:
    return [a for a in bot.sent if a.kind == "private" and a.to == who]


async def test_a_bereaved_members_private_question_gets_the_faqs_answer_and_one_condolence(make_bot):
    bot = make_bot(NUDGE)
    (bot.folder / "faq.yaml").write_text(FAQ, encoding="utf-8")
    await bot.start()
    await bot.send_private("我妈昨天在医院去世了 请问丧葬补助金去哪里领？", sender="u1", name="小周")
    await bot.wait(minutes=3)
    told = _told(bot, "u1")
    assert [a for a in told if a.plugin == "faq" and "3号窗口" in a.text]
    assert [a for a in told if "节哀" in a.text] and not [a for a in told if a.ref.endswith("private.j2")]
    assert [a for a in _told(bot, "op1") if "小周" in a.text]


async def test_what_to_do_next_after_a_death_gets_the_condolence_alone(make_bot):
    bot = make_bot(NUDGE)
    (bot.folder / "faq.yaml").write_text(FAQ, encoding="utf-8")
    await bot.start()
    await bot.send_private("我爸刚刚走了 我不知道该怎么办 下一步要做什么", sender="u1", name="小周")
    await bot.wait(minutes=3)
    (word,) = _told(bot, "u1")  # one word, no FAQ answer beside it: a breath stopped just now hears 120 first
    assert word.ref.endswith("bereaved_word.j2") and "120" in word.text and "节哀" not in word.text


async def test_a_second_question_about_the_same_loss_that_day_is_still_acknowledged(make_bot):
    bot = make_bot(NUDGE)
    (bot.folder / "faq.yaml").write_text(FAQ, encoding="utf-8")
    await bot.start()
    await bot.send_private("我妈昨天在医院去世了", sender="u1", name="小周")
    await bot.wait(hours=2)
    await bot.send_private("我妈昨天去世了 请问户口怎么注销？", sender="u1", name="小周")
    await bot.wait(minutes=3)
    told = _told(bot, "u1")
    assert len([a for a in told if "节哀" in a.text]) == 1 and [a for a in told if a.ref.endswith("private.j2")]
