"""Morning and evening posts: named schedules, a queue of items, exactly once per room per slot."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import Field
from ruamel.yaml import YAML

from bot import files
from bot.config import PluginConfig
from bot.config_values import Crontab, LocalPath, Strict, TemplateName
from bot.context import Context
from bot.night_check import slots_at_night
from bot.plugin import Plugin
from bot.templates import Script
from plugins.posts import queue_commands
from plugins.posts import topic as topics
from plugins.posts.calendar import day_of
from plugins.posts.compose import compose, template_for, variety
from plugins.posts.content import Audience
from plugins.posts.daily import from_bank
from plugins.posts.holidays import HolidayBook
from plugins.posts.slots import queued, rooms, slot_key, targets
from plugins.posts.store import Posts


class Slot(Strict):
    """One named schedule: when (crontab, bot timezone) and which script."""

    cron: Crontab
    template: TemplateName
    enabled: bool = True
    draw: Literal["tips", "questions", "none"] = "tips"  # from the content bank when nothing is queued


def _default_slots() -> dict[str, Slot]:
    return {"morning": Slot(cron="30 7 * * *", template="morning.j2"),
            "evening": Slot(cron="0 21 * * *", template="evening.j2")}


class PostsConfig(PluginConfig):
    """Settings under plugins.posts (per room under rooms.ROOM.posts)."""

    send_priority = 5
    at_night = "drop"

    schedules: dict[str, Slot] = Field(default_factory=_default_slots)
    rooms: list[str] | None = None  # where to post; None means every room the bot is in
    late_grace_min: int = Field(15, ge=0, description="a run missed by more than this is skipped")
    items_file: LocalPath | None = None  # YAML {morning: [..], evening: [..]}, used in turn when the queue is empty
    audience: Audience | None = None  # picks script variants and the content bank; None: the room's (bot.audience)
    holidays_file: LocalPath | None = None  # public holidays for years chinesecalendar does not cover yet


plugin = Plugin(name="posts", description="早晚问候：定时、按群、每个时段只发一次", config=PostsConfig, order=60)
Ctx = Context[PostsConfig, Any]


@plugin.on_start
async def arm(ctx: Ctx) -> None:
    """(Re)arm one stored job per distinct schedule time across rooms; forget stale ones."""
    crons = {(name, slot.cron) for name, slot in ctx.config.schedules.items() if slot.enabled}
    for cfg in ctx.room_configs().values():
        if cfg.enabled:
            crons |= {(n, s.cron) for n, s in cfg.schedules.items() if s.enabled}
    wanted = set()
    for name, cron in sorted(crons):
        key = f"slot:{name}:{cron}"
        wanted.add(key)
        ctx.schedule.cron(key, cron, "post", {"schedule": name, "cron": cron},
                          grace_s=ctx.config.late_grace_min * 60)
    for key in ctx.schedule.keys("slot:"):
        if key not in wanted:
            ctx.schedule.cancel(key)
    for warning in _coverage(ctx.config, ctx.folder, ctx.now().astimezone(ctx.tz).date()):
        ctx.log.warning(warning)
    # the slots at night, told at start (in the day: a private word at night is dropped), not from a day post: a
    # room whose only slot is at night hears of it too
    now, quiet = ctx.now().astimezone(ctx.tz), ctx.bot.quiet
    ctx.schedule.at("night-slots", quiet.next_end(now) if quiet.contains(now.time()) else now, "night_slots")


def _coverage(config: PostsConfig, folder: Path, today: date) -> list[str]:
    """Warnings about the holiday data: an unusable holidays file, or the known years running out."""
    book = _holidays_of(config, folder)
    return [*book.problems, *filter(None, [book.warning(today)])]


plugin.check = _coverage


def _next_item(ctx: Ctx, schedule: str, day_number: int) -> tuple[str, bool]:
    """The item for a post, and whether it is an operator's queued one (a notice, not a tip)."""
    item = next(iter(queued(ctx, schedule)), None)
    if item is not None:
        ctx.records(Posts).use(item, ctx.now())
        return item.text, True
    if ctx.config.items_file:
        path = ctx.folder / ctx.config.items_file
        try:
            items = (YAML(typ="safe").load(files.read_text(path)) or {}).get(schedule) or []
        except OSError as exc:
            ctx.log.warning("items file unreadable path=%s error=%s", path, exc)
            items = []
        if items:
            return str(items[day_number % len(items)]), False
    return "", False


