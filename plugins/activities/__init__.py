"""Activities: 接龙 sign-ups (+1 / 报名, -1 / 取消, WeChat's own 接龙), the list, reminders, attendance; dice."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import NamedTuple

from pydantic import Field

from bot.config import PluginConfig
from bot.context import Context
from bot.events import MessageReceived
from bot.plugin import Plugin
from bot.rules import event_rule, in_room, is_command_text
from plugins.activities import dates, dice, wording
from plugins.activities.store import Activity, Signup, Signups, places


class ActivitiesConfig(PluginConfig):
    """Settings under plugins.activities."""

    send_priority = 4
    at_night = "defer"

    remind_before_h: list[int] = Field(default_factory=lambda: [24, 1], description="reminders this many hours before")
    dice_minutes: int = Field(10, ge=1, le=120, description="a dice game lasts this many minutes")


OWN_WORDS_COUNT = timedelta(hours=3)  # 算我一个 / 我也去 this soon after a 接龙 opened is a sign-up for it


plugin = Plugin(name="activities", description="活动接龙：报名、名单、提醒、到场；掷骰子小游戏",
                config=ActivitiesConfig, order=60)
Ctx = Context[ActivitiesConfig, None]


def start(ctx: Ctx, activity: Activity) -> datetime | None:
    """When the activity happens, on the bot's clock face."""
    return activity.starts_at.astimezone(ctx.tz) if activity.starts_at else None


class Place(NamedTuple):
    """One place on the list: a member, or one coming along with them (大军的老伴) under the member's id."""

    name: str
    contact_id: str


def on_list(people: list[Signup]) -> list[Place]:
    """The list in sign-up order, each member followed by those coming with them."""
    return [Place(name, p.contact_id) for p in people
            for name in [p.name or p.contact_id, *wording.companions(p.name or p.contact_id, p.party, p.companions)]]


def post_list(ctx: Ctx, book: Signups, activity: Activity, template: str = "list.j2") -> None:
    """Post the current list in the room."""
    ctx.say(activity.room_id, ctx.render(template, a=activity, start=start(ctx, activity),
                                         people=on_list(book.people(activity))))


@plugin.command("activity", aliases=["接龙"], role="operator", summary="发起活动接龙",
                usage="标题 [时间] [人数上限]", min_args=1)
async def open_activity(ctx: Ctx, args: str) -> None:
    """Open a sign-up in this room and arm the reminders."""
    assert isinstance(ctx.event, MessageReceived)
    found = wording.opening(args, ctx.now().astimezone(ctx.tz))
    if ctx.event.room is None or found is None or not found.title:
        ctx.usage("请在要办活动的群里发" if ctx.event.room is None else "")
        return
    book = ctx.records(Signups)
    activity = book.open(ctx.event.room, found.title, found.starts_at, found.capacity, ctx.event.sender, ctx.now())
    ctx.say(activity.room_id, ctx.render("opened.j2", a=activity, start=start(ctx, activity)))
    if activity.starts_at is None and (word := dates.unread_time(found.title)):
        ctx.private(ctx.event.sender, ctx.render("time_unread.j2", a=activity, word=word))
    if activity.starts_at is not None:
        armed: set[datetime] = set()
        for hours in ctx.config.remind_before_h:
            at = before_the_night(ctx, activity.starts_at - timedelta(hours=hours), activity.room_id)
            if at > ctx.now() and at not in armed:
                armed.add(at)
                ctx.schedule.at(f"remind:{activity.id}:{hours}", at, "remind", {"id": activity.id, "hours": hours})


EVENING_MARGIN = timedelta(minutes=30)  # a reminder that would fall in quiet hours goes this long before they begin


def before_the_night(ctx: Ctx, at: datetime, room: str | None = None) -> datetime:
    """When a reminder due at `at` is said: then, or, if that is in quiet hours (an early-morning start), the evening
    before, shortly before the quiet hours begin; never held until morning, when the event may have begun."""
    quiet, local = ctx.quiet(room), at.astimezone(ctx.tz)
    if not quiet.contains(local.time()):
        return at
    began = local.replace(hour=quiet.start.hour, minute=quiet.start.minute, second=0, microsecond=0)
    if began > local:
        began -= timedelta(days=1)
    return began - EVENING_MARGIN


@plugin.command("list", aliases=["名单"], summary="看看当前活动的报名名单")
async def show_list(ctx: Ctx, args: str) -> None:
    """Post the room's current list (anyone may ask)."""
    assert isinstance(ctx.event, MessageReceived)
    book = ctx.records(Signups)
    activity = book.latest(ctx.event.room) if ctx.event.room else None
    if activity is None:
        ctx.reply(ctx.render("none.j2"))
        return
    post_list(ctx, book, activity)


