"""Context: everything a handler may use; the only way it acts (say, reply, private, remove) is in bot.speaking."""
from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Collection
from datetime import datetime, tzinfo
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from bot.config import BotSection, PluginConfig
from bot.config_problems import Problem
from bot.events import Event, MessageReceived, room_of
from bot.keeping import Records
from bot.outbox import Outbox
from bot.plugin_schedule import PluginSchedule
from bot.services import Services
from bot.speaking import Outcome, Speaking
from bot.store import StoreSession

if TYPE_CHECKING:
    from bot.danger.emergency import Danger
    from bot.plugin import Command
    from bot.slash import CommandTable
    from bot.understanding import Reading

T = TypeVar("T")
C = TypeVar("C", bound=PluginConfig)
S = TypeVar("S")
K = TypeVar("K", bound=Records)


_UNCONFIGURED = PluginConfig()


def _parts(app: Services, plugin: str, room: str | None) -> tuple[PluginConfig, logging.Logger, Any]:
    """What every context of this plugin in this room shares, worked out once per config."""
    config = app.config
    if app.context_parts_of is not config:  # a new config: start afresh
        app.context_parts, app.context_parts_of = {}, config
    state = app.plugin_state.get(plugin)
    parts = app.context_parts[(plugin, room)] = (
        config.plugin(plugin, room) if plugin in config.plugins else _UNCONFIGURED, _logger(plugin), state)
    return parts


@cache
def _logger(plugin: str) -> logging.Logger:
    return logging.getLogger(f"qunbot.plugin.{plugin}")


