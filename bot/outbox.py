"""The send governor: paces actions like a careful human; queued actions stay in the store until delivered."""
from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime

from sqlalchemy import bindparam, insert, update
from sqlmodel import col, select

from bot.actions import WAITING, Action
from bot.clock import Clock, TimerHandle, Timers
from bot.config import OutboxSection, QuietHours
from bot.models import ActionLog
from bot.outbox_backlog import Backlog, lane_of
from bot.outbox_followups import FollowUps, why_not_needed
from bot.outbox_ledger import Attempts, GiveUps, recent_sends
from bot.outbox_pacing import MINUTE, Pacing
from bot.outbox_pressure import RETEXT, SUMMARY, Pressure, PressureReports
from bot.outbox_sending import Sending
from bot.outbox_sent import SentNotes
from bot.statements import Statement
from bot.work import Work

log = logging.getLogger("qunbot.outbox")
Deliver = Callable[[Action], Awaitable[None]]
Report = Callable[[list[Action]], Awaitable[None]]
_STORED = ("created_at", "plugin", "ref", "cause", "kind", "room", "to", "mentions", "text", "priority", "status",
           "note", "account", "follows", "follows_if")
STORE = Statement(insert(ActionLog).values({c: bindparam(c) for c in _STORED}), new_id=col(ActionLog.id))
MARK = Statement(update(ActionLog).where(col(ActionLog.id) == bindparam("action_id")).values(
    status=bindparam("status"), note=bindparam("note"), delivered_at=bindparam("delivered_at")))


