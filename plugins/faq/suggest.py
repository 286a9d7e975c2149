"""Suggestions to the operator on duty: a question the FAQ likely answers, not surely, sent on one word of theirs.

The bot stays silent in the group (a wrong answer there costs the member's trust); the operator sees the question,
who asked, the likely entry's answer, and a short command that sends it in the group mentioning the asker.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot import arguments
from bot.context import Context
from bot.events import MessageReceived
from bot.plugin import Plugin
from bot.undo import Journaled, Map
from plugins.faq.entry import Entry
from plugins.faq.matcher import FaqIndex
from plugins.faq.store import Answers

KEPT = 99  # suggestions numbered 1..KEPT, the oldest number taken again after that
STALE = timedelta(hours=12)  # a suggestion older than this is not sent: the talk has moved on

Ctx = Context[Any, Any]


@dataclass(frozen=True)
class Suggestion:
    """A likely answer waiting for the operator's word: where, who asked what, which entry."""

    room: str
    room_topic: str
    asker: str
    asker_name: str
    asked: str
    entry_id: str
    at: datetime


class Suggestions(Journaled):
    """The suggestions made, by number (in memory; they roll back with a failed handler)."""

    def __init__(self) -> None:
        self.by_number: Map[int, Suggestion] = Map()
        self.last = 0

    def add(self, suggestion: Suggestion) -> int:
        """Keep a suggestion; its number for the operator's command."""
        number = self.last % KEPT + 1
        self.by_number[number] = suggestion
        self.last = number
        return number

    def taken(self, number: int) -> Suggestion | None:
        """The suggestion of that number, which is then used up (sent once)."""
        return self.by_number.pop(number, None)


def suggest(ctx: Ctx, suggestions: Suggestions, event: MessageReceived, asked: str, entry: Entry) -> bool:
    """Tell the operator on duty privately that `entry` likely answers the member's question; False when nobody is
    on duty for the room (then nothing is kept)."""
    assert event.room is not None
    duty = ctx.on_duty(event.room)
    if not duty:
        return False
    number = suggestions.add(Suggestion(event.room, event.room_topic or "", event.sender,
                                        event.sender_name or event.sender, asked, entry.id, ctx.now()))
    ctx.private(duty[0], ctx.render("suggest.j2", number=number, room=event.room_topic or event.room,
                                    name=event.sender_name or event.sender, asked=asked.strip()[:120],
                                    entry=entry), ref=f"faq-suggest:{entry.id}")
    return True


def register(plugin: Plugin, index_for: Callable[[Ctx, str | None], FaqIndex],
             suggestions: Callable[[Ctx], Suggestions]) -> None:
    """Add the command that sends a suggested answer."""

    @plugin.command("faq send", aliases=["问答 发送", "发"], role="operator", usage="编号", min_args=1,
                    parse=arguments.number("要写建议的编号，例如 /发 3（不是「{word}」）"),
                    summary="把我建议的答案发到群里，并@提问的人")
    async def send(ctx: Ctx, number: int) -> None:
        """Send suggestion `number`'s answer in its group, mentioning the asker; the operator is told it went."""
        found = suggestions(ctx).taken(number)
        if found is None or ctx.now() - found.at > STALE:
            ctx.reply(ctx.render("suggest_gone.j2", number=number))
            return
        entry = next((e for e in index_for(ctx, found.room).entries if e.id == found.entry_id), None)
        if entry is None:  # /faq del took it away meanwhile
            ctx.reply(ctx.render("suggest_gone.j2", number=number))
            return
        ctx.say(found.room, ctx.render("answer.j2", entry=entry, name=found.asker_name), mentions=(found.asker,),
                ref=entry.id)
        ctx.records(Answers).answered(found.room, entry.id, ctx.now(), None)
        assert isinstance(ctx.event, MessageReceived)
        ctx.answer_sent(found.room, found.asker, ctx.event.sender)  # the operator answered: no nudge, no cover
        ctx.reply(ctx.render("suggest_sent.j2", room=found.room_topic or found.room, name=found.asker_name))
