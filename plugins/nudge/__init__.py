"""Response nudges: no member's message waits more than three minutes; the operator is nudged, the bot covers."""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Literal

from pydantic import Field

from bot.chinese_text import compact, simplify
from bot.config import PluginConfig
from bot.context import Context
from bot.events import MessageReceived
from bot.plugin import Plugin
from bot.rules import in_room
from bot.undo import Journaled, Line, Map
from plugins.nudge import report
from plugins.nudge.store import OPEN_STATES, Pendings, Waiter, Waiting
from plugins.nudge.timeline import Timeline

TRIVIAL = ("好的", "好", "好滴", "好嘞", "谢谢", "谢谢你", "多谢", "感谢", "收到", "嗯", "嗯嗯", "哦", "哦哦", "ok",
           "okay", "知道了", "明白", "明白了", "是的", "对", "对的", "行", "可以", "哈哈", "哈哈哈", "👍", "赞")
QUESTION = re.compile(r"[?？]|吗|呢|怎|咋|如何|哪|几|多少|什么|啥|谁|能不能|可不可以|是不是|有没有|请问|问一下")
NUDGE_LIST = 10  # members named in one nudge; more are counted
GREETING = re.compile(r"^(大家)?(早|早上好|早安|上午好|中午好|下午好|晚上好|晚安|你好|您好|大家好|新年好|节日快乐)")


class NudgeConfig(PluginConfig):
    """Settings under plugins.nudge (per room under rooms.ROOM.nudge)."""

    send_priority = 4
    at_night = "drop"

    nudge_after_s: int = Field(60, ge=1, description="T1: the operator on duty is nudged privately "
                                                     "(on the next 5-second mark)")
    cover_after_s: int = Field(180, ge=1, description="T2: the bot covers with a short public reply")
    nudge_gap_s: int = Field(60, ge=0, description="an operator gets at most one nudge per this many seconds; "
                                                   "members who come due meanwhile are listed in the next one")
    closed_by: Literal["any", "mention"] = "any"  # any operator message in the room, or one that @mentions the member
    trivial: list[str] = Field(default_factory=lambda: list(TRIVIAL))
    morning_digest: bool = True
    stale_after_min: int = Field(30, ge=1, description="after a restart, pendings older than this expire")
    daily_report: str | None = Field(None, description="crontab of each operator's private daily figures")


class NudgeState(Journaled):
    """What the nudge plugin keeps in memory besides who is waiting (changes roll back with a failed handler)."""

    def __init__(self) -> None:
        self.timeline = Timeline()
        self.nudges: Map[str, Line[int]] = Map()  # operator -> pending ids queued for their next nudge
        self.last_nudged: Map[str, datetime] = Map()  # operator -> when they were last nudged
        self.turns: Map[str, int] = Map()  # room -> covers so far (the cover scripts take turns)
        self.resumed = False  # pendings re-armed after a start (a config reload does not re-arm them)


plugin = Plugin(name="nudge", description="1-3分钟回应：提醒值班运营，超时由机器人先接住",
                config=NudgeConfig, state=NudgeState, order=70)
Ctx = Context[NudgeConfig, NudgeState]


def trivial(ctx: Ctx, event: MessageReceived) -> bool:
    """Emoji only, or 好的 / 谢谢 / 收到 and the like."""
    words = compact(simplify(event.text))
    return event.type in ("emoticon",) or not words or words in ctx.config.trivial


def kind_of(event: MessageReceived) -> str:
    """What a cover should fit: a question, a greeting, sharing something, or other."""
    text = simplify(event.text)
    if event.type in ("image", "video", "url", "voice") or len(text) >= 40:
        return "question" if QUESTION.search(text) else "share"
    if QUESTION.search(text):
        return "question"
    if GREETING.match(text.strip()):
        return "greeting"
    return "share" if re.search(r"[!！]|分享|看|真好|太好", text) else "other"


def _in_quiet(ctx: Ctx, when: datetime) -> bool:
    return ctx.bot.quiet.contains(when.astimezone(ctx.tz).time())


