"""Operators steer moderation in chat: /mod incidents, strikes, pardon, remove, fp, allow, block, rules."""
from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from bot import arguments
from bot.chinese_text import compact, simplify
from bot.context import Context
from bot.events import MessageReceived
from bot.plugin import Plugin
from plugins.moderation import asks, ladder
from plugins.moderation.detectors import HINT_MARK, RULES, Screen
from plugins.moderation.store import Incidents, Members, RemovalAsks, Words, window

Ctx = Context[Any, Any]
COMMON_WORDS = Path(__file__).with_name("common_words.txt")


@cache
def common_words() -> frozenset[str]:
    """Words too common to be an ad by themselves (of two characters or more; one character is never enough)."""
    lines = COMMON_WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(compact(simplify(ln)) for ln in lines if ln.strip() and not ln.startswith("#"))


def too_common(word: str) -> bool:
    """True when counting `word` as an ad would make ordinary members ad posters (a hint word "?词" may be an
    everyday word: it counts only with commercial intent around it)."""
    plain = compact(simplify(word))
    return len(plain) < 2 or plain in common_words() and not word.lstrip().startswith(HINT_MARK)


def who(ctx: Ctx, args: str) -> tuple[str, str] | None:
    """The member a command is about: the first @mention, else "@name" looked up in the room's members."""
    assert isinstance(ctx.event, MessageReceived)
    members = ctx.records(Members)
    if ctx.event.mentions:
        member_id = ctx.event.mentions[0]
        found = members.by_id(member_id)
        return member_id, found.name if found else member_id
    name = args.strip().lstrip("@").split()[0] if args.strip() else ""
    if not name:
        return None
    rows = members.named(name)
    here = [m for m in rows if m.room_id == ctx.event.room] or rows
    return (here[0].contact_id, here[0].name or here[0].contact_id) if here else None


