"""A chain letter in the group (转发到十个群…不转的倒霉三年): no cover thanks it on; the operator on duty is told,
privately, with a gentle word to say to the member in private, never a public rebuke (bot.chain_letter reads it)."""
from __future__ import annotations

from bot.events import Event, MessageReceived
from bot.plugin import Plugin
from bot.rules import from_member, in_room
from bot.understanding import CHAIN_LETTER
from plugins.nudge.memory import Ctx


def is_chain_letter(ctx: Ctx, event: Event) -> bool:
    """A member's line the reader took for a chain letter."""
    return isinstance(event, MessageReceived) and ctx.reading is not None and ctx.reading.why == CHAIN_LETTER


def register(plugin: Plugin) -> None:
    """Add the chain letter's quiet word to the operator."""

    @plugin.on(MessageReceived, in_room, from_member, is_chain_letter)
    async def chain_letter_seen(ctx: Ctx, event: MessageReceived) -> None:
        """The operator on duty (else the owners) hears of it and what to say privately; the group hears nothing."""
        duty = ctx.on_duty(event.room) or list(ctx.bot.owners)
        if duty:
            ctx.private(duty[0], ctx.render("chain_letter.j2", name=event.sender_name or event.sender,
                                            topic=event.room_topic or event.room or "", words=event.text),
                        ref="chain_letter.j2", cause=event.id)
