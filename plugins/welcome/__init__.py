"""Welcome ritual: greet newcomers together in one message, then tell an operator when they first speak."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import Field

from bot.about_the_group import asks_more_than_that, asks_what_the_group_is
from bot.chinese_text import name_to_say
from bot.config import PluginConfig
from bot.config_values import TemplateName
from bot.context import Context
from bot.danger.grief import bereaved, dying
from bot.events import MEDIA_PLACEHOLDER, MemberJoined, MessageReceived
from bot.greetings import measure_named, trouble_told
from bot.plugin import Plugin
from bot.rules import from_member, in_room
from bot.templates import short
from bot.understanding import Kind
from plugins.welcome.store import Newcomer, Newcomers, spoke_within

GREET_GRACE_S = 300  # a welcome this late is not sent (the scheduler skips it): a person is asked to greet instead


class WelcomeConfig(PluginConfig):
    """Settings under plugins.welcome (any of them per room under rooms.ROOM.welcome)."""

    send_priority = 2
    at_night = "defer"

    window_s: int = Field(20, ge=0, le=600, description="joins this close together get one welcome")
    rejoin_days: int = Field(7, ge=0, description="no second welcome for someone back within this many days")
    purpose: str = "大家一起交流、互相帮助的地方"
    rules: list[str] = Field(default_factory=lambda: ["友善交流，互相尊重", "不刷屏，没核实的消息先别转"])
    ads: str | None = Field(None, description="what happens to ads, in the operator's words (empty: not said; "
                                              "unset: the script's words, without a removal threat in a gentle room)")
    help_hint: str | None = Field(None, description="how to get help, in words a senior can act on (no slash-command "
                                  "to type); unset: the script's words, which invite a voice message unless the room "
                                  "says rooms.ROOM.bot.suggest_voice: false")
    template: TemplateName = "welcome.j2"
    private_welcome: bool = False
    tell_operator_on_first_words: bool = True


plugin = Plugin(name="welcome", description="新人欢迎仪式：合并欢迎、首次发言提醒运营",
                config=WelcomeConfig, order=40)
Ctx = Context[WelcomeConfig, Any]


@plugin.on(MemberJoined)
async def arrive(ctx: Ctx, event: MemberJoined) -> None:
    """Note each newcomer; the first of a window arms the welcome that greets them all."""
    recent = ctx.now() - timedelta(days=ctx.config.rejoin_days)
    newcomers = ctx.records(Newcomers)
    new = 0
    for person in event.members:
        if ctx.role_of(person.id) != "member":
            continue
        if newcomers.welcomed_since(event.room, person.id, recent):
            ctx.log.info("rejoin not welcomed again room=%s member=%s", event.room, person.id)
            newcomers.rejoined(event.room, person.id, event.ts)
            continue
        newcomers.arrived(event.room, person, event.ts)
        new += 1
        if ctx.config.private_welcome and ctx.can_private(person.id):
            ctx.private(person.id, ctx.render("private.j2", name=name_to_say(person.name), config=ctx.config,
                                               topic=short(event.room_topic or "", 30), tone=ctx.voice(event.room)[1],
                                               voice=ctx.suggests_voice(event.room)))
    if new and not ctx.schedule.is_scheduled(f"greet:{event.room}"):
        ctx.schedule.at(f"greet:{event.room}", event.ts + timedelta(seconds=ctx.config.window_s), "greet",
                        {"room": event.room, "topic": event.room_topic or "", "cause": event.id}, GREET_GRACE_S)


@plugin.on_start
async def missed_while_down(ctx: Ctx) -> None:
    """Newcomers whose welcome could not go out in time (the bot was down past the welcome's grace, so the scheduler
    skips it): counted, logged and handed to a person (the operator on duty, else an owner) to greet them by name;
    the bot does not welcome them hours late."""
    newcomers = ctx.records(Newcomers)
    by_room: dict[str, list[Newcomer]] = {}
    for newcomer in newcomers.all_waiting():
        by_room.setdefault(newcomer.room_id, []).append(newcomer)
    told: dict[str, list[dict]] = {}
    count = 0
    for room, waiting in by_room.items():
        config = ctx.config_for(room)
        due = _aware(waiting[0].joined_at) + timedelta(seconds=config.window_s)
        if (morning := _held_till(ctx, due, room)) is not None and morning > ctx.now():
            ctx.schedule.at(f"greet:{room}", morning, "greet", {"room": room, "topic": newcomers.topic(room)},
                            GREET_GRACE_S)  # due at night, and the night is not over: welcomed when it is
            continue
        if not config.enabled or ctx.now() - due <= timedelta(seconds=GREET_GRACE_S):
            continue  # welcome off here, or the welcome still goes out in time
        newcomers.handed_over(room)
        count += len(waiting)
        for person in ctx.on_duty(room)[:1] or ctx.bot.owners[:1]:
            told.setdefault(person, []).append({
                "topic": short(newcomers.topic(room), 30),
                "names": [name_to_say(w.name or "", fallback="新朋友") for w in waiting],
                "joined": _aware(waiting[0].joined_at).astimezone(ctx.tz).strftime("%m月%d日 %H:%M")})
    if not count:
        return
    ctx.log.warning("welcome missed while the bot was down: %d newcomers in %d rooms handed to %s to greet", count,
                    sum(len(rooms) for rooms in told.values()), ",".join(told) or "nobody (no operator or owner)")
    for person, rooms in told.items():
        ctx.private(person, ctx.render("missed.j2", rooms=rooms, count=sum(len(r["names"]) for r in rooms)))


def _aware(at: datetime) -> datetime:
    """A stored time (UTC, naive on SQLite) as an aware one."""
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


@plugin.job("greet")
async def greet(ctx: Ctx, data: dict) -> None:
    """Welcome everyone who joined during the window, in one message mentioning them all."""
    room = data["room"]
    config = ctx.config_for(room)
    newcomers = ctx.records(Newcomers)
    arrived = newcomers.waiting(room)
    # an account whose first act here was an ad (caught and stopped) is not welcomed warmly in front of everyone
    waiting = [w for w in arrived if ctx.stopped_at(room, w.contact_id) is None]
    if arrived and not waiting:
        newcomers.welcomed(room, ctx.now())  # settled: nobody to greet, and no late welcome for them either
    if not waiting or not config.enabled:
        return
    if (morning := _held_till(ctx, ctx.now(), room)) is not None:  # said when the night ends, knowing what they said
        ctx.schedule.at(f"greet:{room}", morning, "greet", data, GREET_GRACE_S)
        return
    # names as the bot may say them: short, and never an ad hidden in a display name
    names = list(dict.fromkeys(n for w in waiting if (n := name_to_say(w.name or "", fallback="")))) or ["新朋友"]
    spoke = [n for w in waiting if w.first_spoke_at is not None and (n := name_to_say(w.name or "", fallback=""))]
    ctx.say(room, ctx.render(config.template, names=names, topic=short(data.get("topic", ""), 30), config=config,
                             spoke=spoke, tone=ctx.voice(room)[1], voice=ctx.suggests_voice(room)),
            mentions=[w.contact_id for w in waiting])
    newcomers.welcomed(room, ctx.now())


def _held_till(ctx: Ctx, when: datetime, room: str) -> datetime | None:
    """The end of the quiet hours when a welcome is due `when` in them (None: due by day, it goes out then).

    The plugin holds such a welcome itself and renders it when the night ends, instead of rendering it now and
    leaving the outbox to defer the text (the plugin's `at_night = "defer"`): the outbox would send in the morning
    words chosen at night. Rendered in the morning, the welcome knows what the newcomers did meanwhile: one who
    introduced himself at 23:30 is greeted for it at 07:00, not asked to introduce himself."""
    quiet = ctx.quiet(room)
    now = when.astimezone(ctx.tz)
    if not quiet.contains(now.time()):
        return None
    return quiet.next_end(now)


@plugin.on(MessageReceived, in_room, from_member)
async def first_words(ctx: Ctx, event: MessageReceived) -> None:
    """A newcomer's first message: record it and let the operator on duty greet them by name.

    Not when the first words report an emergency or a complaint: the operator is alerted to those, and a "welcome
    her" beside the alert reads as if nothing were wrong."""
    assert event.room is not None
    newcomer = ctx.records(Newcomers).first_words(event.room, event.sender, event.ts)
    if newcomer is None or not ctx.config.tell_operator_on_first_words:
        return
    if ctx.emergency is not None or (ctx.reading is not None and ctx.reading.kind is Kind.COMPLAINT):
        return
    if bereaved(event.text) is not None or dying(event.text) is not None:
        return  # 我妈刚转到安宁病房: the operator hears of it as such (plugins.nudge.grief), never "welcome her"
    if ctx.stopped_at(event.room, event.sender) is not None:  # posted ads within the hour: never "welcome him"
        return
    duty = ctx.on_duty(event.room)
    told = asks_what_the_group_is(event.text)  # 这个群是干啥的: the welcome's purpose, said back at once
    more = told and asks_more_than_that(event.text) and bool(duty)  # 是部队组织的吗: a person says who runs it
    if told:
        ctx.say(event.room, ctx.render("purpose.j2", config=ctx.config_for(event.room), more=more),
                mentions=[event.sender], ref="purpose.j2")
    if duty:
        waited = int((event.ts - newcomer.joined_at).total_seconds() // 60)
        ctx.private(duty[0], ctx.render("first_words.j2", name=short(event.sender_name or event.sender),
                                        topic=short(event.room_topic or event.room, 30), minutes=waited,
                                        excerpt=MEDIA_PLACEHOLDER.sub("", event.text)[:40], type=event.type,
                                        told_purpose=told, more=more, trouble=trouble_told(event.text),
                                        measure=measure_named(event.text)))


@plugin.command("welcome preview", aliases=["欢迎 预览"], role="operator", summary="看看新人会收到的欢迎语")
async def preview(ctx: Ctx, args: str) -> None:
    """Render the welcome for the asker, as this room would send it."""
    assert isinstance(ctx.event, MessageReceived)
    config = ctx.config_for(ctx.event.room)
    ctx.reply(ctx.render(config.template, names=[name_to_say(ctx.event.sender_name or "")],
                         topic=ctx.event.room_topic or "", config=config, tone=ctx.voice(ctx.event.room)[1],
                         voice=ctx.suggests_voice(ctx.event.room)),
              mention=False)


@plugin.command("welcome stats", aliases=["欢迎 统计"], role="operator", summary="近7天新人和24小时内开口的人数")
async def stats(ctx: Ctx, args: str) -> None:
    """Newcomers in the last 7 days and how many spoke within 24 hours (this room, or all rooms in private)."""
    assert isinstance(ctx.event, MessageReceived)
    rows = ctx.records(Newcomers).since(ctx.now() - timedelta(days=7), ctx.event.room)
    spoke = [r for r in rows if spoke_within(r, timedelta(days=1))]
    ctx.reply(ctx.render("stats.j2", joined=len(rows), spoke=len(spoke), room=ctx.event.room))