def register(plugin: Plugin, screen_for: Callable[[Any, str | None], Screen]) -> None:
    """Add the /mod commands to the moderation plugin."""

    def _room(ctx: Ctx) -> str | None:
        assert isinstance(ctx.event, MessageReceived)
        return ctx.event.room

    def _sender(ctx: Ctx) -> str:
        assert isinstance(ctx.event, MessageReceived)
        return ctx.event.sender

    @plugin.command("mod incidents", aliases=["广告 记录"], role="operator", summary="最近抓到的广告")
    async def incidents(ctx: Ctx, args: str) -> None:
        """The last ten incidents here (or everywhere, asked privately)."""
        ctx.reply(ctx.render("incidents.j2", rows=ctx.records(Incidents).latest(_room(ctx), 10)))

    @plugin.command("mod strikes", aliases=["广告 警告数"], role="operator", usage="@成员", min_args=1,
                    summary="看某位成员被提醒过几次")
    async def strikes_of(ctx: Ctx, args: str) -> None:
        """A member's strikes in force and their recent incidents."""
        if (target := who(ctx, args)) is None:
            ctx.usage("没找到这位成员")
            return
        member, name = target
        since = window(ctx.now(), ctx.config.strike_days)
        incidents = ctx.records(Incidents)
        rows = incidents.of_member(member, 5)
        count = incidents.strikes(_room(ctx), member, since)
        ctx.reply(ctx.render("strikes.j2", name=name, count=count, rows=rows, days=ctx.config.strike_days))

    @plugin.command("mod pardon", aliases=["广告 原谅"], role="operator", usage="@成员", min_args=1,
                    summary="撤销某位成员最近一次警告")
    async def pardon(ctx: Ctx, args: str) -> None:
        """Undo the member's last strike."""
        if (target := who(ctx, args)) is None:
            ctx.usage("没找到这位成员")
            return
        member, name = target
        incidents = ctx.records(Incidents)
        last = incidents.latest_strike(_room(ctx), member, window(ctx.now(), ctx.config.strike_days))
        if last is not None:
            incidents.revoke(last, "pardon")
            ctx.clear_stopped(last.room_id, member, last.message_id, incidents.standing_lines(last.room_id, member))
        ctx.reply(ctx.render("pardoned.j2", name=name, incident=last))

    @plugin.command("mod remove", aliases=["广告 移出"], role="operator", usage="@成员", min_args=1,
                    summary="确认请一位屡次发广告的成员离开（群里不点名）")
    async def remove_member(ctx: Ctx, args: str) -> None:
        """The person's confirmation of a removal the bot asked about: remove the member from the room of their ads."""
        if (target := who(ctx, args)) is None:
            ctx.usage("没找到这位成员")
            return
        member, name = target
        room = _room(ctx) or ctx.records(Incidents).last_room(member)
        done = room is not None and ctx.can_remove(room)
        topic = ctx.records(Incidents).topic(room) if room else ""
        if done:
            assert room is not None
            if (open_ask := ctx.records(RemovalAsks).open_about(room, member)) is not None:
                asks.decide(ctx, open_ask, "removed", _sender(ctx))  # the others asked hear it was settled
            else:
                ladder.remove(ctx, room, member, "confirmed", tell=[_sender(ctx)], name=name, topic=topic or room)
        ctx.reply(ctx.render("removed_done.j2", name=name, room=room, topic=topic, done=done))

    @plugin.command("mod fp", aliases=["广告 误判"], role="operator", usage="记录编号", min_args=1,
                    parse=arguments.number("没有编号为 {word} 的记录（见 /mod incidents）"),
                    summary="标记误判：撤销警告，并计入该规则的误判数")
    async def false_positive(ctx: Ctx, number: int) -> None:
        """Mark an incident as a false positive."""
        incidents = ctx.records(Incidents)
        incident = incidents.numbered(number)
        if incident is None:
            ctx.usage(f"没有编号为 {number} 的记录（见 /mod incidents）")
            return
        incidents.revoke(incident, "false_positive")
        ctx.clear_stopped(incident.room_id, incident.member_id, incident.message_id,
                          incidents.standing_lines(incident.room_id, incident.member_id))
        # the poster was told off for nothing: a word of sorry where the private word went, and the group, which saw
        # the notice, is the operator's to clear up (a notice still waiting for the morning is never said now)
        done = set(incident.action.split("+"))
        sorry = "private" in done
        if sorry:
            ctx.private(incident.member_id, ctx.render("fp_sorry.j2", name=incident.member_name or incident.member_id,
                                                       topic=incidents.topic(incident.room_id)), ref="fp")
        ctx.reply(ctx.render("false_positive.j2", incident=incident, sorry=sorry,
                             in_group=bool(done & {"notice", "same-wave"})))

    async def _word(ctx: Ctx, word: str, kind: str) -> None:
        assert isinstance(ctx.event, MessageReceived)
        ctx.records(Words).put(word, kind, ctx.event.sender, ctx.now())
        ctx.state.words_version += 1
        hint = word.lstrip().startswith(HINT_MARK)
        ctx.reply(ctx.render("word.j2", word=word.lstrip().lstrip("".join(HINT_MARK)) if hint else word, kind=kind,
                             hint=hint))

    @plugin.command("mod allow", aliases=["广告 放行"], role="operator", usage="词", min_args=1,
                    summary="这个词以后不算广告")
    async def allow(ctx: Ctx, args: str) -> None:
        """Never count this phrase."""
        await _word(ctx, args, "allow")

    @plugin.command("mod block", aliases=["广告 拦截"], role="operator", usage="词", min_args=1,
                    summary="这个词以后算广告")
    async def block(ctx: Ctx, args: str) -> None:
        """Count this phrase as an ad (not a single character or an everyday word)."""
        if too_common(args):
            ctx.log.warning("block word refused as too common word=%s", args[:40])
            ctx.reply(ctx.render("word_too_common.j2", word=args.strip().lstrip("".join(HINT_MARK)).strip()))
            return
        await _word(ctx, args, "block")

    @plugin.command("mod rules", aliases=["广告 规则"], role="operator", summary="每条规则的命中和误判")
    async def rules(ctx: Ctx, args: str) -> None:
        """Each rule: on or off, hits, false positives."""
        incidents = ctx.records(Incidents)
        counts, fps = incidents.per_rule(), incidents.per_rule(revoked="false_positive")
        off = set(ctx.config_for(_room(ctx)).rules_off)
        keywords = screen_for(ctx, _room(ctx)).keywords.size
        ctx.reply(ctx.render("rules.j2", rules=[{"id": r, "on": r not in off, "hits": counts.get(r, 0),
                                                 "fp": fps.get(r, 0)} for r in RULES], keywords=keywords))
