"""PluginSchedule: a plugin's view of the scheduler and the app's timers, its job ids namespaced by plugin."""
from __future__ import annotations

from datetime import datetime

from bot.scheduler import cron_trigger
from bot.services import Services


class PluginSchedule:
    """A plugin's view of the scheduler: job ids are namespaced by plugin."""

    def __init__(self, app: Services, plugin: str) -> None:
        self._app, self._plugin = app, plugin

    def at(self, key: str, when: datetime, handler: str, data: dict | None = None, grace_s: int = 300) -> None:
        """Run this plugin's job `handler` once at `when`."""
        self._app.scheduler.at(f"{self._plugin}:{key}", when, self._plugin, handler, data, grace_s)

    def cron(self, key: str, expr: str, handler: str, data: dict | None = None, grace_s: int = 900) -> datetime:
        """Run this plugin's job `handler` on a crontab schedule in the bot's timezone."""
        job_id = f"{self._plugin}:{key}"
        return self._app.scheduler.cron(job_id, expr, self._plugin, handler, data, grace_s)

    def timer(self, when: datetime, handler: str, data: dict | None = None) -> None:
        """Run this plugin's job `handler` at `when`, in memory only: cheap enough for one per message.

        Nothing is stored: a plugin that needs it after a restart keeps its own rows and re-arms
        them in `on_start`.
        """
        self._app.arm_timer(self._plugin, handler, when, data or {})

    def is_scheduled(self, key: str) -> bool:
        """Whether one of this plugin's jobs is waiting to run."""
        return self._app.scheduler.is_scheduled(f"{self._plugin}:{key}")

    def keys(self, prefix: str = "") -> list[str]:
        """The keys of this plugin's stored jobs starting with `prefix`."""
        own = f"{self._plugin}:"
        return [job.id.removeprefix(own) for job in self._app.scheduler.jobs(own + prefix)]

    def next_run(self, expr: str, after: datetime) -> datetime | None:
        """When a crontab expression next comes due after `after`, in the bot's timezone."""
        return cron_trigger(expr, self._app.clock).get_next_fire_time(None, after)

    def cancel(self, key: str) -> bool:
        """Cancel one of this plugin's jobs."""
        return self._app.scheduler.cancel(f"{self._plugin}:{key}")