class Outbox(Sending):
    """Queued actions sent one at a time as pacing allows (bot.outbox_pacing), by priority; a full backlog gives up
    what an operator would (bot.outbox_pressure); sends the platform took before a crash are noted (bot.outbox_sent)."""

    def __init__(self, settings: OutboxSection, quiet: QuietHours, clock: Clock, timers: Timers,
                 work: Work, deliver: Deliver, seed: int | None = None, deadline: bool = True,
                 room_quiet: dict[str, QuietHours] | None = None) -> None:
        self.settings, self.clock, self.timers = settings, clock, timers
        self.deliver, self.work = deliver, work
        self.deadline = deadline  # each send within settings.send_timeout_s (off for an adapter that cannot hang)
        self.pacing = Pacing(settings, quiet, random.Random(settings.seed if seed is None else seed), room_quiet)
        self.backlog = Backlog()
        self.lanes = self.backlog.lanes  # per room (or private contact), in (priority, id) order
        self._timer: TimerHandle | None = None
        self._timer_due: datetime | None = None
        self.attempts = Attempts()
        self.given_up = GiveUps()
        self.on_failed: Report | None = None  # told about actions that failed for good, a minute's worth at a time
        self._report: TimerHandle | None = None
        self.pressure = Pressure()  # what a full backlog gives up beyond chat replies (bot.outbox_pressure)
        self.pressure_reports = PressureReports(clock, timers, lambda: self.settings.max_backlog)
        self._unsettled: list[Action] = []  # accepted in the unit of work not yet committed
        self.account = ""  # the WeChat account this outbox speaks as; its limits are that account's (bot.account)
        self.sender_of: Callable[[Action], str] | None = None  # who sends an action (bot.shared_rooms): else us
        self._in_flight: set[int] = set()  # handed to the adapter, not yet marked in the store
        self.follow_ups = FollowUps(work)  # actions stored "waiting" on another, released when it ends (_settle)
        self.spoke_in: dict[str, datetime] = {}  # room -> when the bot last said something there (one per room)
        self.still_ours: Callable[[Action], bool] | None = None  # asked before each send (bot.shared_rooms)
        work.after_commit.append(self._unsettled.clear)
        self.sent_notes = SentNotes.beside(work.store)  # sends the platform took, before the store knows
        if self.sent_notes is not None:
            work.after_commit.append(self.sent_notes.committed)
            work.after_rollback.append(self.sent_notes.rolled_back)
        work.after_rollback.append(self._unaccept)

    def configure(self, settings: OutboxSection, quiet: QuietHours,
                  room_quiet: dict[str, QuietHours] | None = None) -> None:
        """Apply new limits from a reloaded config."""
        self.settings = settings
        self.pacing.configure(settings, quiet, room_quiet)
        self._arm(self.clock.now())

    def priority_of(self, plugin: str) -> int:
        """Lower goes first: each plugin's own default (moderation 0 ... posts 5) unless outbox.priorities says."""
        return self.settings.priorities.get(plugin, 3)

    def load(self, only_mine: bool = False) -> None:
        """After a restart: take back every action accepted but not yet delivered (`only_mine`: this account's,
        with a store shared by several accounts; pending actions from before accounts were kept become ours)."""
        pending = col(ActionLog.status) == "pending"
        with self.work.session() as s:
            query = select(ActionLog).where(pending)
            if only_mine:
                s.execute(update(ActionLog).where(pending, col(ActionLog.account) == "").values(account=self.account))
                query = query.where(col(ActionLog.account) == self.account)
            rows = [Action.of(r) for r in s.exec(query.order_by(col(ActionLog.id))).all()]
            sends = recent_sends(s, self.clock.now() - MINUTE, self.account if only_mine else None)
        self.follow_ups.learn()
        self.pacing.resume(sends)  # the limits hold across a restart: rebuild the last minute's windows
        taken = self.sent_notes.taken(rows) if self.sent_notes is not None and rows else []
        if taken:  # sent just before a crash, before the store knew: marked now, never sent twice
            log.warning("outbox: %d actions the platform took just before the bot stopped are marked delivered, "
                        "not sent again (ids %s)", len(taken), " ".join(str(a.id) for a in taken))
            for action in taken:
                self._mark(action, "delivered")
            rows = [a for a in rows if a not in taken]
        if rows:
            log.info("outbox resumed queued=%d", len(rows))
            self._queue(rows)

    def accept(self, actions: list[Action]) -> None:
        """Store new actions in the action log (inside the current unit of work) and queue them for delivery;
        an action another account sends (a room it acts for) is stored for that account's outbox instead."""
        if not actions:
            return
        if any(a.leader is not None for a in actions):  # a follow-up names its leader's id: stored after it
            actions = sorted(actions, key=lambda a: a.leader is not None)
        for action in actions:
            action.account = self._sender(action)
            if action.leader is not None:
                self.follow_ups.wait(action)
            values = {c: getattr(action, c) for c in _STORED}
            action.id = self.work.insert(STORE, **values)
        ours = [a for a in actions if a.account == self.account and a.status != WAITING]
        self._unsettled.extend(ours)
        if ours:
            self._queue(ours)

    def take(self, actions: list[Action], sends: Iterable[tuple[str, datetime]] = ()) -> None:
        """Queue pending actions stored for this account by another process; `sends` (lane, when) are recent sends
        in rooms taken over from another account, so that the rooms' own limits hold across the move."""
        self.pacing.taken_over(sends)
        if actions:
            self.follow_ups.learn()
            self._queue(actions)

    def _sender(self, action: Action) -> str:
        """The account that sends `action` now: in a shared room its lease holder (bot.shared_rooms), else this one."""
        return self.sender_of(action) if self.sender_of is not None else self.account

    def _unaccept(self) -> None:
        """The unit that accepted these was rolled back: their rows are gone, so they must not be sent."""
        for action in self._unsettled:
            self.follow_ups.forget(action)
            if action in self.lanes.get(lane_of(action), ()):
                self._forget(action)
                self.attempts.forget(action)
        self._unsettled.clear()

    def _queue(self, actions: list[Action]) -> None:
        touched = set()
        for action in actions:
            lane = self.backlog.add(action)
            touched.add(lane)
            self.pacing.changed(lane)
        overflow = len(self) - self.settings.max_backlog
        if overflow > 0:
            self._relieve(overflow, actions)
        if self._armed():  # only the rooms that got actions can have come due sooner
            touched &= self.lanes.keys()
            if touched:
                now = self.clock.now()
                self._arm_at(max(min(self.pacing.heads(now, self.lanes, touched))[0], now))
        else:
            self._arm(self.clock.now())

    def _relieve(self, overflow: int, actions: list[Action]) -> None:
        """Give up what a full backlog gives up first (bot.outbox_pressure), each marked with why and counted."""
        first = self.backlog.victims(overflow, actions, self.settings, self._in_flight)
        relief = self.pressure.relieve(overflow, self.backlog.queued, first, self.settings, self._in_flight)
        for action, _ in relief.dropped:
            self._forget(action)
            self.given_up.add(action, "dropped")
        for action, _ in relief.folded:
            self._forget(action)
            self.given_up.add(action, "folded")
        for keeper in relief.rewritten:
            self.work.defer(RETEXT, action_id=keeper.id, text=keeper.text, ref=keeper.ref)
        self.pressure_reports.relieved(relief, overflow, self.given_up)
        for action, why in relief.dropped:
            self._mark(action, "dropped", why)
        for action, keeper in relief.folded:
            self._mark(action, "dropped", f"folded into #{keeper.id}")
        self.pressure_reports.arm(relief)

    def held_until(self, action: Action) -> datetime | None:
        """When a held action (quiet hours, a back-off after a failed attempt) may go again; None when not held."""
        return self.pacing.held_until(action, self.clock.now())

    def drop(self, action_id: int, why: str) -> Action | None:
        """Give up one pending action by its id (inside a unit of work); None when it is not pending."""
        found = next((a for a in self.queued if a.id == action_id), None)
        if found is not None:
            self._drop(found, why)
        return found

    def requeue(self, actions: list[Action]) -> None:
        """Queue actions again (failed ones an operator retries) with a fresh budget of attempts."""
        for action in actions:
            self.attempts.forget(action)
            self.pacing.release(action)
            action.status, action.note = "pending", ""
            self._mark(action, "pending", "")
        self._queue(actions)

    def holds(self) -> set[int]:
        """Ids of the actions this outbox has: queued, or being sent right now."""
        return {a.id for a in self.queued if a.id is not None} | self._in_flight

    @property
    def queued(self) -> list[Action]:
        """Every accepted action not yet delivered."""
        return self.backlog.queued

    def __len__(self) -> int:
        return len(self.backlog)

    def _forget(self, action: Action) -> None:
        self.pacing.changed(lane_of(action))
        self.backlog.remove(action)
        if action.ref == SUMMARY:
            self.pressure.forget(action)

    def _drop(self, action: Action, why: str) -> None:
        self._forget(action)
        self.attempts.forget(action)
        self.given_up.add(action, "dropped")
        log.info("action dropped id=%s plugin=%s kind=%s ref=%s why=%s", action.id, action.plugin, action.kind,
                 action.ref, why)
        self._mark(action, "dropped", why)

    def _fail(self, action: Action, why: str) -> None:
        self._forget(action)
        self.attempts.forget(action)
        self.given_up.add(action, "failed")
        log.warning("action failed id=%s plugin=%s kind=%s room=%s to=%s why=%s", action.id, action.plugin,
                    action.kind, action.room, action.to, why)
        self._mark(action, "failed", why)

    def _mark(self, action: Action, status: str, note: str = "") -> None:
        action.status, action.note = status, note
        self.work.defer(MARK, action_id=action.id, status=status, note=note, delivered_at=action.delivered_at)
        if status != "pending" and self.follow_ups.awaited(action):
            self._settle(action)

    def _settle(self, leader: Action) -> None:
        """`leader` ended: the follow-ups waiting for that outcome that this account sends go into the queue, the
        others not needed are dropped (bot.outbox_followups)."""
        released, unneeded = self.follow_ups.settle(leader, self._sender)
        for action in unneeded:
            self._mark(action, "dropped", why_not_needed(leader))
        released = [a for a in released if a.account == self.account]
        if released:
            log.info("follow-ups released ids=%s after #%s %s", " ".join(str(a.id) for a in released), leader.id,
                     leader.status)
            self._unsettled.extend(released)
            self._queue(released)
