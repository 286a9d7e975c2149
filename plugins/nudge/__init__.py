"""Response nudges: who needs a person and when the need is met, read from the conversation, not by a stopwatch."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.conversation import Said
from bot.events import MessageReceived
from bot.plugin import Plugin
from bot.rules import from_member, in_room, private_chat
from bot.understanding import Kind, Reading
from plugins.nudge import alerts, covers, report
from plugins.nudge.memory import Ctx, NudgeConfig, NudgeState, arm, rearm, settle, waiting
from plugins.nudge.store import OPEN_STATES, Pendings, Waiter

NIGHT_KINDS = ("question", "request", "complaint", "voice", "private")  # held for the morning digest
MEDIA_KINDS = {"image": "photo", "voice": "voice", "video": "video"}  # stickers ask nothing of anyone


plugin = Plugin(name="nudge", description="像好运营一样回应：谁在等人、何时算回应了、投诉先处理",
                config=NudgeConfig, state=NudgeState, order=70)


def _in_quiet(ctx: Ctx, when: datetime) -> bool:
    return ctx.bot.quiet.contains(when.astimezone(ctx.tz).time())


@plugin.on(MessageReceived, in_room)
async def watch(ctx: Ctx, event: MessageReceived) -> None:
    """A member's message opens, extends or closes a wait; an operator's closes only the waits it addresses."""
    assert event.room is not None
    reading = ctx.reading
    if reading is None:
        return
    if ctx.role_of(event.sender) != "member":
        _person_answers(ctx, event, reading)
        return
    covers.member_spoke(ctx, event.room)
    asker = reading.addresses.sender if reading.addresses is not None else None
    if reading.kind is Kind.ANSWER and asker and (waiter := waiting(ctx).get(event.room, asker)) is not None:
        if waiter.kind == "complaint":
            pass  # a member's word does not settle a complaint: it needs a person
        elif asker in event.mentions or event.reply_to in waiter.message_ids.split():
            _answered(ctx, waiter, event)  # quoted or @-ed: the member answered the asker
        else:  # probably an answer: no cover over it; the asker's thanks (or an operator) closes it
            ctx.state.member_answered.add(waiter.id)
    if reading.kind is Kind.THANKS and (own := waiting(ctx).get(event.room, event.sender)) is not None:
        _answered(ctx, own, event, by=asker or event.sender)  # the asker's thanks: their need is met
        return
    if reading.kind is Kind.GREETING and not _in_quiet(ctx, event.ts):
        covers.greeted(ctx, event)
        return
    kind = MEDIA_KINDS.get(event.type, "") if reading.kind is Kind.MEDIA else reading.kind.value
    if not reading.needs_person or not kind:
        return
    night = _in_quiet(ctx, event.ts)
    if night and kind not in NIGHT_KINDS:
        return
    answered = any(a.kind == "say" and a.room == event.room and event.sender in a.mentions.split()
                   for a in ctx.outcome.actions)
    if answered and not night:
        return  # another plugin (the FAQ) already answered it
    waiter = _wait(ctx, event, kind, night, earlier=[s for s in reading.revises if not s.media])
    if reading.possibly_negative and (own := waiting(ctx).get(event.room, event.sender)) is not None:
        ctx.state.doubtful.add(own.id)  # it may be a complaint read as something else: covered, never praised
    if answered and waiter is not None:  # the FAQ's answer waits for the morning too: the digest says so
        ctx.state.faq_answered.add(waiter.id)


@plugin.on(MessageReceived, private_chat, from_member)
async def private(ctx: Ctx, event: MessageReceived) -> None:
    """A member writes to the bot privately: told a person will reply, and the operator on duty hears of it."""
    reading = ctx.reading
    if reading is None or reading.kind in (Kind.ACK, Kind.THANKS) or event.type == "emoticon":
        return
    if waiting(ctx).get("", event.sender) is None:
        ctx.reply(ctx.render("private.j2", name=event.sender_name, night=_in_quiet(ctx, event.ts)))
    _wait(ctx, event, "private", _in_quiet(ctx, event.ts))


def _wait(ctx: Ctx, event: MessageReceived, kind: str, night: bool, earlier: Sequence[Said] = ()) -> Waiter | None:
    """Open the member's wait, or add this message to the one already open (one thought, several lines).

    `earlier`: the lines before it that turned out to be parts of the same thought ("刘老师" / "今天下午").
    """
    room = event.room or ""
    text = " ".join([*(s.text for s in earlier), event.text])
    known = waiting(ctx).get(room, event.sender)
    if known is not None:
        was = known.kind
        ctx.records(Pendings).extend(known, event.id, text, kind)
        if known.kind == "complaint" and was != "complaint" and known.state in OPEN_STATES:
            alerts.complaint_alert(ctx, known)  # the thought turned out to be a complaint
            arm(ctx, known, ctx.now())
        return None
    waiter = ctx.records(Pendings).opened(
        room_id=room, topic=event.room_topic or "", member_id=event.sender,
        member_name=event.sender_name, message_ids=event.id, excerpt=text[:80], kind=kind,
        opened_at=event.ts, state="night" if night else "open")
    if not night:
        if kind == "complaint":
            alerts.complaint_alert(ctx, waiter)
        arm(ctx, waiter)
    return waiter


def _person_answers(ctx: Ctx, event: MessageReceived, reading: Reading) -> None:
    """An operator's message closes the waits of those it addresses: a mention, a quote, or the ask it answers."""
    assert event.room is not None
    if reading.kind is Kind.GREETING:
        covers.greeted_back(ctx, event.room)
    addressed = set(event.mentions)
    if reading.addresses is not None and not reading.addresses.operator and reading.kind is not Kind.GREETING:
        addressed.add(reading.addresses.sender)
    for member in addressed:
        if (waiter := waiting(ctx).get(event.room, member)) is not None:
            _answered(ctx, waiter, event)


