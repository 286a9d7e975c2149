"""A chain letter in the group (转发到十个群…不转的倒霉三年): no cover thanks it on; the operator on duty is told,
privately, with a gentle word to say to the member in private, never a public rebuke (bot.chain_letter reads it).
A forwarded scare (微信要收费了 赶紧转发) or a folk cure urged on everyone (bot.rumour): the operator is told the
same way, with a kind word to set it right in the group in his own name."""
from __future__ import annotations

from bot.events import Event, MessageReceived
from bot.plugin import Plugin
from bot.rules import from_member, in_room
from bot.rumour import CHAIN_RUMOUR, FOLK_CURE
from bot.understanding import CHAIN_LETTER
from plugins.nudge.memory import Ctx

SCRIPTS = {CHAIN_LETTER: "chain_letter.j2", CHAIN_RUMOUR: "chain_rumour.j2", FOLK_CURE: "folk_cure.j2"}


def is_chain_letter(ctx: Ctx, event: Event) -> bool:
    """A member's line the reader took for a chain letter, a forwarded scare or a folk cure urged on the others."""
    return isinstance(event, MessageReceived) and ctx.reading is not None and ctx.reading.why in SCRIPTS


def register(plugin: Plugin) -> None:
    """Add the chain letter's quiet word to the operator."""

    @plugin.on(MessageReceived, in_room, from_member, is_chain_letter)
    async def chain_letter_seen(ctx: Ctx, event: MessageReceived) -> None:
        """The operator on duty (else the owners) hears of it and what to say; the bot says nothing in the group."""
        duty = ctx.on_duty(event.room) or list(ctx.bot.owners)
        script = SCRIPTS[ctx.reading.why] if ctx.reading is not None else "chain_letter.j2"
        if duty:
            ctx.private(duty[0], ctx.render(script, name=event.sender_name or event.sender,
                                            topic=event.room_topic or event.room or "", words=event.text),
                        ref=script, cause=event.id)
