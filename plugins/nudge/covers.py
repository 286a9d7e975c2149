"""Covers that read the room: a budget per room, scripts fitted to the kind, never twice a day, greeting waves."""
from __future__ import annotations

from datetime import timedelta

from bot.danger.made_ill import made_ill
from bot.danger.outside_trouble import outside_trouble
from bot.events import MessageReceived
from bot.introductions import introduces_self
from bot.plugin import Plugin
from bot.providers import THE_BOT
from bot.terminal_text import say
from bot.undo import Group, Map
from plugins.nudge import addressing
from plugins.nudge.memory import Ctx, NudgeConfig, RoomBudget, settle
from plugins.nudge.store import Waiter
from plugins.nudge.told_before import told_before

PRAISING = ("sharing", "video", "sticker")  # never for a possible complaint (photo lines admire nothing)
QUIET = ("care", "sorrow", "joy")  # news of an illness, heartache, good news: a person answers, never the bot
PROMISING = ("question", "request", "complaint", "voice", "concern", "photo", "outside",  # a person will answer
             "sickened")  # 负责人马上私信您 only where someone is there (script review 26, finding 5)


def budget(ctx: Ctx, room: str) -> RoomBudget:
    """The room's budget (kept for as long as the app lives)."""
    budgets = ctx.state.budgets
    if room not in budgets:
        budgets[room] = RoomBudget(ctx.config_for(room).cover_every_messages)
    return budgets[room]


def limits(config: NudgeConfig) -> tuple[int, int, timedelta]:
    """The room budget's settings, as RoomBudget.allows takes them."""
    return config.cover_every_messages, config.covers_per_hour, timedelta(minutes=config.cover_quiet_min)


def member_spoke(ctx: Ctx, room: str) -> None:
    """Count a member's message towards the room's budget."""
    budget(ctx, room).since_cover += 1


def fresh_line(ctx: Ctx, room: str, template: str, **values) -> str | None:
    """A line of the script bank `template` not yet said in this room today, or None when all have been."""
    day = ctx.now().date()
    if ctx.state.said_on != day:
        ctx.state.said_on, ctx.state.said = day, Map()
    used = ctx.state.said.get(room)
    if used is None:
        used = ctx.state.said[room] = Group()
    lines = [line.strip() for line in ctx.render(template, **values).text.splitlines() if line.strip()]
    start = len(used) % max(1, len(lines))
    for line in lines[start:] + lines[:start]:
        if line not in used:
            used.add(line)
            return line
    return None


def cover(ctx: Ctx, waiter: Waiter) -> bool:
    """The bot answers warmly in public so the member feels seen; the wait stays open for a person.

    A complaint is always acknowledged (sincerely, never praised), and so is what the reader found
    possibly negative though it read it otherwise (`concern`: a plain acknowledgement, no thanks or
    admiring). Anything else is covered only
    within the room's budget and with a line not yet said there today. Whether the operator is to be
    reminded (anything but a complaint, whose alerts go up the roster) is returned: the caller puts
    everyone due at once in one nudge.
    """
    config = ctx.config_for(waiter.room_id)
    room = budget(ctx, waiter.room_id)
    now = ctx.now()
    urgent = waiter.kind == "complaint"
    text = None
    # a question or request the member spoke (a voice message) is told we heard it, not that we saw it
    shown = "voice" if waiter.kind in ("question", "request") and waiter.id in ctx.state.spoken else waiter.kind
    if waiter.id in ctx.state.warned and waiter.kind == "sharing":
        shown = "warning"  # a member warned everyone (a scam caller): thanked for the reminder
    script = "concern" if shown in PRAISING and waiter.id in ctx.state.doubtful else shown
    told = told_before(ctx, waiter) if script == "question" else None  # 刘老师刚说了：下周三停课一次
    if script == "complaint" and outside_trouble(waiter.excerpt):
        script = "outside"  # 城管 took her stall, a child shut in a dark room: heard, never our own apology
    elif script == "complaint" and made_ill(waiter.excerpt):
        script = "sickened"  # 孩子吃了拉了一晚上肚子: the person asked after first, then sorry
    if script == "complaint" and THE_BOT.search(waiter.excerpt):
        pass  # 这个小助手烦死了 老是@我: a complaint of the bot itself is a person's to answer, never with another @
    elif waiter.id in ctx.state.member_answered or waiter.kind in QUIET or waiter.id in ctx.state.to_a_member \
            or waiter.id in ctx.state.person_asked:
        pass  # a member answered or was asked by name, someone is ill, or the bot has just said a person comes:
        # the bot keeps out of it, a person answers
    elif script in PROMISING and not (ctx.on_duty(waiter.room_id) or ctx.bot.owners):
        _nobody_to_answer(ctx, waiter)  # "工作人员正在确认" with no staff set would be untrue
    elif urgent or room.allows(now, *limits(config)):
        text = fresh_line(ctx, waiter.room_id, f"nudge/covers/{'told' if told else script}.j2",
                          name=waiter.member_name, voice=ctx.suggests_voice(waiter.room_id), told=told,
                          who=made_ill(waiter.excerpt))
    if text is not None:
        ctx.say(waiter.room_id, text, mentions=[waiter.member_id], ref=f"cover:{shown}",
                cause=waiter.message_ids.split()[0])
        room.spend(now)
        waiter.covered_at = now
        settle(ctx, waiter, "covered")
    if text is None and waiter.nudged_to and (waiter.kind in QUIET or (
            (answer := ctx.state.member_answers.get(waiter.id)) is not None and answer.health)):
        return False  # the operator was told already what it takes (care, a member's health advice): once is enough
    return not urgent  # still waiting for a person: the operator is reminded


