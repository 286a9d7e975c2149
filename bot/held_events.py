"""Events held while the store is down: kept in memory in arrival order, bounded, handled when the store is back."""
from __future__ import annotations

import logging
from collections import deque

from bot.events import Event

log = logging.getLogger("qunbot.app")


class HeldEvents:
    """A bounded queue of events the store could not take yet; past `limit` the oldest go, counted and logged."""

    def __init__(self, limit: int = 5000) -> None:
        self.limit = limit
        self._events: deque[Event] = deque()
        self.dropped = 0  # over the limit during this outage
        self.replayed = 0  # handled after the store came back, during this outage

    def __len__(self) -> int:
        return len(self._events)

    def __bool__(self) -> bool:
        return bool(self._events)

    def keep(self, event: Event) -> None:
        """Hold one more event, after those already held."""
        if len(self._events) >= self.limit:
            gone = self._events.popleft()
            self.dropped += 1
            log.error("store down too long: %s held events already, the oldest is given up id=%s kind=%s",
                      self.limit, gone.id, type(gone).__name__)
        self._events.append(event)

    def first(self) -> Event:
        """The oldest held event (still held)."""
        return self._events[0]

    def done_first(self) -> None:
        """The oldest held event was handled (or refused for its own data): let it go."""
        self._events.popleft()
        self.replayed += 1

    def start_over(self) -> None:
        """The outage is over: the counts start again for the next one."""
        self.dropped = self.replayed = 0
