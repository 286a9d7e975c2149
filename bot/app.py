"""App: config -> store -> scripts -> scheduler -> outbox -> plugins -> adapter, and the event pipeline."""
from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
from collections.abc import Awaitable, Callable
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeVar

from bot import config_file, core_commands, discovery, heartbeat, intake, outbox_pressure
from bot.actions import Action
from bot.adapters.base import Adapter
from bot.clock import Clock, Timers, VirtualClock, live_clock
from bot.config import PluginConfig
from bot.config_file import Config, ConfigError, Problem
from bot.context import Context, Outcome
from bot.dispatch import Dispatcher
from bot.events import Event, MessageReceived
from bot.files import FileTimes
from bot.held_events import HeldEvents
from bot.models import ScheduledJob
from bot.names import NameBook
from bot.outbox import Outbox
from bot.plugin import Command, Handler, Plugin
from bot.rules import is_command_text
from bot.scheduler import Scheduler
from bot.shared_rooms import SharedRooms
from bot.slash import CommandTable
from bot.store import Store
from bot.templates import Scripts
from bot.understanding import Reader
from bot.work import StoreFailed, Work

log = logging.getLogger("qunbot.app")
T = TypeVar("T")


def find_plugin(name: str) -> Plugin | None:
    """The built-in `commands`, a plugin in `plugins/`, or one an installed distribution names (see bot.discovery)."""
    if name == core_commands.plugin.name:
        return core_commands.plugin
    return discovery.find_plugin(name)


PluginFinder = Callable[[str], Plugin | None]


def models_of(find: PluginFinder) -> Callable[[str], type[PluginConfig] | None]:
    """Config models by plugin name, for validating plugin sections."""
    def model(name: str) -> type[PluginConfig] | None:
        found = find(name)
        return found.config if found is not None else None
    return model


def load_config(path: Path, find: PluginFinder = find_plugin) -> Config:
    """Read and validate a config file with every plugin's model."""
    return config_file.load(path, models_of(find))


