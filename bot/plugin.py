"""Plugin: a name, a config model, handlers with rules, slash-commands, jobs and tables."""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from bot import arguments
from bot.config import PluginConfig
from bot.events import Event

if TYPE_CHECKING:
    from pathlib import Path

    from bot.config_problems import Problem
    from bot.context import Context

E = TypeVar("E", bound=Event)
Rule = Callable[["Context[Any, Any]", E], bool]  # Rule[MessageReceived] may read event.text; in_room is a Rule[Event]
HandlerFunc = Callable[["Context[Any, Any]", Any], Awaitable[None]]
CommandFunc = Callable[["Context[Any, Any]", Any], Awaitable[None]]
JobFunc = Callable[["Context[Any, Any]", dict], Awaitable[None]]
StartFunc = Callable[["Context[Any, Any]"], Awaitable[None]]
# (its config, the config's folder, today) -> what check-config says: a text is a warning; a Problem is an error
# unless it is marked a warning
CheckFunc = Callable[[Any, Path, date], Sequence["str | Problem"]]

ROLES = ("member", "operator", "owner")


@dataclass(frozen=True)
class Handler:
    """A plugin's reaction to one kind of event, when all its rules pass."""

    plugin: str
    event_type: type[Event]
    func: HandlerFunc
    rules: tuple[Rule[Any], ...]
    order: int
    block: bool

    def __repr__(self) -> str:
        rules = " & ".join(getattr(r, "__name__", repr(r)) for r in self.rules) or "always"
        return f"<{self.plugin}.{self.func.__name__} on {self.event_type.__name__} if {rules} order={self.order}>"


@dataclass(frozen=True)
class Command:
    """A slash-command: `/name args`, with Chinese aliases, the role it needs and how its arguments are parsed."""

    plugin: str
    name: str
    func: CommandFunc
    role: str
    summary: str
    usage: str = ""
    aliases: tuple[str, ...] = ()
    min_args: int = 0
    parse: arguments.Parse = arguments.text  # the handler gets what this returns; Refused answers with the usage


@dataclass
class Plugin:
    """One plugin, built once per module as `plugin = Plugin(...)`; the app includes it by name."""

    name: str
    description: str
    config: type[PluginConfig] = PluginConfig
    state: Callable[[], Any] = lambda: None  # makes the plugin's typed state, once per app (kept across reloads)
    order: int = 50  # handlers run in increasing order; moderation (10) before commands (20) before chat
    handlers: list[Handler] = field(default_factory=list)
    commands: list[Command] = field(default_factory=list)
    jobs: dict[str, JobFunc] = field(default_factory=dict)
    starters: list[StartFunc] = field(default_factory=list)
    cli: Callable[[list[str]], int] | None = None  # `qunbot NAME ...` runs this with the rest of the arguments
    check: CheckFunc | None = None  # what `qunbot check-config` says about the plugin's own files
    # what members can ask this plugin, in plain words (a few FAQ questions): the member /help names them
    member_topics: Callable[[Context[Any, Any]], list[str]] | None = None
    # a person answered a waiting member through the bot (/发 N: room, member, operator): whoever keeps waits settles it
    answer_sent: Callable[[Context[Any, Any], str, str, str], None] | None = None

    def on(self, event_type: type[E], *rules: Rule[E], order: int | None = None,
           block: bool = False) -> Callable[[HandlerFunc], HandlerFunc]:
        """Handle `event_type` when every rule passes; `block` stops the handlers later in order."""
        def register(func: HandlerFunc) -> HandlerFunc:
            place = self.order if order is None else order
            self.handlers.append(Handler(self.name, event_type, func, tuple(rules), place, block))
            return func
        return register

    def command(self, name: str, *, summary: str, role: str = "member", usage: str = "",
                aliases: Sequence[str] = (), min_args: int = 0,
                parse: arguments.Parse = arguments.text) -> Callable[[CommandFunc], CommandFunc]:
        """Register `/name`; the handler gets `parse(text after the name)` (by default that text, stripped)."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, got {role!r}")

        def register(func: CommandFunc) -> CommandFunc:
            self.commands.append(Command(self.name, name, func, role, summary, usage, tuple(aliases), min_args, parse))
            return func
        return register

    def job(self, name: str) -> Callable[[JobFunc], JobFunc]:
        """Register a job handler that scheduled work refers to by `name` (it survives restarts)."""
        def register(func: JobFunc) -> JobFunc:
            self.jobs[name] = func
            return func
        return register

    def on_start(self, func: StartFunc) -> StartFunc:
        """Run at start-up and after every config reload (e.g. to (re)arm schedules)."""
        self.starters.append(func)
        return func
