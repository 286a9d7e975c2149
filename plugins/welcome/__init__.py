"""Welcome ritual: greet newcomers together in one message, then tell an operator when they first speak."""
from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import Field
from sqlalchemy import bindparam, update
from sqlmodel import Field as Column
from sqlmodel import SQLModel, col, select

from bot.config import PluginConfig
from bot.context import Context
from bot.events import MemberJoined, MessageReceived
from bot.plugin import Plugin
from bot.rules import from_member, in_room
from bot.statements import Statement, Upsert


class WelcomeConfig(PluginConfig):
    """Settings under plugins.welcome (any of them per room under rooms.ROOM.welcome)."""

    window_s: int = Field(20, ge=0, le=600, description="joins this close together get one welcome")
    rejoin_days: int = Field(7, ge=0, description="no second welcome for someone back within this many days")
    purpose: str = "大家一起交流、互相帮助的地方"
    rules: list[str] = Field(default_factory=lambda: ["友善交流，互相尊重", "不发广告和链接", "有问题随时@管理员"])
    help_hint: str = "有问题可以直接在群里问，或者发送 /help 看看我能做什么"
    template: str = "welcome.j2"
    private_welcome: bool = False
    tell_operator_on_first_words: bool = True


plugin = Plugin(name="welcome", description="新人欢迎仪式：合并欢迎、首次发言提醒运营",
                config=WelcomeConfig, priority=40)


class Newcomer(SQLModel, table=True):
    """A member's arrival in a room: when they joined, were welcomed, and first spoke."""

    __tablename__ = "welcome_newcomers"
    room_id: str = Column(primary_key=True)
    contact_id: str = Column(primary_key=True)
    name: str = ""
    joined_at: datetime = Column(index=True)
    welcomed_at: datetime | None = None
    pending: bool = True
    first_spoke_at: datetime | None = None


_NEWCOMER = ("room_id", "contact_id", "name", "joined_at", "welcomed_at", "pending", "first_spoke_at")
_SEEN = Statement(select(Newcomer.welcomed_at).where(Newcomer.room_id == bindparam("room"),
                                                     Newcomer.contact_id == bindparam("contact")))
_REJOINED = Statement(update(Newcomer).where(Newcomer.room_id == bindparam("room"),
                                             Newcomer.contact_id == bindparam("contact"))
                      .values(joined_at=bindparam("joined_at")))
_WAITING = Statement(select(Newcomer.contact_id, Newcomer.name).where(Newcomer.room_id == bindparam("room"),
                                                                      col(Newcomer.pending))
                     .order_by(col(Newcomer.joined_at)))
_WELCOMED = Statement(update(Newcomer).where(Newcomer.room_id == bindparam("room"), col(Newcomer.pending))
                      .values(pending=False, welcomed_at=bindparam("at")))
_FIRST_WORDS = Statement(update(Newcomer).where(
    Newcomer.room_id == bindparam("room"), Newcomer.contact_id == bindparam("contact"),
    col(Newcomer.first_spoke_at).is_(None)).values(first_spoke_at=bindparam("at")).returning(Newcomer.joined_at))


def _arrived(insert):
    stmt = insert(Newcomer).values({c: bindparam(c) for c in _NEWCOMER})
    return stmt.on_conflict_do_update(index_elements=["room_id", "contact_id"],
                                      set_={c: stmt.excluded[c] for c in _NEWCOMER[2:]})


_ARRIVED = Upsert(_arrived)