def _holidays(ctx: Ctx) -> HolidayBook:
    """chinesecalendar plus the operator's holidays file, if any."""
    return _holidays_of(ctx.config, ctx.folder)


def _holidays_of(config: PostsConfig, folder: Path) -> HolidayBook:
    return HolidayBook.load(folder / config.holidays_file if config.holidays_file else None)


def _render(ctx: Ctx, config: PostsConfig, name: str, when: datetime, item: str, room: str | None,
            keep: bool = True, also_drawn: dict[str, date] | None = None, notice: bool = False) -> Script:
    """A schedule's post for a room at `when`: the operator's item, else one from the audience's bank."""
    day = day_of(when.astimezone(ctx.tz).date(), _holidays(ctx))
    room_audience, tone = ctx.voice(room)
    slot, audience = config.schedules[name], config.audience or room_audience
    if not item:
        item = from_bank(ctx.records(Posts), room or "", slot.draw, audience, day, keep, also_drawn,
                         body_advice=tone != "gentle", voice=ctx.suggests_voice(room))
    thanks = _thanks(ctx, config, room, day.date, when) if slot.draw != "questions" and room else {}
    template = template_for(slot.template, audience, ctx.has_script)
    return compose(ctx.render, template, day, audience=audience, item=item, n=variety(room or "", day.date, name),
                   topic=_topic(ctx, room), schedule=name, tone=tone, voice=ctx.suggests_voice(room),
                   notice=notice, **thanks)


def _thanks(ctx: Ctx, config: PostsConfig, room: str, day: date, until: datetime) -> dict:
    """Today's question in the room and who joined in after it (for the evening post)."""
    posts = ctx.records(Posts)
    asking = [n for n, s in config.schedules.items() if s.draw == "questions"]
    question = posts.drawn_on(room, topics.QUESTIONS, day) if asking else None
    if not question:
        return {}
    since = topics.posted_at(posts.posted_slots(room, asking, day), ctx.tz)
    staff = [*ctx.bot.owners, *ctx.bot.operators]
    joined = posts.spoke_since(room, since, until, staff) if since and since < until else []
    return {"question": question, "joined": joined}


def _topic(ctx: Ctx, room: str | None) -> str:
    return ctx.records(Posts).topic(room) if room else ""


def _warn_owners(ctx: Ctx, book: HolidayBook, today: date) -> None:
    """A month before the holiday data runs out: the log, and the owners privately, once per store."""
    text = book.warning(today)
    if text is None or not ctx.records(Posts).first_notice(f"holidays-end:{book.last_year()}", ctx.now()):
        return
    ctx.log.warning(text)
    for owner in ctx.bot.owners:
        ctx.private(owner, ctx.render("holidays_ending.j2", end=date(book.last_year(), 12, 31)), ref="holidays")