@plugin.on(MessageReceived, in_room)
async def watch(ctx: Ctx, event: MessageReceived) -> None:
    """A member's message opens (or extends) a pending response; an operator's closes the room's pendings."""
    assert event.room is not None
    role = ctx.role_of(event.sender)
    if role != "member":
        _close(ctx, event)
        return
    if event.text.lstrip().startswith("/") or trivial(ctx, event):
        return
    if any(a.kind == "say" and a.room == event.room and event.sender in a.mentions.split()
           for a in ctx.outcome.actions):
        return  # another plugin (the FAQ) already answered it
    pendings = ctx.records(Pendings)
    known = pendings.waiting().get(event.room, event.sender)
    if known is not None:
        pendings.extend(known, event.id, event.text)
        return
    night = _in_quiet(ctx, event.ts)
    waiter = pendings.opened(
        room_id=event.room, topic=event.room_topic or "", member_id=event.sender,
        member_name=event.sender_name, message_ids=event.id, excerpt=event.text[:80], kind=kind_of(event),
        opened_at=event.ts, state="night" if night else "open")
    if not night:
        _arm(ctx, waiter)


def _waiting(ctx: Ctx) -> Waiting:
    """Everyone waiting for an answer, kept in memory by the store."""
    return ctx.records(Pendings).waiting()


def _settled(ctx: Ctx, waiter: Waiter, state: str, closed_at: datetime | None = None,
             closed_by: str | None = None) -> None:
    ctx.records(Pendings).settle(waiter, state, closed_at, closed_by)


def _timeline(ctx: Ctx) -> Timeline:
    return ctx.state.timeline


def _rearm(ctx: Ctx) -> None:
    """One app timer at the head of the timeline."""
    if (when := _timeline(ctx).arm_at(_waiting(ctx).ids)) is not None:
        ctx.schedule.timer(when, "tick")


def _arm(ctx: Ctx, waiter: Waiter, now: datetime | None = None) -> None:
    config = ctx.config_for(waiter.room_id)
    nudge_at = waiter.opened_at + timedelta(seconds=config.nudge_after_s)
    cover_at = waiter.opened_at + timedelta(seconds=config.cover_after_s)
    if waiter.state == "open":
        _timeline(ctx).push(max(nudge_at, now or nudge_at), waiter.id, "nudge")
    _timeline(ctx).push(max(cover_at, now or cover_at), waiter.id, "cover")
    _rearm(ctx)


def _close(ctx: Ctx, event: MessageReceived) -> None:
    here: dict[str, Waiter] = _waiting(ctx).rooms.get(event.room or "") or {}
    answered = [w for member, w in here.items() if ctx.config.closed_by == "any" or member in event.mentions]
    for waiter in answered:
        if waiter.state in OPEN_STATES:
            _settled(ctx, waiter, "answered", event.ts, event.sender)


