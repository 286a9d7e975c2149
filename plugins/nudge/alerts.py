"""What operators are told privately: nudges, complaints at once and up the roster, the night's digest."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.danger.heartache import heartache
from bot.danger.outside_trouble import hurt_by_us, outside_trouble
from bot.events import MessageReceived
from bot.grievance import grievance
from bot.plugin import Plugin
from bot.to_the_staff import OPENS_A_GRIEVANCE
from bot.understanding import FRAGMENT_GAP_S
from bot.undo import Line
from plugins.nudge import emergencies, grief
from plugins.nudge.memory import (
    Ctx,
    arm,
    held_till_morning,
    morning_after,
    rearm,
    settle,
    waited_min,
    waiting,
)
from plugins.nudge.store import ESCALATED, OPEN_STATES, Pendings, Waiter
from plugins.nudge.told_before import told_before
from plugins.nudge.warnings import death_told

NUDGE_LIST = 10  # members named in one nudge; more are counted
SURE_COMPLAINT = 0.75  # the reader this sure of a complaint its words voice no grievance in: told at once


def nudge(ctx: Ctx, due: Sequence[Waiter]) -> None:
    """Tell the operators on duty privately who is waiting, where, for what, and how long.

    Everyone who comes due at the same moment is in one message. One message per operator per
    `nudge_gap_s`: whoever comes due sooner waits for the next one, which lists them all (an operator
    with many groups is not sent a stream of alerts). A private message to the bot does not wait for
    the gap: it reaches the operator within the nudge time, together with everyone queued.
    """
    batch: dict[str, list[Waiter]] = {}
    for waiter in due:
        if duty := ctx.on_duty(waiter.room_id or None):
            batch.setdefault(duty[0], []).append(waiter)
    for operator, waiters in batch.items():
        queued = ctx.state.nudges.get(operator)
        if queued is None:
            queued = ctx.state.nudges[operator] = Line()
        armed = bool(queued)  # the timer for this operator's next nudge is set already
        for waiter in waiters:
            queued.append(waiter.id)
        if not _too_soon(ctx, operator, waiters[0]) or any(not w.room_id for w in waiters):
            nudge_now(ctx, operator)
        elif not armed and (allowed := _next_allowed(ctx, operator, waiters[0])) is not None:
            ctx.schedule.timer(allowed, "nudges", {"operator": operator})


def _next_allowed(ctx: Ctx, operator: str, waiter: Waiter) -> datetime | None:
    """When the operator may be nudged again (None: now, they were not nudged lately)."""
    last = ctx.state.last_nudged.get(operator)
    return last + timedelta(seconds=ctx.config_for(waiter.room_id or None).nudge_gap_s) if last is not None else None


def _too_soon(ctx: Ctx, operator: str, waiter: Waiter) -> bool:
    """Whether the operator was nudged less than `nudge_gap_s` ago."""
    allowed = _next_allowed(ctx, operator, waiter)
    return allowed is not None and ctx.now() < allowed


def nudge_now(ctx: Ctx, operator: str) -> None:
    """Nudge one operator about everyone queued for them who is still waiting."""
    ids = ctx.state.nudges.pop(operator, ())
    held = waiting(ctx).ids
    items = [w for pid in dict.fromkeys(ids) if (w := held.get(pid)) is not None and w.state in OPEN_STATES]
    if not items:
        return
    answers = {w.id: a for w in items if (a := ctx.state.member_answers.get(w.id)) is not None}
    deaths = {w.id: death_told(w.excerpt) for w in items if w.kind == "care"}  # plainly, softly or ""
    people = {w.id: how for w in items if (how := ctx.state.person_asked.get(w.id))}  # 我要找真人: missed | asked
    told = {w.id: t for w in items if (t := told_before(ctx, w)) is not None}  # 刘老师刚说了：下周三停课一次
    if len(items) == 1:
        aches = {w.id: heartache(w.excerpt) for w in items if w.kind == "sorrow"}  # missing, lonely, hurt, afraid
        text = ctx.render("nudge.j2", p=items[0], minutes=_waited(ctx, items[0]), answer=answers.get(items[0].id),
                          deaths=deaths, aches=aches, people=people, told=told)
    else:  # the longest waits first; a phone screen shows ten, the rest are counted
        listed = sorted(items, key=lambda w: w.opened_at)[:NUDGE_LIST]
        text = ctx.render("nudges.j2", items=[(w, _waited(ctx, w)) for w in listed],
                          more=len(items) - len(listed), answers=answers, deaths=deaths, people=people)
    ctx.private(operator, text, ref="nudge.j2", cause=items[0].message_ids.split()[0])
    ctx.state.last_nudged[operator] = ctx.now()
    for waiter in items:
        waiter.nudged_to = waiter.nudged_to or operator
        if (answer := answers.get(waiter.id)) is not None and not answer.unsure:
            settle(ctx, waiter, "answered", answer.at, answer.sender)  # a member answered; the operator was told
        elif not waiter.room_id:
            settle(ctx, waiter, "handed_over")  # a private chat: the operator answers the member directly
        elif waiter.state == "open":
            settle(ctx, waiter, "nudged")


def suggested(ctx: Ctx, waiter: Waiter) -> None:
    """A question the FAQ suggested an answer for, at its nudge time: the suggestion was the nudge, so the wait is the
    operator's on duty (as a nudge would leave it), not left open."""
    if waiter.state == "open" and waiter.room_id:
        duty = ctx.on_duty(waiter.room_id)
        waiter.nudged_to = waiter.nudged_to or (duty[0] if duty else None)
        settle(ctx, waiter, "nudged")


