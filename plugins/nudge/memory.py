"""The nudge plugin's settings and memory: who waits, the timeline of steps, each room's budget, settling a wait."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from pydantic import Field

from bot.config import PluginConfig
from bot.config_values import Crontab
from bot.context import Context
from bot.undo import Group, Journaled, Line, Map
from plugins.nudge.store import HELD, Pendings, Waiter
from plugins.nudge.timeline import Timeline, Waiting

HOUR = timedelta(hours=1)


class NudgeConfig(PluginConfig):
    """Settings under plugins.nudge (per room under rooms.ROOM.nudge)."""

    send_priority = 4
    at_night = "drop"

    nudge_after_s: int = Field(60, ge=1, description="T1: the operator on duty is nudged privately "
                                                     "(on the next 5-second mark); a complaint goes up the roster")
    cover_after_s: int = Field(180, ge=1, description="T2: the bot covers with a short public reply")
    nudge_gap_s: int = Field(60, ge=0, description="an operator gets at most one nudge per this many seconds; "
                                                   "members who come due meanwhile are listed in the next one")
    cover_every_messages: int = Field(10, ge=1, description="at most one cover per this many member messages "
                                                            "in a room")
    covers_per_hour: int = Field(3, ge=0, description="at most this many covers in a room in any hour")
    cover_quiet_min: int = Field(30, ge=1, description="a room where the bot has not covered for this long may be "
                                                       "covered again however few members spoke meanwhile")
    greeting_wave_s: int = Field(120, ge=1, description="greetings this close together get one answer")
    give_up_after_min: int = Field(120, ge=1, description="a wait nobody answered is closed as missed")
    morning_digest: bool = True
    emergency_escalate_s: int = Field(60, ge=1, description="an emergency nobody in charge answered in the group "
                                                            "this long goes to the next on the roster (to the owners "
                                                            "when nobody else is on duty); quiet hours hold none of it")
    emergency_owners_s: int = Field(120, ge=1, description="and this long after the first alert, still unanswered, "
                                                           "to the owners: within the craft's 1-3 minutes")
    night_care_phone: str = Field("", description="whom a member unwell at night (not in danger) is told to call "
                                                 "now (病房护士站 0571-8888 8888); empty: family nearby to sit by")
    stale_after_min: int = Field(30, ge=1, description="after a restart, pendings older than this expire")
    daily_report: Crontab | None = Field(None, description="crontab of each operator's private daily figures")


class RoomBudget(Journaled):
    """How much the bot said lately in one room: member messages since its last cover, its covers this hour."""

    def __init__(self, every: int) -> None:
        self.since_cover = every  # a quiet room's first waiting member may be covered
        self.covers: Line[datetime] = Line()
        self.last: datetime | None = None  # the bot's last cover in the room

    def allows(self, now: datetime, every: int, per_hour: int, quiet: timedelta) -> bool:
        """At most one cover per `every` member messages, unless the bot has been `quiet` that long (four questions
        across a still afternoon each get a word), and never more than `per_hour` covers in any hour."""
        while self.covers and now - self.covers[0] >= HOUR:
            self.covers.popleft()
        rested = self.last is not None and now - self.last >= quiet
        return (self.since_cover >= every or rested) and len(self.covers) < per_hour

    def spend(self, now: datetime) -> None:
        """The bot just covered."""
        self.since_cover = 0
        self.covers.append(now)
        self.last = now


@dataclass(frozen=True, slots=True)
class MemberAnswer:
    """A member's answer to someone still waiting, as the operator is told it (`unsure`: 好像, 不太清楚…)."""

    sender: str
    name: str
    text: str
    at: datetime
    unsure: bool
    health: bool = False  # on a health or medicine matter: a person checks it, however sure it sounds


@dataclass(frozen=True, slots=True)
class Rescued:
    """An emergency a person answered in the group: who answered and when (the member's next lines go to them)."""

    by: str
    at: datetime
    name: str
    topic: str
    reminded: datetime | None = None


@dataclass(frozen=True, slots=True)
class Told:
    """The last line in a room that said something of a day (a notice, a change of plan: plugins.nudge.told_before)."""

    sender: str
    name: str
    text: str
    at: datetime


@dataclass(frozen=True, slots=True)
class FaqMet:
    """The last line in a room that the FAQ answered, with the lines of the thought it ended."""

    member: str
    at: datetime
    said: str


