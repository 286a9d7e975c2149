"""In a group for the deaf, the member's own words that she cannot hear or phone reach whoever was told, once.

The page there says from the start that the member may not hear (bot.danger.cannot_call reads the group's name), so her
"我听不见 打不了电话 谁帮我打120" a moment later pages nobody again (that would be a second alarm for one danger).
But the person on duty must read her own words: she asks someone to phone for her. Everyone told so far gets one
short line with them (nudge/emergency_own_words.j2), urgently, never the page again; her further lines do not repeat
it (the group is open to them).
"""
from __future__ import annotations

from bot.events import MessageReceived
from plugins.nudge.emergency_log import OWN_WORDS, EmergencyLog
from plugins.nudge.memory import Ctx
from plugins.nudge.store import Waiter

__all__ = ["OWN_WORDS", "resume", "tell"]


def resume(ctx: Ctx, waiter: Waiter) -> None:
    """After a restart: her "我听不见" already passed on (the action log has it) is not passed again."""
    if ctx.records(EmergencyLog).own_words_passed(waiter.message_ids.split()[0]):
        ctx.state.own_words_told.add(waiter.id)


def tell(ctx: Ctx, waiter: Waiter, event: MessageReceived, told: list[str]) -> None:
    """Send the member's words that she cannot hear or phone to everyone in `told`, once per emergency."""
    if waiter.id in ctx.state.own_words_told or not told:
        return
    ctx.state.own_words_told.add(waiter.id)
    text = ctx.render(OWN_WORDS, name=waiter.member_name or waiter.member_id, said=event.text[:80])
    for person in told:
        ctx.urgently(ctx.private(person, text, ref=OWN_WORDS, cause=waiter.message_ids.split()[0]))