def _answered(ctx: Ctx, waiter: Waiter, event: MessageReceived, by: str | None = None) -> None:
    """A person met the need: the wait closes (a night one too, so the digest does not list it)."""
    settle(ctx, waiter, "answered", event.ts, by or event.sender)


@plugin.job("tick")
async def tick(ctx: Ctx, data: dict) -> None:
    """Every step now due, in one unit of work, from memory: no query however many there are."""
    line = ctx.state.timeline
    if ctx.due == line.armed_for:
        line.armed_for = None
    ids = waiting(ctx).ids
    for when, pid, step in line.pop_due(ctx.now()):
        waiter = ids.get(pid)
        if waiter is None or waiter.state not in OPEN_STATES or (step == "cover" and waiter.covered_at) or (
                step == "nudge" and waiter.kind == "complaint"):
            continue  # answered meanwhile, or a step a complaint's own alerts replaced
        if step == "expire":
            settle(ctx, waiter, "expired")  # nobody answered in time: it counts as a miss
        elif _in_quiet(ctx, when):
            settle(ctx, waiter, "night")  # handed to the morning operator in the digest instead
        elif step == "nudge":
            alerts.nudge(ctx, waiter)
        elif step in ("escalate", "owners"):
            alerts.escalate(ctx, waiter, owners=step == "owners")
        elif step == "cover":
            covers.cover(ctx, waiter)
    rearm(ctx)


@plugin.on_start
async def resume(ctx: Ctx) -> None:
    """After a restart: re-arm what is still waiting; past due fires now if still fresh, else expires."""
    end = ctx.bot.quiet.end
    ctx.schedule.cron("morning-digest", f"{end.minute} {end.hour} * * *", "digest", {}, grace_s=3600)
    if ctx.config.daily_report:
        ctx.schedule.cron("daily-report", ctx.config.daily_report, "report", {}, grace_s=3600)
    else:
        ctx.schedule.cancel("daily-report")
    if ctx.state.resumed:  # a config reload: the timers are armed already
        return
    ctx.state.resumed = True
    now, stale = ctx.now(), timedelta(minutes=ctx.config.stale_after_min)
    for waiter in list(waiting(ctx).ids.values()):
        if waiter.state not in OPEN_STATES:
            continue
        if now - waiter.opened_at > stale:
            settle(ctx, waiter, "expired")
        else:
            arm(ctx, waiter, now)


alerts.register(plugin)
covers.register(plugin)
report.register(plugin)
