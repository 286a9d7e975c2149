"""The event pipeline: each event recorded (bot.intake), read once (bot.understanding), run through the plugins that
want it, each in a savepoint of the event's unit of work, its actions handed to the outbox; jobs, timers and slow
work the same way; events held in memory while the store is down (bot.store_outage)."""
from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar, cast

from bot import intake
from bot.actions import Action
from bot.adapters.base import Adapter
from bot.clock import Clock, Timers
from bot.config_file import Config
from bot.context import Context
from bot.danger import bedside
from bot.danger.emergency import Danger, emergency
from bot.danger.typed_in_pieces import Pieces
from bot.dispatch import Dispatcher
from bot.events import Event, MessageReceived
from bot.held_events import HeldEvents
from bot.models import ScheduledJob
from bot.names import NameBook
from bot.outbox import Outbox
from bot.plugin import Plugin
from bot.reading_model import spoken
from bot.rules import is_command_text
from bot.shared_rooms import SharedRooms
from bot.speaking import Outcome
from bot.stopped import Stopped
from bot.store import Store
from bot.store_outage import StoreOutage
from bot.templates import Scripts
from bot.understanding import Reader
from bot.work import StoreFailed, Work

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger("qunbot.app")
T = TypeVar("T")


class Pipeline(StoreOutage):
    """The app's way of handling events and jobs (bot.app.App is one, with its lifecycle and config)."""

    config: Config
    written: Config
    names: NameBook
    clock: Clock
    timers: Timers
    store: Store
    scripts: Scripts
    adapter: Adapter
    work: Work
    outbox: Outbox
    shared: SharedRooms
    plugins: dict[str, Plugin]
    reader: Reader
    stopped: Stopped
    pieces: Pieces
    dispatcher: Dispatcher
    held: HeldEvents
    store_retry_s: float
    _account_known: asyncio.Event
    _background: set[asyncio.Task]
    _inline: list
    _store_alerted: bool
    _retry_armed: bool

    def role_of(self, contact: str) -> str:
        """`owner`, `operator` or `member` by config."""
        return self.config.bot.role_of(contact)

    def context(self, plugin: str, outcome: Outcome, event: Event | None = None) -> Context:
        """A context for one plugin acting on one event or job."""
        return Context(cast("Services", self), plugin, outcome, event)  # the app (bot.app) is the services

    async def handle(self, event: Event) -> bool:
        """Record the event, run the plugins, hand their actions to the outbox; False for a duplicate (or, on a
        store shared by several accounts, an event in a room another account acts for).

        While the store is down (a full disk, a read-only folder, a lock held elsewhere) events are held in memory,
        in order (bot.held_events), and handled by themselves when it is back; False for those too."""
        if not self._account_known.is_set() and not self.store.alone:  # which rooms are ours needs the account
            await self._account_known.wait()
        if self.held:
            self.held.keep(event)  # behind those already held: the order is kept
            return False
        try:
            async with self.work:
                handled = await self._handle(event)
        except StoreFailed as exc:
            await self._store_failed(exc, event)
            return False
        if self._store_alerted and not self.work.failing:
            self._store_alerted = False
            log.warning("store is back: events are kept and handled again")
        await self._run_inline()
        return handled

    async def expect(self, events: Sequence[Event]) -> None:
        """Events about to be handled one after another, in this order (the replay reads its file ahead): the
        store is asked once which of their messages it holds, and the others are recorded with one batched insert
        (bot.intake.expect) instead of a statement each. Each event is still handled by itself (`handle`)."""
        if self.held:
            return  # the store is down: each event checks itself when it is back
        try:
            async with self.work:
                intake.expect(self.work, events)
        except StoreFailed as exc:
            log.warning("store failed while reading ahead, each event is checked by itself: %s", exc)

    async def _run_inline(self) -> None:
        while self._inline:
            await self._inline.pop(0)()

    async def _handle(self, event: Event) -> bool:
        new = intake.record(self.work, event)
        if self.names.note(event):  # a name in config.yaml now stands for someone: use their id from here on
            self.config = self.names.apply(self.written)
        if not self.shared.acts(event, new, self.clock.now()):
            log.info("event not acted on here id=%s (a duplicate%s)", event.id,
                     "" if self.store.alone else ", or another account acts for the room")
            return False
        await self.act_on(event)
        return True

    async def act_on(self, event: Event) -> None:
        """Run the plugins on a recorded event this account acts on, and hand their actions to the outbox."""
        if log.isEnabledFor(logging.INFO):
            log.info("event kind=%s id=%s room=%s", type(event).__name__, event.id, getattr(event, "room", None))
        outcome = Outcome(cause=event.id)
        if isinstance(event, MessageReceived) and not is_command_text(event.text):
            member = self.role_of(event.sender) == "member"
            outcome.reading = self.reader.take(event, operator=not member,
                                               stopped=self.stopped.tail_of(event.room, event.sender, event.ts))
            words = spoken(event) if member and event.type in ("text", "voice") else ""  # voice: WeChat's transcript
            alone = emergency(words) if words else None
            together = self.pieces.danger(event.room or f"private:{event.sender}", event.sender, event.ts, words)
            # 摔了 / 起不来 / 腿疼: one danger, read whole; despair too (我妈这几天老说 / 不想活了: whose)
            whole = together is not None and (alone is None or alone.kind == together.kind == "despair")
            outcome.emergency = together if whole else alone or together
            if words and bedside.in_hospice(event.room_topic or event.room or "",
                                            self.config.voice(event.room)[1] == "gentle", words) and \
                    (sign := bedside.last_days(words, outcome.emergency.kind if outcome.emergency else None)):
                # the hospice nurse, gently; never 120 (bot.danger.bedside)
                outcome.emergency = Danger("last_days", sign)
        app = cast("Services", self)
        await self.dispatcher.dispatch(event, lambda h: Context(app, h.plugin, outcome, event), self.work.savepoint)
        if outcome.stopped and isinstance(event, MessageReceived):
            self.stopped.note(self.work, event)
        if isinstance(event, MessageReceived) and outcome.reading is not None:
            self.reader.answered(event, [a.text for a in outcome.answered if a.kind == "say"
                                         and a.room == event.room and a.room is not None])
        self.outbox.accept(outcome.actions)

    async def _isolated(self, plugin: str, event: Event | None, cause: str | None, body,
                        due: datetime | None = None) -> None:
        """Run `body(ctx)` as one plugin inside the current unit of work; its failure undoes only its writes."""
        outcome = Outcome(cause=cause)
        ctx = self.context(plugin, outcome, event)
        ctx.due = due
        with self.work.savepoint() as scope:
            try:
                await body(ctx)
                ok = True
            except Exception:
                log.exception("plugin %s failed outside an event", plugin)
                ok = False
            if not ctx.finish(ok):
                outcome.actions.clear()
                scope.undo()
        self.outbox.accept(outcome.actions)

    async def as_plugin(self, plugin: str, body: Callable[[Context], Awaitable[T]]) -> T:
        """Run `body(ctx)` as one plugin in a unit of work of its own (the console's way in): its writes and
        actions are kept, or all undone when it raises (the exception goes on to the caller)."""
        outcome = Outcome(cause=None)
        async with self.work:
            ctx = self.context(plugin, outcome)
            with self.work.savepoint():
                try:
                    result = await body(ctx)
                except BaseException:
                    ctx.finish(False)
                    raise
                if not ctx.finish(True):
                    raise StoreFailed(f"the store refused what {plugin} wrote")
            self.outbox.accept(outcome.actions)
        return result

    def later(self, plugin: str, event: Event | None, cause: str | None, slow, then) -> None:
        """See Context.later: slow work outside the unit of work, its follow-up inside one."""
        async def follow_up() -> None:
            try:
                result = await slow()
            except Exception:
                log.exception("background work failed plugin=%s cause=%s", plugin, cause)
                return
            async with self.work:
                await self._isolated(plugin, event, cause, lambda ctx: then(ctx, result))

        if self.clock.virtual:
            self._inline.append(follow_up)
        else:
            task = asyncio.create_task(follow_up(), name=f"later:{plugin}")
            self._background.add(task)
            task.add_done_callback(self._background.discard)

    def arm_timer(self, plugin: str, handler: str, when: datetime, data: dict) -> None:
        """An in-memory timer on the one heap that runs a plugin's job handler (see PluginSchedule.timer)."""
        async def fire() -> None:
            found = self.plugins.get(plugin)
            func = found.jobs.get(handler) if found is not None else None
            if func is None:
                return
            async with self.work:
                await self._isolated(plugin, None, data.get("cause"), lambda ctx: func(ctx, data), due=when)
            await self._run_inline()
        self.timers.call_at(when, fire, f"{plugin}:{handler}")

    async def tell_owners(self, template: str, **values) -> None:
        """A word from the bot itself to every owner privately (e.g. back after an outage)."""
        async def say(ctx: Context) -> None:
            for owner in self.config.bot.owners:
                ctx.private(owner, ctx.render(template, **values))
        async with self.work:
            await self._isolated("system", None, None, say)

    async def _report_failures(self, failed: list[Action]) -> None:
        """Tell the owners once, in one message, about actions the outbox gave up on after its attempts."""
        await self.tell_owners("system/outbox_failed.j2", failures=[
            {"id": a.id, "where": a.room or a.to, "kind": a.kind, "text": a.text, "why": a.note} for a in failed])

    async def run_job(self, job: ScheduledJob) -> None:
        """Run a stored job in its plugin; a job of a plugin no longer enabled is dropped, logged."""
        plugin = self.plugins.get(job.plugin)
        func = plugin.jobs.get(job.handler) if plugin is not None else None
        if func is None:
            log.warning("job has no handler id=%s plugin=%s handler=%s", job.id, job.plugin, job.handler)
            return
        data = json.loads(job.data)
        log.info("job id=%s plugin=%s handler=%s", job.id, job.plugin, job.handler)
        async with self.work:
            await self._isolated(job.plugin, None, data.get("cause"), lambda ctx: func(ctx, data), due=job.next_run)
        await self._run_inline()
