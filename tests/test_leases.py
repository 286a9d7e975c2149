"""Room leases and shared rooms on one store: one account acts for a room, the lease moves when its holder stops."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.actions import Action, follow
from bot.clock import Clock, Timers, VirtualClock
from bot.events import MemberJoined, MemberLeft, MessageReceived, Person
from bot.hours import QuietHours
from bot.leases import LEASE, Leases
from bot.models import ActionLog
from bot.outbox import Outbox
from bot.outbox_ledger import recent_sends
from bot.outbox_settings import OutboxSection
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


def _outbox(work: Work, shared: SharedRooms) -> Outbox:
    """An account's outbox (its deliveries go nowhere: only what it queues matters here)."""
    async def nothing(action: Action) -> None:
        pass
    clock = Clock(ZoneInfo("Asia/Shanghai"))
    outbox = Outbox(OutboxSection(), QuietHours.parse("00:00-00:00"), clock, Timers(clock), work, nothing)
    outbox.account, outbox.sender_of = shared.account, shared.account_for
    return outbox


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
    outbox = _outbox(two, b)
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


async def test_a_group_s_own_send_limits_go_with_its_lease_to_the_account_taking_it_over(stores):
    (work,) = stores(1)
    b = SharedRooms(work, "wxid_b", alone=False)
    clock = VirtualClock(ZoneInfo("Asia/Shanghai"), T0 + timedelta(seconds=30))
    timers, delivered = Timers(clock), []

    async def deliver(action: Action) -> None:
        delivered.append(action.text)
    outbox = Outbox(OutboxSection(room_per_minute=20), QuietHours.parse("00:00-00:00"), clock, timers, work, deliver)
    outbox.account, outbox.sender_of = "wxid_b", b.account_for
    with work.session() as s:  # the account that stopped had said 20 things in r1 within the last minute
        s.add_all([ActionLog(created_at=T0, plugin="faq", kind="say", room="r1", status="delivered", account="wxid_a",
                             delivered_at=T0 + timedelta(seconds=n)) for n in range(20)])
        s.commit()
    async with work:
        with work.session() as s:
            sends = recent_sends(s, clock.now() - timedelta(minutes=1), room="r1")
        outbox.take([], sends)
        b.rooms.add("r1")
        outbox.accept([Action(created_at=clock.now(), plugin="faq", kind="say", room="r1", text="您好")])
    await timers.advance_to(T0 + timedelta(seconds=59))
    assert delivered == []  # the group's 20 a minute hold across the move
    await timers.advance_to(T0 + timedelta(seconds=62))
    assert delivered == ["您好"]


async def test_a_job_speaking_in_a_group_this_account_is_not_in_takes_no_lease_there(stores):
    one, two = stores(2)
    a, b = SharedRooms(one, "wxid_a", alone=False), SharedRooms(two, "wxid_b", alone=False)
    async with one:
        post = Action(created_at=T0, plugin="posts", kind="say", room="r9", text="早上好")
        assert a.account_for(post) == "wxid_a"  # nobody acts there yet: said by whoever made it
    async with two:
        assert b.acts(_message("m1", room="r9"), True, T0)  # the account in the group acts for it at once


async def test_an_account_removed_from_a_group_lets_the_other_act_there_at_once(stores):
    one, two = stores(2)
    a, b = SharedRooms(one, "wxid_a", alone=False), SharedRooms(two, "wxid_b", alone=False)
    async with one:
        assert a.acts(_message("m1"), True, T0)
        a.acts(MemberLeft(id="l1", ts=T0, room="r1", members=(Person("wxid_a", "小助手"),)), True, T0)
    async with two:
        assert b.acts(_message("m2"), True, T0 + timedelta(seconds=1))


async def test_actions_left_for_an_account_that_stopped_are_sent_by_the_one_acting_for_the_group(stores):
    one, two = stores(2)
    a, b = SharedRooms(one, "wxid_a", alone=False), SharedRooms(two, "wxid_b", alone=False)
    async with one:
        a.acts(_message("m1"), True, T0)
    async with two:  # a job in the second process, while the first acted for r1
        _outbox(two, b).accept([Action(created_at=T0, plugin="posts", kind="say", room="r1", text="早上好")])
    later = T0 + LEASE + timedelta(seconds=1)  # wxid_a stopped before sending it
    async with two:
        b.rooms.add("r1")
        taken, _ = b.heartbeat(later)
        assert taken == ["r1"]
        assert [x.text for x in b.handed_over(set())] == ["早上好"]


async def test_an_account_that_stalled_past_its_lease_does_not_send_what_the_new_holder_took_over(stores):
    one, two = stores(2)
    a, b = SharedRooms(one, "wxid_a", alone=False), SharedRooms(two, "wxid_b", alone=False)
    clock = VirtualClock(ZoneInfo("Asia/Shanghai"), T0)
    timers, delivered = Timers(clock), []

    async def deliver(action: Action) -> None:
        delivered.append(action.text)
    outbox = Outbox(OutboxSection(), QuietHours.parse("00:00-00:00"), clock, timers, one, deliver)
    outbox.account, outbox.sender_of, outbox.still_ours = "wxid_a", a.account_for, a.still_ours
    async with one:
        assert a.acts(_message("m1"), True, T0)
        outbox.accept([Action(created_at=T0, plugin="faq", kind="say", room="r1", text="您好", cause="m1")])
    async with two:  # wxid_a froze before sending; its lease lapsed and wxid_b took the group and its queue
        b.rooms.add("r1")
        assert b.heartbeat(T0 + LEASE + timedelta(seconds=1))[0] == ["r1"]
        assert [x.text for x in b.handed_over(set())] == ["您好"]
    await timers.advance_to(T0 + LEASE + timedelta(seconds=2))  # wxid_a wakes up
    assert delivered == []


async def test_a_follow_up_waits_in_the_store_and_the_account_taking_the_group_over_sends_it_after_the_removal(stores):
    one, two = stores(2)
    a, b = SharedRooms(one, "wxid_a", alone=False), SharedRooms(two, "wxid_b", alone=False)
    async with one:  # wxid_a decides a removal in r1, to be told in the group once done (or op1 told it failed)
        assert a.acts(_message("m1"), True, T0)
        removal = Action(created_at=T0, plugin="moderation", kind="remove", room="r1", to="u7", cause="m1")
        notice = Action(created_at=T0, plugin="moderation", kind="say", room="r1", text="已移出", cause="m1")
        failed = Action(created_at=T0, plugin="moderation", kind="private", to="op1", text="没移成", cause="m1")
        follow(removal, [notice], [failed])
        _outbox(one, a).accept([notice, failed, removal])
    clock = VirtualClock(ZoneInfo("Asia/Shanghai"), T0 + LEASE + timedelta(seconds=1))
    timers, delivered = Timers(clock), []

    async def deliver(action: Action) -> None:
        delivered.append((action.kind, action.text))
    outbox = Outbox(OutboxSection(), QuietHours.parse("00:00-00:00"), clock, timers, two, deliver)
    outbox.account, outbox.sender_of, outbox.still_ours = "wxid_b", b.account_for, b.still_ours
    async with two:  # wxid_a stopped before sending anything; wxid_b takes the group and its queue over
        b.rooms.add("r1")
        assert b.heartbeat(clock.now())[0] == ["r1"]
        outbox.take(b.handed_over(outbox.holds()))
    await timers.advance_to(clock.now() + timedelta(minutes=2))
    assert delivered == [("remove", ""), ("say", "已移出")]
    with two.session() as s:
        told = s.get(ActionLog, failed.id)
        assert told is not None and told.status == "dropped" and told.note.startswith("not needed")
