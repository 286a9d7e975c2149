"""Follow-ups (`Context.once_done`) wait in the action log for the action they follow: the ones whose turn came go out
after it, in the one send path; when it is dropped, nothing that depended on it is said."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import select

from bot.actions import Action, follow
from bot.clock import Timers, VirtualClock
from bot.hours import QuietHours
from bot.models import ActionLog
from bot.outbox import Outbox
from bot.outbox_settings import OutboxSection
from bot.store import Store
from bot.testing import store_url
from bot.work import Work

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _removal() -> tuple[Action, Action, Action]:
    removal = Action(created_at=T0, plugin="moderation", kind="remove", room="r1", to="u7")
    notice = Action(created_at=T0, plugin="moderation", kind="say", room="r1", text="已移出")
    failed = Action(created_at=T0, plugin="moderation", kind="private", to="op1", text="没移成")
    follow(removal, [notice], [failed])
    return removal, notice, failed


async def test_an_operator_dropping_the_removal_drops_what_was_to_follow_it(tmp_path):
    store = Store(store_url(tmp_path))
    store.migrate()
    work = Work(store)
    clock = VirtualClock(ZoneInfo("Asia/Shanghai"), T0)
    timers, delivered = Timers(clock), []

    async def deliver(action: Action) -> None:
        delivered.append(action.text)
    outbox = Outbox(OutboxSection(), QuietHours.parse("00:00-00:00"), clock, timers, work, deliver)
    removal, notice, failed = _removal()
    async with work:
        outbox.accept([removal, notice, failed])
        assert outbox.queued == [removal]  # the follow-ups wait in the store, not in the queue
        assert outbox.drop(removal.id or 0, "dropped by an operator") is removal
    await timers.advance_to(T0 + timedelta(minutes=5))
    assert delivered == []
    with work.session() as s:
        rows = {r.id: r for r in s.exec(select(ActionLog)).all()}
    assert [rows[a.id or 0].status for a in (removal, notice, failed)] == ["dropped"] * 3
    assert rows[notice.id or 0].follows == removal.id and rows[failed.id or 0].follows_if == "failed"
    work.close()
    store.close()