def _tell_of_night_slots(ctx: Ctx) -> None:
    """Each schedule set inside the quiet hours of a room it posts in (bot.night_check.slots_at_night, as
    check-config reads it), so never posted there: the owners and operators privately, once per store."""
    sections = [(None, ctx.config), *((room, cfg) for room, cfg in ctx.room_configs().items())]
    for room, config in sections:
        quiet = ctx.quiet(room)
        for key, at in slots_at_night(config.model_dump(mode="json"), quiet, ctx.tz) if config.enabled else []:
            name = key.split(".")[1] if key.startswith("schedules.") else key
            slot = config.schedules.get(name)
            if slot is None or not slot.enabled or not ctx.records(Posts).first_notice(
                    f"night-slot:{name}:{slot.cron}", ctx.now()):
                continue
            text = ctx.render("slot_in_quiet_hours.j2", name=name, at=f"{at.hour}:{at.minute:02d}",
                              start=f"{quiet.start.hour}:{quiet.start.minute:02d}",
                              end=f"{quiet.end.hour}:{quiet.end.minute:02d}")
            for person in dict.fromkeys([*ctx.bot.owners, *ctx.bot.operators]):
                ctx.private(person, text, ref="night-slot")


@plugin.job("night_slots")
async def night_slots(ctx: Ctx, data: dict) -> None:
    """The morning after a start (or the start itself, in the day): the slots never posted for the night."""
    _tell_of_night_slots(ctx)


@plugin.job("post")
async def post(ctx: Ctx, data: dict) -> None:
    """A slot is due: post once in every room that has this schedule at this time."""
    name, cron = data["schedule"], data["cron"]
    due = ctx.due or ctx.now()
    item: tuple[str, bool] | None = None
    if not ctx.bot.quiet.contains(due.astimezone(ctx.tz).time()):  # the owners' night is the bot's
        _warn_owners(ctx, _holidays(ctx), due.astimezone(ctx.tz).date())
    for room in rooms(ctx):
        config = ctx.config_for(room)
        slot = config.schedules.get(name)
        if not config.enabled or slot is None or not slot.enabled or slot.cron != cron:
            continue
        if ctx.quiet(room).contains(due.astimezone(ctx.tz).time()):  # the room's own night, or the bot's
            ctx.log.warning("post skipped in quiet hours room=%s schedule=%s due=%s", room, name, due.isoformat())
            continue
        if not ctx.records(Posts).claim_slot(room, name, slot_key(due, ctx), "posted"):
            ctx.log.info("post already done room=%s schedule=%s slot=%s", room, name, slot_key(due, ctx))
            continue
        if item is None:
            item = _next_item(ctx, name, due.toordinal())
        ctx.say(room, _render(ctx, config, name, due, item[0], room, notice=item[1]), ref=name)


def _schedule_arg(ctx: Ctx, args: str) -> str | None:
    name = args.split()[0] if args.split() else ""
    if name not in ctx.config.schedules:
        ctx.usage(f"没有叫 {name or '（空）'} 的时段，现有：{'、'.join(ctx.config.schedules)}")
        return None
    return name


@plugin.command("post list", aliases=["定时问候 列表"], role="operator", summary="看看定时问候和排队的内容")
async def list_(ctx: Ctx, args: str) -> None:
    """Each schedule with its time, next run and queued items."""
    rows = []
    for name, slot in ctx.config.schedules.items():
        nxt = ctx.schedule.next_run(slot.cron, ctx.now())
        waiting = len(queued(ctx, name))
        rows.append({"name": name, "cron": slot.cron, "enabled": slot.enabled, "queued": waiting,
                     "next": nxt.strftime("%m-%d %H:%M") if nxt else "-"})
    ctx.reply(ctx.render("list.j2", rows=rows))


@plugin.command("post now", aliases=["定时问候 立即"], role="operator", usage="时段", min_args=1,
                summary="马上发一次（在群里发=本群，私聊发=所有群）")
async def now(ctx: Ctx, args: str) -> None:
    """Post a schedule now in this room, or in every room when asked privately."""
    if (name := _schedule_arg(ctx, args)) is None:
        return
    item, notice = _next_item(ctx, name, ctx.now().toordinal())
    for room in targets(ctx):
        config = ctx.config_for(room)
        if config.enabled and name in config.schedules:
            ctx.say(room, _render(ctx, config, name, ctx.now(), item, room, notice=notice), ref=name)


queue_commands.register(plugin, _schedule_arg, _render, _holidays)
