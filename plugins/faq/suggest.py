"""Suggestions to the operator on duty: a question the FAQ likely answers, not surely, sent on one word of theirs.

The bot stays silent in the group (a wrong answer there costs the member's trust); the operator sees the question,
who asked, the likely entry's answer, and a short command that sends it in the group mentioning the asker. The
suggestions are kept in the store and numbered once, so a number means one question even after a restart.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from bot import arguments
from bot.context import Context
from bot.events import MessageReceived
from bot.plugin import Plugin
from plugins.faq.entry import Entry
from plugins.faq.matcher import FaqIndex
from plugins.faq.store import Answers, Suggested

STALE = timedelta(hours=12)  # a suggestion older than this is not sent: the talk has moved on
LATE = timedelta(hours=1)  # an answer sent this long after the question says sorry for the wait

Ctx = Context[Any, Any]


def suggest(ctx: Ctx, event: MessageReceived, asked: str, entry: Entry) -> bool:
    """Tell the operator on duty privately that `entry` likely answers the member's question; False when nobody is
    on duty for the room (then nothing is kept)."""
    assert event.room is not None
    duty = ctx.on_duty(event.room)
    if not duty:
        return False
    asked = asked.strip()[:120]
    name = event.sender_name or event.sender
    number = ctx.records(Suggested).add(event.room, event.room_topic or "", event.sender, name, asked, entry.id,
                                        ctx.now())
    ctx.private(duty[0], ctx.render("suggest.j2", number=number, room=event.room_topic or event.room, name=name,
                                    asked=asked, entry=entry), ref=f"faq-suggest:{entry.id}")
    return True


def _morning(ctx: Ctx) -> tuple[datetime | None, bool]:
    """When the faq's words to a group would go if sent now: (None, True) at once; (the end of quiet hours, True)
    when the night holds them till then; (None, False) when the night drops them."""
    hold = ctx.outbox().settings.quiet_hours_hold.get(ctx.plugin)
    now = ctx.now().astimezone(ctx.tz)
    quiet = ctx.quiet(ctx.event.room if isinstance(ctx.event, MessageReceived) else None)
    if hold is None or not quiet.contains(now.time()):
        return None, True
    if hold != "defer":
        return None, False
    return quiet.next_end(now), True


def _clock(at: datetime) -> str:
    """A time as an older reader says it: 7点, 7点半, 6点45分."""
    if at.minute == 0:
        return f"{at.hour}点"
    return f"{at.hour}点半" if at.minute == 30 else f"{at.hour}点{at.minute}分"


def register(plugin: Plugin, index_for: Callable[[Ctx, str | None], FaqIndex]) -> None:
    """Add the command that sends a suggested answer."""

    @plugin.command("faq send", aliases=["问答 发送", "发"], role="operator", usage="编号", min_args=1,
                    parse=arguments.number("要写建议的编号，例如 /发 3（不是「{word}」）"),
                    summary="把我建议的答案发到群里，并@提问的人")
    async def send(ctx: Ctx, number: int) -> None:
        """Send suggestion `number`'s answer in its group, mentioning the asker; the operator is told truly when it
        goes (at once, or when the night ends), or why it did not."""
        kept = ctx.records(Suggested)
        found = kept.get(number)
        if found is None:  # never given, or given days ago and forgotten since
            why = "stale" if 0 < number <= kept.newest() else "unknown"
            ctx.reply(ctx.render("suggest_gone.j2", number=number, why=why, name=""))
            return
        gone = dict(number=number, name=found.asker_name)
        if found.sent_at is not None:
            ctx.reply(ctx.render("suggest_gone.j2", why="sent", **gone))
            return
        if ctx.now() - found.asked_at > STALE:
            ctx.reply(ctx.render("suggest_gone.j2", why="stale", **gone))
            return
        entry = next((e for e in index_for(ctx, found.room_id).entries if e.id == found.entry_id), None)
        if entry is None:  # /faq del took it away meanwhile
            ctx.reply(ctx.render("suggest_gone.j2", why="deleted", **gone))
            return
        morning, goes = _morning(ctx)
        if not goes:
            ctx.reply(ctx.render("suggest_gone.j2", why="night", **gone))
            return
        if not kept.sent(number, ctx.now()):
            ctx.reply(ctx.render("suggest_gone.j2", why="sent", **gone))
            return
        late = morning is not None or ctx.now() - found.asked_at > LATE
        ctx.say(found.room_id, ctx.render("suggest_answer.j2", entry=entry, name=found.asker_name, asked=found.asked,
                                          late=late), mentions=(found.asker,), ref=entry.id)
        ctx.records(Answers).answered(found.room_id, entry.id, morning or ctx.now(), None)
        assert isinstance(ctx.event, MessageReceived)
        ctx.answer_sent(found.room_id, found.asker, ctx.event.sender)  # the operator answered: no nudge, no cover
        ctx.reply(ctx.render("suggest_sent.j2", room=found.room_topic or found.room_id, name=found.asker_name,
                             entry=entry, at=_clock(morning) if morning else None))
