"""Water at a pool's waist, splashed on a seat or a chest wakes nobody; water rising in a garage or round a car still
brings the get-up-and-out step at once (codemend2_19, the second code review's finding 2)."""
from __future__ import annotations

import pytest

from bot.danger.emergency import emergency


@pytest.mark.parametrize("text", [
    "带孙子去游泳 儿童池水只到腰 很安全",
    "游泳馆水深过胸 小孩要大人陪",
    "暖瓶的水溅到胸口了 还好不烫",
    "坐公交的时候水洒到座位上了",
    "下雨天水溅到车门上 洗车白洗了",
    "泡脚的水到膝盖就行 别太烫",
])
def test_water_that_only_reaches_a_waist_or_a_seat_wakes_nobody(text):
    assert emergency(text) is None, (text, emergency(text))


@pytest.mark.parametrize("text", [
    "车库里水都到腰了 我爸还在下面挪车 快来人",
    "暴雨 地下停车场灌水了 有个老头还在车里找东西 水都到腰了 在万达B2",
    "暴雨 车子在地下通道熄火了 水已经漫到车窗了 车里有老人",
    "下暴雨 车在桥洞下熄火了 水已经到车门了 我妈还在车上",
])
def test_water_rising_round_a_person_is_still_danger(text):
    found = emergency(text)
    assert found is not None and found.kind in ("flood", "rising_water"), (text, found)
