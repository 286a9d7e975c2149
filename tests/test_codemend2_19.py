"""What the second code review of session 19 found (issue 13, codemend2_19): another person's loneliness read as the
writer's despair at night, and praise, advice or a notice opened with 说句实话 / 你听我说 / 我说个事 given the
complaint script by day. Each as a member or an operator would notice it, with the shipped plugins."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.despair import despair
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 12, 2, 23, 20, tzinfo=TZ)


@pytest.mark.parametrize("text", [
    "电视里那个老人孤零零的 活着真没意思",
    "隔壁王奶奶一个人住 没人说话 活着真没意思",
    "邻居老张一个人住 孤零零的 活着真没意思",
])
async def test_someone_elses_loneliness_at_night_pages_nobody(make_bot, text):
    bot = _shipped_bot(make_bot, NIGHT)
    await bot.start()
    await bot.send_message(text, sender="u5", name="周奶奶")
    await bot.wait(minutes=5)
    assert not [t for t in _to(bot, "op1") if t.startswith("🚨")]
    assert not [a for a in bot.sent if a.kind == "private" and a.to == "u5"]  # no hotline sent to her


@pytest.mark.parametrize("text", [
    "我老伴走了 一个人住 没人说话 活着真没意思",
    "搬来城里谁都不认识 活着也没什么意思",
])
def test_the_writers_own_loneliness_beside_a_life_felt_empty_is_still_despair(text):
    assert despair(text) is not None
