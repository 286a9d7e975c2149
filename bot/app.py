"""App: the bot's lifecycle: config -> store -> scripts -> scheduler -> outbox -> plugins -> adapter; start, sign in,
config reloads, stop. Events and jobs go through the pipeline it is (bot.pipeline)."""
from __future__ import annotations

import asyncio
import gc
import logging
import os
from collections.abc import Callable
from datetime import datetime, time
from pathlib import Path
from typing import Any, TypeVar

from bot import collector, config_file, config_writing, core_commands, discovery, heartbeat, outbox_pressure
from bot.adapters.base import Adapter
from bot.clock import Clock, Timers, VirtualClock, live_clock
from bot.config import PluginConfig
from bot.config_file import Config
from bot.config_problems import ConfigError, Problem
from bot.danger.typed_in_pieces import Pieces
from bot.dispatch import Dispatcher
from bot.files import FileTimes
from bot.held_events import HeldEvents
from bot.names import NameBook
from bot.outbox import Outbox
from bot.pipeline import Pipeline
from bot.plugin import Command, Handler, Plugin
from bot.scheduler import Scheduler
from bot.shared_rooms import SharedRooms
from bot.slash import CommandTable
from bot.stopped import Stopped
from bot.store import Store
from bot.templates import Scripts
from bot.understanding import Reader
from bot.work import Work

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


class App(Pipeline):
    """One bot: holds the services; runs each event through intake and the plugins (bot.pipeline)."""

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
                             self.work, adapter.deliver, seed, deadline=not adapter.delivers_at_once,
                             room_quiet=self.config.room_quiet())
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
        self.pieces = Pieces()  # a member's lines of the last minute, read together for a danger (摔了 / 起不来)
        self.stopped = Stopped(self.work)  # each member's latest line a plugin stopped (an ad), as the store holds it
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
            self.stopped.recall(self.work, self.clock.now())  # a burst going on when the bot stopped goes on
            await self._run_starters()
        if not self.clock.virtual:
            self._tasks.append(asyncio.create_task(self.timers.run_forever(), name="timers"))
            self._tasks.append(asyncio.create_task(self._watch_config(), name="config-watch"))
            if not self.store.alone:
                self._tasks.append(asyncio.create_task(heartbeat.run(self), name="leases"))
        gc.collect()
        gc.freeze()  # indexes, dictionaries and config made at start live as long as the bot: stop rescanning them
        collector.pace()
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

    # -- the account ---------------------------------------------------------------------------

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

        Written back keeping comments and the file's mode (`config_writing.write_back`)."""
        new, text = self.config, ""
        for key, value in values.items():
            new, text = config_writing.with_value(new, key, value, models_of(self.find))
        if not text:
            return
        config_writing.write_back(self.config_path, self.config.text, text)
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
        self.outbox.configure(new.settings.outbox, new.bot.quiet, new.room_quiet())
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
