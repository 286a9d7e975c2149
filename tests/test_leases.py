"""Room leases and shared rooms on one store: one account acts for a room, the lease moves when its holder stops."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.actions import Action
from bot.events import MemberJoined, MessageReceived, Person
from bot.leases import LEASE, Leases
from bot.outbox_ledger import recent_sends
from bot.shared_rooms import SharedRooms
from bot.store import Store
from bot.testing import store_url
from bot.work import Work

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def opened() -> Iterator[list[Work]]:
    """Units of work made in a test, closed after it."""
    works: list[Work] = []
    yield works
    for work in works:
        work.close()
        work.store.close()


@pytest.fixture
def stores(tmp_path, opened):
    """`n` processes' units of work on one store (a SQLite file shared on purpose here, or a PostgreSQL schema)."""
    def make(n: int) -> list[Work]:
        first = Store(store_url(tmp_path))
        first.migrate()
        works = [Work(first), *(Work(Store(store_url(tmp_path), lock=False)) for _ in range(n - 1))]
        opened.extend(works)
        return works
    return make


def _message(mid: str, room: str = "r1", at: datetime = T0) -> MessageReceived:
    return MessageReceived(id=mid, ts=at, sender="u1", sender_name="李叔", room=room, text="几点开门？")


async def test_the_first_account_takes_a_room_and_the_other_takes_it_only_after_the_lease_lapses(stores):
    one, two = stores(2)
    a, b = Leases(one, "wxid_a"), Leases(two, "wxid_b")
    async with one:
        assert a.holder("r1", T0) == "wxid_a"
    async with two:
        assert b.holder("r1", T0 + timedelta(seconds=1)) == "wxid_a"
        assert b.heartbeat(T0 + LEASE - timedelta(seconds=1), {"r1"}) == []  # not lapsed yet: nothing taken
    async with one:
        a.heartbeat(T0 + timedelta(seconds=5), {"r1"})  # renewed: runs on to T0 + 25 s
    async with two:
        assert b.heartbeat(T0 + LEASE + timedelta(seconds=1), {"r1"}) == []
        assert b.holder("r1", T0 + LEASE + timedelta(seconds=1)) == "wxid_a"
    later = T0 + timedelta(seconds=5) + LEASE + timedelta(seconds=1)  # wxid_a has stopped renewing
    async with two:
        assert b.heartbeat(later, {"r1"}) == ["r1"]
        assert b.holder("r1", later) == "wxid_b"
    async with one:
        assert a.holder("r1", later + timedelta(seconds=1)) == "wxid_b"  # back, it finds the room taken


def test_accounts_racing_for_a_free_room_leave_exactly_one_holder(stores):
    works = stores(6)
    won: list[str] = []
    start = threading.Barrier(len(works))

    def race(n: int, work: Work) -> None:
        leases = Leases(work, f"wxid_{n}")
        start.wait()
        for room in ("r1", "r2", "r3"):
            if leases.take(room, T0) == f"wxid_{n}":
                won.append(room)
            work.commit()

    threads = [threading.Thread(target=race, args=(n, w)) for n, w in enumerate(works)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(won) == ["r1", "r2", "r3"]


async def test_the_holder_acts_once_on_an_event_the_other_watches_and_acts_late_after_taking_over(stores):
    one, two = stores(2)
    a, b = SharedRooms(one, "wxid_a", alone=False), SharedRooms(two, "wxid_b", alone=False)
    async with one:
        assert a.acts(_message("m1"), True, T0)
        assert not a.acts(_message("m1"), True, T0)  # the same message again (a reconnect): acted on already
    async with two:
        assert not b.acts(_message("m1"), False, T0)  # the same group message through the second account
        assert not b.acts(_message("m2", at=T0 + timedelta(seconds=2)), True, T0 + timedelta(seconds=2))
    async with one:  # the holder claims m2 and then stops; m3 reaches only the second account
        assert a.acts(_message("m2", at=T0 + timedelta(seconds=2)), False, T0 + timedelta(seconds=2))
    async with two:
        assert not b.acts(_message("m3", at=T0 + timedelta(seconds=3)), True, T0 + timedelta(seconds=3))
    later = T0 + LEASE + timedelta(seconds=1)
    async with two:
        taken, late = b.heartbeat(later)
        assert taken == ["r1"]
        assert [e.id for e in late if b.claim(e, "r1", later)] == ["m3"]  # m1 and m2 were acted on by wxid_a
    async with one:
        assert not a.acts(_message("m4"), True, later)


async def test_a_private_message_and_an_event_on_a_store_of_its_own_are_always_acted_on(stores):
    (work,) = stores(1)
    shared, alone = SharedRooms(work, "wxid_a", alone=False), SharedRooms(work, "wxid_a", alone=True)
    async with work:
        assert shared.acts(MessageReceived(id="p1", ts=T0, sender="u1", text="您好"), True, T0)
        assert alone.acts(_message("m1"), True, T0)
        assert not alone.acts(_message("m1"), False, T0)  # alone, a message seen before is a duplicate


async def test_what_a_job_says_in_a_room_another_account_acts_for_is_sent_by_that_account(stores):
    one, two = stores(2)
    a, b = SharedRooms(one, "wxid_a", alone=False), SharedRooms(two, "wxid_b", alone=False)
    from bot.clock import Clock, Timers
    from bot.config import OutboxSection, QuietHours
    from bot.outbox import Outbox

    async def nothing(action: Action) -> None:
        pass
    clock = Clock(ZoneInfo("Asia/Shanghai"))
    outbox = Outbox(OutboxSection(), QuietHours.parse("00:00-00:00"), clock, Timers(clock), two, nothing)
    outbox.account, outbox.sender_of = "wxid_b", b.account_for
    async with one:
        a.acts(MemberJoined(id="j1", ts=T0, room="r1", members=(Person("u9", "新人"),)), True, T0)
    async with two:
        post = Action(created_at=T0, plugin="posts", kind="say", room="r1", text="早上好")
        note = Action(created_at=T0, plugin="nudge", kind="private", to="op1", text="报告")
        outbox.accept([post, note])
        assert (post.account, note.account) == ("wxid_a", "wxid_b")
        assert outbox.queued == [note]
    async with one:
        assert [x.text for x in a.handed_over(set())] == ["早上好"]
    with two.session() as s:
        assert recent_sends(s, T0 - timedelta(minutes=1), room="r1") == []
