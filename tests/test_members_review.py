"""Four weeks of synthetic chat in three rooms with known behaviour: the segments, the lurkers, the health
warnings and the weekly review (a valid PNG with the expected series, and five lines) come out as expected."""
from __future__ import annotations

import itertools
import json
from datetime import timedelta
from pathlib import Path

from bot.events import MemberJoined, MemberLeft, MessageReceived, Person
from bot.testing import NINE_AM

TOPICS = {"r1": "太极群", "r2": "合唱群", "r3": "读书会"}
KOLS, ACTIVE, SILENT = [("k1", "老张"), ("k2", "老李")], [("a1", "王姨"), ("a2", "钱哥")], \
    [("s1", "赵阿姨"), ("s2", "孙叔"), ("s3", "周姐"), ("s4", "吴伯")]
CHOIR = [(f"d{i}", f"合唱{i}") for i in range(1, 9)]
READERS, QUIET = [(f"b{i}", f"书友{i}") for i in range(1, 5)], [(f"q{i}", f"静{i}") for i in range(1, 5)]
_ids = itertools.count(1)


def config(charts: Path) -> str:
    return f"""
plugins:
  members:
    segments: {{window_days: 28, newcomer_days: 3, kol_messages: 40, kol_replies: 10, active_days: 6,
               active_messages: 20, lurker_days: 14}}
    charts_dir: {charts}
  activities: {{}}
"""


def say(room: str, who: tuple[str, str], text: str, ts, **kw) -> MessageReceived:
    return MessageReceived(id=f"x{next(_ids)}", ts=ts, room=room, room_topic=TOPICS[room], sender=who[0],
                           sender_name=who[1], text=text, **kw)


