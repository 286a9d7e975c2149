"""/sla: how fast members got answers, today and over the last 7 days."""
from __future__ import annotations

from datetime import timedelta

from bot.context import Context
from bot.events import MessageReceived
from bot.outbox_pressure import named
from bot.outbox_view import FailedActions
from bot.plugin import Plugin
from plugins.nudge.store import Pendings


def register(plugin: Plugin) -> None:
    """Add /sla and the optional daily report to the nudge plugin."""

    @plugin.job("report")
    async def daily(ctx: Context, data: dict) -> None:
        """Each operator privately: today's figures for the members they were nudged about or answered."""
        now = ctx.now()
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        operators = list(dict.fromkeys([*ctx.bot.operators, *(s.operator for s in ctx.bot.duty)]))
        by_operator = ctx.records(Pendings).sla_by_operator(midnight, now + timedelta(seconds=1), operators)
        given_up = named(ctx.records(FailedActions).given_up_since(midnight))  # what a full backlog never sent
        for operator, figures in by_operator.items():
            if figures.total or figures.private or given_up:
                ctx.private(operator, ctx.render("daily.j2", s=figures, given_up=given_up), ref="daily.j2")

    @plugin.command("sla", aliases=["回复统计"], role="operator", summary="看看今天和近7天回复成员有多快")
    async def show(ctx: Context, args: str) -> None:
        """Today and the last 7 days: p50, p90, % within 3 min, covers, worst waits (this room, or all privately)."""
        assert isinstance(ctx.event, MessageReceived)
        now = ctx.now()
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        room = ctx.event.room
        pendings = ctx.records(Pendings)
        ctx.reply(ctx.render("sla.j2", today=pendings.sla(midnight, now + timedelta(seconds=1), room),
                             week=pendings.sla(midnight - timedelta(days=6), now + timedelta(seconds=1), room),
                             room=room))
