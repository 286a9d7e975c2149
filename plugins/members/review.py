"""The weekly review (a chart image and five lines, privately to each operator and owner) and /health."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.context import Context
from bot.events import MessageReceived
from bot.plugin import Plugin
from bot.templates import Script
from plugins.members import chart
from plugins.members.commands import answer, lurkers, rooms_asked
from plugins.members.health import Health, rooms_health
from plugins.members.segments import RANK
from plugins.members.store import Roster

Ctx = Context[Any, Any]


def readers(ctx: Ctx, rooms: list[str]) -> dict[str, list[str]]:
    """Each owner (all rooms) and operator (the rooms whose duty roster names them, else all) and their rooms."""
    bot = ctx.bot
    out: dict[str, list[str]] = {o: list(rooms) for o in bot.owners}
    for op in bot.operators:
        if op in out:
            continue
        mine = [r for r in rooms if any(getattr(s, "operator", None) == op for s in bot.room_duty.get(r, []))]
        out[op] = mine or list(rooms)
    return out


def healths(ctx: Ctx, roster: Roster, rooms: list[str], now: datetime) -> list[Health]:
    """Each room's health as of `now`."""
    today = now.astimezone(ctx.tz).date().toordinal()
    staff = {*ctx.bot.owners, *ctx.bot.operators}
    return rooms_health(roster, rooms, today, now, {r: ctx.config_for(r).health for r in rooms}, staff)


@dataclass
class RoomFacts:
    """What one room adds to a review: its health, who to thank (score gained, name), who dropped and who is silent."""

    health: Health
    thank: list[tuple[int, str]]
    dropped: list[str]  # were KOL or active, are less now
    silent: list[str]  # its first three lurkers


def room_facts(ctx: Ctx, roster: Roster, health: Health, now: datetime) -> RoomFacts:
    """One room's part of the five lines (computed once per review, whoever reads it)."""
    names = {p.contact_id: p.name or p.contact_id for p in roster.present(health.room)}
    segs = [s for s in roster.segments(health.room).values() if s.contact_id in names]
    thank = [(s.score - s.score_before, names[s.contact_id]) for s in segs if s.score > 0]
    dropped = [names[s.contact_id] for s in segs
               if s.previous in ("kol", "active") and RANK[s.segment] < RANK[s.previous]]
    silent = [p.name or p.contact_id for p in lurkers(ctx, roster, health.room, ctx.config.segments.lurker_days, now)]
    return RoomFacts(health, thank, dropped, silent[:3])


def lines(facts: list[RoomFacts]) -> dict[str, Any]:
    """The facts behind the five lines: what changed, who joined and left, who to thank, who to reach, where to look."""
    groups = [f.health for f in facts]
    members = sum(h.now.members for h in groups)
    before = sum(h.weeks[-2].members for h in groups)
    per_day = sum(h.now.per_day for h in groups)
    per_day_before = sum(h.weeks[-2].per_day for h in groups)
    thank: list[tuple[int, str]] = []
    reach: list[str] = []
    for f in facts:
        thank += f.thank
        reach += f.dropped
        if len(reach) < 3:
            reach += f.silent[:3 - len(reach)]
    thank.sort(key=lambda t: (-t[0], t[1]))
    watch = sorted(groups, key=lambda h: (-len(h.warnings), h.now.active_share))
    return {"members": members, "members_change": members - before, "per_day": round(per_day, 1),
            "per_day_before": round(per_day_before, 1), "joins": sum(h.now.joins for h in groups),
            "leaves": sum(h.now.leaves for h in groups), "thank": [n for _, n in thank[:3]], "reach": reach[:3],
            "watch": watch[0] if watch else None}


def send_all(ctx: Ctx, roster: Roster, now: datetime) -> None:
    """Draw and send each reader's review.

    Each room's figures are counted once, and readers of the same rooms get a copy of one drawing:
    the cost grows with the rooms, not with rooms times readers. The figures are read here; the charts
    are drawn in a child process (`ctx.later`, plugins.members.drawing), so members' messages are handled meanwhile
    and matplotlib's memory goes when it ends; they are sent after.
    """
    rooms = roster.rooms()
    if not rooms:
        return
    folder = Path(ctx.config.charts_dir)
    day = now.astimezone(ctx.tz).date()
    title = f"{day:%m月%d日} 一周复盘"
    facts: dict[str, RoomFacts] = {}
    counts: dict[str, dict[str, int]] = {}
    drawings: dict[tuple[str, ...], tuple[dict[str, Any], Path]] = {}  # one per set of rooms: its series, its file
    sends: list[tuple[str, Path, tuple[str, ...], Script]] = []  # reader, their file, their set of rooms, the text
    told = {reader: theirs for reader, theirs in readers(ctx, rooms).items() if theirs and ctx.can_private(reader)}
    needed = list(dict.fromkeys(room for theirs in told.values() for room in theirs))
    health = {h.room: h for h in healths(ctx, roster, needed, now)} if needed else {}  # one set of queries for all
    for reader, theirs in told.items():
        for room in theirs:
            if room not in facts:
                facts[room] = room_facts(ctx, roster, health[room], now)
                counts[room] = roster.counts(room, day.toordinal())
        mine = [facts[r] for r in theirs]
        path = folder / f"review-{day:%Y%m%d}-{reader}.png"
        if tuple(theirs) not in drawings:
            drawings[tuple(theirs)] = (chart.series([f.health for f in mine], counts), path)
        sends.append((reader, path, tuple(theirs), ctx.render("review.j2", **lines(mine))))

    job = chart.work(title, list(drawings.values()),
                       [(drawings[key][1], path) for _reader, path, key, _text in sends if path != drawings[key][1]])

    async def send(later: Ctx, _: None) -> None:
        for reader, path, _rooms, text in sends:
            later.image(path, to=reader, ref="review")
            later.private(reader, text, ref="review.j2")

    ctx.later(lambda: chart.draw_in_child(job), send)


def register(plugin: Plugin) -> None:
    """Add /health to the plugin."""

    @plugin.command("health", aliases=["群健康"], role="operator",
                    summary="群的健康：人数、进退群、活跃比例、回应速度、潜水比例、近四周走势")
    async def health(ctx: Ctx, args: str) -> None:
        """Each group's health over four weeks and its warnings, answered privately."""
        assert isinstance(ctx.event, MessageReceived)
        roster = ctx.records(Roster)
        answer(ctx, "health.j2", groups=healths(ctx, roster, rooms_asked(ctx, roster), ctx.now()))


