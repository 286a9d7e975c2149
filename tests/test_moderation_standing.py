"""Who hears what after an ad: the gift line for a known member's first slip, a third strike told truthfully."""
from __future__ import annotations

from bot.testing import TestBot, join
from tests.moderation_kit import moderation_said, screened

CONFIG = """
plugins:
  moderation:
    keyword_files: [ad_keywords.txt]
    remove: ask
    gift: first_slip
"""
AD = "纯手工阿胶糕到货了 需要的加我微信 ajg6688"


def _gifted(bot: TestBot) -> list[str]:
    """Who was offered the gift line, in order."""
    return [a.to or "" for a in moderation_said(bot) if a.kind == "private" and "小礼品" in a.text]


async def test_a_wave_of_accounts_never_seen_before_gets_no_gift_but_a_known_member_does(make_bot):
    bot = screened(make_bot, config=CONFIG)
    await bot.start()
    await bot.send_message("今天合唱排练几点呀", sender="u7", name="王阿姨")
    await bot.wait(days=10)
    await bot.send_message("早上好", sender="u1", name="张姐")
    for i in range(4):  # promoters the bot never saw join or speak (they were in the group before it)
        await bot.send_message(f"代理加盟 招代理 加我 dl{i}6688", sender=f"p{i}", name=f"推广{i}")
    await bot.wait(hours=3)
    await bot.send_message(AD, sender="u7", name="王阿姨")
    await bot.settle()
    told = {a.to for a in moderation_said(bot) if a.kind == "private"}
    assert {"p0", "p1", "p2", "p3", "u7"} <= told  # everyone still hears privately why
    assert _gifted(bot) == ["u7"]


async def test_the_gift_waits_until_the_bot_has_known_the_member_for_a_few_days(make_bot):
    bot = screened(make_bot, config=CONFIG)
    await bot.start()
    await bot.send(join(("j1", "刘姐"), ts=bot.now))  # joined ten days ago (the bot saw it), silent since
    await bot.send_message("谢谢群主拉我进来", sender="c1", name="陈叔")  # has talked here for ten days
    await bot.wait(days=9)
    await bot.send_message("今天降温了 大家多穿点", sender="c1", name="陈叔")
    await bot.send_message("大家好 我是新来的", sender="y1", name="小杨")  # first spoke yesterday
    await bot.wait(days=1)
    await bot.send_message(AD, sender="j1", name="刘姐")
    await bot.send_message(AD.replace("6688", "7799"), sender="n1", name="小周")  # first words here: an ad
    await bot.send_message(AD.replace("6688", "5511"), sender="y1", name="小杨")
    await bot.send_message(AD.replace("6688", "2233"), sender="c1", name="陈叔")
    await bot.settle()
    assert {a.to for a in moderation_said(bot) if a.kind == "private"} >= {"j1", "n1", "y1", "c1"}
    assert _gifted(bot) == ["j1", "c1"]


async def _three_strikes(bot: TestBot, member: str = "u7", name: str = "王阿姨") -> None:
    for _ in range(3):
        bot.forget_sent()
        await bot.send_message(AD, sender=member, name=name)
        await bot.wait(days=2)
    await bot.settle()


async def test_a_third_strike_notice_promises_a_private_word_and_the_member_gets_it(make_bot):
    bot = screened(make_bot, config=CONFIG)
    await bot.start()
    await _three_strikes(bot)
    sent = moderation_said(bot)  # the third strike only
    notice = next(a for a in sent if a.kind == "say")
    assert "私信" in notice.text and notice.mentions == ("u7",)
    word = [a.text for a in sent if a.kind == "private" and a.to == "u7"]
    assert len(word) == 1 and "第3次" in word[0] and "管理员" in word[0] and "联系" in word[0]
    assert "小礼品" not in word[0]
    asks = [a for a in sent if a.kind == "private" and a.to in ("op1", "boss")]
    assert sorted(a.to or "" for a in asks) == ["boss", "op1"]
    for ask in asks:  # the people asked know what the member was told, and are asked to follow it through
        assert "/mod remove @王阿姨" in ask.text and "私信跟对方说了" in ask.text and "私下跟对方说一声" in ask.text
    assert not [a for a in sent if a.kind == "remove"]


async def test_a_third_strike_by_someone_the_bot_cannot_message_promises_nothing_private(make_bot):
    bot = screened(make_bot, config=CONFIG)
    bot.adapter.no_private.add("u7")
    await bot.start()
    await _three_strikes(bot)
    sent = moderation_said(bot)
    notice = next(a for a in sent if a.kind == "say")
    assert "私信" not in notice.text
    assert not [a for a in sent if a.to == "u7"]
    ask = next(a for a in sent if a.to == "op1")
    assert "没法私信对方" in ask.text and "私信跟对方说了" not in ask.text
