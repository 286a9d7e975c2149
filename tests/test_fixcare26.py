"""Members unwell or in distress heard for what they are, not as complaints nor left unread: the acceptance tester's
findings of session 26 (issue 13, fixcare26) told here in other words, each beside the everyday lines of the same
words that must stay quiet (耳朵有点背 大声点说, 练完拳腿有点酸, 昨晚没睡好)."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.despair import despair
from bot.danger.emergency import emergency
from bot.testing import TZ
from tests.shipped_bot import said as _said
from tests.shipped_bot import shipped_bot as _shipped_bot
from tests.shipped_bot import to as _to

DAY = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)
NIGHT = datetime(2026, 12, 2, 23, 0, tzinfo=TZ)


def _kind(text: str) -> str | None:
    found = emergency(text)
    return None if found is None else found.kind


# 1. a life felt empty beside a family that finds the member a bother: despair, not a complaint about the shop
@pytest.mark.parametrize("text", [
    "儿子嫌我啰嗦 电话都不接 活着有啥意思",
    "闺女说我老糊涂了 嫌我烦 活着真没啥意思了",
    "儿媳妇天天给我甩脸子 老伴也嫌弃我 活着还有什么意思",
    "家里人跟我说话都不耐烦 我耳朵不好 活着没意思",
    "俺家儿女都嫌俺耳朵聋 活着有啥盼头",
])
def test_a_life_felt_empty_when_the_family_shuts_the_member_out_is_despair(text):
    assert despair(text) is not None


@pytest.mark.parametrize("text", [
    "耳朵有点背 大声点说",
    "孩子们都嫌我唠叨 哈哈 老了都这样",
    "孩子嫌我做的菜咸 下次少放点盐",
    "这电视剧真没意思 孩子们都嫌我看得多",
    "孩子们嫌我不会用手机 慢慢学",
])
def test_a_family_grumble_without_a_life_felt_empty_stays_quiet(text):
    assert despair(text) is None and emergency(text) is None


async def test_despair_after_a_family_slight_gets_a_private_word_and_a_person_never_an_apology(make_bot):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message("儿子嫌我耳朵聋 跟我说话都不耐烦 活着有啥意思", sender="u5", name="老孙")
    await bot.wait(minutes=3)
    assert _to(bot, "op1")[0].startswith("🚨")
    assert any("12356" in s for s in _to(bot, "u5"))
    assert not any("抱歉" in s or "添麻烦" in s for s in _said(bot))