@event_rule
def signs_up_or_off(ctx: Ctx, event: MessageReceived) -> bool:
    """+1 / 报名, -1 / 取消 or a WeChat 接龙 message, typed or said in a voice message (most messages are none: no
    context is made for them)."""
    if event.type not in ("text", "voice") or is_command_text(event.text):
        return False
    said = wording.words(event.type, event.text)
    return wording.says_join(said) or wording.says_leave(said) or wording.opens_wechat_list(said) \
        or wording.says_join_in_own_words(said) or wording.party(said) is not None


@plugin.on(MessageReceived, in_room, signs_up_or_off)
async def sign(ctx: Ctx, event: MessageReceived) -> None:
    """+1 / 报名 joins, -1 / 取消 leaves, a WeChat 接龙 message joins whoever is on it; 我和老伴两个人都去 puts down
    the sender and the one who comes along."""
    assert event.room is not None
    said = wording.words(event.type, event.text)
    joining, leaving = wording.says_join(said), wording.says_leave(said)
    party = None if leaving else wording.party(said)  # 报名 俺家两个娃: a 报名 for two
    own_words = not (joining or leaving) and (wording.says_join_in_own_words(said) or party is not None)
    copied = wording.wechat_list(said) if not (joining or leaving or own_words) else None
    if not (joining or leaving or own_words or copied):
        return
    book = ctx.records(Signups)
    activity = book.current(event.room, ctx.now())
    if activity is None or (own_words and event.ts - activity.opened_at > OWN_WORDS_COUNT):
        return  # 我去 hours after the 接龙 is chat, not a sign-up
    if leaving:
        if freed := book.leave(activity, event.sender, event.ts):
            ctx.reply(ctx.render("left.j2", a=activity, name=event.sender_name, freed=freed))
        return
    wanted = {event.sender: event.sender_name}
    if copied:
        wanted |= {c: n for n, c in book.named(event.room, copied[1]).items()}
    people = book.people(activity)
    taken = places(people)
    added: list[str] = []
    short: str | None = None  # who is told the places ran out
    for contact, name in wanted.items():
        size, along = party if party is not None and contact == event.sender else (1, "")
        had = next((p.party for p in people if p.contact_id == contact), 0)
        want = size if activity.capacity is None else min(size, had + activity.capacity - taken)
        if want > had and (got := book.join(activity, contact, name, event.ts, want, along)):
            added += [name, *wording.companions(name, want, along)][want - got:want]
            taken += got
        if want < size:
            short = name  # 大军 (+3) gets the last two places: he hears that the third found none
            break
    if added and not copied:
        ctx.reply(ctx.render("joined.j2", a=activity, name=event.sender_name, n=taken, names=added))
    if short is not None:
        ctx.reply(ctx.render("full_sorry.j2", a=activity, name=short))
    if added and activity.capacity is not None and taken >= activity.capacity:
        post_list(ctx, book, activity, "full.j2")


@plugin.job("remind")
async def remind(ctx: Ctx, data: dict) -> None:
    """Remind everyone signed up, in the room, mentioning them."""
    book = ctx.records(Signups)
    activity = book.get(data["id"])
    if activity is None:
        return
    people = book.people(activity)
    if activity.starts_at is not None and ctx.now() >= activity.starts_at:
        return  # a bot down until after the start: never "再过 1 小时" for what has begun
    if people:
        when = start(ctx, activity)
        left = round((activity.starts_at - ctx.now()).total_seconds() / 3600) if activity.starts_at else data["hours"]
        tomorrow = when is not None and left <= 36 and when.date() == ctx.now().astimezone(ctx.tz).date() + timedelta(1)
        ctx.say(activity.room_id, ctx.render("remind.j2", a=activity, hours=max(left, 1), people=on_list(people),
                                             start=when, tomorrow=tomorrow),
                mentions=[p.contact_id for p in people])  # the members only: those coming along are no contacts


@plugin.command("attended", aliases=["到场"], role="operator", summary="活动后标记到场的人",
                usage="@成员 @成员", min_args=1)
async def attended(ctx: Ctx, args: str) -> None:
    """Mark who came to the room's latest activity; answered privately."""
    assert isinstance(ctx.event, MessageReceived)
    book = ctx.records(Signups)
    activity = book.latest(ctx.event.room) if ctx.event.room else None
    if activity is None:
        ctx.private(ctx.event.sender, ctx.render("none.j2"))
        return
    names = [w.lstrip("@") for w in args.split()]
    contacts = list(dict.fromkeys([*ctx.event.mentions, *book.named(activity.room_id, names).values()]))
    signed = places(book.people(activity))
    marked = book.attended(activity, contacts)
    ctx.private(ctx.event.sender, ctx.render("attended.j2", a=activity, n=marked, signed=signed))


dice.register(plugin)
