"""The morning digest reads as a note an operator can scan: the header on its own line, one member per line."""
from __future__ import annotations

from datetime import datetime

from bot.testing import TZ

NUDGE = "plugins:\n  nudge: {}\n"


async def test_the_digest_header_stands_on_its_own_line_above_the_first_member(make_bot):
    bot = make_bot(NUDGE, start=datetime(2026, 11, 23, 22, 55, tzinfo=TZ))
    await bot.start()
    await bot.wait(minutes=5)
    await bot.send_message("明天几点开门啊", name="李叔")
    await bot.wait(hours=9)
    (digest,) = [a for a in bot.sent if a.ref == "digest.j2"]
    lines = digest.text.splitlines()
    assert lines[0].endswith("等着回复：") and lines[1].startswith("- 李叔（23:00）")
