"""While the store is down: events held in memory (bot.held_events) and handled in order when it is back, the owners
told once per outage straight through the adapter (a part of the event pipeline, bot.pipeline)."""
from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.actions import Action
from bot.adapters.base import Adapter
from bot.clock import Clock, Timers
from bot.config_file import Config
from bot.events import Event
from bot.held_events import HeldEvents
from bot.templates import Scripts
from bot.work import StoreFailed, Work

log = logging.getLogger("qunbot.app")


class StoreOutage:
    """The pipeline's way through a store outage (bot.pipeline.Pipeline is one)."""

    config: Config
    clock: Clock
    timers: Timers
    scripts: Scripts
    adapter: Adapter
    work: Work
    held: HeldEvents
    store_retry_s: float
    _store_alerted: bool
    _retry_armed: bool

    if TYPE_CHECKING:  # given by the pipeline
        async def _handle(self, event: Event) -> bool: ...
        async def _run_inline(self) -> None: ...

    async def _store_failed(self, exc: StoreFailed, event: Event) -> None:
        """One clear log line and one owner message per outage; the next event starts on a clean connection.

        When the store itself is down (`exc.outage`) the event is held and tried again every `store_retry_s`;
        when it refused the event's own data, only that event is lost."""
        if exc.outage:
            self.held.keep(event)
            self._retry_held_later()
        if self._store_alerted:
            log.warning("store still failing, event %s id=%s: %s", "held" if exc.outage else "not kept", event.id, exc)
            return
        self._store_alerted = True
        if exc.outage:
            log.error("store failed, events are held in memory (at most %s) and handled when it is back, tried every "
                      "%.0fs; first held id=%s: %s (disk full, read-only folder or locked by another process?)",
                      self.held.limit, self.store_retry_s, event.id, exc)
        else:
            log.error("store failed, event not kept id=%s: %s (disk full, read-only folder or locked by another "
                      "process?); each event is tried afresh", event.id, exc)
        await self.alert_owners("system/store_failed.j2", reason=str(exc), held=exc.outage)

    def _retry_held_later(self) -> None:
        if self._retry_armed:
            return
        self._retry_armed = True

        async def retry() -> None:
            self._retry_armed = False
            await self.replay_held()
        self.timers.call_at(self.clock.now() + timedelta(seconds=self.store_retry_s), retry, "store-retry")

    async def replay_held(self) -> None:
        """Handle the events held while the store was down, oldest first; stop at the first the store still refuses
        (tried again later). An event whose own data the store refuses is let go, logged."""
        while self.held:
            event = self.held.first()
            try:
                async with self.work:
                    await self._handle(event)
            except StoreFailed as exc:
                if exc.outage:
                    log.info("store still down, %s events held: %s", len(self.held), exc)
                    self._retry_held_later()
                    return
                log.error("held event refused by the store, not kept id=%s: %s", event.id, exc)
            self.held.done_first()
            await self._run_inline()
        if self._store_alerted:
            log.warning("store is back: %s events held while it was down were handled in order (%s given up over "
                        "the limit)", self.held.replayed, self.held.dropped)
            self._store_alerted = False
        self.held.start_over()

    async def alert_owners(self, template: str, **values) -> None:
        """Tell the owners straight through the adapter, not through the outbox: for when the store itself fails."""
        now = self.clock.now()
        text = self.scripts.render(template, bot_name=self.config.bot.name, now=now, **values).text
        for owner in self.config.bot.owners:
            action = Action(created_at=now, plugin="system", kind="private", to=owner, text=text, ref=template,
                            delivered_at=now)
            try:
                async with asyncio.timeout(self.config.settings.outbox.send_timeout_s):
                    await self.adapter.deliver(action)
            except Exception as error:
                log.warning("owner alert not delivered to=%s error=%r", owner, error)
