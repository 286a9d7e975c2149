"""The outbox paces like a careful human, respects quiet hours, and never loses what it accepted."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import col, select

from bot.models import ActionLog
from bot.testing import TZ, SentLog
from tests.probe_plugins import ALL, PLUGINS_ON


def _times(sent: SentLog) -> list[datetime]:
    return [a.at for a in sent]


async def test_a_burst_in_one_room_is_paced_per_second_and_per_minute(make_bot):
    bot = make_bot(PLUGINS_ON.replace("echo: {}", "echo: {times: 5}"), ALL)
    await bot.start()
    for i in range(5):
        await bot.send_message(f"第{i}条")
    await bot.wait(minutes=3)
    times = _times(bot.sent)
    assert len(times) == 25
    gaps = [(b - a).total_seconds() for a, b in zip(times, times[1:], strict=False)]
    assert min(gaps) >= 1.0
    assert all((times[i + 20] - times[i]) >= timedelta(minutes=1) for i in range(len(times) - 20))
    assert times[0] == bot.begin  # the first reply is not delayed


async def test_switching_rooms_waits_a_random_human_gap(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    await bot.start()
    await bot.send_message("一群", room="r1")
    await bot.send_message("二群", room="r2")
    await bot.send_message("三群", room="r3")
    await bot.settle()
    times = _times(bot.sent)
    gaps = [(b - a).total_seconds() for a, b in zip(times, times[1:], strict=False)]
    assert all(1.0 <= g <= 3.0 for g in gaps) and len(set(gaps)) == 2


async def test_the_global_limit_holds_across_rooms(make_bot):
    bot = make_bot(PLUGINS_ON + "outbox:\n  global_per_minute: 10\n  room_switch_gap_s: [0, 0]\n", ALL)
    await bot.start()
    for i in range(15):
        await bot.send_message(f"第{i}条", room=f"r{i}")
    await bot.wait(minutes=3)
    times = _times(bot.sent)
    assert len(times) == 15
    assert times[10] - times[0] >= timedelta(minutes=1)


async def test_quiet_hours_defer_chat_but_not_commands(make_bot):
    night = datetime(2026, 11, 23, 23, 0, tzinfo=TZ)
    bot = make_bot(PLUGINS_ON, ALL, start=night)
    await bot.start()
    await bot.send_message("睡了吗")
    await bot.send_message("/help", sender="u2")
    await bot.wait(hours=9)
    by_plugin = {a.plugin: a.at for a in bot.sent}
    assert by_plugin["commands"] < night + timedelta(minutes=1)
    assert by_plugin["echo"] == datetime(2026, 11, 24, 7, 0, tzinfo=TZ)


async def test_quiet_hours_can_drop_instead(make_bot):
    night = datetime(2026, 11, 23, 23, 0, tzinfo=TZ)
    bot = make_bot(PLUGINS_ON + "outbox:\n  quiet_hours_hold: {echo: drop}\n", ALL, start=night)
    await bot.start()
    await bot.send_message("睡了吗")
    await bot.wait(hours=9)
    assert not bot.sent


async def test_accepted_messages_survive_a_disconnect_and_a_restart(make_bot):
    bot = make_bot(PLUGINS_ON, ALL)
    bot.adapter.offline = True
    await bot.start()
    await bot.send_message("有人吗")
    await bot.wait(seconds=30)
    assert not bot.sent
    await bot.stop()
    bot.adapter.offline = False
    await bot.start(at=bot.begin + timedelta(minutes=5))
    await bot.settle()
    assert bot.texts() == ["收到：有人吗"]


async def test_a_full_backlog_gives_up_the_least_important_newest_first(make_bot):
    bot = make_bot(PLUGINS_ON.replace("echo: {}", "echo: {times: 5}")
                  + "outbox:\n  max_backlog: 6\n  priorities: {guard: 1, echo: 5}\n", ALL)
    app = await bot.start()
    await bot.send_message("第一条")  # 5 replies: the first goes out at once, 4 wait
    await bot.send_message("第二条")  # 5 more: 9 waiting, the 3 newest are given up
    await bot.send_message("加我领广告礼品")  # the guard's notice outranks every echo: the newest echo makes room
    await bot.settle()
    assert bot.texts() == ["收到：第一条", "请勿发广告", *["收到：第一条"] * 4, "收到：第二条"]
    with app.store.session() as db:
        dropped = db.exec(select(ActionLog).where(ActionLog.status == "dropped")).all()
    assert [(a.text, a.note) for a in dropped] == [("收到：第二条", "backlog full")] * 4


async def test_when_one_must_go_it_is_the_newest_of_the_least_important(make_bot):
    bot = make_bot(PLUGINS_ON.replace("echo: {}", "echo: {times: 2}")
                  + "outbox:\n  max_backlog: 6\n  priorities: {echo: 5}\n", ALL)
    app = await bot.start()
    for text in ("一", "二", "三", "四"):  # 2 replies each, the first goes out at once: 1, 3, 5, then 7 waiting
        await bot.send_message(text)
    with app.store.session() as db:
        rows = db.exec(select(ActionLog).where(ActionLog.text == "收到：四").order_by(col(ActionLog.id))).all()
    assert [r.status for r in rows] == ["pending", "dropped"]


async def test_the_outbox_forgets_rooms_it_has_not_written_to_for_a_while_and_still_paces_the_busy_one(make_bot):
    bot = make_bot(PLUGINS_ON + "outbox:\n  room_switch_gap_s: [0, 0]\n", ALL)
    app = await bot.start()
    for i in range(120):  # the bot writes to a new room every half minute for an hour
        await bot.send_message(f"第{i}条", room=f"r{i}")
        await bot.wait(seconds=30)
    assert len(bot.sent) == 120
    assert len(app.outbox.pacing.room_sent) <= 4  # only the rooms of the last minute or so keep a send window
    bot.forget_sent()
    for i in range(3):
        await bot.send_message(f"再来{i}", room="r119")
    await bot.settle()
    times = _times(bot.sent)
    assert all((b - a).total_seconds() >= 1.0 for a, b in zip(times, times[1:], strict=False))