@dataclass(frozen=True, slots=True)
class NightMedia:
    """A photo or video a member sent at night, held a moment for the question that goes with it."""

    type: str
    at: datetime


class NudgeState(Journaled):
    """What the nudge plugin keeps in memory besides who is waiting (changes roll back with a failed handler)."""

    def __init__(self) -> None:
        self.timeline = Timeline()
        self.nudges: Map[str, Line[int]] = Map()  # operator -> pending ids queued for their next nudge
        self.last_nudged: Map[str, datetime] = Map()  # operator -> when they were last nudged
        self.budgets: Map[str, RoomBudget] = Map()  # room -> how much the bot said there lately
        self.said_on: date | None = None  # the day `said` is for
        self.said: Map[str, Group[str]] = Map()  # room -> cover lines said there that day
        self.waves: Map[str, Map[str, str]] = Map()  # room -> greeters (id -> name) awaiting one answer
        self.wave_begun: Map[str, str] = Map()  # room -> the greeting that began its latest wave (its timer's cause)
        self.introduced: Group[str] = Group()  # "room member": greeters in the wave who said who they are
        self.member_answered: Group[int] = Group()  # waits a member probably answered: no cover over them
        self.member_answers: Map[int, MemberAnswer] = Map()  # what they answered: the operator is told, not chased
        self.unwell: Group[int] = Group()  # night waits of a member unwell now: told whom to call, first in the digest
        self.faq_answered: Group[int] = Group()  # night waits the FAQ answered (its answer waits for morning)
        self.doubtful: Group[int] = Group()  # waits on words that may be a complaint: never praised
        self.suggested: Group[int] = Group()  # waits whose question the FAQ suggested an answer to: no first nudge
        self.warned: Group[int] = Group()  # waits a member's warning to everyone opened (a scam): thanked for it
        self.spoken: Group[int] = Group()  # waits a voice message opened: a question or request covered as heard
        self.person_asked: Map[int, str] = Map()  # waits of a member who asked for a person (the FAQ told her one
        # comes) -> missed (she said the bot missed her point) | asked: the operator told so at once, no bot cover
        self.alert_due: Map[int, datetime] = Map()  # complaints still being typed a line at a time: alert due then
        self.told: Map[str, Told] = Map()  # room -> the last line there that told of a day (下周三停课一次)
        self.faq_met: Map[str, FaqMet] = Map()  # room -> what the FAQ just answered: a thought going on quotes it
        self.complained: Map[int, datetime] = Map()  # complaint wait -> when the operator was alerted to it
        self.praised: Map[int, tuple[str, str]] = Map()  # complaint wait -> (who, words): a reply only praising it
        self.paged: Map[int, datetime] = Map()  # emergency wait -> when a person was last told of it privately
        self.own_words_told: Group[int] = Group()  # emergencies in a deaf group whose "我听不见" was passed on
        self.rescued: Map[str, Rescued] = Map()  # "room member" -> the emergency a person answered there lately
        self.night_media: Map[str, NightMedia] = Map()  # "room member" -> their photo at night, for what follows
        self.acked: Map[str, datetime] = Map()  # member -> when the bot last told them privately "收到您的消息啦"
        self.heard: Map[str, datetime] = Map()  # room -> when anyone last spoke there (is a sticker on its own?)
        self.bereaved: Map[str, datetime] = Map()  # "room member" -> when they told of a loss (what follows is of it)
        self.speakers: Map[str, Map[str, str]] = Map()  # room -> member -> name: who spoke there lately
        self.to_a_member: Group[int] = Group()  # asks put to a member by name (张老师 能不能…): theirs, no staff cover
        self.resumed = False  # pendings re-armed after a start (a config reload does not re-arm them)


Ctx = Context[NudgeConfig, NudgeState]
SAME_NIGHT = timedelta(hours=12)  # a room's evening before the bot's own night is handed over the next morning


def in_quiet(ctx: Ctx, when: datetime, room: str | None) -> bool:
    """`when` falls in the quiet hours (the night) of `room` (its own rooms.ROOM.bot.quiet_hours, else the bot's;
    a private chat: the bot's), in the bot's time zone."""
    return ctx.quiet(room or None).contains(when.astimezone(ctx.tz).time())


