"""One clock and one timer structure, driven by real time live and by a virtual clock in replay and tests."""
from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import os
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

log = logging.getLogger("qunbot.clock")

TimerCallback = Callable[[], Awaitable[None]]


class Clock:
    """Real time in the bot's timezone."""

    virtual = False

    def __init__(self, tz: ZoneInfo) -> None:
        self.tz = tz

    def now(self) -> datetime:
        """The current aware time in the bot's timezone."""
        return datetime.now(self.tz)

    def real_seconds(self, seconds: float) -> float:
        """How long `seconds` of this clock's time take in real time."""
        return seconds


class FastClock(Clock):
    """Live time run faster, for fault tests and benchmarks of a live bot: the time is `start` plus `speed` times
    the real seconds since `epoch` (a Unix time), so a bot killed and started again goes on in the same hour."""

    def __init__(self, tz: ZoneInfo, start: datetime, speed: float, epoch: float) -> None:
        super().__init__(tz)
        self.start, self.speed, self.epoch = start, speed, epoch

    def now(self) -> datetime:
        """The fast time."""
        return (self.start + timedelta(seconds=(time.time() - self.epoch) * self.speed)).astimezone(self.tz)

    def real_seconds(self, seconds: float) -> float:
        """`seconds` of fast time in real seconds."""
        return seconds / self.speed


def live_clock(tz: ZoneInfo) -> Clock:
    """Real time; or, when QUNBOT_FAST_CLOCK is `START,SPEED,EPOCH` (ISO time, factor, Unix time), a FastClock:
    the kill test (tests/test_crash_safety.py) runs a busy hour in a minute this way."""
    fast = os.environ.get("QUNBOT_FAST_CLOCK")
    if not fast:
        return Clock(tz)
    start, speed, epoch = fast.split(",")
    log.warning("fast clock: %sx from %s", speed, start)
    return FastClock(tz, datetime.fromisoformat(start), float(speed), float(epoch))


class VirtualClock(Clock):
    """A clock that only moves when told to: replay, sandbox and tests."""

    virtual = True

    def __init__(self, tz: ZoneInfo, start: datetime) -> None:
        super().__init__(tz)
        self._now = start.astimezone(tz)
        self._last: datetime | None = None  # the time last set: an event's time is set several times in a row

    def now(self) -> datetime:
        """The virtual time."""
        return self._now

    def set(self, when: datetime) -> None:
        """Move the clock; it never goes backwards."""
        if when is self._last:  # nothing moved it since (it never goes backwards): comparing zones again is waste
            return
        if when > self._now:
            self._now = when.astimezone(self.tz)
        self._last = when


class TimerHandle:
    """A callback armed on the timer heap; `cancel()` makes it never run."""

    __slots__ = ("due", "callback", "cancelled", "name")

    def __init__(self, due: datetime, callback: TimerCallback, name: str) -> None:
        self.due = due
        self.callback = callback
        self.cancelled = False
        self.name = name

    def cancel(self) -> None:
        """Drop this timer."""
        self.cancelled = True


class Timers:
    """A heap of due callbacks: 100,000 timers cost a heap entry each, not a task each."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._heap: list[tuple[datetime, int, TimerHandle]] = []
        self._seq = itertools.count()
        self._wake = asyncio.Event()
        self._lock = asyncio.Lock()

    def __len__(self) -> int:
        return len(self._heap)

    def call_at(self, due: datetime, callback: TimerCallback, name: str = "") -> TimerHandle:
        """Run `callback` once the clock reaches `due`."""
        handle = TimerHandle(due, callback, name)
        heapq.heappush(self._heap, (due, next(self._seq), handle))
        self._wake.set()
        return handle

    def next_due(self) -> datetime | None:
        """When the earliest live timer is due, or None."""
        while self._heap and self._heap[0][2].cancelled:
            heapq.heappop(self._heap)
        return self._heap[0][0] if self._heap else None

    async def _run(self, handle: TimerHandle) -> None:
        try:
            await handle.callback()
        except Exception:
            log.exception("timer failed name=%s", handle.name)

    async def run_due(self) -> int:
        """Run every timer due now, earliest first; returns how many ran."""
        ran = 0
        now = self.clock.now()
        while (due := self.next_due()) is not None and due <= now:
            _, _, handle = heapq.heappop(self._heap)
            await self._run(handle)
            ran += 1
        return ran

    async def advance_to(self, when: datetime) -> None:
        """Virtual clocks only: run timers in time order up to `when`, then stand at `when`."""
        assert isinstance(self.clock, VirtualClock), "advance_to needs a virtual clock"
        if not self._lock.locked() and ((due := self.next_due()) is None or due > when):
            self.clock.set(when)  # nothing due: no await, so nothing can slip in between
            return
        async with self._lock:
            while (due := self.next_due()) is not None and due <= when:
                _, _, handle = heapq.heappop(self._heap)
                self.clock.set(due)
                await self._run(handle)
            self.clock.set(when)

    async def run_forever(self) -> None:
        """Live: sleep until the earliest timer is due, run it, repeat."""
        while True:
            self._wake.clear()
            due = self.next_due()
            delay = 3600.0 if due is None else (due - self.clock.now()).total_seconds()
            if delay > 0:
                try:  # asyncio.timeout, not wait_for: 3.11's wait_for drops a cancel that comes with the wake
                    async with asyncio.timeout(min(self.clock.real_seconds(delay), 3600.0)):
                        await self._wake.wait()
                except TimeoutError:
                    pass
                continue
            await self.run_due()