@plugin.on(MemberJoined)
async def arrive(ctx: Context, event: MemberJoined) -> None:
    """Note each newcomer; the first of a window arms the welcome that greets them all."""
    recent = ctx.now() - timedelta(days=ctx.config.rejoin_days)
    new = 0
    for person in event.members:
        if ctx.role_of(person.id) != "member":
            continue
        seen = ctx.work.rows(_SEEN, room=event.room, contact=person.id)
        if seen and seen[0][0] is not None and seen[0][0] >= recent:
            ctx.log.info("rejoin not welcomed again room=%s member=%s", event.room, person.id)
            ctx.work.run(_REJOINED, room=event.room, contact=person.id, joined_at=event.ts)
            continue
        ctx.work.run(_ARRIVED, room_id=event.room, contact_id=person.id, name=person.name, joined_at=event.ts,
                     welcomed_at=None, pending=True, first_spoke_at=None)
        _silent(ctx).add((event.room, person.id))
        new += 1
        if ctx.config.private_welcome and ctx.can_private(person.id):
            ctx.private(person.id, ctx.render("private.j2", name=person.name, config=ctx.config,
                                               topic=event.room_topic or ""))
    if new and not ctx.schedule.pending(f"greet:{event.room}"):
        ctx.schedule.at(f"greet:{event.room}", event.ts + timedelta(seconds=ctx.config.window_s), "greet",
                        {"room": event.room, "topic": event.room_topic or "", "cause": event.id})


@plugin.job("greet")
async def greet(ctx: Context, data: dict) -> None:
    """Welcome everyone who joined during the window, in one message mentioning them all."""
    room = data["room"]
    config = ctx.config_for(room)
    waiting = ctx.work.rows(_WAITING, room=room)
    if not waiting or not config.enabled:
        return
    names = [name or contact for contact, name in waiting]
    ctx.say(room, ctx.render(config.template, names=names, topic=data.get("topic", ""), config=config),
            mentions=[contact for contact, _ in waiting])
    ctx.work.run(_WELCOMED, room=room, at=ctx.now())


@plugin.on(MessageReceived, in_room, from_member)
async def first_words(ctx: Context, event: MessageReceived) -> None:
    """A newcomer's first message: record it and let the operator on duty greet them by name."""
    assert event.room is not None
    silent = _silent(ctx)
    if (event.room, event.sender) not in silent:
        return
    silent.discard((event.room, event.sender))
    joined = ctx.work.rows(_FIRST_WORDS, room=event.room, contact=event.sender, at=event.ts)
    if not joined or not ctx.config.tell_operator_on_first_words:
        return
    duty = ctx.on_duty(event.room)
    if duty:
        waited = int((event.ts - joined[0][0]).total_seconds() // 60)
        ctx.private(duty[0], ctx.render("first_words.j2", name=event.sender_name or event.sender,
                                        topic=event.room_topic or event.room, excerpt=event.text[:40],
                                        minutes=waited))


def _silent(ctx: Context) -> set[tuple[str, str]]:
    """Newcomers who have not spoken yet, in memory so ordinary messages cost no query."""
    if "silent" not in ctx.state:
        rows = ctx.db.exec(select(Newcomer).where(col(Newcomer.first_spoke_at).is_(None))).all()
        ctx.state["silent"] = {(n.room_id, n.contact_id) for n in rows}
    return ctx.state["silent"]


@plugin.command("welcome preview", aliases=["欢迎 预览"], role="operator", summary="看看新人会收到的欢迎语")
async def preview(ctx: Context, args: str) -> None:
    """Render the welcome for the asker, as this room would send it."""
    assert isinstance(ctx.event, MessageReceived)
    config = ctx.config_for(ctx.event.room)
    ctx.reply(ctx.render(config.template, names=[ctx.event.sender_name or ctx.event.sender],
                         topic=ctx.event.room_topic or "", config=config), mention=False)


@plugin.command("welcome stats", aliases=["欢迎 统计"], role="operator", summary="近7天新人和24小时内开口的人数")
async def stats(ctx: Context, args: str) -> None:
    """Newcomers in the last 7 days and how many spoke within 24 hours (this room, or all rooms in private)."""
    assert isinstance(ctx.event, MessageReceived)
    query = select(Newcomer).where(Newcomer.joined_at >= ctx.now() - timedelta(days=7))
    if ctx.event.room is not None:
        query = query.where(Newcomer.room_id == ctx.event.room)
    rows = ctx.db.exec(query).all()
    spoke = [r for r in rows if r.first_spoke_at is not None and r.first_spoke_at - r.joined_at <= timedelta(days=1)]
    ctx.reply(ctx.render("stats.j2", joined=len(rows), spoke=len(spoke), room=ctx.event.room))
