"""store.retention_days: message text past its time is removed each night; counts and figures stay."""
from __future__ import annotations

from datetime import timedelta

from sqlmodel import col, func, select

from bot.models import Member, Message
from bot.retention import STEP


def _messages(bot) -> dict[str, Message]:
    with bot.app.store.session() as db:
        return {m.id: m for m in db.exec(select(Message)).all()}


def _member(bot, contact: str) -> Member:
    with bot.app.store.session() as db:
        found = db.get(Member, ("r1", contact))
        assert found is not None
        return found


async def test_text_older_than_the_retention_is_removed_at_night_and_the_counts_stay(make_bot):
    bot = make_bot()
    bot.config_path.write_text(bot.config_path.read_text().replace("store:\n", "store:\n  retention_days: 30\n"))
    await bot.start()
    old = await bot.send_message("我家住在幸福路 8 号", sender="u1", name="张姐")
    link = await bot.send_link("https://example.com/a", "活动报名表", sender="u1", name="张姐")
    await bot.wait(days=20)
    recent = await bot.send_message("下周见", sender="u2", name="李叔")
    before = _member(bot, "u1")
    assert (before.message_count, before.last_spoke) == (2, link.ts)
    await bot.wait(days=11)  # the old ones are now 31 days old; one night has passed since
    kept = _messages(bot)
    assert kept[old.id].text == "" and kept[link.id].url is None and kept[link.id].title is None
    assert kept[old.id].sender == "u1" and kept[old.id].ts == old.ts  # the row stays: its id, who, when
    assert kept[recent.id].text == "下周见"  # 11 days old: kept
    after = _member(bot, "u1")
    assert (after.message_count, after.last_spoke) == (before.message_count, before.last_spoke)
    # the same message delivered again is still known, and not handled twice
    assert not await bot.app.handle(old)


async def test_a_large_backlog_is_emptied_in_steps_that_leave_room_for_events(make_bot):
    bot = make_bot()
    await bot.start()
    start = bot.now - timedelta(days=400)
    n = STEP * 2 + 500
    with bot.app.store.session() as db:
        db.add_all(Message(id=f"old{i}", ts=start + timedelta(minutes=i), room_id="r1", sender="u1", text=f"第{i}条")
                   for i in range(n))
        db.commit()
    await bot.wait(hours=18, minutes=20, seconds=0.5)  # 03:20: the first step has run, the next is a second later
    assert _with_text(bot) == n - STEP
    await bot.send_message("有人吗", sender="u3", name="王阿姨")  # between steps, an event is handled as usual
    await bot.wait(seconds=5)
    assert _with_text(bot) == 1  # only the message of today keeps its text
    assert bot.app.plugin_state["commands"].retained_until is not None


def _with_text(bot) -> int:
    with bot.app.store.session() as db:
        return db.exec(select(func.count()).select_from(Message).where(col(Message.text) != "")).one()


async def test_zero_keeps_text_for_ever(make_bot):
    bot = make_bot()
    bot.config_path.write_text(bot.config_path.read_text().replace("store:\n", "store:\n  retention_days: 0\n"))
    await bot.start()
    old = await bot.send_message("留着吧")
    await bot.wait(days=400)
    assert _messages(bot)[old.id].text == "留着吧"
    assert not bot.app.scheduler.is_scheduled("commands:retention")