def _nobody_to_answer(ctx: Ctx, waiter: Waiter) -> None:
    """No owner and nobody on duty: the member is promised nothing, and the person running the bot is told (the
    terminal and the log) who waits and what to set."""
    ctx.log.warning("%s", say("nobody_to_answer", name=waiter.member_name or waiter.member_id,
                              room=waiter.topic or waiter.room_id, said=waiter.excerpt[:40]))


def greeted(ctx: Ctx, event: MessageReceived) -> None:
    """A member's greeting joins the room's wave; the first arms one answer for the whole wave."""
    assert event.room is not None
    wave = ctx.state.waves.get(event.room)
    if wave is None:
        wave = ctx.state.waves[event.room] = Map()
        ctx.state.wave_begun[event.room] = event.id
        ctx.schedule.timer(event.ts + timedelta(seconds=ctx.config.greeting_wave_s), "wave",
                           {"room": event.room, "cause": event.id})
    if event.sender not in wave:
        wave[event.sender] = event.sender_name or event.sender
    if introduces_self(event.text):  # 大家好 我是老马 今年七十…: welcomed, not thanked for a greeting
        ctx.state.introduced.add(f"{event.room} {event.sender}")


def talked_back(ctx: Ctx, event: MessageReceived, to: str | None) -> None:
    """A member talks back to greeters: the one they answer (`to`) is not left hanging, and neither is a lone
    greeter when someone else chats right after them (郭姐 "天冷了，大家多穿点", 杨叔 "是啊，地里都结霜了")."""
    assert event.room is not None
    wave = ctx.state.waves.get(event.room)
    if wave is None or event.sender in wave:
        return
    if to is not None and to in wave:
        del wave[to]
        ctx.state.introduced.discard(f"{event.room} {to}")
    elif to is None and len(wave) == 1:  # a lone greeter, and another member's chat to nobody right after
        _end_wave(ctx, event.room)
        return
    if not wave:
        _end_wave(ctx, event.room)


def went_on_to_ask(ctx: Ctx, event: MessageReceived) -> None:
    """A greeter whose next lines ask something (大家好 / 我是上周做的膝盖手术 / 伤口有点渗液 / 要紧吗) leaves the wave:
    the greeting opened the ask, and thanking them for their greeting would answer the wrong thing."""
    wave = ctx.state.waves.get(event.room or "")
    if wave is not None and event.sender in wave:
        del wave[event.sender]
        ctx.state.introduced.discard(f"{event.room} {event.sender}")
        if not wave:
            _end_wave(ctx, event.room or "")


def greeted_back(ctx: Ctx, room: str) -> None:
    """An operator greeted the room: the wave is answered by a person."""
    _end_wave(ctx, room)


def _end_wave(ctx: Ctx, room: str) -> Map[str, str] | None:
    """The room's wave is over, however it ended: who introduced themselves in it is no longer needed (their next
    早上好, days later, is no introduction to thank them for)."""
    wave = ctx.state.waves.pop(room, None)
    for key in [key for key in ctx.state.introduced if key.startswith(f"{room} ")]:
        ctx.state.introduced.discard(key)
    return wave


def register(plugin: Plugin) -> None:
    """Add the greeting-wave job to the nudge plugin."""

    @plugin.job("wave")
    async def answer_wave(ctx: Ctx, data: dict) -> None:
        """One warm answer to everyone who greeted in the wave, mentioning them all, within the budget."""
        room = data["room"]
        if ctx.state.wave_begun.get(room) != data.get("cause"):
            return  # that wave was answered by the room; a later one has its own timer
        newcomers = [key.split(" ", 1)[1] for key in ctx.state.introduced if key.startswith(f"{room} ")]
        wave = _end_wave(ctx, room)
        config = ctx.config_for(room)
        if not wave or not budget(ctx, room).allows(ctx.now(), *limits(config)):
            return
        names = list(wave.values())
        newcomers = [name for member, name in wave.items() if member in newcomers]
        text = fresh_line(ctx, room, "nudge/covers/greeting.j2", names=names, newcomers=newcomers,
                          hour=ctx.now().hour)
        if text is not None:
            ctx.say(room, text, mentions=list(wave), ref="cover:greeting")
            budget(ctx, room).spend(ctx.now())


SPEAKERS_KEPT = 40  # members remembered per room as those an ask may be put to by name


def heard_from(ctx: Ctx, event: MessageReceived) -> None:
    """Remember who spoke in the room lately (the members an ask may be put to by name)."""
    assert event.room is not None
    speakers = ctx.state.speakers.get(event.room)
    if speakers is None:
        speakers = ctx.state.speakers[event.room] = Map()
    speakers.pop(event.sender, None)
    speakers[event.sender] = event.sender_name or ""
    while len(speakers) > SPEAKERS_KEPT:
        speakers.pop(next(iter(speakers)))


def put_to_a_member(ctx: Ctx, event: MessageReceived, waiter: Waiter) -> None:
    """A question or request that opens by calling by name a member who spoke lately (张老师 能不能单独给我说说) is
    theirs to answer: the bot promises no staff over it (the operator still hears of it, quietly)."""
    speakers = ctx.state.speakers.get(event.room or "")
    if waiter.kind in ("question", "request") and speakers and \
            addressing.put_to(event.text, dict(speakers), event.sender) is not None:
        ctx.state.to_a_member.add(waiter.id)