def _waited(ctx: Ctx, waiter: Waiter) -> int:
    """Minutes the member has waited; 0 for a private message, or a person asked for, passed on the moment it came."""
    if (not waiter.room_id or waiter.id in ctx.state.person_asked) and \
            ctx.now() - waiter.opened_at < timedelta(minutes=1):
        return 0
    return waited_min(ctx, waiter)


def complaint(ctx: Ctx, waiter: Waiter, said_at: datetime, negative: float, *, whole: bool = False) -> None:
    """A member's wait is (now) a complaint: the operator on duty is told at once, and it goes up the roster.

    Words that voice no grievance yet, read as a complaint by a reader not sure of it (`negative`: how likely it
    is one), may be the first line of a complaint the member is still typing a line at a time ("你们上礼拜送的那箱"):
    the alert waits until a line voices it ("一半都是烂的": told at once, all of it) or the member has been quiet
    for the fragment gap the reader joins lines by, and never past the bot's public cover; so does a matter the member
    opened ("说个事", "提个小意见啊") until a line voices it, however sure the reader is. A voice message
    (`whole`) is said in one breath, not typed a line at a time: told at once, as the same words typed would be.
    """
    ctx.state.complained.setdefault(waiter.id, said_at)  # its age counts from the line that complained, however
    # long its alert waits for the rest of it: the hold is not "a question that waited before it turned a complaint"
    opened = OPENS_A_GRIEVANCE.search(waiter.excerpt)  # 说个事: the matter itself comes in the next lines
    if whole or grievance(waiter.excerpt) or (negative >= SURE_COMPLAINT and not opened):
        complaint_alert(ctx, waiter)
        arm(ctx, waiter, ctx.now(), alerted=ctx.now())  # a wait that turned a complaint later gets its full minute
        return
    config = ctx.config_for(waiter.room_id or None)
    due = min(said_at + timedelta(seconds=FRAGMENT_GAP_S), waiter.opened_at + timedelta(seconds=config.cover_after_s))
    if waiter.state != "open":  # a question nudged or covered already: open again, so a restart still alerts it
        settle(ctx, waiter, "open")
    ctx.state.alert_due[waiter.id] = due
    ctx.state.timeline.push(due, waiter.id, "alert")
    rearm(ctx)


def held_complaint_due(ctx: Ctx, waiter: Waiter, when: datetime) -> None:
    """A held complaint's alert step: the member stopped typing, so the operator is told what they said."""
    due = ctx.state.alert_due.get(waiter.id)
    if due is not None and due <= when:
        complaint_alert(ctx, waiter)
        arm(ctx, waiter, ctx.now(), alerted=ctx.now())