def held_till_morning(ctx: Ctx, when: datetime, room: str | None) -> bool:
    """A wait opened at `when` is the morning digest's, not a nudge's: the room sleeps then (its own night) and the
    digest comes within the same night (a room sleeping till 08:00 past a 07:00 digest: nudged as by day)."""
    return in_quiet(ctx, when, room) and (in_quiet(ctx, when, None) or morning_after(ctx, when) - when <= SAME_NIGHT)


def morning_after(ctx: Ctx, when: datetime) -> datetime:
    """The end of the quiet hours `when` falls in (when the morning digest hands the night's waits over)."""
    local, end = when.astimezone(ctx.tz), ctx.bot.quiet.end
    morning = local.replace(hour=end.hour, minute=end.minute, second=0, microsecond=0)
    return morning if morning > local else morning + timedelta(days=1)


def waiting(ctx: Ctx) -> Waiting:
    """Everyone waiting for an answer, kept in memory by the store."""
    return ctx.records(Pendings).waiting()


def settle(ctx: Ctx, waiter: Waiter, state: str, closed_at: datetime | None = None,
           closed_by: str | None = None) -> None:
    """Write a wait's new state; one no longer held is forgotten, with what the plugin noted about it."""
    ctx.records(Pendings).settle(waiter, state, closed_at, closed_by)
    if state not in HELD:
        for marks in (ctx.state.member_answered, ctx.state.faq_answered, ctx.state.doubtful, ctx.state.spoken,
                      ctx.state.warned, ctx.state.suggested, ctx.state.to_a_member):
            marks.discard(waiter.id)
        ctx.state.member_answers.pop(waiter.id, None)
        ctx.state.person_asked.pop(waiter.id, None)
        ctx.state.unwell.discard(waiter.id)
        ctx.state.alert_due.pop(waiter.id, None)
        ctx.state.paged.pop(waiter.id, None)
        ctx.state.own_words_told.discard(waiter.id)
        ctx.state.complained.pop(waiter.id, None)
        ctx.state.praised.pop(waiter.id, None)


def rearm(ctx: Ctx) -> None:
    """One app timer at the head of the timeline."""
    if (when := ctx.state.timeline.arm_at(waiting(ctx).ids)) is not None:
        ctx.schedule.timer(when, "tick")


def arm(ctx: Ctx, waiter: Waiter, now: datetime | None = None, *, alerted: datetime | None = None) -> None:
    """Put a wait's steps on the timeline: a complaint escalates, anything else nudges; all get a cover.

    `alerted`: when the operator was told of a complaint (whose alert waited for the member to finish typing it, or
    whose wait turned into one later) or of an emergency: it goes up the roster counted from then, not from its
    first line.
    """
    config = ctx.config_for(waiter.room_id or None)
    nudge_at = (alerted or waiter.opened_at) + timedelta(seconds=config.nudge_after_s)
    cover_at = waiter.opened_at + timedelta(seconds=config.cover_after_s)
    owners_at = nudge_at + timedelta(seconds=config.nudge_after_s)
    expire_at = waiter.opened_at + timedelta(minutes=config.give_up_after_min)
    line = ctx.state.timeline
    if waiter.kind == "emergency":  # up the roster fast, night included; the bot never covers it
        step = timedelta(seconds=config.emergency_escalate_s)
        told = alerted or waiter.opened_at  # a question's wait that turned into an emergency: from the alert
        line.push(max(told + step, now or told), waiter.id, "escalate")
        owners = timedelta(seconds=max(config.emergency_owners_s, config.emergency_escalate_s))
        line.push(max(told + owners, now or told), waiter.id, "owners")
        line.push(max(expire_at, now or expire_at), waiter.id, "expire")
        rearm(ctx)
        return
    if waiter.kind == "complaint":
        line.push(max(nudge_at, now or nudge_at), waiter.id, "escalate")
        line.push(max(owners_at, now or owners_at), waiter.id, "owners")
    elif waiter.state == "open":
        line.push(max(nudge_at, now or nudge_at), waiter.id, "nudge")
    if waiter.room_id and waiter.covered_at is None:
        line.push(max(cover_at, now or cover_at), waiter.id, "cover")
    line.push(max(expire_at, now or expire_at), waiter.id, "expire")
    rearm(ctx)


def waited_min(ctx: Ctx, waiter: Waiter) -> int:
    """Whole minutes since the member's message, at least one."""
    return max(1, int((ctx.now() - waiter.opened_at).total_seconds() // 60))
