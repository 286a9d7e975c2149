"""Plugin: a name, a config model, handlers with rules, slash-commands, jobs and tables."""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.config import PluginConfig
from bot.events import Event

if TYPE_CHECKING:
    from pathlib import Path

    from bot.context import Context

Rule = Callable[["Context", Event], bool]
HandlerFunc = Callable[["Context", Any], Awaitable[None]]
CommandFunc = Callable[["Context", str], Awaitable[None]]
JobFunc = Callable[["Context", dict], Awaitable[None]]
StartFunc = Callable[["Context"], Awaitable[None]]

ROLES = ("member", "operator", "owner")


@dataclass(frozen=True)
class Handler:
    """A plugin's reaction to one kind of event, when all its rules pass."""

    plugin: str
    event_type: type[Event]
    func: HandlerFunc
    rules: tuple[Rule, ...]
    priority: int
    block: bool

    def __repr__(self) -> str:
        rules = " & ".join(getattr(r, "__name__", repr(r)) for r in self.rules) or "always"
        return f"<{self.plugin}.{self.func.__name__} on {self.event_type.__name__} if {rules} p={self.priority}>"


@dataclass(frozen=True)
class Command:
    """A slash-command: `/name args`, with Chinese aliases and the role it needs."""

    plugin: str
    name: str
    func: CommandFunc
    role: str
    summary: str
    usage: str = ""
    aliases: tuple[str, ...] = ()
    min_args: int = 0


@dataclass
class Plugin:
    """One plugin, built once per module as `plugin = Plugin(...)`; the app includes it by name."""

    name: str
    description: str
    config: type[PluginConfig] = PluginConfig
    priority: int = 50
    handlers: list[Handler] = field(default_factory=list)
    commands: list[Command] = field(default_factory=list)
    jobs: dict[str, JobFunc] = field(default_factory=dict)
    starters: list[StartFunc] = field(default_factory=list)
    cli: Callable[[list[str]], int] | None = None  # `qunbot NAME ...` runs this with the rest of the arguments
    check: Callable[[PluginConfig, Path], list[str]] | None = None  # `check-config`: warnings (section, config dir)

    def on(self, event_type: type[Event], *rules: Rule, priority: int | None = None,
           block: bool = False) -> Callable[[HandlerFunc], HandlerFunc]:
        """Handle `event_type` when every rule passes; `block` stops lower priorities after it runs."""
        def register(func: HandlerFunc) -> HandlerFunc:
            prio = self.priority if priority is None else priority
            self.handlers.append(Handler(self.name, event_type, func, tuple(rules), prio, block))
            return func
        return register

    def command(self, name: str, *, summary: str, role: str = "member", usage: str = "",
                aliases: Sequence[str] = (), min_args: int = 0) -> Callable[[CommandFunc], CommandFunc]:
        """Register `/name`; the handler gets the text after the command name."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, got {role!r}")

        def register(func: CommandFunc) -> CommandFunc:
            self.commands.append(Command(self.name, name, func, role, summary, usage, tuple(aliases), min_args))
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