class Context(Speaking, Generic[C, S]):
    """Handed to every handler, command and job: config, state, store, clock, scripts, and the send verbs.

    `Context[FaqConfig, FaqState]`: `ctx.config` is the plugin's config model, `ctx.state` its state.
    """

    def __init__(self, app: Services, plugin: str, outcome: Outcome, event: Event | None = None,
                 command: Command | None = None, parent: Context | None = None) -> None:
        self._app, self.plugin, self.outcome, self.event, self.command = app, plugin, outcome, event, command
        self.room = room = room_of(event) if event is not None else None
        parts = app.context_parts.get((plugin, room))
        if parts is None:
            parts = _parts(app, plugin, room)
        self.config: C
        self.log: logging.Logger
        self.state: S  # this plugin's typed state (Plugin(state=...)), as long as the app lives
        self.config, self.log, self.state = parts
        self.due: datetime | None = None  # for a scheduled job: the time it was due
        self._parent = parent  # a command's context shares the store session of the context that parsed it
        self._db: StoreSession | None = None

    def _session(self) -> StoreSession:
        """The ORM session of this handler; opened on first use, settled by the app when the handler ends."""
        if self._parent is not None:
            return self._parent._session()
        if self._db is None:
            self._db = self._app.work.session()
        return self._db

    def records(self, kind: type[K]) -> K:
        """A plugin's store (a `bot.keeping.Records` from its store.py), working in this handler's scope."""
        return kind(self._app.work, self._session)

    @property
    def reading(self) -> Reading | None:
        """What the message being handled is (question, complaint, …) and whom it answers; None for other events."""
        return self.outcome.reading

    @property
    def emergency(self) -> Danger | None:
        """The danger to a person now that a member's message reports (bot.danger.emergency); None for anything else."""
        return self.outcome.emergency

    @property
    def schedule(self) -> PluginSchedule:
        """This plugin's jobs and timers."""
        return PluginSchedule(self._app, self.plugin)

    def finish(self, ok: bool) -> bool:
        """Keep (flush) or drop this context's ORM writes; False when keeping them failed."""
        db, self._db = self._db, None
        if db is None:
            return ok
        try:
            if ok:
                db.commit()  # ends the session's savepoint; the unit of work commits for real
            else:
                db.rollback()
        except Exception:
            self.log.exception("store writes of plugin %s failed and were dropped", self.plugin)
            db.rollback()
            ok = False
        finally:
            db.close()
        return ok

    @property
    def bot(self) -> BotSection:
        """The `bot:` config section."""
        return self._app.config.bot

    def now(self) -> datetime:
        """The app clock's time; never use datetime.now() in a plugin."""
        return self._app.clock.now()

    def config_for(self, room: str | None) -> C:
        """This plugin's config as it applies in another room."""
        return self._app.config.plugin(self.plugin, room)  # type: ignore[return-value]

    def room_configs(self) -> dict[str, C]:
        """The rooms that override this plugin's config, with their config."""
        return {room: cfg for (room, name), cfg in self._app.config.room_plugins.items()  # type: ignore[misc]
                if name == self.plugin}

    @property
    def config_version(self) -> int:
        """Bumped whenever a new config is applied: what a cache built from config is checked against."""
        return self._app.config_version

    @property
    def folder(self) -> Path:
        """The folder of config.yaml, where the files config names (FAQ, keyword lists) are found."""
        return self._app.config_path.parent

    def file_mtime(self, path: Path) -> float:
        """A file's modification time, looked up at most once a second (0.0 when missing)."""
        return self._app.files.mtime(path)

    @property
    def tz(self) -> tzinfo:
        """The bot's timezone."""
        return self._app.clock.tz

    def has_script(self, name: str) -> bool:
        """Whether `name` exists in this plugin's script folder (or `other/name`)."""
        return self._app.scripts.exists(name if "/" in name else f"{self.plugin}/{name}")

    def role_of(self, contact: str) -> str:
        """`owner`, `operator` or `member`, from config."""
        return self._app.role_of(contact)

    def is_vip(self, contact: str) -> bool:
        """A good customer listed in `bot.vips`."""
        return contact in self.bot.vips

    def on_duty(self, room: str | None) -> list[str]:
        """Operators on duty for `room` now, primary first (from bot.duty / bot.room_duty)."""
        return self.bot.on_duty(room, self.now().time())

    def can_remove(self, room: str) -> bool:
        """Whether the bot has the rights to remove members in `room`."""
        return self._app.adapter.can_remove(room)

    def can_private(self, contact: str) -> bool:
        """Whether the bot can message `contact` privately (a friend)."""
        return self._app.adapter.can_private(contact)

    async def image_bytes(self, limit: int = 4 << 20) -> bytes | None:
        """The bytes of the image being handled (bounded by `limit`), from the adapter."""
        assert isinstance(self.event, MessageReceived)
        return await self._app.adapter.image_bytes(self.event, limit)

    def later(self, slow: Callable[[], Awaitable[T]], then: Callable[[Context, T], Awaitable[None]]) -> None:
        """Run `slow` without holding up other events, then `then(ctx, result)` as this plugin, for this event.

        Live, `slow` runs as a task and `then` as its own unit of work; on a virtual clock both run
        at once so replay stays deterministic.
        """
        self._app.later(self.plugin, self.event, self.outcome.cause, slow, then)

    def block(self) -> None:
        """Handled: handlers of lower priority do not see this event (an operator's reply taken as an answer)."""
        self.outcome.blocked = True

    def stop(self) -> None:
        """A member's line stopped (an ad caught): blocked, and the message marked stopped (`stopped_at`), so the
        member's next lines may be read as the rest of it."""
        self.outcome.blocked = self.outcome.stopped = True

    def clear_stopped(self, room: str | None, member: str, message: str | None = None,
                      keep: Collection[str] = ()) -> None:
        """A stopped line was not what it seemed (a strike revoked): `message` and the lines stopped after it as its
        rest, up to a line in `keep` (an ad that still counts) (when `message` is not known, every stopped line of
        the member in this room) no longer count, and the member's next lines are their own again unless an
        earlier line is still stopped; kept or undone with this handler's unit of work."""
        self._app.stopped.clear(self._app.work, room, member, message, keep)

    def stopped_at(self, room: str | None, member: str) -> datetime | None:
        """When a plugin last stopped one of the member's messages in this room (an ad caught), within the last
        hour; kept in the store, so a restart forgets none (bot.stopped)."""
        return self._app.stopped.last(room, member, self.now())

    @property
    def command_table(self) -> CommandTable:
        """Every slash-command of the included plugins (for the router)."""
        return self._app.command_table

    def commands_for(self, role: str) -> list[Command]:
        """The slash-commands a role may use (for /help)."""
        return self._app.command_table.visible_to(role)

    def bot_spoke(self, room: str) -> datetime | None:
        """When the bot last said something in `room` (since it started): what members may be reacting to."""
        return self._app.outbox.spoke_in.get(room)

    def outbox(self) -> Outbox:
        """The send governor (for /outbox: what waits, what failed, retry and drop)."""
        return self._app.outbox

    def config_value(self, key: str) -> Any:
        """One config value by its dotted key; KeyError when there is none."""
        return self._app.config.get(key)

    def config_near_key(self, key: str) -> str | None:
        """The config key a slipped one most likely meant, if any (for "是不是想写…")."""
        return self._app.config.near_key(key)

    async def set_config(self, key: str, value: str) -> None:
        """Set one config key (validated like the file, written back, applied); ConfigError when refused."""
        await self._app.set_config(key, value)

    async def reload_config(self) -> list[Problem]:
        """Re-read config.yaml and the scripts now; the problems that kept the old config, if any."""
        return await self._app.reload_config(force=True)

    def member_topics(self) -> list[str]:
        """What members can ask here, from each plugin that says (`Plugin.member_topics`), for the member /help; a
        plugin that fails to say is left out (and logged), the help still goes out."""
        topics: list[str] = []
        for name, plugin in self._app.plugins.items():
            if plugin.member_topics is not None:
                try:
                    topics += plugin.member_topics(Context(self._app, name, self.outcome, self.event, parent=self))
                except Exception:
                    self.log.exception("member topics of %s", name)
        return topics

    def answer_sent(self, room: str, member: str, by: str) -> None:
        """A person's answer went to `member` in `room` through the bot (/发 N): each plugin that keeps waits
        (`Plugin.answer_sent`) counts it answered by `by`; one that fails is logged, the answer went all the same."""
        for name, plugin in self._app.plugins.items():
            if plugin.answer_sent is not None:
                try:
                    told: Context[Any, Any] = Context(self._app, name, self.outcome, self.event, parent=self)
                    plugin.answer_sent(told, room, member, by)
                except Exception:
                    self.log.exception("answer sent, told to %s", name)

    def for_command(self, command: Command) -> Context:
        """The context a command of any plugin runs in, answering the message handled here."""
        return Context(self._app, command.plugin, self.outcome, self.event, command, parent=self)