def _waited_min(ctx: Ctx, waiter: Waiter) -> int:
    return max(1, int((ctx.now() - waiter.opened_at).total_seconds() // 60))


@plugin.job("tick")
async def tick(ctx: Ctx, data: dict) -> None:
    """Every nudge and cover now due, in one unit of work, from memory: no query however many there are."""
    timeline = _timeline(ctx)
    if ctx.due == timeline.armed_for:
        timeline.armed_for = None
    ids = _waiting(ctx).ids
    for when, pid, step in timeline.pop_due(ctx.now()):
        waiter = ids.get(pid)
        if waiter is None or waiter.state not in OPEN_STATES:
            continue
        if _in_quiet(ctx, when):
            _settled(ctx, waiter, "night")  # handed to the morning operator in the digest instead
        elif step == "nudge":
            nudge(ctx, waiter, when)
        else:
            cover(ctx, waiter, when)
    _rearm(ctx)


def nudge(ctx: Ctx, waiter: Waiter, due: datetime) -> None:
    """T1: tell the operator on duty privately who is waiting, where, for what, and how long.

    One message per operator per `nudge_gap_s`: whoever comes due sooner waits for the next one,
    which lists them all (an operator with many groups is not sent a stream of alerts).
    """
    duty = ctx.on_duty(waiter.room_id)
    if not duty:
        return
    operator = duty[0]
    queued = ctx.state.nudges.get(operator)
    if queued is None:
        queued = ctx.state.nudges[operator] = Line()
    queued.append(waiter.id)
    last = ctx.state.last_nudged.get(operator)
    gap = timedelta(seconds=ctx.config_for(waiter.room_id).nudge_gap_s)
    if last is None or ctx.now() - last >= gap:
        _nudge_now(ctx, operator)
    elif len(queued) == 1:
        ctx.schedule.timer(last + gap, "nudges", {"operator": operator})


@plugin.job("nudges")
async def send_nudges(ctx: Ctx, data: dict) -> None:
    """The gap since an operator's last nudge is over: send what queued up meanwhile."""
    _nudge_now(ctx, data["operator"])


def _nudge_now(ctx: Ctx, operator: str) -> None:
    """Nudge one operator about everyone queued for them who is still waiting."""
    ids = ctx.state.nudges.pop(operator, ())
    waiting = _waiting(ctx).ids
    items = [w for pid in ids if (w := waiting.get(pid)) is not None and w.state == "open"]
    if not items:
        return
    if len(items) == 1:
        text = ctx.render("nudge.j2", p=items[0], minutes=_waited_min(ctx, items[0]))
    else:  # the longest waits first; a phone screen shows ten, the rest are counted
        listed = sorted(items, key=lambda w: w.opened_at)[:NUDGE_LIST]
        text = ctx.render("nudges.j2", items=[(w, _waited_min(ctx, w)) for w in listed],
                          more=len(items) - len(listed))
    ctx.private(operator, text, ref="nudge.j2", cause=items[0].message_ids.split()[0])
    ctx.state.last_nudged[operator] = ctx.now()
    pendings = ctx.records(Pendings)
    for waiter in items:
        pendings.hand_to(waiter, operator)
        pendings.settle(waiter, "nudged")


def cover(ctx: Ctx, waiter: Waiter, due: datetime) -> None:
    """T2: the bot answers the member warmly in public so they feel seen; each cover is an SLA miss."""
    turns = ctx.state.turns
    turn = turns[waiter.room_id] = turns.get(waiter.room_id, -1) + 1
    ctx.say(waiter.room_id, ctx.render("cover.j2", p=waiter, turn=turn), mentions=[waiter.member_id],
            ref=f"cover:{waiter.kind}", cause=waiter.message_ids.split()[0])
    _settled(ctx, waiter, "covered", ctx.now(), "cover")


@plugin.on_start
async def resume(ctx: Ctx) -> None:
    """After a restart: re-arm what is still waiting; past due fires now if still fresh, else expires."""
    ctx.schedule.cron("morning-digest", _digest_cron(ctx), "digest", {}, grace_s=3600)
    if ctx.config.daily_report:
        ctx.schedule.cron("daily-report", ctx.config.daily_report, "report", {}, grace_s=3600)
    else:
        ctx.schedule.cancel("daily-report")
    if ctx.state.resumed:  # a config reload: the timers are armed already
        return
    ctx.state.resumed = True
    now, stale = ctx.now(), timedelta(minutes=ctx.config.stale_after_min)
    for waiter in list(_waiting(ctx).ids.values()):
        if waiter.state not in OPEN_STATES:
            continue
        if now - waiter.opened_at > stale:
            _settled(ctx, waiter, "expired")
        else:
            _arm(ctx, waiter, now)


def _digest_cron(ctx: Ctx) -> str:
    end = ctx.bot.quiet.end
    return f"{end.minute} {end.hour} * * *"


@plugin.job("digest")
async def digest(ctx: Ctx, data: dict) -> None:
    """At the end of quiet hours: hand what members said overnight to the morning operator, one message per room."""
    if not ctx.config.morning_digest:
        return
    nights = sorted((w for w in _waiting(ctx).ids.values() if w.state == "night"), key=lambda w: w.opened_at)
    by_room: dict[str, list[Waiter]] = {}
    for waiter in nights:
        by_room.setdefault(waiter.room_id, []).append(waiter)
    for room, items in by_room.items():
        duty = ctx.on_duty(room)
        if duty:
            ctx.private(duty[0], ctx.render("digest.j2", items=items, topic=items[0].topic or room), ref="digest.j2")
        pendings = ctx.records(Pendings)
        for waiter in items:
            pendings.hand_to(waiter, duty[0] if duty else None)
            pendings.settle(waiter, "handed_over")


report.register(plugin)