async def four_weeks(bot) -> None:
    """r1: two KOLs answered by 王姨, two actives, a silent half, the owner answered in 5 minutes.
    r2 (dying): fewer speak each week, two actives leave in week 4, the owner's posts go unanswered.
    r3: a 接龙 with four sign-ups and attendance; the other four never speak."""
    start = NINE_AM
    boss = ("boss", "店长")
    for room, people in (("r1", KOLS + ACTIVE + SILENT), ("r2", CHOIR), ("r3", READERS + QUIET)):
        await bot.send(MemberJoined(id=f"j{next(_ids)}", ts=start, room=room, room_topic=TOPICS[room],
                                    members=tuple(Person(*p) for p in people)))
    for day in range(28):
        t = start + timedelta(days=day)
        post = say("r1", boss, "大家今天练了吗？", t + timedelta(hours=1))
        await bot.send(post)
        await bot.send(say("r1", ACTIVE[0], "练了，早上公园打了一套", t + timedelta(hours=1, minutes=5)))
        for i, kol in enumerate(KOLS * 3):
            first = say("r1", kol, f"今天的要领第{i}条：沉肩坠肘", t + timedelta(hours=2, minutes=i))
            await bot.send(first)
            await bot.send(say("r1", ACTIVE[0], "学到了", t + timedelta(hours=2, minutes=i, seconds=30),
                               reply_to=first.id))
        await bot.send(say("r1", ACTIVE[1], "打卡", t + timedelta(hours=3)))
        for who in CHOIR[2 * (day // 7):]:  # 8, 6, 4, 2 speakers week by week
            await bot.send(say("r2", who, "早上好", t - timedelta(hours=1)))
        if day >= 21:
            await bot.send(say("r2", boss, "这周六排练，大家来吗？", t + timedelta(hours=11)))
        if day == 22:
            await bot.send(MemberLeft(id=f"l{next(_ids)}", ts=t + timedelta(hours=4), room="r2",
                                      room_topic=TOPICS["r2"], members=tuple(Person(*p) for p in CHOIR[:2])))
        if day == 20:  # a Saturday: the sign-up for next Saturday's reading
            await bot.send(say("r3", ("op1", "小王"), "/接龙 读书分享会 下周六9点 10人", t + timedelta(hours=1)))
            for i, who in enumerate(READERS):
                await bot.send(say("r3", who, "+1", t + timedelta(hours=1, minutes=1 + i)))
        if day == 27:
            await bot.send(say("r3", ("op1", "小王"), "/到场 @书友1 @书友2", t + timedelta(hours=12),
                               mentions=("b1", "b2")))
    # day 28, a Monday: the night's segments and warnings, then the 09:00 review
    await bot.wait(seconds=(start + timedelta(days=28, hours=1) - bot.now).total_seconds())


async def test_four_weeks_in_three_rooms(make_bot, tmp_path):
    charts = tmp_path / "charts"
    bot = make_bot(config(charts))
    await bot.start()
    await four_weeks(bot)

    # the segments, privately to the operator who asks
    await bot.send(say("r1", ("op1", "小王"), "/成员", bot.now))
    await bot.settle()
    counts = bot.sent[-1]
    assert counts.kind == "private" and counts.to == "op1"
    assert "意见领袖 2 位" in counts.text and "活跃 2 位" in counts.text and "潜水 4 位" in counts.text

    # the lurker list: the silent half of r1 and the four who never spoke in r3, not those who signed up
    await bot.send(say("r1", ("op1", "小王"), "/潜水", bot.now))
    await bot.send(say("r3", ("op1", "小王"), "/潜水", bot.now))
    await bot.settle()
    r1_list, r3_list = bot.sent[-2].text, bot.sent[-1].text
    assert all(n in r1_list for _, n in SILENT) and not any(n in r1_list for _, n in KOLS + ACTIVE)
    assert all(n in r3_list for _, n in QUIET) and not any(n in r3_list for _, n in READERS)

    # health warnings: only the dying room, privately to the operator on duty, each signal once as it shows
    warnings = [s for s in bot.sent if s.ref == "warning.j2"]
    assert {(w.kind, w.to) for w in warnings} == {("private", "op1")}
    assert all("合唱群" in w.text for w in warnings)
    text = "".join(w.text for w in warnings)
    for signal in ("合唱1、合唱2", "没人接话", "连着三周变少"):
        assert text.count(signal) == 1, signal
    assert not [s for s in bot.sent if s.plugin == "members" and s.kind == "say"]

    await bot.send(say("r2", ("op1", "小王"), "/群健康", bot.now))
    await bot.settle()
    health = bot.sent[-1]
    assert health.to == "op1" and "100% → 75% → 50% → 33%" in health.text and "要留意" in health.text

    # the weekly review: an image and five lines to each owner and operator
    images = bot.sent.images()
    assert len(images) == 8  # every Monday after the start
    images = images[-2:]
    assert sorted(i.to for i in images) == ["boss", "op1"]
    for image in images:
        png = Path(image.text)
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
        data = json.loads(png.with_suffix(".json").read_text(encoding="utf-8"))
        assert data["segments"]["太极群"] == {"kol": 2, "active": 2, "ordinary": 0, "lurker": 4, "newcomer": 0}
        assert data["messages_per_day"]["合唱群"] == [8.0, 6.0, 4.0, 2.0]
        assert data["messages_per_day"]["太极群"] == [14.0, 14.0, 14.0, 14.0]
        assert data["response_min"]["太极群"] == [5.0, 5.0, 5.0, 5.0] and data["response_min"]["合唱群"][-1] is None
        assert data["joins"]["合唱群"] == [8, 0, 0, 0] and data["leaves"]["合唱群"] == [0, 0, 0, 2]
    reviews = [s for s in bot.sent if s.ref == "review.j2"][-2:]
    assert sorted(r.to for r in reviews) == ["boss", "op1"]
    lines = reviews[0].text.splitlines()[1:]
    assert len(lines) == 5
    assert "老张" in lines[2] and "老李" in lines[2]
    assert any(n in lines[3] for _, n in SILENT + QUIET)
    assert "合唱群" in lines[4]
