"""The one way a virtual clock is moved: events fed at their time, time advanced, timers run until a condition."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.events import Event

if TYPE_CHECKING:
    from bot.app import App

DRAIN_LIMIT = timedelta(minutes=2)  # how far the clock may run to let queued replies go out


class ClockDriver:
    """Drives an app on a virtual clock: replay, the sandbox and the test kit all move time through it."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.timers = app.timers

    def now(self) -> datetime:
        """The app's time."""
        return self.app.clock.now()

    async def feed(self, event: Event) -> bool:
        """Run the clock up to the event, handle it, and let what is due by then run; False for a duplicate."""
        await self.timers.advance_to(event.ts)
        handled = await self.app.handle(event)
        await self.timers.advance_to(event.ts)
        return handled

    async def advance_to(self, when: datetime) -> None:
        """Run every timer due up to `when`, in time order, then stand at `when`."""
        await self.timers.advance_to(when)

    async def advance(self, delta: timedelta) -> None:
        """Let `delta` of virtual time pass."""
        await self.timers.advance_to(self.now() + delta)

    async def run_until(self, done: Callable[[], bool], limit: datetime) -> bool:
        """Jump from timer to timer until `done()` holds or none is due by `limit`; True when done.

        Unlike `advance_to`, the clock stops at the last timer that ran, not at `limit`.
        """
        while not done():
            due = self.timers.next_due()
            if due is None or due > limit:
                return False
            await self.timers.advance_to(due)
        return True

    async def drain(self, within: timedelta = DRAIN_LIMIT, stop: Callable[[], bool] = lambda: False) -> bool:
        """Run the clock until the outbox has sent everything queued (or `stop()`), at most `within`."""
        outbox = self.app.outbox
        return await self.run_until(lambda: stop() or not outbox.queued, self.now() + within)
