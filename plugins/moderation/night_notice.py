"""An ad caught in quiet hours: the poster hears privately at once (he is awake, nobody else is woken), and the group
is told when the night ends, not at 23:00 on every phone in it, and without naming or @-ing him (he was told). A
notice whose ad was pardoned or found no ad meanwhile (/mod 误判, /mod 原谅) is not said."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from bot.plugin import Plugin
from plugins.moderation.settings import Ctx
from plugins.moderation.store import Incidents

HANDLER = "morning_notice"
GRACE_S = 3600  # a bot down at 07:00 still says it within the hour; later, the moment has passed


def morning(ctx: Ctx, room: str) -> datetime | None:
    """When the room's quiet hours now in force end (None: it is day, the notice goes at once)."""
    quiet, now = ctx.quiet(room), ctx.now().astimezone(ctx.tz)
    if not quiet.contains(now.time()):
        return None
    return quiet.next_end(now)


def hold(ctx: Ctx, room: str, member: str, values: dict[str, Any], when: datetime) -> None:
    """The group's notice of this ad, said when the night ends (one per member and room: a second ad that night
    needs no second notice, and the first one held stays, so a later ad pardoned cannot hide an earlier one)."""
    key = f"mod-notice:{room}:{member}"
    if ctx.schedule.is_scheduled(key):
        return
    ctx.schedule.at(key, when, HANDLER,
                    {"room": room, "member": member, "caught": ctx.now().isoformat(),
                     **{k: values[k] for k in ("name", "vip", "can_private")}}, GRACE_S)


def register(plugin: Plugin) -> None:
    """Add the morning's notice job to the moderation plugin."""

    @plugin.job(HANDLER)
    async def say_it(ctx: Ctx, data: dict) -> None:
        caught = datetime.fromisoformat(data["caught"]) - timedelta(seconds=1)
        if not ctx.records(Incidents).strikes(data["room"], data["member"], caught):
            return  # pardoned or found no ad in the night: nothing to tell the group
        ctx.say(data["room"], ctx.render("notice_morning.j2", **data), ref="night-notice")  # nobody named, no @
