"""The review chart of an operator with many groups: the groups to look at first by name, the others as one line."""
from __future__ import annotations

from plugins.members import chart
from plugins.members.health import Health, Week


def _room(n: int, speakers: int, warnings: list[str] | None = None) -> Health:
    weeks = [Week(members=100, joins=1, leaves=n % 2, speakers=speakers, messages=70, response_s=60.0 * n)
             for _ in range(4)]
    return Health(f"r{n}", f"{n}群", weeks, 0.1, warnings=warnings or [])


def test_ten_groups_show_six_by_name_and_four_summed() -> None:
    groups = [_room(n, speakers=90 - n) for n in range(1, 10)] + [_room(10, speakers=80, warnings=["falling"])]
    counts = {g.room: {"kol": 1, "active": 2, "ordinary": 3, "lurker": 4, "newcomer": 0} for g in groups}
    data = chart.series(groups, counts)
    named = [r for r in data["segments"] if r != "其他4个群"]
    # the warned group first, then the five where the fewest speak
    assert named == ["10群", "9群", "8群", "7群", "6群", "5群"]
    assert data["segments"]["其他4个群"] == {"kol": 4, "active": 8, "ordinary": 12, "lurker": 16, "newcomer": 0}
    assert data["messages_per_day"]["其他4个群"] == [40.0] * 4
    assert data["joins"]["其他4个群"] == [4] * 4 and data["leaves"]["其他4个群"] == [2] * 4
    assert data["response_min"]["其他4个群"] == [2.5] * 4  # the median of 1, 2, 3, 4 minutes


def test_a_few_groups_are_all_named() -> None:
    groups = [_room(n, speakers=50) for n in range(1, 4)]
    data = chart.series(groups, {})
    assert list(data["messages_per_day"]) == ["1群", "2群", "3群"]
