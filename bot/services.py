"""Services: what the app lends every context (a protocol, so the context never imports the app)."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from bot.adapters.base import Adapter
from bot.clock import Clock
from bot.config_file import Config
from bot.config_problems import Problem
from bot.files import FileTimes
from bot.outbox import Outbox
from bot.scheduler import Scheduler
from bot.slash import CommandTable
from bot.stopped import Stopped
from bot.templates import Scripts
from bot.work import Work

if TYPE_CHECKING:
    from bot.events import Event
    from bot.plugin import Plugin


class Services(Protocol):
    """The app's parts a context works through; bot.app.App provides them."""

    config: Config
    config_path: Path
    config_version: int  # bumped on every applied config
    clock: Clock
    files: FileTimes
    work: Work
    scheduler: Scheduler
    scripts: Scripts
    adapter: Adapter
    outbox: Outbox
    command_table: CommandTable
    plugins: dict[str, Plugin]
    plugin_state: dict[str, Any]
    stopped: Stopped
    context_parts: dict[tuple[str, str | None], tuple]
    context_parts_of: Config | None

    def role_of(self, contact: str) -> str:
        """`owner`, `operator` or `member`."""
        ...

    def arm_timer(self, plugin: str, handler: str, when: datetime, data: dict) -> None:
        """An in-memory timer that runs a plugin's job handler."""
        ...

    def later(self, plugin: str, event: Event | None, cause: str | None, slow: Callable[[], Awaitable[Any]],
              then: Callable[..., Awaitable[None]]) -> None:
        """Slow work outside the unit of work, its follow-up inside one."""
        ...

    async def set_config(self, key: str, value: str) -> None:
        """Set one config key, write it back, apply it."""
        ...

    async def reload_config(self, force: bool = False) -> list[Problem]:
        """Re-read config.yaml."""
        ...
