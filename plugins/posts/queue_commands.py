"""The operators' commands on what goes out and when: queue an item (told truly when it goes out), take the last one
back, preview the next posts, skip a day's post (told when it has already gone out)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from bot.context import Context
from bot.events import MessageReceived
from bot.plugin import Plugin
from bot.templates import Script
from plugins.posts.calendar import day_of
from plugins.posts.going_out import day_said, meant, relative_days, when_said
from plugins.posts.holidays import HolidayBook
from plugins.posts.slots import clock, next_out, queued, slot_key, targets
from plugins.posts.store import Posts

Ctx = Context[Any, Any]
Render = Callable[..., Script]  # _render of the plugin: (ctx, config, name, when, item, room, keep, also_drawn)


def register(plugin: Plugin, schedule_arg: Callable[[Ctx, str], str | None], render: Render,
             holidays: Callable[[Ctx], HolidayBook]) -> None:
    """Add /post add, /post drop, /post preview and /post skip."""

    @plugin.command("post add", aliases=["定时问候 添加"], role="operator", usage="时段 内容", min_args=2,
                    summary="给某个时段排一条内容，例如 /post add morning 今天降温，注意保暖")
    async def add(ctx: Ctx, args: str) -> None:
        """Queue an item for a schedule; the operator is told when it goes out, and which of its words name a day
        that will be another by then."""
        if (name := schedule_arg(ctx, args)) is None:
            return
        assert isinstance(ctx.event, MessageReceived)
        text = args.split(None, 1)[1].strip()
        ctx.records(Posts).queue(name, text, ctx.now())
        ahead = len(queued(ctx, name)) - 1  # items queued before it go out first, one at each run
        at = next_out(ctx, name, ctx.event.room, ahead)
        today = ctx.now().astimezone(ctx.tz).date()
        later = at is not None and at.date() != today
        example = f"{at.month}月{at.day}日" if at is not None else ""
        words = meant(relative_days(text), today)  # 明天 meant 12月3日: said with the day it goes out
        ctx.reply(ctx.render("added.j2", name=name, text=text, at=when_said(at, today) if at else "", later=later,
                             shifted=relative_days(text), example=example, meant=[(w, d) for w, d, _ in words],
                             over=at is not None and bool(words) and all(d < at.date() for _, _, d in words)))

    @plugin.command("post drop", aliases=["定时问候 撤下"], role="operator", usage="时段", min_args=1,
                    summary="撤下某个时段最后排上的一条（还没发出去的）")
    async def drop(ctx: Ctx, args: str) -> None:
        """Take back the item queued last for a schedule, before it goes out."""
        if (name := schedule_arg(ctx, args)) is None:
            return
        waiting = queued(ctx, name)
        if waiting:
            ctx.records(Posts).use(waiting[-1], ctx.now())  # never posted: used up, so never posted
        ctx.reply(ctx.render("dropped.j2", name=name, text=waiting[-1].text if waiting else ""))

    @plugin.command("post preview", aliases=["定时问候 预览"], role="operator", usage="时段", min_args=1,
                    summary="预览某个时段今天和明天会发的内容")
    async def preview(ctx: Ctx, args: str) -> None:
        """Render a schedule's post for today and tomorrow, without using up queued or bank items; a queued item
        is shown on the day it goes out (not today, when today's has gone out)."""
        if (name := schedule_arg(ctx, args)) is None:
            return
        assert isinstance(ctx.event, MessageReceived)
        room = ctx.event.room
        config = ctx.config_for(room)
        when = ctx.now()
        local = when.astimezone(ctx.tz).date()
        at = next_out(ctx, name, room)
        items = [q.text for q in queued(ctx, name)]
        if at is None or at.date() != local:
            items.insert(0, "")  # today's has gone out (or none is due today): the queue starts tomorrow
        items += ["", ""]
        seen: dict[str, date] = {}  # items drawn for today, so tomorrow's preview draws others
        today = render(ctx, config, name, when, items[0], room, False, seen, notice=bool(items[0]))
        tomorrow = render(ctx, config, name, when + timedelta(days=1), items[1], room, False, seen,
                          notice=bool(items[1]))
        book = holidays(ctx)
        ctx.reply(ctx.render("preview.j2", today=today.text, tomorrow=tomorrow.text, today_day=day_of(local, book),
                             tomorrow_day=day_of(local + timedelta(days=1), book)), mention=False)

    @plugin.command("post skip", aliases=["定时问候 跳过"], role="operator", usage="时段 [明天]", min_args=1,
                    summary="今天不发这个时段（在群里发=本群，私聊发=所有群）；/post skip morning 明天：明天的不发")
    async def skip(ctx: Ctx, args: str) -> None:
        """Mark the day's remaining runs of a schedule as done, in this room or every room; when today's have all
        gone out already, the operator is told so (and how to skip tomorrow's), not that they were skipped."""
        if (name := schedule_arg(ctx, args)) is None:
            return
        rooms = targets(ctx)
        tomorrow = "明天" in args.split()[1:]
        now_ = ctx.now().astimezone(ctx.tz)
        start = now_ if not tomorrow else (now_ + timedelta(days=1)).replace(hour=0, minute=0, second=0,
                                                                                microsecond=0)
        end = start.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
        skipped, tried, gone, passed = 0, 0, [], set()
        midnight = now_.replace(hour=0, minute=0, second=0, microsecond=0)
        for room in rooms:
            cron = ctx.config_for(room).schedules[name].cron
            when = ctx.schedule.next_run(cron, start - timedelta(seconds=1))
            while when is not None and when < end:
                skipped += ctx.records(Posts).claim_slot(room, name, slot_key(when, ctx), "skipped")
                tried += 1  # a slot still ahead already claimed: skipped before (native review 25, finding 14)
                when = ctx.schedule.next_run(cron, when + timedelta(seconds=1))
            gone += ctx.records(Posts).posted_slots(room, [name], now_.date()) if not tomorrow else []
            when = ctx.schedule.next_run(cron, midnight - timedelta(seconds=1))
            while when is not None and when < now_ and not tomorrow:
                passed.add(slot_key(when, ctx))
                when = ctx.schedule.next_run(cron, when + timedelta(seconds=1))
        ctx.reply(ctx.render("skipped.j2", name=name, rooms=len(rooms), skipped=skipped,
                             day=day_said(start.date(), now_.date()), sent=sorted({clock(s) for s in gone}),
                             passed=sorted({clock(s) for s in passed}), again=tried - skipped, tomorrow=tomorrow))
