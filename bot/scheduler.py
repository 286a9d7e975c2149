"""Plugins' jobs (run at, run daily/cron, cancel, by stable id), kept in the store and armed on the one timer heap."""
from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from apscheduler.triggers.cron import CronTrigger
from sqlmodel import Session, col, select

from bot.clock import Clock, TimerHandle, Timers
from bot.models import ScheduledJob
from bot.work import Work

log = logging.getLogger("qunbot.scheduler")
JobRunner = Callable[[ScheduledJob], Awaitable[None]]


def cron_trigger(expr: str, clock: Clock) -> CronTrigger:
    """An APScheduler cron trigger in the bot's timezone; raises ValueError for a bad expression."""
    return CronTrigger.from_crontab(expr, timezone=clock.tz)


class Scheduler:
    """Stored jobs fired in time order; a job late by more than its grace is skipped and logged."""

    def __init__(self, clock: Clock, timers: Timers, runner: JobRunner, work: Work) -> None:
        self.clock, self.timers, self.runner, self.work = clock, timers, runner, work
        self._armed: dict[str, TimerHandle] = {}

    def load(self) -> None:
        """Arm every stored job; called once at start-up."""
        with self.work.session() as s:
            jobs = s.exec(select(ScheduledJob)).all()
        for job in jobs:
            self._arm(job)
        if jobs:
            log.info("scheduler loaded jobs=%d", len(jobs))

    def _arm(self, job: ScheduledJob) -> None:
        if (old := self._armed.pop(job.id, None)) is not None:
            old.cancel()
        self._armed[job.id] = self.timers.call_at(job.next_run, lambda: self._fire(job.id), job.id)

    def at(self, db: Session, job_id: str, when: datetime, plugin: str, handler: str, data: dict | None = None,
           grace_s: int = 300) -> None:
        """Run `plugin.handler(data)` once at `when` (replaces a job with the same id); stored with `db`'s work."""
        self._save(db, ScheduledJob(id=job_id, plugin=plugin, handler=handler, data=json.dumps(data or {}),
                                    cron=None, next_run=when, grace_s=grace_s))

    def cron(self, db: Session, job_id: str, expr: str, plugin: str, handler: str, data: dict | None = None,
             grace_s: int = 900) -> datetime:
        """Run on a crontab schedule ("30 7 * * *") in the bot's timezone; returns the next run."""
        nxt = cron_trigger(expr, self.clock).get_next_fire_time(None, self.clock.now())
        assert nxt is not None
        existing = db.get(ScheduledJob, job_id)
        if existing is not None and existing.cron == expr and existing.next_run <= nxt:
            nxt = existing.next_run  # keep a run that is due (or overdue) rather than skipping it
        self._save(db, ScheduledJob(id=job_id, plugin=plugin, handler=handler, data=json.dumps(data or {}),
                                    cron=expr, next_run=nxt, grace_s=grace_s))
        return nxt

    def cancel(self, db: Session, job_id: str) -> bool:
        """Forget a job; True when there was one."""
        if (old := self._armed.pop(job_id, None)) is not None:
            old.cancel()
        job = db.get(ScheduledJob, job_id)
        if job is None:
            return False
        db.delete(job)
        return True

    def pending(self, job_id: str) -> bool:
        """Whether a job by this id is stored and waiting."""
        return job_id in self._armed

    def jobs(self, db: Session, prefix: str = "") -> list[ScheduledJob]:
        """Stored jobs whose id starts with `prefix`."""
        return list(db.exec(select(ScheduledJob).where(col(ScheduledJob.id).startswith(prefix))).all())

    def _save(self, db: Session, job: ScheduledJob) -> None:
        db.merge(job)
        self._arm(job)

    async def _fire(self, job_id: str) -> None:
        self._armed.pop(job_id, None)
        now = self.clock.now()
        async with self.work:
            job = self._advance(job_id, now)
        if job is None:
            return
        late = (now - job.next_run).total_seconds()
        if late > job.grace_s:
            log.warning("job skipped id=%s due=%s late_s=%.0f grace_s=%d", job_id, job.next_run.isoformat(),
                        late, job.grace_s)
            return
        await self.runner(job)

    def _advance(self, job_id: str, now: datetime) -> ScheduledJob | None:
        """Take a due job off the store (one-shot) or move it to its next run (cron); the due copy is returned."""
        with self.work.session() as s:
            job = s.get(ScheduledJob, job_id)
            if job is None:
                return None
            if job.next_run > now:  # another process sharing the store ran it already
                s.expunge(job)
                self._arm(job)
                return None
            due = ScheduledJob.model_validate(job.model_dump())
            if job.cron:
                nxt = cron_trigger(job.cron, self.clock).get_next_fire_time(None, now + timedelta(seconds=1))
                job.next_run = nxt if nxt is not None else now + timedelta(days=3650)
                s.add(job)
            else:
                s.delete(job)
            s.commit()
            if job.cron:
                self._arm(job)
        return due
