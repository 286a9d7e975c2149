"""A number a member gives in answer to another member's ask for a service (大家都用哪家快递？) is help, not an ad;
the same number posted unasked still is."""
from __future__ import annotations

from tests.moderation_kit import moderation_said, screened

ASK = "今天苹果发了200单，顺丰又涨价了，大家都用哪家快递？"
ANSWER = "我用的极兔，县城网点电话13812345678"


async def test_a_couriers_number_given_when_a_member_asked_which_courier_is_not_an_ad(make_bot):
    bot = screened(make_bot)
    await bot.start()
    await bot.send_message("今天苹果发了200单，顺丰又涨价了", sender="u1", name="老刘", room="r2")
    await bot.send_message(ANSWER, sender="u2", name="小芳", room="r2")  # nobody asked there: an ad as ever
    await bot.send_message(ASK, sender="u1", name="老刘")
    await bot.send_message(ANSWER, sender="u2", name="小芳")
    await bot.send_message(ANSWER + " 首重3块5 找王经理说是群里介绍的", sender="u3", name="小周")
    await bot.wait(minutes=4)
    notices = [a for a in moderation_said(bot) if a.kind == "say"]
    assert [(a.room, a.mentions) for a in notices] == [("r2", ("u2",))]
