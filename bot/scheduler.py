"""Plugins' jobs (run at, run daily/cron, cancel, by stable id), kept in the store and armed on the one timer heap."""
from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from apscheduler.triggers.cron import CronTrigger
from sqlmodel import select

from bot.clock import Clock, TimerHandle, Timers
from bot.models import ScheduledJob
from bot.store import Store

log = logging.getLogger("qunbot.scheduler")
JobRunner = Callable[[ScheduledJob], Awaitable[None]]


def cron_trigger(expr: str, clock: Clock) -> CronTrigger:
    """An APScheduler cron trigger in the bot's timezone; raises ValueError for a bad expression."""
    return CronTrigger.from_crontab(expr, timezone=clock.tz)


class Scheduler:
    """Stored jobs fired in time order; a job late by more than its grace is skipped and logged."""

    def __init__(self, store: Store, clock: Clock, timers: Timers, runner: JobRunner) -> None:
        self.store, self.clock, self.timers, self.runner = store, clock, timers, runner
        self._armed: dict[str, TimerHandle] = {}

    def load(self) -> None:
        """Arm every stored job; called once at start-up."""
        with self.store.session() as s:
            jobs = s.exec(select(ScheduledJob)).all()
        for job in jobs:
            self._arm(job)
        if jobs:
            log.info("scheduler loaded jobs=%d", len(jobs))

    def _arm(self, job: ScheduledJob) -> None:
        if (old := self._armed.pop(job.id, None)) is not None:
            old.cancel()
        self._armed[job.id] = self.timers.call_at(job.next_run, lambda: self._fire(job.id), job.id)

    def at(self, job_id: str, when: datetime, plugin: str, handler: str, data: dict | None = None,
           grace_s: int = 300) -> None:
        """Run `plugin.handler(data)` once at `when` (replaces a job with the same id)."""
        self._save(ScheduledJob(id=job_id, plugin=plugin, handler=handler, data=json.dumps(data or {}),
                                cron=None, next_run=when, grace_s=grace_s))

    def cron(self, job_id: str, expr: str, plugin: str, handler: str, data: dict | None = None,
             grace_s: int = 900) -> datetime:
        """Run on a crontab schedule ("30 7 * * *") in the bot's timezone; returns the next run."""
        nxt = cron_trigger(expr, self.clock).get_next_fire_time(None, self.clock.now())
        assert nxt is not None
        with self.store.session() as s:
            existing = s.get(ScheduledJob, job_id)
        if existing is not None and existing.cron == expr and existing.next_run <= nxt:
            nxt = existing.next_run  # keep a run that is due (or overdue) rather than skipping it
        self._save(ScheduledJob(id=job_id, plugin=plugin, handler=handler, data=json.dumps(data or {}),
                                cron=expr, next_run=nxt, grace_s=grace_s))
        return nxt

    def cancel(self, job_id: str) -> bool:
        """Forget a job; True when there was one."""
        if (old := self._armed.pop(job_id, None)) is not None:
            old.cancel()
        with self.store.session() as s:
            job = s.get(ScheduledJob, job_id)
            if job is None:
                return False
            s.delete(job)
            s.commit()
        return True

    def jobs(self, prefix: str = "") -> list[ScheduledJob]:
        """Stored jobs whose id starts with `prefix`."""
        with self.store.session() as s:
            return [j for j in s.exec(select(ScheduledJob)).all() if j.id.startswith(prefix)]

    def _save(self, job: ScheduledJob) -> None:
        with self.store.session() as s:
            s.merge(job)
            s.commit()
        self._arm(job)

    async def _fire(self, job_id: str) -> None:
        self._armed.pop(job_id, None)
        now = self.clock.now()
        with self.store.session() as s:
            job = s.get(ScheduledJob, job_id)
            if job is None:
                return
            due = job.next_run
            if job.cron:
                nxt = cron_trigger(job.cron, self.clock).get_next_fire_time(None, now)
                job.next_run = nxt if nxt is not None else now + timedelta(days=3650)
                s.add(job)
            else:
                s.delete(job)
            s.commit()
            s.expunge_all()
        if job.cron:
            self._arm(job)
        late = (now - due).total_seconds()
        if late > job.grace_s:
            log.warning("job skipped id=%s due=%s late_s=%.0f grace_s=%d", job_id, due.isoformat(), late, job.grace_s)
            return
        job.next_run = due
        await self.runner(job)
