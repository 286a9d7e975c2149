"""Response nudges on the virtual clock: nudge at +60 s, cover at +180 s, unless someone answers first."""
from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

from bot.testing import TZ, TestBot, message

NUDGE = """
plugins:
  nudge: {}
"""


def _times(bot: TestBot, plugin: str = "nudge") -> list[tuple[str, str | None, float]]:
    return [(a.kind, a.to, (a.at - bot.begin).total_seconds())
            for a in bot.sent if a.plugin == plugin]


async def test_nobody_answers_nudge_at_60s_then_cover_at_180s(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("请问下周的旅游几点出发？", name="李叔")
    await bot.wait(minutes=5)
    (nudge, _, t1), (cover, _, t2) = [(a, to, t) for a, to, t in _times(bot)]
    assert (nudge, t1) == ("private", 60.0) and (cover, t2) == ("say", 180.0)
    private, public = [a for a in bot.sent if a.plugin == "nudge"]
    assert private.to == "op1" and "李叔" in private.text and "等了1分钟" in private.text
    assert public.mentions == ("u1",) and "工作人员" in public.text and public.cause == bot.sent[0].cause


async def test_an_operator_answering_at_40s_means_neither(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("请问下周的旅游几点出发？")
    await bot.wait(seconds=40)
    await bot.send_message("李叔，早上七点半门口集合哦", sender="op1", name="小王")
    await bot.wait(minutes=5)
    assert _times(bot) == []


async def test_three_quick_messages_make_one_nudge_and_trivial_ones_none(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    for text in ("在吗", "想问一下", "积分能换什么"):
        await bot.send_message(text)
        await bot.wait(seconds=5)
    await bot.send_message("好的", sender="u2")
    await bot.send_message("👍", sender="u3")
    await bot.wait(minutes=5)
    assert [a for a, _, _ in _times(bot)] == ["private", "say"]
    assert "在吗 想问一下 积分能换什么" in bot.sent[0].text


async def test_a_message_at_night_waits_for_the_morning_digest(make_bot):
    bot = make_bot(NUDGE, start=datetime(2026, 11, 23, 22, 55, tzinfo=TZ))
    await bot.start()
    await bot.wait(minutes=5)
    await bot.send_message("明天几点开门啊", name="李叔")
    await bot.send_message("睡不着 跟大家说说话", sender="u2", name="王阿姨")
    await bot.wait(hours=9)
    (digest,) = [a for a in bot.sent if a.plugin == "nudge"]
    assert digest.kind == "private" and digest.to == "op1"
    assert digest.at.isoformat().startswith("2026-11-24T07:00")
    assert "李叔（23:00）：明天几点开门啊" in digest.text and "王阿姨" in digest.text


async def test_after_a_restart_at_90s_the_cover_still_comes_at_180s(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("请问讲座在哪里？")
    await bot.wait(seconds=90)
    await bot.stop()
    await bot.start(at=bot.begin + timedelta(seconds=90))
    await bot.wait(minutes=5)
    assert [(a, t) for a, _, t in _times(bot)] == [("private", 60.0), ("say", 180.0)]


async def test_a_question_the_faq_answered_opens_nothing(make_bot):
    bot = make_bot(NUDGE + "  faq:\n    file: faq.yaml\n")
    shutil.copy(Path(__file__).parent / "data" / "faq.yaml", bot.folder / "faq.yaml")
    await bot.start()
    await bot.send_message("积分怎么用啊")
    await bot.wait(minutes=5)
    assert [a.plugin for a in bot.sent] == ["faq"]


async def test_covers_in_a_room_never_repeat_the_same_phrase_in_a_row(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    for sender in ("u1", "u2", "u3"):
        await bot.send(message("这个怎么弄啊？", sender=sender, ts=bot.now))
        await bot.wait(minutes=4)
    covers = [a.text for a in bot.sent if a.kind == "say"]
    assert len(covers) == 3 and len(set(covers)) == 3


async def test_sla_reports_today(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("请问几点开门？", sender="u1")
    await bot.wait(seconds=30)
    await bot.send_message("八点半开门哦", sender="op1")
    await bot.send_message("这个怎么报名？", sender="u2")
    await bot.wait(minutes=5)
    await bot.send_message("/sla", sender="op1")
    await bot.settle()
    report = bot.texts("commands")[-1]
    assert "今天：2 位成员等回复，3分钟内回复 50%，中位 30 秒" in report and "机器人代答 1 次" in report


async def test_the_optional_daily_report_goes_to_each_operator_privately(make_bot):
    bot = make_bot(NUDGE.replace("nudge: {}", 'nudge: {daily_report: "0 21 * * *"}'))
    await bot.start()
    await bot.send_message("请问几点开门？", sender="u1")
    await bot.wait(seconds=30)
    await bot.send_message("八点半开门哦", sender="op1")
    await bot.wait(hours=12)
    (report,) = [a for a in bot.sent if a.ref == "daily.j2"]
    assert report.to == "op1" and report.at.isoformat().startswith("2026-11-23T21:00")
    assert "1 位成员等过回复，3分钟内回复 100%" in report.text


async def test_an_operator_gets_one_nudge_a_minute_listing_everyone_who_came_due(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("请问几点集合？", sender="u1", name="李叔", room="r1")
    await bot.wait(seconds=10)
    await bot.send_message("报名截止了吗？", sender="u2", name="王姨", room="r2")
    await bot.wait(seconds=10)
    await bot.send_message("能带家属吗？", sender="u3", name="赵伯", room="r3")
    await bot.wait(seconds=10)
    await bot.send_message("积分怎么查？", sender="u4", name="孙姐", room="r4")
    await bot.wait(seconds=70)  # +100 s: 王姨 is answered before the next nudge is due
    await bot.send_message("王姨，还没截止哦", sender="op1", name="小王", room="r2")
    await bot.wait(seconds=40)
    nudges = [(t, a.text) for (_, _, t), a in zip(_times(bot), [a for a in bot.sent if a.plugin == "nudge"],
                                                     strict=True) if a.kind == "private"]
    assert [t for t, _ in nudges] == [60.0, 120.0]
    assert "李叔" in nudges[0][1] and "王姨" not in nudges[0][1]
    assert "2 位成员" in nudges[1][1] and "赵伯" in nudges[1][1] and "孙姐" in nudges[1][1]
    assert "王姨" not in nudges[1][1]


async def test_a_long_nudge_names_the_ten_who_waited_longest_and_counts_the_rest(make_bot):
    bot = make_bot(NUDGE)
    await bot.start()
    await bot.send_message("请问几点集合？", sender="u0", name="会员0", room="r0")
    for n in range(1, 13):  # 12 more members in 12 rooms, all due within the minute after the first nudge
        await bot.wait(seconds=4)
        await bot.send_message("请问几点集合？", sender=f"u{n}", name=f"会员{n}", room=f"r{n}")
    await bot.wait(seconds=90)
    nudges = [a.text for a in bot.sent if a.plugin == "nudge" and a.kind == "private"]
    assert len(nudges) == 2 and "会员0" in nudges[0]
    assert "有 12 位成员" in nudges[1] and "还有 2 位" in nudges[1]
    assert "会员1在" in nudges[1] and "会员10在" in nudges[1] and "会员11" not in nudges[1]
