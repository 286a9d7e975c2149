"""The outbox's sending side: the pump that hands the action due next to the adapter, one at a time, as pacing
allows (bot.outbox_pacing), retries a failed send with back-off and reports what failed for good."""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import TYPE_CHECKING

from bot.actions import Action
from bot.adapters.base import Undeliverable
from bot.outbox_backlog import lane_of
from bot.outbox_ledger import reason_of
from bot.outbox_pacing import MINUTE

if TYPE_CHECKING:
    from collections.abc import Callable

    from bot.clock import Clock, TimerHandle, Timers
    from bot.config import OutboxSection
    from bot.outbox import Deliver, Report
    from bot.outbox_ledger import Attempts, GiveUps
    from bot.outbox_pacing import Pacing
    from bot.outbox_sent import SentNotes
    from bot.work import Work

log = logging.getLogger("qunbot.outbox")
REPORT_AFTER = MINUTE


class Sending:
    """Outbox's methods that send (bot.outbox.Outbox holds the queue and the state they use, named here)."""

    settings: OutboxSection
    clock: Clock
    timers: Timers
    work: Work
    deliver: Deliver
    deadline: bool
    pacing: Pacing
    lanes: dict[str, list[Action]]
    attempts: Attempts
    given_up: GiveUps
    on_failed: Report | None
    sent_notes: SentNotes | None
    spoke_in: dict[str, datetime]
    still_ours: Callable[[Action], bool] | None
    _timer: TimerHandle | None
    _timer_due: datetime | None
    _report: TimerHandle | None
    _in_flight: set[int]

    def _forget(self, action: Action) -> None: ...  # Outbox's: out of the queue
    def _drop(self, action: Action, why: str) -> None: ...  # Outbox's: given up, marked dropped
    def _fail(self, action: Action, why: str) -> None: ...  # Outbox's: given up, marked failed
    def _mark(self, action: Action, status: str, note: str = "") -> None: ...  # Outbox's: its row marked

    def _armed(self) -> bool:
        return self._timer is not None and not self._timer.cancelled and self._timer_due is not None

    def _arm(self, now: datetime) -> None:
        if self.lanes:
            self._arm_at(max(min(self.pacing.heads(now, self.lanes))[0], now))

    def _arm_at(self, due: datetime) -> None:
        """Make sure the pump runs by `due`."""
        if self._armed() and self._timer_due <= due:  # type: ignore[operator]
            return
        if self._timer is not None:
            self._timer.cancel()
        self._timer_due = due
        self._timer = self.timers.call_at(due, self._pump, "outbox")

    async def _pump(self) -> None:
        self._timer = None
        async with self.work:
            best, next_due = self._choose_ours()
        while best is not None:
            self._in_flight.add(best.id or 0)
            error = await self._send(best, self.clock.now())  # the adapter is awaited outside the lock
            async with self.work:
                self._in_flight.discard(best.id or 0)
                if error is None:
                    self.attempts.forget(best)
                    self._mark(best, "delivered")  # and what was to follow it goes into the queue (_settle)
                    if self.sent_notes is not None:
                        self.sent_notes.unmarked = False
                else:
                    self._attempt_failed(best, error)
                best, next_due = self._choose_ours()
        if next_due is not None:
            self._arm_at(next_due)
        if self.given_up.unreported and self._report is None:  # failures close together make one report
            self._report = self.timers.call_at(self.clock.now() + REPORT_AFTER, self._tell, "outbox-report")

    async def _tell(self) -> None:
        self._report = None
        failed = self.given_up.take_unreported()
        if failed and self.on_failed is not None:
            await self.on_failed(failed)

    def _attempt_failed(self, action: Action, exc: BaseException) -> None:
        """Try again later with back-off, or give the action (a gone room: all its actions) up as failed."""
        now = self.clock.now()
        why = reason_of(exc, self.settings.send_timeout_s)
        retry = self.attempts.failed(action, self.settings, now, exc)
        if retry is not None:
            self.pacing.hold(action, retry)
            log.warning("delivery failed id=%s plugin=%s attempt=%d retry_at=%s error=%s", action.id, action.plugin,
                        self.attempts.of(action), retry, why)
            return
        doomed = list(self.lanes.get(lane_of(action), ())) if isinstance(exc, Undeliverable) else [action]
        for each in doomed:
            self._fail(each, why)

    def _choose_ours(self) -> tuple[Action | None, datetime | None]:
        """`_choose`, leaving out actions another account has taken over meanwhile (it sends them)."""
        best, due = self._choose()
        while best is not None and self.still_ours is not None and not self.still_ours(best):
            log.info("action taken over by another account id=%s room=%s", best.id, best.room)
            self._forget(best)
            self.attempts.forget(best)
            best, due = self._choose()
        return best, due

    def _choose(self) -> tuple[Action | None, datetime | None]:
        """The action to send now (after dropping or deferring what quiet hours hold back), or when one will be due."""
        while self.lanes:
            now = self.clock.now()
            when, _, _, best = min(self.pacing.heads(now, self.lanes))
            if when > now:
                return None, when
            hold = self.pacing.quiet_hold(best, now)
            if hold is None:
                return best, None
            if hold == "drop":
                self._drop(best, "quiet hours")
            else:
                until = self.pacing.quiet_end(now, best.room)
                self.pacing.hold(best, until)
                log.info("action deferred id=%s plugin=%s until=%s", best.id, best.plugin, until)
        return None, None

    async def _send(self, action: Action, now: datetime) -> BaseException | None:
        """Hand one action to the adapter within the send deadline; the error when it failed (None: sent)."""
        action.delivered_at = now
        try:
            if self.deadline:
                async with asyncio.timeout(self.settings.send_timeout_s):
                    await self.deliver(action)
            else:  # an adapter that cannot hang (replay): no task and loop turn per send for a deadline
                await self.deliver(action)
        except Exception as exc:
            action.delivered_at = None
            return exc
        if self.sent_notes is not None:
            self.sent_notes.note(action)
        self._forget(action)
        self.pacing.sent(action, now)
        if action.room is not None and action.kind in ("say", "image"):
            self.spoke_in[action.room] = now
        log.info("action kind=%s plugin=%s ref=%s room=%s to=%s cause=%s", action.kind, action.plugin,
                 action.ref, action.room, action.to, action.cause)
        return None
