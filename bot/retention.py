"""Retention: each night, the text of messages older than `store.retention_days` is removed, in small steps.

The rows stay (their ids keep a message from being handled twice), and so does everything counted from them
when they came in: members' message counts and last words, daily counts, response times. Each step empties
at most STEP messages in order of time in its own unit of work, so a message arriving meanwhile waits
milliseconds, never the whole clean-up.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import or_, select
from sqlmodel import col

from bot.context import Context
from bot.core_state import CoreState
from bot.keeping import Records, change, query
from bot.models import Message
from bot.plugin import Plugin

log = logging.getLogger("qunbot.retention")
NIGHTLY = "20 3 * * *"  # 03:20, in quiet hours
STEP = 2000  # messages looked at per step
PAUSE = timedelta(seconds=1)  # between steps: events go first

EARLIEST = datetime(2000, 1, 1).astimezone()


class Seen(NamedTuple):
    """A message's id and time."""

    id: str
    ts: datetime


NEXT = query(lambda p: select(col(Message.id), col(Message.ts))
             .where(col(Message.ts) >= p.after, col(Message.ts) < p.before)
             .order_by(col(Message.ts), col(Message.id)).limit(STEP), shape=Seen)
EMPTY = change(Message, lambda p: [col(Message.ts) >= p.after, col(Message.ts) <= p.last,
                                   or_(col(Message.text) != "", col(Message.url).is_not(None),
                                       col(Message.title).is_not(None))],
               lambda p: {"text": "", "url": None, "title": None})


class Old(Records):
    """Messages past their time."""

    def next_window(self, after: datetime, before: datetime) -> tuple[int, datetime | None]:
        """How many messages from `after` (up to STEP, before `before`), and the time of the last of them."""
        rows = self.rows(NEXT, after=after, before=before)
        return len(rows), (rows[-1].ts if rows else None)

    def empty(self, after: datetime, last: datetime) -> int:
        """Remove the text of the messages from `after` to `last` inclusive; how many had some."""
        return self.changed(EMPTY, after=after, last=last)


def register(plugin: Plugin) -> None:
    """Give the built-in commands the nightly clean-up."""

    @plugin.on_start
    async def arm(ctx: Context[Any, Any]) -> None:
        """Every night at 03:20 while store.retention_days is set; none when it is 0."""
        if ctx.config_value("store.retention_days"):
            ctx.schedule.cron("retention", NIGHTLY, "retention")
        else:
            ctx.schedule.cancel("retention")

    @plugin.job("retention")
    async def nightly(ctx: Context[Any, Any], data: dict) -> None:
        """Start a pass over the messages past their time, from where the last pass of this process ended."""
        days = ctx.config_value("store.retention_days")
        if not days:
            return
        state: CoreState = ctx.state
        before = ctx.now() - timedelta(days=days)
        after = state.retained_until or EARLIEST
        await step(ctx, {"after": after.isoformat(), "before": before.isoformat(), "emptied": 0})

    @plugin.job("retention_step")
    async def step(ctx: Context[Any, Any], data: dict) -> None:
        """Empty up to STEP messages in time order; go on after a pause, or note how far the pass got."""
        after, before = datetime.fromisoformat(data["after"]), datetime.fromisoformat(data["before"])
        old = ctx.records(Old)
        count, last = old.next_window(after, before)
        emptied = data["emptied"] + (old.empty(after, last) if last is not None else 0)
        if count < STEP or last is None:
            state: CoreState = ctx.state
            state.retained_until = before
            log.info("retention done before=%s emptied=%d", before.isoformat(), emptied)
            return
        # the next step starts at the last time seen (messages of that same second are looked at again: harmless)
        ctx.schedule.timer(ctx.now() + PAUSE, "retention_step",
                           {"after": last.isoformat(), "before": data["before"], "emptied": emptied})
