"""/sla: how fast members got answers, today and over the last 7 days."""
from __future__ import annotations

from datetime import timedelta

from bot.context import Context
from bot.events import MessageReceived
from bot.plugin import Plugin
from plugins.nudge.records import sla


def register(plugin: Plugin) -> None:
    """Add /sla to the nudge plugin."""

    @plugin.command("sla", aliases=["回复统计"], role="operator", summary="看看今天和近7天回复成员有多快")
    async def show(ctx: Context, args: str) -> None:
        """Today and the last 7 days: p50, p90, % within 3 min, covers, worst waits (this room, or all privately)."""
        assert isinstance(ctx.event, MessageReceived)
        now = ctx.now()
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        room = ctx.event.room
        ctx.reply(ctx.render("sla.j2", today=sla(ctx.db, midnight, now + timedelta(seconds=1), room),
                             week=sla(ctx.db, midnight - timedelta(days=6), now + timedelta(seconds=1), room),
                             room=room))
