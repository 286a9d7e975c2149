"""Emergencies: a member reports a person in danger now; a person is told at once, night included, and up the roster.

The member hears at once, where they wrote, that the operator on duty has been told (never that someone is on the
way: the bot cannot know it), with the standard first safety step (a lift: press the alarm, do not force the door;
gas: no switches, open the windows, get out; fire or a serious injury: call 119 / 120 first; an old person nobody can
reach: a neighbour to knock, 110 to open the door). The operator on duty is told privately at once; if no operator
or owner speaks in the group within `emergency_escalate_s` (60 s), the next on the roster is told, and the owners
at `emergency_owners_s` (120 s; at the first step when nobody else is on duty): within the craft's 1-3 minutes. Quiet
hours hold none of it. The event is blocked: no FAQ answer goes first, no cover or praise ever follows. The word to
the member is plugins.nudge.emergency_word's.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from bot.context import Context
from bot.conversation import ASKING, Kind
from bot.danger.cannot_call import cannot_call
from bot.danger.despair import act, act_of_another, of_another
from bot.danger.emergency import Danger, in_mandarin, pleads
from bot.danger.taken_along import takes_along
from bot.events import Event, MessageReceived
from bot.outbox_settings import EMERGENCY
from bot.plugin import Plugin
from bot.rules import from_member
from plugins.nudge import own_words, unwell
from plugins.nudge.emergency_log import ALERT, ESCALATED, REMINDER, EmergencyLog
from plugins.nudge.emergency_word import comfort, safety_step
from plugins.nudge.memory import Ctx, Rescued, arm, settle, waited_min, waiting
from plugins.nudge.store import Pendings, Waiter

KIND = "emergency"  # the kind of wait an emergency opens (plugins.nudge.store)
BEFORE_FAQ = 45  # the FAQ handles messages at 50: an emergency is answered and blocked before it
PLAIN_ALERT = "🚨 紧急情况，请马上处理：{name}在「{where}」说：“{said}”\n请马上联系对方或派人到场，并在群里回对方一句。"
DESPAIR_ALERT = "despair_alert.j2"  # the alert of words of despair (logged under ALERT's refs, as any emergency)
# the danger a wait keeps: despair, of the writer or of someone close, or an act already done (喝了农药: 120 first)
DESPAIR, CLOSE, ACT, ACT_CLOSE = "despair", "despair_close", "despair_act", "despair_act_close"
AFTERMATH = timedelta(minutes=30)  # a member's lines this soon after a person answered their emergency belong to it


def in_danger(ctx: Context, event: Event) -> bool:
    """A member's message reports a person in danger now (bot.danger.emergency)."""
    return ctx.emergency is not None


def just_rescued(ctx: Ctx, event: Event) -> bool:
    """A member writes soon after a person answered their emergency in the group (还在里面，快点来人啊)."""
    if not isinstance(event, MessageReceived) or event.room is None or ctx.emergency is not None:
        return False
    rescued = ctx.state.rescued.get(f"{event.room} {event.sender}")
    if rescued is not None and event.ts - rescued.at > AFTERMATH:
        ctx.state.rescued.pop(f"{event.room} {event.sender}", None)
        return False
    return rescued is not None


def of_despair(waiter: Waiter) -> bool:
    """The emergency is words of despair (bot.danger.despair), as read when the wait opened: a private call, never a
    word in the group, then or later."""
    return waiter.kind == KIND and waiter.danger in (DESPAIR, CLOSE, ACT, ACT_CLOSE)


def alert(ctx: Ctx, waiter: Waiter, to: str, *, escalated: bool) -> None:
    """Tell one person privately, ahead of everything and at night too, what the member said and where."""
    config = ctx.config_for(waiter.room_id or None)
    others = [o for o in ctx.on_duty(waiter.room_id or None) if o != to]  # none: the owners come at the first step
    despairing = of_despair(waiter)  # words of despair: a call, never a word in the group
    heard_room = ctx.suggests_voice(waiter.room_id or None)  # false: the operator set the room as one that cannot hear
    no_phone = cannot_call(waiter.excerpt, waiter.topic, voice=heard_room)
    text = ctx.render(DESPAIR_ALERT if despairing else ALERT, p=waiter, wrote=ctx.can_private(waiter.member_id)
                      or not waiter.room_id, another=waiter.danger in (CLOSE, ACT_CLOSE),
                      act=waiter.danger in (ACT, ACT_CLOSE), no_phone=no_phone, heard_room=heard_room,
                      take_along=despairing and takes_along(waiter.excerpt),
                      minutes=waited_min(ctx, waiter) if escalated else 0,
                      escalated=escalated, escalate_s=config.emergency_escalate_s, next_on_duty=bool(others),
                      owner=to in ctx.bot.owners, other_owners=any(o != to for o in ctx.bot.owners),
                      owners_s=max(config.emergency_owners_s, config.emergency_escalate_s))
    ctx.urgently(ctx.private(to, text, ref=ESCALATED if escalated else ALERT,
                             cause=waiter.message_ids.split()[0]))
    ctx.state.paged[waiter.id] = ctx.now()


