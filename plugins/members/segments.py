"""Segments: how each member takes part (KOL, active, ordinary, lurker, newcomer), from their figures."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel, Field

from bot.context import Context
from plugins.members.segment_records import Rules
from plugins.members.store import Roster

RANK = {s: i for i, s in enumerate(("lurker", "newcomer", "ordinary", "active", "kol"))}


class Thresholds(BaseModel):
    """What puts a member in a segment, over the last `window_days`."""

    window_days: int = Field(30, ge=7, le=365, description="figures are counted over this many days")
    newcomer_days: int = Field(14, ge=0, description="joined within this many days: a newcomer")
    kol_messages: int = Field(60, ge=1, description="a KOL sends at least this many messages ...")
    kol_replies: int = Field(15, ge=0, description="... and gets at least this many replies")
    active_days: int = Field(8, ge=1, description="active: speaks on at least this many days ...")
    active_messages: int = Field(30, ge=1, description="... or sends this many messages ...")
    active_signups: int = Field(2, ge=1, description="... or signs up for this many activities")
    lurker_days: int = Field(30, ge=1, description="a lurker has not spoken for this many days nor signed up")


def rules(t: Thresholds, today: int, now: datetime) -> Rules:
    """The thresholds as the bounds of tonight's computation (the store applies them to every member at once).

    A member who joined within `newcomer_days` is a newcomer; else a KOL with `kol_messages` and
    `kol_replies` over the window; else active with `active_days`, `active_messages` or
    `active_signups`; else a lurker when silent for `lurker_days` and signed up for nothing in the
    window; else ordinary. A member's score is messages + 3 x replies received + 5 x sign-ups.
    """
    return Rules(day=today, first_day=today - t.window_days, before_day=today - 2 * t.window_days,
                 newcomer_since=now - timedelta(days=t.newcomer_days), lurker_since=now - timedelta(days=t.lurker_days),
                 signups_since=now - timedelta(days=t.window_days), kol_messages=t.kol_messages,
                 kol_replies=t.kol_replies, active_days=t.active_days, active_messages=t.active_messages,
                 active_signups=t.active_signups)


def day_of(ctx: Context[Any, Any], when: datetime) -> int:
    """The day number of a time, in the bot's timezone (figures are kept per day)."""
    return when.astimezone(ctx.tz).date().toordinal()


def segment_rooms(ctx: Context[Any, Any], roster: Roster, rooms: list[str], now: datetime) -> None:
    """These rooms' segments, computed in the store; rooms sharing thresholds go together."""
    today = day_of(ctx, now)
    alike: dict[str, list[str]] = {}
    for room in rooms:
        alike.setdefault(ctx.config_for(room).segments.model_dump_json(), []).append(room)
    staff = {*ctx.bot.owners, *ctx.bot.operators}
    for group in alike.values():
        roster.resegment(group, rules(ctx.config_for(group[0]).segments, today, now), staff)
