"""FAQ at night and in private: a private question is answered privately, a question at night when quiet
hours end (mentioning the asker), and never asked back at night."""
from __future__ import annotations

import shutil
from datetime import datetime

from bot.testing import TZ
from tests.faq_bot import DATA, UNSURE, _bot


async def test_a_question_asked_privately_is_answered_privately(make_bot):
    bot = _bot(make_bot)
    await bot.start()
    await bot.send_message("能开发票吗", sender="u7", room=None)
    await bot.settle()
    (answer,) = bot.sent
    assert answer.kind == "private" and answer.to == "u7" and answer.ref == "invoice"


async def test_a_question_at_night_is_answered_at_the_end_of_quiet_hours_mentioning_the_asker(make_bot):
    bot = _bot(make_bot)
    await bot.start(at=datetime(2026, 11, 23, 23, 0, tzinfo=TZ))
    await bot.send_message("能开发票吗", sender="u3")
    await bot.wait(hours=9)
    (answer,) = bot.sent
    assert answer.ref == "invoice" and answer.mentions == ("u3",)
    assert answer.at == datetime(2026, 11, 24, 7, 0, tzinfo=TZ)


async def test_a_question_at_night_is_not_asked_back(make_bot):
    bot = make_bot(UNSURE)
    shutil.copy(DATA / "faq.yaml", bot.folder / "faq.yaml")
    await bot.start(at=datetime(2026, 11, 23, 23, 0, tzinfo=TZ))
    await bot.send_message("積份咋用啊", sender="u1")
    await bot.wait(hours=9)
    assert not [s for s in bot.sent if s.room or s.to == "u1"]  # in the morning the asker could no longer say yes
    assert bot.sent and all(s.to == "op1" and "「/发" in s.text for s in bot.sent)  # the operator may send it


async def test_a_question_asked_privately_at_night_is_answered_privately_in_the_morning(make_bot):
    bot = _bot(make_bot)
    await bot.start(at=datetime(2026, 11, 23, 23, 0, tzinfo=TZ))
    await bot.send_private("能开发票吗", sender="u3")
    await bot.wait(hours=9)
    (answer,) = bot.sent
    assert answer.kind == "private" and answer.to == "u3" and answer.ref == "invoice"
    assert answer.at == datetime(2026, 11, 24, 7, 0, tzinfo=TZ)
