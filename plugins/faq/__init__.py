"""FAQ auto-reply: answers questions the FAQ already answers, the way members really ask; silent otherwise."""
from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import Field
from sqlalchemy import bindparam
from sqlmodel import Field as Column
from sqlmodel import SQLModel, col, select

from bot.chinese_text import compact, simplify, strip_mentions
from bot.config import PluginConfig
from bot.context import Context
from bot.events import MessageReceived
from bot.plugin import Plugin
from bot.rules import text_message
from bot.statements import Upsert
from plugins.faq import cli, teach
from plugins.faq.followup import Asked
from plugins.faq.library import Library
from plugins.faq.matcher import FaqIndex, is_question
from plugins.faq.unanswered import grouped


class FaqConfig(PluginConfig):
    """Settings under plugins.faq (per room under rooms.ROOM.faq, e.g. another file)."""

    file: str | None = "faq.yaml"
    threshold: float = Field(0.32, ge=0, le=1, description="lowest share of a question an entry must explain")
    require_question: bool = True
    cooldown_min: int = Field(10, ge=0, description="the same entry is not repeated in a room within this")
    follow_up_min: int = Field(5, ge=0, description="a member's follow-up within this is read with their question")


class FaqRecent(SQLModel, table=True):
    """When an entry was last answered (and pointed to) in a room: the cool-down."""

    __tablename__ = "faq_recent"
    room_id: str = Column(primary_key=True)
    entry_id: str = Column(primary_key=True)
    answered_at: datetime
    pointed_at: datetime | None = None


class FaqUnanswered(SQLModel, table=True):
    """A question nobody's FAQ answered, counted, so operators know what to add next."""

    __tablename__ = "faq_unanswered"
    key: str = Column(primary_key=True)
    sample: str
    count: int = 1
    last_at: datetime = Column(index=True)


def _answered(insert):
    stmt = insert(FaqRecent).values(room_id=bindparam("room"), entry_id=bindparam("entry"),
                                    answered_at=bindparam("answered_at"), pointed_at=bindparam("pointed_at"))
    return stmt.on_conflict_do_update(index_elements=["room_id", "entry_id"], set_={
        "answered_at": stmt.excluded.answered_at, "pointed_at": stmt.excluded.pointed_at})


def _unanswered(insert):
    stmt = insert(FaqUnanswered).values(key=bindparam("key"), sample=bindparam("sample"), count=1,
                                        last_at=bindparam("at"))
    return stmt.on_conflict_do_update(index_elements=["key"], set_={
        "count": FaqUnanswered.count + 1, "last_at": stmt.excluded.last_at})


_ANSWERED, _UNANSWERED = Upsert(_answered), Upsert(_unanswered)

plugin = Plugin(name="faq", description="常见问题自动回答：听得懂口语、错别字和繁体，答不准就不答",
                config=FaqConfig, priority=50)


def library(ctx: Context) -> Library:
    """This app's FAQ library (one per app)."""
    if "library" not in ctx.state:
        ctx.state["library"] = Library(ctx.app.config_path.parent, ctx.app.files)
    return ctx.state["library"]


def index_for(ctx: Context, room: str | None) -> FaqIndex:
    """The FAQ set that applies in a room."""
    return library(ctx).index(ctx.config_for(room).file, lambda: ctx.db)


@plugin.on(MessageReceived, text_message)
async def answer(ctx: Context, event: MessageReceived) -> None:
    """Answer a question the FAQ knows, @mentioning the asker; a repeat within the cool-down gets a pointer at most."""
    if not is_question(simplify(event.text)) and ctx.config.require_question:
        return  # most chat: nothing to answer, nothing to count
    room_key, now = event.room or f"private:{event.sender}", ctx.now()
    index, asked = index_for(ctx, event.room), _asked(ctx)
    text = event.text
    if (before := asked.before(room_key, event.sender, text, now)) is not None:
        text = f"{before} {text}"  # a follow-up: asked again on purpose, so the cool-down does not apply
    found = index.answer(text, ctx.config.threshold, ctx.config.require_question)
    follow_up = before is not None and found is not None
    asked.remember(room_key, event.sender, text, now)
    if found is None:
        _remember_unanswered(ctx, event)
        return
    entry = found.entry
    recent = _recent(ctx)
    answered_at, pointed_at = recent.get((room_key, entry.id), (None, None))
    if not follow_up and answered_at is not None and now - answered_at < timedelta(minutes=ctx.config.cooldown_min):
        if pointed_at is None or pointed_at < answered_at:
            ctx.reply(ctx.render("pointer.j2", entry=entry), ref=entry.id)
            recent[(room_key, entry.id)] = (answered_at, now)
            ctx.work.defer(_ANSWERED, room=room_key, entry=entry.id, answered_at=answered_at, pointed_at=now)
        return
    ctx.reply(ctx.render("answer.j2", entry=entry, name=event.sender_name), ref=entry.id)
    recent[(room_key, entry.id)] = (now, pointed_at)
    ctx.work.defer(_ANSWERED, room=room_key, entry=entry.id, answered_at=now, pointed_at=pointed_at)


def _asked(ctx: Context) -> Asked:
    """Each member's last question, to read a follow-up with."""
    if "asked" not in ctx.state:
        ctx.state["asked"] = Asked(timedelta(minutes=ctx.config.follow_up_min))
    return ctx.state["asked"]


def _recent(ctx: Context) -> dict[tuple[str, str], tuple[datetime, datetime | None]]:
    """When each entry was last answered and pointed to, per room: read from the store once, then written through."""
    if "recent" not in ctx.state:
        ctx.state["recent"] = {(r.room_id, r.entry_id): (r.answered_at, r.pointed_at)
                               for r in ctx.db.exec(select(FaqRecent)).all()}
    return ctx.state["recent"]


def _remember_unanswered(ctx: Context, event: MessageReceived) -> None:
    text = strip_mentions(event.text)
    key = compact(simplify(text))[:60]
    if len(key) < 4 or not is_question(simplify(text)):
        return
    ctx.work.defer(_UNANSWERED, key=key, sample=text[:100], at=ctx.now())


@plugin.command("faq unanswered", aliases=["问答 没答上"], role="operator", summary="看看大家问了哪些没答上的问题")
async def unanswered(ctx: Context, args: str) -> None:
    """The questions that got no answer, similar ones grouped, most asked first, each with a `/faq add` line."""
    rows = ctx.db.exec(select(FaqUnanswered).order_by(col(FaqUnanswered.count).desc(),
                                                      col(FaqUnanswered.last_at).desc()).limit(200)).all()
    ctx.reply(ctx.render("unanswered.j2", groups=grouped([(r.sample, r.count) for r in rows])))


teach.register(plugin, index_for, library)
plugin.cli = cli.main
plugin.check = cli.check