def complaint_alert(ctx: Ctx, waiter: Waiter) -> None:
    """A complaint: the operator on duty is told at once, with the words and a reply in the craft's order."""
    ctx.state.alert_due.pop(waiter.id, None)
    duty = ctx.on_duty(waiter.room_id or None) or list(ctx.bot.owners)
    if not duty:
        return
    ctx.private(duty[0], ctx.render("complaint.j2", p=waiter, minutes=0, escalated=False,
                                    outside=outside_trouble(waiter.excerpt), ours_hurt=hurt_by_us(waiter.excerpt)),
                ref="complaint.j2",
                cause=waiter.message_ids.split()[0])
    waiter.nudged_to = duty[0]
    ctx.state.complained.setdefault(waiter.id, ctx.now())  # its age counts from here, not from an earlier ask
    # a private chat: the operator answers the member directly, where the bot cannot see it (nothing to escalate)
    settle(ctx, waiter, "nudged" if waiter.room_id else "handed_over")


def seconded(ctx: Ctx, complaint: Waiter, event: MessageReceived) -> None:
    """Another member says they have the same trouble (quoting 孙姐's complaint: 我家的也是): whoever has the complaint
    is told, as one more who has it (no new public cover; answering the first answers both)."""
    duty = [complaint.nudged_to] if complaint.nudged_to else ctx.on_duty(complaint.room_id or None) or list(
        ctx.bot.owners)
    if duty:
        ctx.private(duty[0], ctx.render("seconded.j2", p=complaint, name=event.sender_name or event.sender,
                                        words=event.text), ref="seconded.j2", cause=event.id)


def escalate(ctx: Ctx, waiter: Waiter, *, owners: bool) -> None:
    """Nobody has answered a complaint: the next on the duty roster, then the owners, are told."""
    duty = ctx.on_duty(waiter.room_id or None)
    emergency = waiter.kind == "emergency"
    told = emergencies.told(ctx, waiter) if emergency else {waiter.nudged_to}
    if emergency:  # at night the roster of the day may be empty: whoever was told first counts as the first step
        duty = list(dict.fromkeys([*(t for t in told if t), *duty]))
    if owners and len(duty) < 2:
        return  # nobody else was on the roster: the owners were told at the first step
    targets = [o for o in duty[1:2] if o not in told] if not owners else []
    if not owners and duty[1:2] and not targets:
        return  # the next on the roster was told already (a restart re-arms the step): the owners wait for their time
    if not targets:
        targets = [o for o in ctx.bot.owners if o not in told]
    for person in targets:
        if emergency:
            emergencies.alert(ctx, waiter, person, escalated=True)
        else:
            minutes, before = _complaint_age(ctx, waiter)
            by, said = ctx.state.praised.get(waiter.id, ("", ""))  # a reply that only praised it: the next one reads it
            ctx.private(person, ctx.render("complaint.j2", p=waiter, minutes=minutes, before=before, escalated=True,
                                           praised=said, praised_by=by, outside=outside_trouble(waiter.excerpt),
                                           ours_hurt=hurt_by_us(waiter.excerpt)),
                        ref=ESCALATED,
                        cause=waiter.message_ids.split()[0])