def told(ctx: Ctx, waiter: Waiter) -> set[str]:
    """Everyone told of the emergency so far, as the action log has it (a restart forgets nobody)."""
    return {t.to for t in ctx.records(EmergencyLog).told(waiter.message_ids.split()[0])} | (
        {waiter.nudged_to} if waiter.nudged_to else set())


def resume(ctx: Ctx, waiter: Waiter, now: datetime) -> None:
    """After a restart: the roster goes on from where it was (counted from the first alert, as the action log
    has it), nobody is told twice, and the member's next lines still go to whoever answered lately."""
    alerts = ctx.records(EmergencyLog).told(waiter.message_ids.split()[0])
    if alerts:
        ctx.state.paged[waiter.id] = alerts[-1].created_at
    own_words.resume(ctx, waiter)  # her "我听不见" passed on before the restart is not passed on again
    arm(ctx, waiter, now, alerted=alerts[0].created_at if alerts else None)


def remember_rescued(ctx: Ctx, now: datetime) -> None:
    """After a restart: the emergencies a person answered lately, so a plea (还在里面) still reminds that person."""
    log = ctx.records(EmergencyLog)
    for row in log.answered_since(now - AFTERMATH):
        ctx.state.rescued[f"{row.room_id} {row.member_id}"] = Rescued(
            row.closed_by, row.closed_at, row.member_name or row.member_id, row.topic or row.room_id,
            log.reminded(row.closed_by, row.room_id, row.member_id, row.closed_at))


def _opened(ctx: Ctx, event: MessageReceived, now: datetime) -> tuple[Waiter, bool, bool]:
    """The member's wait, now an emergency: a new one, or the one they had open (their question is the lesser need).

    The second value says whether a person was told of this emergency already (the wait was an emergency and
    alerted); an earlier question's nudge or a complaint's alert is no alert of the emergency. The third, whether
    this line made a told emergency graver: despair after a fall, an act done after words of despair.
    """
    room = event.room or ""
    danger = _danger(ctx.emergency, event.text)
    known = waiting(ctx).get(room, event.sender)
    if known is not None:
        told = known.kind == KIND and known.nudged_to is not None
        before = known.danger
        ctx.records(Pendings).extend(known, event.id, event.text, KIND, danger)
        return known, told, told and known.danger != before
    pieces = ctx.emergency.pieces if ctx.emergency is not None else ""
    # typed in pieces (摔了 / 起不来 / 腿疼): the person reads them all, the latest kept; one long message: its start,
    # where the member says who and where
    said = pieces[-80:] if pieces else event.text[:80]
    return ctx.records(Pendings).opened(
        room_id=room, topic=event.room_topic or "", member_id=event.sender, member_name=event.sender_name,
        message_ids=event.id, excerpt=said, kind=KIND, opened_at=now, state="open", danger=danger), False, False


def _danger(danger: Danger | None, text: str) -> str:
    """What the wait keeps of the danger read in the line that made it an emergency: the alerts and the word to the
    member are chosen from it, never from the excerpt (later lines scroll the signs out of it)."""
    if danger is None:
        return ""
    if danger.kind != DESPAIR:
        return danger.kind
    said = in_mandarin(danger.pieces or text)  # typed in pieces (我妈这几天老说 / 不想活了): whose it is, read whole
    if act(said) is not None:
        return ACT_CLOSE if act_of_another(said) else ACT  # 我妈喝了农药: the writer is not the one at risk
    return CLOSE if of_another(said) else DESPAIR


