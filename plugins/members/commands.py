"""The operators' commands: /members, /lurkers, /core, /greet, /member, /tag; every answer goes privately."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from bot import arguments
from bot.context import Context
from bot.events import MessageReceived
from bot.plugin import Plugin
from plugins.members.people import Person
from plugins.members.segments import RANK, day_of, segment_rooms
from plugins.members.store import Roster

Ctx = Context[Any, Any]


def rooms_asked(ctx: Ctx, roster: Roster) -> list[str]:
    """The room the command was typed in, or every room when asked privately."""
    assert isinstance(ctx.event, MessageReceived)
    return [ctx.event.room] if ctx.event.room else roster.rooms()


def answer(ctx: Ctx, template: str, **values: Any) -> None:
    """Answer the operator privately, whatever room they typed in."""
    assert isinstance(ctx.event, MessageReceived)
    ctx.private(ctx.event.sender, ctx.render(template, **values), ref=template)


def lurkers(ctx: Ctx, roster: Roster, room: str, days: int, now: datetime) -> list[Person]:
    """Members silent for `days` (and there that long) who signed up for nothing meanwhile; longest silent first."""
    since = now - timedelta(days=days)
    active = roster.signups(room, since)
    found = [p for p in roster.present(room) if ctx.role_of(p.contact_id) == "member" and p.joined <= since
             and (p.last_spoke is None or p.last_spoke <= since) and p.contact_id not in active]
    return sorted(found, key=lambda p: (p.last_spoke or p.joined, p.name))


def mentioned(ctx: Ctx, roster: Roster, text: str) -> tuple[str, Person] | None:
    """The member an operator named (@-mention or name), and the room where they were found."""
    assert isinstance(ctx.event, MessageReceived)
    wanted = set(ctx.event.mentions)
    name = text.strip().lstrip("@").split()[0] if text.strip() else ""
    for room in rooms_asked(ctx, roster):
        for p in roster.present(room):
            if p.contact_id in wanted or (name and name in (p.name, p.contact_id)):
                return room, p
    return None


def named(ctx: Ctx, roster: Roster, text: str) -> tuple[str, Person] | None:
    """The member an operator named and their room; when nobody is found by that name, the operator is told so."""
    if (found := mentioned(ctx, roster, text)) is None:
        answer(ctx, "not_found.j2", name=text)
    return found


def core(ctx: Ctx, roster: Roster, room: str, today: int) -> dict[str, Any]:
    """A room's top contributors by score, and who moved up or down a segment in the last week."""
    names = {p.contact_id: p.name or p.contact_id for p in roster.present(room)}
    segs = [s for s in roster.segments(room).values() if s.contact_id in names]
    top = sorted((s for s in segs if s.score > 0), key=lambda s: (-s.score, s.contact_id))[:ctx.config.core_top]
    moved = [s for s in segs if s.previous and s.since > today - 7]
    return {"topic": roster.topic(room), "names": names, "top": top,
            "rose": [s for s in moved if RANK[s.segment] > RANK[s.previous]],
            "fell": [s for s in moved if RANK[s.segment] < RANK[s.previous]]}


def greet(ctx: Ctx, roster: Roster, room: str, p: Person) -> bool:
    """Send one gentle private greeting to a member, on an operator's word; False when they are not a friend."""
    if not ctx.can_private(p.contact_id):
        return False
    ctx.private(p.contact_id, ctx.render("greeting.j2", name=p.name, topic=roster.topic(room),
                                         tags=roster.tags(p.contact_id)))
    return True


def register(plugin: Plugin) -> None:
    """Add the members commands to the plugin."""

    @plugin.command("members", aliases=["成员"], role="operator",
                    summary="各层成员人数和一周来的变化；/成员 @成员 看某人")
    async def members(ctx: Ctx, args: str) -> None:
        """Counts per segment now and a week ago, per room; with a name, that member's card."""
        roster = ctx.records(Roster)
        if args:
            await member(ctx, args)
            return
        today = day_of(ctx, ctx.now())
        rooms = rooms_asked(ctx, roster)
        if fresh := [r for r in rooms if not roster.counts(r, today)]:  # the first day: counted now, not tomorrow
            segment_rooms(ctx, roster, fresh, ctx.now())
        groups = [{"topic": roster.topic(r), "now": roster.counts(r, today), "before": roster.counts(r, today - 7)}
                  for r in rooms]
        answer(ctx, "members.j2", groups=groups)

    @plugin.command("member", role="operator", summary="看看某位成员：分层、入群、最近发言、标签",
                    usage="@成员")
    async def member(ctx: Ctx, args: str) -> None:
        """One member's card: segment, joined, last spoke, tags."""
        roster = ctx.records(Roster)
        if (found := named(ctx, roster, args)) is None:
            return
        room, p = found
        seg = roster.segment_of(room, p.contact_id)
        answer(ctx, "member.j2", p=p, topic=roster.topic(room), segment=seg.segment if seg else "",
               tags=roster.tags(p.contact_id))

    @plugin.command("lurkers", aliases=["潜水"], role="operator", summary="久未发言的成员，和一句温和的问候",
                    usage="[天数]")
    async def show_lurkers(ctx: Ctx, args: str) -> None:
        """Members silent for N days (default from config), with when they joined and last spoke."""
        days = int(args) if args.isdigit() else ctx.config.segments.lurker_days
        roster, now = ctx.records(Roster), ctx.now()
        groups = [{"topic": roster.topic(r), "people": lurkers(ctx, roster, r, days, now)}
                  for r in rooms_asked(ctx, roster)]
        answer(ctx, "lurkers.j2", groups=groups, days=days, now=now)

    @plugin.command("greet", aliases=["问候"], role="operator", summary="替你私下问候一位潜水成员",
                    usage="@成员", min_args=1, parse=arguments.text)
    async def greet_one(ctx: Ctx, args: str) -> None:
        """Send one gentle private greeting to a member, on the operator's word (never automatic)."""
        roster = ctx.records(Roster)
        if (found := named(ctx, roster, args)) is None:
            return
        room, p = found
        answer(ctx, "greeted.j2" if greet(ctx, roster, room, p) else "greet_not_friend.j2", p=p)

    @plugin.command("core", aliases=["核心"], role="operator", summary="贡献最多的成员，谁在上升、谁在下降")
    async def show_core(ctx: Ctx, args: str) -> None:
        """Top contributors by score, and who moved up or down a segment this week."""
        roster = ctx.records(Roster)
        today = ctx.now().astimezone(ctx.tz).date().toordinal()
        answer(ctx, "core.j2", groups=[core(ctx, roster, room, today) for room in rooms_asked(ctx, roster)])

    @plugin.command("tag", aliases=["标签"], role="operator", summary="给成员加标签", usage="@成员 爱好:太极",
                    min_args=2)
    async def tag(ctx: Ctx, args: str) -> None:
        """Add a tag (key:value) to a member by hand."""
        roster = ctx.records(Roster)
        found = mentioned(ctx, roster, args)
        label = args.split()[-1].replace("：", ":")
        if found is None or ":" not in label:
            ctx.usage()
            return
        key, value = (part.strip() for part in label.split(":", 1))
        roster.tag(found[1].contact_id, key, value, "operator")
        answer(ctx, "tagged.j2", p=found[1], key=key, value=value)
