"""Plugins' jobs (run at, run daily/cron, cancel, by stable id), kept in the store and armed on the one timer heap."""
from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import bindparam, delete, update
from sqlmodel import col, select

from bot.clock import Clock, TimerHandle, Timers
from bot.models import ScheduledJob
from bot.statements import Statement, Upsert
from bot.work import Work

log = logging.getLogger("qunbot.scheduler")
JobRunner = Callable[[ScheduledJob], Awaitable[None]]


def cron_trigger(expr: str, clock: Clock) -> CronTrigger:
    """An APScheduler cron trigger in the bot's timezone; raises ValueError for a bad expression."""
    return CronTrigger.from_crontab(expr, timezone=clock.tz)


_JOB = ("id", "plugin", "handler", "data", "cron", "next_run", "grace_s")


def _save(insert):
    stmt = insert(ScheduledJob).values({c: bindparam(c) for c in _JOB})
    return stmt.on_conflict_do_update(index_elements=["id"], set_={c: stmt.excluded[c] for c in _JOB if c != "id"})


SAVE = Upsert(_save)
_THIS_RUN = (col(ScheduledJob.id) == bindparam("job_id")) & (col(ScheduledJob.next_run) == bindparam("due"))
TAKE = Statement(delete(ScheduledJob).where(_THIS_RUN))  # a one-shot job, claimed by whoever deletes it
MOVE = Statement(update(ScheduledJob).where(_THIS_RUN).values(next_run=bindparam("next_run")))  # a cron job
FORGET = Statement(delete(ScheduledJob).where(col(ScheduledJob.id) == bindparam("job_id")))


class Scheduler:
    """Stored jobs fired in time order; a job late by more than its grace is skipped and logged.

    Jobs are kept in memory and written through to the store. A run is claimed in the store
    (a one-shot job deleted, a cron job moved to its next run, only if it still stands at this
    run): so two processes sharing a store run it once, and a job whose scheduling was undone
    (its plugin's handler failed) does not run at all.
    """

    def __init__(self, clock: Clock, timers: Timers, runner: JobRunner, work: Work) -> None:
        self.clock, self.timers, self.runner, self.work = clock, timers, runner, work
        self._jobs: dict[str, ScheduledJob] = {}
        self._armed: dict[str, TimerHandle] = {}

    def load(self) -> None:
        """Arm every stored job; called once at start-up."""
        with self.work.session() as s:
            jobs = s.exec(select(ScheduledJob)).all()
        for job in jobs:
            self._keep(job)
        if jobs:
            log.info("scheduler loaded jobs=%d", len(jobs))

    def pick_up(self) -> None:
        """Arm the stored jobs another process scheduled or moved (a room taken over from an account that stopped)."""
        with self.work.session() as s:
            jobs = s.exec(select(ScheduledJob)).all()
        for job in jobs:
            known = self._jobs.get(job.id)
            if known is None or known.next_run != job.next_run:
                self._keep(job)

    def _keep(self, job: ScheduledJob) -> None:
        self._jobs[job.id] = job
        if (old := self._armed.pop(job.id, None)) is not None:
            old.cancel()
        self._armed[job.id] = self.timers.call_at(job.next_run, lambda: self._fire(job.id), job.id)

    def at(self, job_id: str, when: datetime, plugin: str, handler: str, data: dict | None = None,
           grace_s: int = 300) -> None:
        """Run `plugin.handler(data)` once at `when` (replaces a job with the same id); stored in the current unit."""
        self._save(ScheduledJob(id=job_id, plugin=plugin, handler=handler, data=json.dumps(data or {}),
                                cron=None, next_run=when, grace_s=grace_s))

    def cron(self, job_id: str, expr: str, plugin: str, handler: str, data: dict | None = None,
             grace_s: int = 900) -> datetime:
        """Run on a crontab schedule ("30 7 * * *") in the bot's timezone; returns the next run."""
        nxt = cron_trigger(expr, self.clock).get_next_fire_time(None, self.clock.now())
        assert nxt is not None
        existing = self._jobs.get(job_id)
        if existing is not None and existing.cron == expr and existing.next_run <= nxt:
            nxt = existing.next_run  # keep a run that is due (or overdue) rather than skipping it
        self._save(ScheduledJob(id=job_id, plugin=plugin, handler=handler, data=json.dumps(data or {}),
                                cron=expr, next_run=nxt, grace_s=grace_s))
        return nxt

    def cancel(self, job_id: str) -> bool:
        """Forget a job; True when there was one."""
        if (old := self._armed.pop(job_id, None)) is not None:
            old.cancel()
        self.work.run(FORGET, job_id=job_id)
        return self._jobs.pop(job_id, None) is not None

    def is_scheduled(self, job_id: str) -> bool:
        """Whether a job by this id is stored and waiting."""
        return job_id in self._armed

    def jobs(self, prefix: str = "") -> list[ScheduledJob]:
        """Jobs whose id starts with `prefix`, soonest first."""
        return sorted((j for i, j in self._jobs.items() if i.startswith(prefix)), key=lambda j: j.next_run)

    def _save(self, job: ScheduledJob) -> None:
        self.work.run(SAVE, **{c: getattr(job, c) for c in _JOB})
        self._keep(job)

    async def _fire(self, job_id: str) -> None:
        self._armed.pop(job_id, None)
        now = self.clock.now()
        async with self.work:
            job = self._claim(job_id, now)
        if job is None:
            return
        late = (now - job.next_run).total_seconds()
        if late > job.grace_s:
            log.warning("job skipped id=%s due=%s late_s=%.0f grace_s=%d", job_id, job.next_run.isoformat(),
                        late, job.grace_s)
            return
        await self.runner(job)

    def _claim(self, job_id: str, now: datetime) -> ScheduledJob | None:
        """Take this run of a job in the store; the due job is returned, None when it is not ours to run."""
        job = self._jobs.pop(job_id, None)
        if job is None:
            return None
        if job.cron:
            nxt = cron_trigger(job.cron, self.clock).get_next_fire_time(None, now + timedelta(seconds=1))
            following = ScheduledJob(**{**job.model_dump(), "next_run": nxt or now + timedelta(days=3650)})
            claimed = self.work.run(MOVE, job_id=job_id, due=job.next_run, next_run=following.next_run).rowcount
        else:
            following = None
            claimed = self.work.run(TAKE, job_id=job_id, due=job.next_run).rowcount
        if claimed:
            if following is not None:
                self._keep(following)
            return job
        with self.work.session() as s:  # run elsewhere, changed, or its scheduling was undone: as the store says
            stored = s.get(ScheduledJob, job_id)
        if stored is not None:
            self._keep(stored)
        return None
