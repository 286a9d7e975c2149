"""Units of work: a handler's savepoint undoes only its writes; batched counters are never lost or seen stale."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import bindparam, insert, select
from sqlmodel import col

from bot import intake
from bot.events import MessageReceived
from bot.models import Member, Message, ScheduledJob
from bot.statements import Statement
from bot.store import Store
from bot.testing import store_url
from bot.work import Work

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=timezone(timedelta(hours=8)))
JOB = Statement(insert(ScheduledJob).values(id=bindparam("id"), plugin="p", handler="h", data="{}", next_run=T0,
                                            grace_s=60))


def said(n: int, sender: str = "u1") -> MessageReceived:
    return MessageReceived(id=f"m{n}", ts=T0 + timedelta(seconds=n), room="r1", room_topic=None, sender=sender,
                           sender_name="张姐", type="text", text="你好")


@pytest.fixture
def store(tmp_path):
    store = Store(store_url(tmp_path))
    store.migrate()
    yield store
    store.close()


def count(work: Work, sender: str = "u1") -> int:
    with work.session() as db:
        member = db.get(Member, ("r1", sender))
        return member.message_count if member is not None else 0


async def test_batched_counters_are_seen_by_a_reader_and_kept_at_commit(store):
    work = Work(store, commit_every=1000)  # as replay runs
    for n in range(3):
        async with work:
            intake.record(work, said(n))
    assert count(work) == 3  # an ORM reader gets the batch first
    async with work:
        intake.record(work, said(3))
    work.close()
    again = Work(store)
    assert count(again) == 4
    again.close()


async def test_a_failing_handler_undoes_its_writes_but_not_the_batch_flushed_inside_it(store):
    work = Work(store, commit_every=1000)
    async with work:
        intake.record(work, said(1))  # the counter waits in the batch
        with work.savepoint() as scope:
            work.run(JOB, id="half-done")  # the handler's own write opens its savepoint
            assert count(work) == 1  # reading flushes the batch inside that savepoint
            scope.undo()  # the handler failed
    with work.session() as db:
        assert db.get(ScheduledJob, "half-done") is None
    assert count(work) == 1
    work.close()


async def test_a_batched_write_inside_a_handler_is_undone_with_it(store):
    work = Work(store, commit_every=1000)
    async with work:
        intake.record(work, said(1))
        with work.savepoint() as scope:
            work.defer(intake.SPOKE, room="r1", contact="u2", name="李叔", ts=T0)  # waits with the handler
            scope.undo()
    assert count(work, "u2") == 0 and count(work) == 1
    work.close()


async def test_a_handler_batched_write_is_kept_when_it_succeeds_and_undone_when_a_read_ran_it_first(store):
    work = Work(store, commit_every=1000)
    async with work:
        with work.savepoint():
            work.defer(intake.SPOKE, room="r1", contact="u2", name="李叔", ts=T0)  # the handler succeeds
        with work.savepoint() as scope:
            work.defer(intake.SPOKE, room="r1", contact="u3", name="王姨", ts=T0)
            assert count(work, "u3") == 1  # a read inside the handler runs its batch, in its savepoint
            scope.undo()  # then the handler fails
    work.close()
    again = Work(store)
    assert (count(again, "u2"), count(again, "u3")) == (1, 0)
    again.close()


def stored_messages(work: Work) -> list[str]:
    with work.session() as db:
        return sorted(db.scalars(select(col(Message.id))))


async def test_a_batch_read_ahead_keeps_each_message_once_and_drops_its_duplicates(store):
    work = Work(store, commit_every=1000)  # as replay runs
    async with work:
        assert intake.record(work, said(1))  # stored before the batch is read
    batch = [said(1), said(2), said(3), said(2)]  # m1 was stored before, m2 comes twice in the batch
    async with work:
        intake.expect(work, batch)
    new = []
    for event in batch:
        async with work:
            new.append(intake.record(work, event))
    assert new == [False, True, True, False]
    assert stored_messages(work) == ["m1", "m2", "m3"]
    assert count(work) == 3  # three messages spoke, the duplicates not counted
    work.close()


async def test_a_rolled_back_unit_forgets_the_batch_and_each_message_checks_itself_again(store):
    work = Work(store, commit_every=1000)
    async with work:
        intake.expect(work, [said(1), said(2)])
        intake.record(work, said(1))  # batched, not yet written
    work.rollback()  # m1's insert is thrown away with the batch it waited in
    async with work:
        assert intake.record(work, said(1))  # so m1 is new again, not taken for a duplicate
        assert intake.record(work, said(2))
        assert not intake.record(work, said(2))
    assert stored_messages(work) == ["m1", "m2"]
    work.close()


async def test_a_read_runs_the_batched_writes_of_the_tables_it_reads_even_in_a_subquery(store):
    work = Work(store, commit_every=1000)
    async with work:
        intake.expect(work, [said(1)])
        intake.record(work, said(1))  # the message and the member's count both wait in the batch
        quoted = Statement(select(col(Member.contact_id)).where(col(Member.contact_id).in_(
            select(col(Message.sender)).where(col(Message.id) == bindparam("id")))))
        assert work.rows(quoted, id="m1") == [("u1",)]  # members and messages both written first
    work.close()


async def test_a_stopped_line_is_remembered_only_once_its_unit_of_work_is_kept(store):
    from bot.stopped import Stopped
    work = Work(store)
    stopped, at = Stopped(work), T0 + timedelta(seconds=1)
    with pytest.raises(RuntimeError):
        async with work:
            intake.record(work, said(1, "u7"))
            stopped.note(work, said(1, "u7"))
            assert stopped.last("r1", "u7", at) == at  # seen at once inside its own unit
            raise RuntimeError("the event's work failed: it will be tried again")
    assert stopped.last("r1", "u7", at) is None  # tried again, the ad is not read as its own tail
    async with work:
        intake.record(work, said(1, "u7"))
        stopped.note(work, said(1, "u7"))
    assert stopped.last("r1", "u7", at) == at
    work.close()


async def test_a_stopped_line_older_than_an_hour_is_no_longer_given(store):
    from bot.stopped import Stopped
    work = Work(store)
    stopped = Stopped(work)
    async with work:
        intake.record(work, said(1, "u7"))
        stopped.note(work, said(1, "u7"))
    assert stopped.last("r1", "u7", T0 + timedelta(minutes=59)) == T0 + timedelta(seconds=1)
    assert stopped.last("r1", "u7", T0 + timedelta(hours=2)) is None
    work.close()
