"""A member unwell at night, not in danger: one quiet, kind word at once, and the first line of the morning digest.

伤口很疼 睡不着 怎么办 at 23:30 is no emergency (nobody is woken, no roster climbs), but a patient in pain should not
hear nothing for eight hours. The member gets one reply at once, privately when the bot can write to them (it wakes
nobody else), else in the group mentioning them only: whom to call now (the number the operator configured in
`night_care_phone`, or to have family nearby sit with them) and 120 if it gets worse. Their wait is held for the
morning as any night question is, and the digest lists it first. One reply a night: further lines add to the same wait.
"""
from __future__ import annotations

from datetime import timedelta

from bot.danger.unwell import unwell
from bot.events import Event, MessageReceived
from bot.plugin import Plugin
from bot.rules import from_member
from plugins.nudge.memory import Ctx, held_till_morning, waiting
from plugins.nudge.store import Pendings

WITH_MEDIA = timedelta(minutes=5)  # a photo this soon before the member's words shows what they tell of
AFTER_WATCH = 75  # the nudge plugin's watch (70) has opened or extended the member's wait by then


def unwell_at_night(ctx: Ctx, event: Event) -> bool:
    """A member's message in quiet hours tells of a person unwell now and not in danger (bot.danger.unwell)."""
    return isinstance(event, MessageReceived) and ctx.emergency is None and bool(event.text) and \
        held_till_morning(ctx, event.ts, event.room) and unwell(event.text) is not None


def register(plugin: Plugin) -> None:
    """Add the night's kind word to the nudge plugin (after its watch, so the member's wait is there)."""

    @plugin.on(MessageReceived, from_member, unwell_at_night, order=AFTER_WATCH)
    async def unwell_tonight(ctx: Ctx, event: MessageReceived) -> None:
        """One kind word at once, in the group or a private chat; the wait held for the morning digest, at its top."""
        room = event.room or ""
        waiter = waiting(ctx).get(room, event.sender)
        if waiter is None:  # read as sharing or small talk (伤口很疼 睡不着): still a person must see it in the morning
            shown = ctx.state.night_media.pop(f"{room} {event.sender}", None)  # 我爸脚肿成这样了 under its photo
            tag = ctx.render("media.j2", type=shown.type).text.strip() + " " \
                if shown is not None and event.ts - shown.at <= WITH_MEDIA else ""
            waiter = ctx.records(Pendings).opened(
                room_id=room, topic=event.room_topic or "", member_id=event.sender,
                member_name=event.sender_name, message_ids=event.id, excerpt=(tag + event.text)[:80],
                kind="request", opened_at=event.ts, state="night")
        if waiter.id in ctx.state.unwell:
            return  # one kind word a night: the member's further lines wait with the first
        ctx.state.unwell.add(waiter.id)
        private = event.room is None or ctx.can_private(event.sender)
        script = ctx.render("unwell.j2", name=event.sender_name, private=private, text=event.text,
                            phone=ctx.config_for(event.room).night_care_phone)
        if private:
            action = ctx.private(event.sender, script, ref="unwell.j2")
        else:
            action = ctx.reply(script, ref="unwell.j2")
        action.to_the_awake = True  # the member is awake and waiting; it wakes nobody else
