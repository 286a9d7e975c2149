"""An ad flood: the backlog stays at its limit by giving up what matters least, each given up recorded with why and
told to the owners; removals, notices in the group and removal asks always go out, alerts arrive as one summary."""
from __future__ import annotations

import shutil
from pathlib import Path

from sqlmodel import col, select

from bot.models import ActionLog
from bot.testing import TestBot, join

ROOT = Path(__file__).parent.parent
LIMIT = 20
FLOOD = f"""
outbox:
  max_backlog: {LIMIT}
plugins:
  moderation:
    keyword_files: [ad_keywords.txt]
    alert_operators_from: 1
    remove: auto
"""
AD = "加我薇信 1 3 8 0 0 1 3 8 0 {n:03d} 领免费鸡蛋"
ROOMS = ("r1", "r2", "r3")
POSTERS = 60


def _bot(make_bot) -> TestBot:
    bot = make_bot(FLOOD)
    shutil.copy(ROOT / "ad_keywords.txt", bot.folder / "ad_keywords.txt")
    return bot


async def _flood(bot: TestBot) -> int:
    """u9, in the group for long, and new1, who just joined, each post two ads beforehand (a third asks a person about
    u9's removal, and removes new1 at once); then 60 accounts post ads in three rooms in the same moment, with the
    two third ads among them. Returns the most actions that waited at once during the flood."""
    await bot.send(join(("new1", "新人小李"), ts=bot.now, room="r2"))
    for _ in range(2):
        await bot.send_message(AD.format(n=900), sender="u9", name="老周", room="r1")
        await bot.send_message(AD.format(n=902), sender="new1", name="新人小李", room="r2")
        await bot.wait(minutes=3)
    await bot.settle()
    bot.forget_sent()
    most = 0
    for n in range(POSTERS):
        await bot.send_message(AD.format(n=n), sender=f"m{n}", name=f"会员{n}", room=ROOMS[n % 3])
        most = max(most, len(bot.app.outbox))
        if n == 20:
            await bot.send_message(AD.format(n=901), sender="u9", name="老周", room="r1")
            await bot.send_message(AD.format(n=902), sender="new1", name="新人小李", room="r2")
    return most


async def test_an_ad_flood_keeps_the_backlog_at_its_limit_and_gives_up_the_least_needed(make_bot):
    bot = _bot(make_bot)
    app = await bot.start()
    most = await _flood(bot)
    assert most <= LIMIT
    await bot.wait(minutes=15)  # everything kept goes out; the owners' report comes after ten minutes
    sent = bot.sent
    # what is never given up: a notice in each room, the removal (told to the group), the removal ask to op1 and boss
    assert {a.room for a in sent if a.kind == "say" and "广告" in a.text} == set(ROOMS)
    assert [(a.room, a.to) for a in sent if a.kind == "remove"] == [("r2", "new1")]
    asked = sorted(a.to or "" for a in sent if "【请您定夺】" in a.text)
    assert asked == ["boss", "op1"]
    # the operator's 60 alerts about the posters arrive as one summary that counts them all and names the first
    # ones; the newcomer's removal is told once it happened, after the removal itself
    to_op1 = [a for a in sent if a.to == "op1" and "【请您定夺】" not in a.text]
    summary, removed = to_op1
    assert "提醒汇总" in summary.text and "60 条广告提醒" in summary.text and "会员0" in summary.text
    assert "另有 50 条" in summary.text
    (removal,) = [a for a in sent if a.kind == "remove"]
    assert "新人小李" in removed.text and "已按设置移出" in removed.text and removed.at > removal.at
    # private words to the posters: the oldest given up first, the newest still went out
    words = [a.to for a in sent if a.kind == "private" and a.to and (a.to.startswith("m") or a.to == "u9")]
    assert words and f"m{POSTERS - 1}" in words and "m0" not in words
    with app.store.session() as db:
        given_up = db.exec(select(ActionLog).where(ActionLog.status == "dropped").order_by(col(ActionLog.id))).all()
    notes = {r.note.split("#")[0] for r in given_up}
    assert notes == {"folded into ", "backlog full: private word to the poster given up", "not needed: follow-up of "}
    (unneeded,) = [r for r in given_up if r.note.startswith("not needed")]  # "the removal failed": it did not
    assert unneeded.to == "op1" and "没有成功" in unneeded.text and unneeded.note.endswith("which was delivered")
    folded = [r for r in given_up if r.note.startswith("folded")]
    assert len(folded) == 59 and {r.to for r in folded} == {"op1"}
    dropped_words = [r for r in given_up if r.note.startswith("backlog full")]
    # every poster's word (and 老周's on his third strike) sent or given up, none lost
    assert len(dropped_words) + len(words) == POSTERS + 1
    assert app.outbox.given_up.by("folded") == {"moderation/private": 59}
    assert app.outbox.given_up.by("dropped") == {"moderation/private": len(dropped_words)}
    # the owners hear once what was given up, in plain words
    (report,) = [a for a in sent if a.to == "boss" and "上限" in a.text]
    assert f"给发广告的人的私信 {len(dropped_words)} 条" in report.text
    assert "另有 59 条广告提醒合并成了汇总" in report.text
    assert len(app.outbox) == 0


async def test_a_summary_pending_over_a_restart_is_sent_as_it_was_stored(make_bot):
    bot = _bot(make_bot)
    app = await bot.start()
    bot.adapter.offline = True  # nothing goes out: the summary waits in the store
    await _flood(bot)
    with app.store.session() as db:
        (summary,) = db.exec(select(ActionLog).where(ActionLog.ref == "alert:summary")).all()
    assert summary.status == "pending" and "提醒汇总" in summary.text
    await bot.stop()
    bot.adapter.offline = False
    await bot.start(at=bot.now)
    await bot.wait(minutes=5)
    (sent,) = [a for a in bot.sent if a.to == "op1" and "提醒汇总" in a.text]
    assert sent.text == summary.text


async def test_a_room_with_a_newer_notice_waiting_hears_about_the_waves_once(make_bot):
    bot = _bot(make_bot)
    app = await bot.start()
    bot.adapter.offline = True  # the bot cannot keep up: two waves of ads, two minutes apart, all still waiting
    for wave in range(2):
        for n in range(30):
            await bot.send_message(AD.format(n=n), sender=f"w{wave}m{n}", name=f"会员{n}", room=ROOMS[n % 3])
        await bot.wait(minutes=2)
    assert len(app.outbox) <= LIMIT
    bot.adapter.offline = False
    await bot.wait(minutes=10)
    notices = [a for a in bot.sent if a.kind == "say"]
    # one each: the newest, mentioning a second-wave poster
    assert sorted(a.room or "" for a in notices) == sorted(ROOMS)
    assert all(a.mentions[0].startswith("w1") for a in notices)
    with app.store.session() as db:
        older = db.exec(select(ActionLog).where(ActionLog.kind == "say", ActionLog.status == "dropped")).all()
    assert sorted(r.room or "" for r in older) == sorted(ROOMS)
    assert {r.note for r in older} == {"backlog full: a newer notice in this room stands for it"}


async def test_the_evening_report_tells_each_operator_what_the_full_backlog_never_sent(make_bot):
    bot = make_bot(FLOOD + '  nudge: {daily_report: "0 21 * * *"}\n')
    shutil.copy(ROOT / "ad_keywords.txt", bot.folder / "ad_keywords.txt")
    await bot.start()
    await _flood(bot)
    await bot.wait(hours=12)
    (report,) = [a for a in bot.sent if a.ref == "daily.j2" and a.to == "op1"]
    assert "不会再补发" in report.text and "给发广告的人的私信" in report.text