class App:
    """One bot: holds the services and runs each event through intake and the plugins."""

    def __init__(self, config_path: Path, adapter: Adapter, *, start: datetime | time | None = None,
                 store_url: str | None = None, seed: int | None = None, find: PluginFinder = find_plugin,
                 commit_every: int = 1) -> None:
        self.find = find
        self.config_path = config_path.resolve()
        self.config = load_config(self.config_path, find)
        self.written = self.config  # as the file says it; self.config has names resolved to ids (bot.names)
        self.names = NameBook()
        self.names.want(self.config)
        self._mtime = self._file_mtime()
        tz = self.config.bot.tz
        if isinstance(start, time):  # a virtual clock at this local time today
            start = datetime.combine(datetime.now(tz).date(), start, tzinfo=tz)
        self.clock: Clock = VirtualClock(tz, start) if start is not None else live_clock(tz)
        self.timers = Timers(self.clock)
        self.files = FileTimes(self.clock)
        self.store = Store(store_url or self.config.settings.store.url, base_dir=self.config_path.parent)
        override = self.config.bot.scripts_override
        self.scripts = Scripts(self.config_path.parent / override if override else None)
        self.adapter = adapter
        self.work = Work(self.store, commit_every)  # one unit of store work at a time: event, job, outbox step
        self.outbox = Outbox(self.config.settings.outbox, self.config.bot.quiet, self.clock, self.timers,
                             self.work, adapter.deliver, seed, deadline=not adapter.delivers_at_once)
        self.outbox.on_failed = self._report_failures
        outbox_pressure.wire(self)  # what a flooded outbox gives up: who is staff, summaries, the owners told
        self.scheduler = Scheduler(self.clock, self.timers, self.run_job, self.work)
        # one WeChat account per process; on a shared store the core decides which account acts (bot.shared_rooms)
        self.shared = SharedRooms(self.work, "", alone=self.store.alone)
        if not self.store.alone:
            self.outbox.sender_of = self.shared.account_for
            self.outbox.still_ours = self.shared.still_ours
        self._account_known = asyncio.Event()
        self._resumed = False  # the outbox has taken back its queued actions
        adapter.on_account = self.signed_in
        self.plugins: dict[str, Plugin] = {}
        self.plugin_state: dict[str, Any] = {}  # per plugin, its typed state (Plugin.state), as long as the app
        self.config_version = 0
        self.reader = Reader()  # each room's conversation; every message is read once, for all plugins
        self.context_parts: dict[tuple[str, str | None], tuple] = {}  # see context._parts
        self.context_parts_of: Config | None = None
        self.dispatcher = Dispatcher([])
        self.command_table = CommandTable([])
        self._tasks: list[asyncio.Task] = []
        self._background: set[asyncio.Task] = set()
        self._inline: list = []  # on a virtual clock, `later` work runs right after the event
        self._store_alerted = False  # the owners know the store is failing
        self.held = HeldEvents()  # events that came while the store was down (bot.held_events)
        self.store_retry_s = 2.0
        self._retry_armed = False
        self._include_plugins()

    # -- set-up -------------------------------------------------------------------------------

    def _file_mtime(self) -> float:
        try:
            return os.stat(self.config_path).st_mtime
        except OSError:
            return 0.0

    def _include_plugins(self) -> None:
        names = [core_commands.plugin.name, *self.config.enabled_plugins()]
        self.plugins = {n: p for n in names if (p := self.find(n)) is not None}
        for name, plugin in self.plugins.items():
            if name not in self.plugin_state:
                self.plugin_state[name] = plugin.state()
        handlers: list[Handler] = [h for p in self.plugins.values() for h in p.handlers]
        commands: list[Command] = [c for p in self.plugins.values() for c in p.commands]
        self.dispatcher = Dispatcher(handlers)
        self.command_table = CommandTable(commands)
        log.info("plugins included=%s", ",".join(self.plugins))

    async def start(self) -> None:
        """Migrate the store, resume stored jobs and queued actions, start plugins; live clocks also get their loops."""
        self.store.migrate()
        self._resolve_names()
        self.scheduler.load()
        account = self.config.bot.account or self.adapter.account
        if account:
            self.sign_in(account)
        elif self.store.alone:  # the one process on this store: its queue is all its own, account or not
            self.outbox.load()
            self._resumed = True
        async with self.work:
            await self._run_starters()
        if not self.clock.virtual:
            self._tasks.append(asyncio.create_task(self.timers.run_forever(), name="timers"))
            self._tasks.append(asyncio.create_task(self._watch_config(), name="config-watch"))
            if not self.store.alone:
                self._tasks.append(asyncio.create_task(heartbeat.run(self), name="leases"))
        gc.collect()
        gc.freeze()  # indexes, dictionaries and config made at start live as long as the bot: stop rescanning them
        log.info("ready adapter=%s store=%s", self.adapter.name, self.store.url.render_as_string())

    def _resolve_names(self) -> None:
        """Look the config's names up in the store and put ids in their place (bot.names)."""
        with self.store.session() as db:
            self.names.load(db)
        self.config = self.names.apply(self.written)

    async def stop(self) -> None:
        """Stop the loops and close the store; stored jobs and queued actions stay stored."""
        for task in [*self._tasks, *self._background]:
            task.cancel()
        await asyncio.gather(*self._tasks, *self._background, return_exceptions=True)
        self._tasks.clear()
        self.work.close()
        self.store.close()

    async def _run_starters(self) -> None:
        for plugin in self.plugins.values():
            for starter in plugin.starters:
                await self._isolated(plugin.name, None, None, lambda ctx, s=starter: s(ctx))

    # -- the pipeline -------------------------------------------------------------------------

    def role_of(self, contact: str) -> str:
        """`owner`, `operator` or `member` by config."""
        return self.config.bot.role_of(contact)

    def context(self, plugin: str, outcome: Outcome, event: Event | None = None) -> Context:
        """A context for one plugin acting on one event or job."""
        return Context(self, plugin, outcome, event)

    def sign_in(self, account: str) -> None:
        """This process speaks as `account` (config's bot.account, else the adapter's, e.g. at a wechaty login):
        its queued actions are taken back and events are handled from now on."""
        if self._account_known.is_set():
            if account != self.shared.account and not self.config.bot.account:
                log.warning("logged in as %s, still acting as account %s until a restart", account,
                            self.shared.account)
            return
        self.shared.account = self.outbox.account = account
        if not self._resumed:
            self.outbox.load(only_mine=not self.store.alone)
            self._resumed = True
        self._account_known.set()
        log.info("account %s", account)

    async def signed_in(self, account: str) -> None:
        """The adapter knows its account now (a wechaty login): see `sign_in`."""
        async with self.work:
            self.sign_in(account)

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

    async def _run_inline(self) -> None:
        while self._inline:
            await self._inline.pop(0)()

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
                await asyncio.wait_for(self.adapter.deliver(action), self.config.settings.outbox.send_timeout_s)
            except Exception as error:
                log.warning("owner alert not delivered to=%s error=%r", owner, error)

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
            outcome.reading = self.reader.take(event, operator=self.role_of(event.sender) != "member")
        await self.dispatcher.dispatch(event, lambda h: Context(self, h.plugin, outcome, event), self.work.savepoint)
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

    # -- config -------------------------------------------------------------------------------

    async def reload_config(self, force: bool = False) -> list[Problem]:
        """Apply config.yaml if it changed (or `force`); an invalid file keeps the old config."""
        mtime = self._file_mtime()
        if not force and mtime == self._mtime:
            return []
        self._mtime = mtime
        try:
            new = load_config(self.config_path, self.find)
        except ConfigError as exc:
            for problem in exc.problems:
                log.warning("config rejected, old config stays: %s", problem)
            return exc.problems
        await self._apply(new)
        return []

    async def set_config(self, key: str, value: str) -> None:
        """Set one key (validated like the file), write it back keeping comments, apply it."""
        await self.set_configs({key: value})

    async def set_configs(self, values: dict[str, str]) -> None:
        """Set several keys at once (a console form): all are applied, or none (ConfigError says why).

        Written back keeping comments and the file's mode (`config_file.write_back`)."""
        new, text = self.config, ""
        for key, value in values.items():
            new, text = config_file.with_value(new, key, value, models_of(self.find))
        if not text:
            return
        config_file.write_back(self.config_path, self.config.text, text)
        self._mtime = self._file_mtime()
        await self._apply(new)

    async def _apply(self, new: Config) -> None:
        old = self.config
        self.written = new
        self.names.want(new)
        self._resolve_names()
        new = self.config
        if (old.settings.store, old.bot.timezone, old.bot.adapter) != (
                new.settings.store, new.bot.timezone, new.bot.adapter):
            log.warning("store, timezone and adapter changes take effect after a restart")
        self.config = new
        self.config_version += 1
        self.context_parts = {}  # contexts look their plugin's config up afresh
        self.outbox.configure(new.settings.outbox, new.bot.quiet)
        if old.bot.scripts_override != new.bot.scripts_override:
            override = new.bot.scripts_override
            self.scripts = Scripts(self.config_path.parent / override if override else None)
        self.scripts.reload()
        self._include_plugins()
        await self._run_starters()
        log.info("config applied path=%s", self.config_path)

    async def _watch_config(self, every_s: float = 1.0) -> None:
        while True:
            await asyncio.sleep(every_s)
            if self._file_mtime() != self._mtime:
                async with self.work:
                    problems = await self.reload_config()
                if problems:  # deleted, unreadable or garbage: keep serving with the last good config, say so once
                    log.error("config file %s rejected, the bot keeps serving with the last good config: %s",
                              self.config_path, problems[0])
                    await self.tell_owners("system/config_rejected.j2", reason=str(problems[0]))