def register(plugin: Plugin) -> None:
    """Add the emergency handlers to the nudge plugin (before the FAQ; they block what follows), and the night's kind
    word to a member unwell but not in danger (plugins.nudge.unwell)."""
    unwell.register(plugin)

    @plugin.on(MessageReceived, from_member, just_rescued, order=BEFORE_FAQ, block=True)
    async def still_in_danger(ctx: Ctx, event: MessageReceived) -> None:
        """The member speaks again after a person answered their emergency: never a complaint, a cover or praise;
        a plea (还在里面，快点来人啊) reminds the person who answered, at most once per escalation time."""
        key = f"{event.room} {event.sender}"
        rescued = ctx.state.rescued[key]
        reading = ctx.reading
        plea = reading is not None and (reading.kind in ASKING or reading.needs_person or (
            reading.kind is Kind.SMALLTALK and pleads(event.text)))  # 还在里面，快点来人啊 with no lines before it
        if not plea:
            return  # 出来了，谢谢 / 好的: nothing more to do
        gap = timedelta(seconds=ctx.config_for(event.room).emergency_escalate_s)
        if rescued.reminded is not None and event.ts - rescued.reminded < gap:
            return
        ctx.urgently(ctx.private(rescued.by, ctx.render(
            REMINDER, name=rescued.name, topic=rescued.topic, said=event.text[:80],
            minutes=max(1, int((event.ts - rescued.at).total_seconds() // 60))), ref=REMINDER,
            cause=event.id))
        ctx.state.rescued[key] = replace(rescued, reminded=event.ts)

    @plugin.on(MessageReceived, from_member, in_danger, order=BEFORE_FAQ, block=True)
    async def emergency(ctx: Ctx, event: MessageReceived) -> None:
        """A member reports a person in danger: reassured with the safety step, the operator on duty told at once."""
        danger = ctx.emergency
        assert danger is not None
        duty = ctx.on_duty(event.room) or list(ctx.bot.owners)
        known = waiting(ctx).get(event.room or "", event.sender)
        said_so = known is not None and cannot_call(known.excerpt, known.topic, voice=ctx.suggests_voice(event.room))
        # a deaf group (by its name or `suggest_voice: false`): said by the room
        in_her_words = known is not None and cannot_call(known.excerpt)  # 我听不见 quoted to whoever was told
        waiter, told, graver = _opened(ctx, event, event.ts)
        if told and not said_so and cannot_call(event.text) and waiter.danger not in (DESPAIR, CLOSE, ACT, ACT_CLOSE):
            _cannot_phone_after_all(ctx, event, danger, waiter)  # 老伴胸口疼 / 我听不见: someone must phone for him
            return
        if told and said_so and not in_her_words and cannot_call(event.text) and \
                waiter.danger not in (DESPAIR, CLOSE, ACT, ACT_CLOSE):
            own_words.tell(ctx, waiter, event, _told_in_order(ctx, waiter))  # a deaf group: her words, not a page
        if told and danger.pieces and not graver:
            return  # one more line of an emergency typed in pieces, a person told already: nothing said twice
        if graver:  # 药都吃了 after 想一了百了, despair after a fall: everyone told so far hears it at once
            for person in _told_in_order(ctx, waiter):
                _alert_surely(ctx, waiter, person)
        elif not told and duty:
            _alert_surely(ctx, waiter, duty[0])
        if danger.kind == DESPAIR:
            if not told or graver:  # one word (one more for an act done): her next lines reach the person told
                comfort(ctx, event, told=bool(duty) or told, another=waiter.danger in (CLOSE, ACT_CLOSE),
                        done=waiter.danger in (ACT, ACT_CLOSE))
        else:
            safety_step(ctx, event, danger, told=told or bool(duty))
        if told:
            return  # the member says more of an emergency a person was told of already: the roster goes on
        if not duty:
            ctx.log.warning("emergency with nobody to tell (no duty roster, no owners) room=%s", event.room)
            return
        waiter.nudged_to = duty[0]
        settle(ctx, waiter, "nudged")
        ctx.state.doubtful.add(waiter.id)  # never praised, whatever the member sends next
        arm(ctx, waiter, event.ts, alerted=event.ts)


def _cannot_phone_after_all(ctx: Ctx, event: MessageReceived, danger: Danger, waiter: Waiter) -> None:
    """The member says after the danger that they cannot phone (deaf, cannot speak): everyone told so far hears it at
    once with all the member's lines, and the word telling them to call, if not yet sent, is taken back and said again
    for them (someone near to call, the police by text; bot.danger.cannot_call)."""
    for person in _told_in_order(ctx, waiter):
        _alert_surely(ctx, waiter, person)
    if cannot_call("", event.room_topic or "", voice=ctx.suggests_voice(event.room)):
        return  # a group for the deaf: the first word already asked others to phone
    first = waiter.message_ids.split()[0]
    for action in list(ctx.outbox().queued):
        if action.id is not None and action.plugin == EMERGENCY and action.kind == "say" and \
                action.room == event.room and action.cause == first:
            ctx.outbox().drop(action.id, "the member cannot phone: said again for them")
    safety_step(ctx, event, replace(danger, pieces=""), told=True, said=danger.pieces or waiter.excerpt)


def _alert_surely(ctx: Ctx, waiter: Waiter, to: str) -> None:
    """The person first, in its own guard: a broken script must not lose the alert (it goes in plain words)."""
    try:
        alert(ctx, waiter, to, escalated=False)
    except Exception:  # noqa: BLE001 - a custom script's error: the person is still told, in plain words
        ctx.log.exception("emergency alert script failed; a plain alert is sent instead")
        ctx.urgently(ctx.private(to, PLAIN_ALERT.format(
            name=waiter.member_name or waiter.member_id, where=waiter.topic or waiter.room_id or "私聊",
            said=waiter.excerpt), ref=ALERT, cause=waiter.message_ids.split()[0]))
        ctx.state.paged[waiter.id] = ctx.now()


def _told_in_order(ctx: Ctx, waiter: Waiter) -> list[str]:
    """Everyone told of the emergency so far, first to last (the action log, then whoever was nudged)."""
    told = [t.to for t in ctx.records(EmergencyLog).told(waiter.message_ids.split()[0])]
    return list(dict.fromkeys(told + ([waiter.nudged_to] if waiter.nudged_to else [])))


