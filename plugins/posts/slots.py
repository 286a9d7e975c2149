"""A schedule's runs as the poster and the operators' commands both read them: the key a run is claimed under, the
rooms a command means, the items queued, and when the n-th queued item goes out (code review 25, finding 15: one
place, so /post skip claims the very keys the poster looks for)."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from bot.context import Context
from bot.events import MessageReceived
from plugins.posts.store import PostItem, Posts

Ctx = Context[Any, Any]


def slot_key(when: datetime, ctx: Ctx) -> str:
    """The key a schedule's run at `when` is claimed under, posted or skipped (2026-12-02T07:30)."""
    return when.astimezone(ctx.tz).strftime("%Y-%m-%dT%H:%M")


def clock(key: str) -> str:
    """A slot key's time as an operator reads it: 7:30, 0:05 (never :05)."""
    hour, minute = key[-5:].split(":")
    return f"{int(hour)}:{minute}"


def rooms(ctx: Ctx) -> list[str]:
    """The rooms the posts go to: the configured ones, else every room the bot has posted in."""
    if ctx.config.rooms is not None:
        return list(ctx.config.rooms)
    return ctx.records(Posts).rooms()


def targets(ctx: Ctx) -> list[str]:
    """A command's rooms: the room it was typed in, or every room when typed privately."""
    assert isinstance(ctx.event, MessageReceived)
    return [ctx.event.room] if ctx.event.room else rooms(ctx)


def queued(ctx: Ctx, schedule: str) -> list[PostItem]:
    """Items queued for a schedule and not used yet, oldest first."""
    return ctx.records(Posts).queued(schedule)


def next_out(ctx: Ctx, name: str, room: str | None, ahead: int = 0) -> datetime | None:
    """When schedule `name` posts in `room` (or by the main settings) with `ahead` queued items before it: one item
    goes out at each run, so the run `ahead` runs after the next (30 7,19 * * *: the same evening, not tomorrow)."""
    slot = ctx.config_for(room).schedules.get(name)
    if slot is None or not slot.enabled:
        return None
    at = ctx.schedule.next_run(slot.cron, ctx.now())
    for _ in range(ahead):
        if at is None:
            return None
        at = ctx.schedule.next_run(slot.cron, at + timedelta(seconds=1))
    return at.astimezone(ctx.tz) if at is not None else None
