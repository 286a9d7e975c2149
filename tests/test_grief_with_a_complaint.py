"""A loss and a complaint in one line (emergency18): 我妈昨晚走了 你们的车今天还迟到 gets condolence handling, the bot
silent under it, never the complaint cover ("给您添麻烦了…"); the operator hears of the loss and, in the same word, that
the member also complained, to condole first and put it right privately later."""
from __future__ import annotations

from datetime import datetime

from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)


async def test_a_loss_and_a_complaint_in_one_line_get_condolence_handling_never_the_complaint_cover(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我妈昨晚走了 你们的车今天还迟到一个多小时 太不像话了", sender="u5", name="阿芳")
    await bot.wait(minutes=10)
    assert not _said(bot) and not _to(bot, "u5")  # no cover of any kind under a death
    told = _to(bot, "op1")
    assert len(told) == 1, told  # one word, not a condolence prompt and a complaint alert and nudges
    assert "过世" in told[0] and "节哀" in told[0] and "迟到" in told[0]
    assert "对方话里也有对我们的不满。请先表示慰问、说声节哀，别急着解释，群里先别提这件事" in told[0]
    assert "致哀" not in told[0] and "今天就要用到的（比如车），请马上悄悄安排好" in told[0]


async def test_a_loss_alone_tells_the_operator_of_no_complaint(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("我父亲昨晚走了 后天上午在老家出殡", sender="u5", name="阿芳")
    await bot.wait(seconds=5)
    (told,) = _to(bot, "op1")
    assert "节哀" in told and "不满" not in told
