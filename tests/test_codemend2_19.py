"""What the second code review of session 19 found (issue 13, codemend2_19): another person's loneliness read as the
writer's despair at night, and praise, advice or a notice opened with 说句实话 / 你听我说 / 我说个事 given the
complaint script by day. Each as a member or an operator would notice it, with the shipped plugins."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.despair import despair
from bot.danger.emergency import emergency, read
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


def _complaint_alerts(bot) -> list[str]:
    return [t for t in _to(bot, "op1") if "投诉" in t]


@pytest.mark.parametrize("text", [
    "说句实话 这家的包子真好吃",  # praise
    "你听我说 这个菜要先焯水再炒",  # advice
    "我说个事哈 今天降温大家多穿点",  # news for everyone
    "说句公道话 小王这次办得挺好",
    "我老公又在抖音发广告了 天天卖货",  # an advert elsewhere, not in the group
    "说句实话 小刘这回活动办得真不错",
    "我说个事 下礼拜三我来不了",  # an absence to mark off
    "你听我说 炖排骨要先焯一遍水 汤才清亮",
])
async def test_praise_advice_or_news_after_an_opener_gets_no_complaint_script(make_bot, text):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    await bot.send_message(text, sender="u5", name="王阿姨")
    await bot.wait(minutes=5)
    assert not _complaint_alerts(bot)
    assert not [t for t in _said(bot) if "抱歉" in t or "添麻烦" in t]


@pytest.mark.parametrize("lines", [
    ["我说个事啊", "你们上礼拜送的那箱橙子一半都是烂的"],  # the matter in the next line
    ["这谁啊 咋在咱们群里发广告呢"],
])
async def test_a_matter_opened_for_the_staff_or_an_ad_in_the_group_still_reaches_the_operator(make_bot, lines):
    bot = _shipped_bot(make_bot, DAY)
    await bot.start()
    for line in lines:
        await bot.send_message(line, sender="u5", name="王阿姨")
        await bot.wait(seconds=5)
    await bot.wait(minutes=4)
    assert [t for t in _complaint_alerts(bot) if "王阿姨" in t]


@pytest.mark.parametrize("text", [
    "我爸今天喝了农药 人已经叫不醒了",
    "我妈刚才去吃了老鼠药 快来人",
    "孩子今天喝了84消毒液",
    "孩子去喝了84消毒液 一直吐",
])
def test_a_poison_swallowed_today_or_just_now_is_read_as_poison(text):
    found = read(text, None)  # the rules' own reading, whatever the despair reading hears first
    assert found is not None and found.kind == "poison", (text, found)
    assert emergency(text) is not None


@pytest.mark.parametrize("text", ["他说今晚要喝农药", "准备吃老鼠药", "想喝农药"])
def test_a_plan_to_swallow_poison_is_despair_not_a_poisoning(text):
    assert read(text, None) is None
    found = emergency(text)
    assert found is not None and found.kind == "despair", (text, found)
