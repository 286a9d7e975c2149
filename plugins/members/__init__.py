"""Members and groups: who takes part how (segments), lurkers, core members, tags, group health, the weekly review."""
from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import Field

from bot.config import PluginConfig
from bot.context import Context
from bot.events import MemberJoined, MemberLeft, MessageReceived
from bot.plugin import Plugin
from bot.rules import in_room
from bot.undo import Journaled, Map
from plugins.members import commands, intro, review
from plugins.members.health import HealthLimits, as_json, rooms_health
from plugins.members.segments import Thresholds, day_of, segment_rooms
from plugins.members.store import Activities, Roster


class MembersConfig(PluginConfig):
    """Settings under plugins.members."""

    send_priority = 5
    at_night = "defer"

    segments: Thresholds = Field(default_factory=Thresholds)
    segments_cron: str = Field("30 4 * * *", description="when segments are computed each day")
    rooms_per_step: int = Field(20, ge=1, description="rooms computed in one go; messages are handled in between")
    core_top: int = Field(10, ge=1, le=50, description="how many contributors /core lists")
    tell_on_leave: bool = True
    health: HealthLimits = Field(default_factory=HealthLimits)
    review_cron: str | None = Field("0 9 * * mon", description="the weekly review (Monday 09:00; "
                                                          "name the day: mon); none: off")
    charts_dir: str = Field("data/charts", description="where the weekly review's chart images are kept")
    intro_hours: int = Field(72, ge=1, description="a newcomer's messages this soon after joining are read for tags")


class MembersState(Journaled):
    """Each room's owner post still waiting for its first answer; newcomers whose introduction is being read.

    Newcomers are rebuilt from the members table at start, so a restart keeps reading their introductions.
    """

    def __init__(self) -> None:
        self.waiting: Map[str, tuple[str, datetime]] = Map()  # room -> (post id, posted at)
        self.newcomers: Map[str, datetime] = Map()  # "room contact" -> joined, while their introduction is read


plugin = Plugin(name="members", description="成员分层、潜水、核心成员、群健康和每周复盘", config=MembersConfig,
                state=MembersState, order=90)
Ctx = Context[MembersConfig, MembersState]


@plugin.on(MessageReceived, in_room)
async def count(ctx: Ctx, event: MessageReceived) -> None:
    """Every message counts for its sender; a mention or a quote counts as a reply for whom it answers.

    A newcomer's messages in their first `intro_hours` are read for tags (their self-introduction).
    """
    assert event.room is not None
    if event.text.lstrip().startswith("/"):
        return
    if (joined := ctx.state.newcomers.get(f"{event.room} {event.sender}")) is not None:
        if event.ts - joined <= timedelta(hours=ctx.config_for(event.room).intro_hours):
            roster = ctx.records(Roster)
            for key, value in intro.tags(event.text):
                roster.tag(event.sender, key, value, "intro")
        else:
            del ctx.state.newcomers[f"{event.room} {event.sender}"]
    book, day = ctx.records(Activities), day_of(ctx, event.ts)
    if ctx.role_of(event.sender) != "member":
        book.owner_posted(event.room, event.id, event.ts)
        ctx.state.waiting[event.room] = (event.id, event.ts)
        return
    book.spoke(event.room, day, event.sender)
    answered = set(event.mentions)
    if event.reply_to and (quoted := book.quoted_sender(event.reply_to)):
        answered.add(quoted)
    for contact in answered - {event.sender}:
        book.replied_to(event.room, day, contact)
    waiting = ctx.state.waiting.get(event.room)
    if waiting is not None:
        del ctx.state.waiting[event.room]
        after = int((event.ts - waiting[1]).total_seconds())
        if after <= ctx.config.health.answer_within_min * 60:
            book.answered(waiting[0], after)


@plugin.on(MemberJoined)
async def joined(ctx: Ctx, event: MemberJoined) -> None:
    """Newcomers' first messages will be read for their self-introduction."""
    for person in event.members:
        ctx.state.newcomers[f"{event.room} {person.id}"] = event.ts


@plugin.on(MemberLeft)
async def left(ctx: Ctx, event: MemberLeft) -> None:
    """The operator on duty hears privately who left, their segment and last words; the group hears nothing."""
    if not ctx.config.tell_on_leave:
        return
    duty = ctx.on_duty(event.room)
    if not duty:
        return
    roster = ctx.records(Roster)
    for person in event.members:
        if ctx.role_of(person.id) != "member":
            continue
        found = roster.segment_of(event.room, person.id)
        ctx.private(duty[0], ctx.render("left.j2", name=person.name or person.id, topic=roster.topic(event.room),
                                        segment=found.segment if found else "", removed=event.remover is not None,
                                        words=roster.last_words(event.room, person.id)[:60]))


@plugin.on_start
async def arm(ctx: Ctx) -> None:
    """(Re)arm the daily segments and the weekly review; newcomers still introducing themselves, from the store."""
    since = ctx.now() - timedelta(hours=ctx.config.intro_hours)
    for room, contact, at in ctx.records(Roster).newcomers(since):
        if ctx.role_of(contact) == "member":
            ctx.state.newcomers[f"{room} {contact}"] = at
    ctx.schedule.cron("segments", ctx.config.segments_cron, "segments")
    if ctx.config.review_cron:
        ctx.schedule.cron("review", ctx.config.review_cron, "review")
    else:
        ctx.schedule.cancel("review")


@plugin.job("segments")
async def segments(ctx: Ctx, data: dict) -> None:
    """Compute a few rooms' segments, then hand the rest to a timer so messages are handled in between."""
    roster = ctx.records(Roster)
    now = ctx.due or ctx.now()
    if not data.get("after"):  # once a night: forget newcomers whose introduction time is over
        done = now - timedelta(hours=ctx.config.intro_hours)
        for key in [k for k, at in ctx.state.newcomers.items() if at < done]:
            del ctx.state.newcomers[key]
    rooms = roster.rooms(after=data.get("after", ""), limit=ctx.config.rooms_per_step)
    segment_rooms(ctx, roster, rooms, now)
    warn(ctx, roster, rooms, now)
    if len(rooms) == ctx.config.rooms_per_step:
        ctx.schedule.timer(ctx.now(), "segments", {"after": rooms[-1]})


def warn(ctx: Ctx, roster: Roster, rooms: list[str], now: datetime) -> None:
    """The operator on duty hears privately of a death signal, each at most once a week per room (kept in the store).

    Each room's health is kept too, for the console's list of every room.
    """
    today = day_of(ctx, now)
    found = rooms_health(roster, rooms, today, now, {r: ctx.config_for(r).health for r in rooms},
                         {*ctx.bot.owners, *ctx.bot.operators})
    warned = roster.warned(rooms)
    for health in found:
        roster.keep_health(health.room, today, as_json(health))
        fresh = [s for s in health.warnings if warned.get((health.room, s), -999) <= today - 7]
        duty = ctx.on_duty(health.room)
        if not fresh or not duty:
            continue
        for signal in fresh:
            roster.warn(health.room, signal, today)
        ctx.private(duty[0], ctx.render("warning.j2", h=health, signals=fresh), ref="warning.j2")


@plugin.job("review")
async def weekly_review(ctx: Ctx, data: dict) -> None:
    """Each operator and owner gets privately a chart of their groups and five lines of text."""
    review.send_all(ctx, ctx.records(Roster), ctx.due or ctx.now())


commands.register(plugin)
review.register(plugin)
