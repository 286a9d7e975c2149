"""One way to know the rest of a caught ad: the stopped line kept in the store, asked by the reader and moderation."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.testing import message
from bot.understanding import AD_TAIL_S, FRAGMENT_GAP_S, Reader
from tests.moderation_kit import screened

PITCH = "我公司新到一批进口泳镜，群里朋友八折，要的私我"


def test_a_line_right_after_the_senders_stopped_one_goes_on_with_it_and_anothers_words_between_end_it():
    reader, start = Reader(), message("").ts
    reader.take(message(PITCH, sender="u7", ts=start), operator=False)
    going_on = reader.take(message("还有十副", sender="u7", ts=start + timedelta(seconds=20)), operator=False,
                           stopped=start)
    assert going_on.follows_blocked
    reader.take(message("今天几点集合", sender="u2", ts=start + timedelta(seconds=30)), operator=False)
    after_someone = reader.take(message("要的抓紧", sender="u7", ts=start + timedelta(seconds=40)), operator=False,
                                stopped=start)
    assert not after_someone.follows_blocked


def test_after_a_restart_the_stopped_line_before_it_still_counts_while_nobody_else_has_spoken():
    reader, start = Reader(), message("").ts  # a fresh reader: the conversation before the restart is gone
    late = start + timedelta(seconds=AD_TAIL_S + 1)
    assert reader.take(message("还有十副", sender="u7", ts=start + timedelta(seconds=FRAGMENT_GAP_S - 10)),
                       operator=False, stopped=start).follows_blocked
    assert not reader.take(message("要的抓紧", sender="u7", ts=late), operator=False, stopped=start).follows_blocked


async def test_a_caught_ad_is_marked_in_the_store_and_read_back_after_a_restart(make_bot):
    bot = screened(make_bot)
    await bot.start()
    at = bot.now
    await bot.send(message(PITCH, sender="u7", name="王阿姨", ts=at))
    await bot.send(message("今天几点集合", sender="u2", name="李叔", ts=at + timedelta(seconds=5)))
    await bot.wait(seconds=30)
    assert bot.app.stopped.last("r1", "u7", bot.now) == at and bot.app.stopped.last("r1", "u2", bot.now) is None
    await bot.stop()
    await bot.start(at=at + timedelta(seconds=40))
    assert bot.app.stopped.last("r1", "u7", bot.now) == at  # from the store: memory began afresh


def test_a_line_said_before_the_stopped_one_is_not_read_as_its_tail():
    reader, start = Reader(), message("").ts
    earlier = reader.take(message("今天天气不错", sender="u7", ts=start - timedelta(seconds=10)), operator=False,
                          stopped=start)
    assert not earlier.follows_blocked


async def test_an_operators_private_yes_to_a_removal_ask_is_not_kept_as_a_stopped_line(make_bot):
    bot = screened(make_bot)
    await bot.start()
    for _ in range(3):
        await bot.send(message(PITCH, sender="u7", name="王阿姨", ts=bot.now))
        await bot.wait(hours=1)
    await bot.settle()
    await bot.send_private("移除吧", sender="op1")
    await bot.settle()
    assert bot.app.stopped.last(None, "op1", bot.now) is None
    await bot.stop()
    await bot.start(at=bot.now + timedelta(seconds=10))
    assert bot.app.stopped.last(None, "op1", bot.now) is None  # nor in the store


async def test_a_pardoned_ad_no_longer_holds_the_members_next_lines_as_its_tail(make_bot):
    bot = screened(make_bot)
    await bot.start()
    at = bot.now
    await bot.send(message(PITCH, sender="u7", name="王阿姨", ts=at))
    await bot.settle()
    assert bot.app.stopped.last("r1", "u7", bot.now) == at
    await bot.send_message("/mod pardon @王阿姨", sender="op1")
    await bot.settle()
    assert bot.app.stopped.last("r1", "u7", bot.now) is None
    await bot.stop()
    await bot.start(at=bot.now + timedelta(seconds=10))
    assert bot.app.stopped.last("r1", "u7", bot.now) is None  # cleared in the store too


async def test_after_a_restart_a_line_is_not_the_ads_tail_when_someone_else_spoke_after_the_ad(make_bot):
    bot = screened(make_bot)
    await bot.start()
    at = bot.now
    await bot.send(message(PITCH, sender="u7", name="王阿姨", ts=at))
    await bot.send(message("今天几点集合", sender="u2", name="李叔", ts=at + timedelta(seconds=5)))
    await bot.settle()
    await bot.stop()
    await bot.start(at=at + timedelta(seconds=20))
    line = message("还有十副", sender="u7", ts=at + timedelta(seconds=25))
    assert not Reader().take(line, operator=False, stopped=bot.app.stopped.tail_of("r1", "u7", bot.now)).follows_blocked


async def test_after_a_restart_a_line_is_still_the_ads_tail_when_nobody_else_spoke(make_bot):
    bot = screened(make_bot)
    await bot.start()
    at = bot.now
    await bot.send(message(PITCH, sender="u7", name="王阿姨", ts=at))
    await bot.settle()
    await bot.stop()
    await bot.start(at=at + timedelta(seconds=20))
    line = message("还有十副", sender="u7", ts=at + timedelta(seconds=25))
    assert Reader().take(line, operator=False, stopped=bot.app.stopped.tail_of("r1", "u7", bot.now)).follows_blocked


def test_a_burst_longer_than_stopped_lines_are_remembered_is_refused_at_load_naming_the_key(tmp_path):
    from bot.config_file import parse_text
    from bot.config_problems import ConfigError
    from plugins.moderation import ModerationConfig
    models = {"moderation": ModerationConfig}.get
    with pytest.raises(ConfigError, match=r"moderation\.burst_s"):
        parse_text("plugins:\n  moderation:\n    burst_s: 7200\n", tmp_path / "config.yaml", models)
    parse_text("plugins:\n  moderation:\n    burst_s: 3600\n", tmp_path / "config.yaml", models)


async def test_clearing_one_stopped_line_leaves_the_members_other_stopped_line_in_the_room(make_bot):
    bot = screened(make_bot)
    await bot.start()
    first = bot.now
    await bot.send(message(PITCH, sender="u7", name="王阿姨", ts=first))
    await bot.wait(minutes=10)
    second = bot.now
    await bot.send(message("进口泳帽也到货了，二十五一顶，要的私我", sender="u7", name="王阿姨", ts=second))
    await bot.settle()
    assert bot.app.stopped.last("r1", "u7", bot.now) == second
    await bot.send_message("/mod fp 2", sender="op1")  # the second line was no ad: the first still is
    await bot.settle()
    assert bot.app.stopped.last("r1", "u7", bot.now) == first
    await bot.stop()
    await bot.start(at=bot.now + timedelta(seconds=10))
    assert bot.app.stopped.last("r1", "u7", bot.now) == first  # and so in the store


async def test_a_room_taken_over_from_another_account_reads_back_the_lines_that_account_stopped(make_bot, monkeypatch):
    from sqlalchemy import update

    from bot import heartbeat
    from bot.models import Message
    bot = screened(make_bot)
    await bot.start()
    at = bot.now
    line = await bot.send(message("我这周三有空，可以帮忙搬桌子", sender="u7", name="王阿姨", ts=at))
    await bot.settle()
    with bot.app.store.session() as db:  # the other account, holding the room then, stopped this line
        db.execute(update(Message).where(Message.id == line.id).values(blocked=True))  # type: ignore[arg-type]
        db.commit()
    assert bot.app.stopped.last("r1", "u7", bot.now) is None
    monkeypatch.setattr(bot.app.shared, "heartbeat", lambda now: (["r1"], []))
    await heartbeat.beat(bot.app)
    assert bot.app.stopped.last("r1", "u7", bot.now) == at


async def test_an_ad_marked_a_false_positive_frees_the_lines_stopped_as_its_rest(make_bot):
    # a review (session 15): /mod fp unmarked the flagged line only, so its rest kept the member's next lines held
    bot = screened(make_bot)
    await bot.start()
    await bot.send(message(PITCH, sender="u7", name="王阿姨", ts=bot.now))
    await bot.wait(seconds=15)
    rest = bot.now
    await bot.send(message("还有十副，先到先得", sender="u7", name="王阿姨", ts=rest))
    await bot.settle()
    assert bot.app.stopped.last("r1", "u7", bot.now) == rest, "the line after the pitch is stopped as its rest"
    await bot.send_message("/mod fp 1", sender="op1")
    await bot.settle()
    assert bot.app.stopped.last("r1", "u7", bot.now) is None
    await bot.stop()
    await bot.start(at=bot.now + timedelta(seconds=10))
    assert bot.app.stopped.last("r1", "u7", bot.now) is None  # in the store too