def _complaint_age(ctx: Ctx, waiter: Waiter) -> tuple[int, int]:
    """Minutes since the complaint, and those the member's ask waited before it turned a complaint (0: none)."""
    complained = ctx.state.complained.get(waiter.id)
    if complained is None or complained - waiter.opened_at < timedelta(minutes=1):
        return waited_min(ctx, waiter), 0
    return max(1, int((ctx.now() - complained).total_seconds() // 60)), \
        int((complained - waiter.opened_at).total_seconds() // 60)



def register(plugin: Plugin) -> None:
    """Add the batched-nudge job and the morning digest to the nudge plugin."""

    @plugin.job("nudges")
    async def send_nudges(ctx: Ctx, data: dict) -> None:
        """The gap since an operator's last nudge is over: send what queued up meanwhile."""
        operator = data["operator"]
        held = waiting(ctx).ids
        first = next((w for pid in ctx.state.nudges.get(operator, ()) if (w := held.get(pid)) is not None), None)
        if first is not None and _too_soon(ctx, operator, first):  # a private message's nudge went out meanwhile
            ctx.schedule.timer(_next_allowed(ctx, operator, first) or ctx.now(), "nudges", {"operator": operator})
            return
        nudge_now(ctx, operator)

    @plugin.job("digest")
    async def digest(ctx: Ctx, data: dict) -> None:
        """At the end of quiet hours: every question and request of the night to the morning operator, per room."""
        if not ctx.config.morning_digest:
            return
        nights = sorted((w for w in waiting(ctx).ids.values() if w.state == "night"),
                        key=lambda w: (w.id not in ctx.state.unwell, w.opened_at))  # a member unwell first
        by_room: dict[str, list[Waiter]] = {}
        for waiter in _night_emergencies(ctx):  # first of all: an emergency of the night nobody answered
            by_room.setdefault(waiter.room_id, []).append(waiter)
        for waiter in nights:
            by_room.setdefault(waiter.room_id, []).append(waiter)
        for room, items in by_room.items():
            duty = ctx.on_duty(room or None)
            if duty:
                ctx.private(duty[0], ctx.render("digest.j2", items=items, topic=items[0].topic or room,
                                                    private=not room, faq_answered=ctx.state.faq_answered,
                                                    answers=ctx.state.member_answers, unwell=ctx.state.unwell,
                                                    despair={w.id for w in items if emergencies.of_despair(w)},
                                                    aches={w.id: heartache(w.excerpt) for w in items
                                                           if w.kind == "sorrow"},  # missing: an old grief
                                                phone=ctx.config_for(room or None).night_care_phone),
                            ref="digest.j2")
            for waiter in items:
                if waiter.kind == "emergency":
                    continue  # its roster and its figures go on as they were; the digest only hands it over
                waiter.nudged_to = duty[0] if duty else None
                if waiter.room_id and waiter.kind != grief.KIND and waiter.id not in ctx.state.faq_answered:
                    owed_by_morning(ctx, waiter, ctx.now())  # answered in the group: /sla and the report count how late
                else:  # a private chat is answered where the bot cannot see; a loss, with condolences, often in private
                    settle(ctx, waiter, "handed_over")


def owed_by_morning(ctx: Ctx, waiter: Waiter, digest: datetime) -> None:
    """A night's question or complaint in a group, told to the morning operator: a person still owes it an answer,
    so it waits on as nudged (an answer in the group closes it, counted from the member's message) and, unanswered
    by the give-up time after the `digest`, counts as missed, like any wait."""
    settle(ctx, waiter, "nudged")
    expire_at = digest + timedelta(minutes=ctx.config_for(waiter.room_id).give_up_after_min)
    ctx.state.timeline.push(expire_at, waiter.id, "expire")
    rearm(ctx)


def handed_over_at(ctx: Ctx, waiter: Waiter, now: datetime) -> datetime | None:
    """When the morning digest handed this night's wait over to the operator, or None if it did not (a wait of the
    day, an emergency): after a restart its give-up is counted from the digest, as it was before, not from 23:00."""
    if waiter.state != "nudged" or waiter.kind == emergencies.KIND \
            or not held_till_morning(ctx, waiter.opened_at, waiter.room_id):
        return None
    morning = morning_after(ctx, waiter.opened_at)
    return morning if morning <= now else None


def _night_emergencies(ctx: Ctx) -> list[Waiter]:
    """The emergencies of the night just over (from the start of quiet hours) that no person answered in the group."""
    now = ctx.now().astimezone(ctx.tz)
    start = ctx.bot.quiet.start
    began = now.replace(hour=start.hour, minute=start.minute, second=0, microsecond=0)
    if began > now:
        began -= timedelta(days=1)
    return ctx.records(Pendings).unanswered_emergencies(began)
