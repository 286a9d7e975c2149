"""A removal the bot asked about, answered in plain words: the operator replies "移除" or "不用" privately."""
from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from bot.context import Context
from bot.events import MessageReceived
from bot.plugin import Plugin
from bot.rules import private_chat, text_message
from plugins.moderation import ladder
from plugins.moderation.store import Incidents, RemovalAsk, RemovalAsks

Ctx = Context[Any, Any]
ANSWER_DAYS = 3  # a reply answers an ask put within this many days
# Removal is serious: only words that say it ("移除", "确认", "踢了吧"); "好的" may answer something else.
_YES = re.compile(r"(?:确认|确定|同意)?(?:移除|移出|踢(?:掉|出去?|了)?|请(?:他|她|对方)?(?:离开|出去))|确认|确定|同意")
_NO = re.compile(r"不用了?|不要|不移(?:除|出)?了?|先不(?:用|移(?:除|出)?)?了?|算了|留着|别(?:移|踢)了?|暂不|取消")
_POLITE = re.compile(r"[\s,，.。!！~～]|吧|呀|啊|哈|谢谢|麻烦了?|[了呢]$")


def answer(text: str) -> str | None:
    """`removed` or `kept` when the whole reply is a plain yes or no to a removal ask ("移除吧", "不用了")."""
    core = _POLITE.sub("", text.strip().lower())
    if not core or len(core) > 8:
        return None
    if _NO.fullmatch(core):
        return "kept"
    if _YES.fullmatch(core):
        return "removed"
    return None


def register(plugin: Plugin) -> None:
    """Let operators and owners answer removal asks with a plain private reply."""

    def from_staff(ctx: Ctx, event: Any) -> bool:
        return isinstance(event, MessageReceived) and ctx.role_of(event.sender) != "member"

    @plugin.on(MessageReceived, private_chat, text_message, from_staff)
    async def answered(ctx: Ctx, event: MessageReceived) -> None:
        """A private yes/no from a person who was asked decides the newest open ask; other words pass on untouched."""
        decision = answer(event.text)
        if decision is None:
            return
        asks = ctx.records(RemovalAsks)
        since = ctx.now() - timedelta(days=ANSWER_DAYS)
        waiting = asks.open_to(event.sender, since)
        if not waiting:
            last = asks.latest_to(event.sender, since)
            if last is not None:  # someone else answered first: say so rather than stay silent
                ctx.block()  # an operator's answer, not a member's ad: nothing marked stopped
                ctx.reply(ctx.render("ask_answered.j2", ask=last, decision=None, by=_name(ctx, last.decided_by),
                                     done=False, left=0))
            return
        ctx.block()
        decide(ctx, waiting[0], decision, event.sender)
        ctx.reply(ctx.render("ask_answered.j2", ask=waiting[0], decision=decision, by="", done=True,
                             left=len(waiting) - 1, next_name=waiting[1].member_name if len(waiting) > 1 else ""))


def decide(ctx: Ctx, ask: RemovalAsk, decision: str, by: str) -> None:
    """Carry out a person's decision on an ask: remove the member (the group is told without a name) or keep them.

    Everyone else who was asked hears it was settled and by whom (a removal once it happened), so nobody still
    answers "不用" or acts on it by hand."""
    topic = ctx.records(Incidents).topic(ask.room_id) or ask.room_id
    event = ctx.event
    by_name = (event.sender_name if isinstance(event, MessageReceived) and event.sender == by else "") or "另一位管理员"
    others = [ctx.private(person, ctx.render("ask_settled.j2", ask=ask, decision=decision, by=by_name, topic=topic),
                          ref="ask_settled.j2") for person in dict.fromkeys(ask.asked.split()) if person != by]
    if decision == "removed":
        ladder.remove(ctx, ask.room_id, ask.member_id, "confirmed", tell=[by], name=ask.member_name, topic=topic,
                      told=others)
    ctx.records(RemovalAsks).decide(ask, decision, by, ctx.now())
    ctx.log.info("removal ask decided room=%s member=%s decision=%s by=%s", ask.room_id, ask.member_id, decision, by)


def _name(ctx: Ctx, contact: str | None) -> str:
    assert isinstance(ctx.event, MessageReceived)
    return "您" if contact == ctx.event.sender else "其他管理员"
