"""Operators steer moderation in chat: /mod incidents, strikes, pardon, fp, allow, block, rules."""
from __future__ import annotations

from collections.abc import Callable

from sqlmodel import col, func, select

from bot.context import Context
from bot.events import MessageReceived
from bot.models import Member
from bot.plugin import Plugin
from plugins.moderation.detectors import RULES, Screen
from plugins.moderation.records import Incident, ModWord, latest_strike, strikes, window


def who(ctx: Context, args: str) -> tuple[str, str] | None:
    """The member a command is about: the first @mention, else "@name" looked up in the room's members."""
    assert isinstance(ctx.event, MessageReceived)
    if ctx.event.mentions:
        member_id = ctx.event.mentions[0]
        found = ctx.db.exec(select(Member).where(Member.contact_id == member_id)).first()
        return member_id, found.name if found else member_id
    name = args.strip().lstrip("@").split()[0] if args.strip() else ""
    if not name:
        return None
    query = select(Member).where((Member.name == name) | (Member.contact_id == name))
    rows = ctx.db.exec(query).all()
    here = [m for m in rows if m.room_id == ctx.event.room] or rows
    return (here[0].contact_id, here[0].name or here[0].contact_id) if here else None


def register(plugin: Plugin, screen_for: Callable[[Context, str | None], Screen]) -> None:
    """Add the /mod commands to the moderation plugin."""

    def _room(ctx: Context) -> str | None:
        assert isinstance(ctx.event, MessageReceived)
        return ctx.event.room

    @plugin.command("mod incidents", aliases=["广告 记录"], role="operator", summary="最近抓到的广告")
    async def incidents(ctx: Context, args: str) -> None:
        """The last ten incidents here (or everywhere, asked privately)."""
        query = select(Incident).order_by(col(Incident.id).desc()).limit(10)
        if _room(ctx) is not None:
            query = query.where(Incident.room_id == _room(ctx))
        ctx.reply(ctx.render("incidents.j2", rows=ctx.db.exec(query).all()))

    @plugin.command("mod strikes", aliases=["广告 警告数"], role="operator", usage="@成员", min_args=1,
                    summary="看某位成员被提醒过几次")
    async def strikes_of(ctx: Context, args: str) -> None:
        """A member's strikes in force and their recent incidents."""
        if (target := who(ctx, args)) is None:
            ctx.usage("没找到这位成员")
            return
        member, name = target
        since = window(ctx.now(), ctx.config.strike_days)
        rows = ctx.db.exec(select(Incident).where(Incident.member_id == member)
                           .order_by(col(Incident.id).desc()).limit(5)).all()
        count = strikes(ctx.work, _room(ctx), member, since)
        ctx.reply(ctx.render("strikes.j2", name=name, count=count, rows=rows, days=ctx.config.strike_days))

    @plugin.command("mod pardon", aliases=["广告 原谅"], role="operator", usage="@成员", min_args=1,
                    summary="撤销某位成员最近一次警告")
    async def pardon(ctx: Context, args: str) -> None:
        """Undo the member's last strike."""
        if (target := who(ctx, args)) is None:
            ctx.usage("没找到这位成员")
            return
        member, name = target
        last = latest_strike(ctx.db, _room(ctx), member, window(ctx.now(), ctx.config.strike_days))
        if last is not None:
            last.revoked = "pardon"
            ctx.db.add(last)
        ctx.reply(ctx.render("pardoned.j2", name=name, incident=last))

    @plugin.command("mod fp", aliases=["广告 误判"], role="operator", usage="记录编号", min_args=1,
                    summary="标记误判：撤销警告，并计入该规则的误判数")
    async def false_positive(ctx: Context, args: str) -> None:
        """Mark an incident as a false positive."""
        number = args.split()[0].lstrip("#")
        incident = ctx.db.get(Incident, int(number)) if number.isdigit() else None
        if incident is None:
            ctx.usage(f"没有编号为 {number} 的记录（见 /mod incidents）")
            return
        incident.revoked = "false_positive"
        ctx.db.add(incident)
        ctx.reply(ctx.render("false_positive.j2", incident=incident))

    async def _word(ctx: Context, args: str, kind: str) -> None:
        word = args.strip()
        assert isinstance(ctx.event, MessageReceived)
        row = ctx.db.get(ModWord, word) or ModWord(word=word, kind=kind, added_at=ctx.now())
        row.kind, row.added_by = kind, ctx.event.sender
        ctx.db.add(row)
        ctx.state["words_version"] = ctx.state.get("words_version", 0) + 1
        ctx.reply(ctx.render("word.j2", word=word, kind=kind))

    @plugin.command("mod allow", aliases=["广告 放行"], role="operator", usage="词", min_args=1,
                    summary="这个词以后不算广告")
    async def allow(ctx: Context, args: str) -> None:
        """Never count this phrase."""
        await _word(ctx, args, "allow")

    @plugin.command("mod block", aliases=["广告 拦截"], role="operator", usage="词", min_args=1,
                    summary="这个词以后算广告")
    async def block(ctx: Context, args: str) -> None:
        """Count this phrase as an ad."""
        await _word(ctx, args, "block")

    @plugin.command("mod rules", aliases=["广告 规则"], role="operator", summary="每条规则的命中和误判")
    async def rules(ctx: Context, args: str) -> None:
        """Each rule: on or off, hits, false positives."""
        counts = dict(ctx.db.exec(select(Incident.rule, func.count()).group_by(Incident.rule)).all())
        fps = dict(ctx.db.exec(select(Incident.rule, func.count()).where(Incident.revoked == "false_positive")
                               .group_by(Incident.rule)).all())
        off = set(ctx.config_for(_room(ctx)).rules_off)
        keywords = screen_for(ctx, _room(ctx)).keywords.size
        ctx.reply(ctx.render("rules.j2", rules=[{"id": r, "on": r not in off, "hits": counts.get(r, 0),
                                                 "fp": fps.get(r, 0)} for r in RULES], keywords=keywords))
