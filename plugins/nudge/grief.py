"""A bereavement told in a group or privately (bot.danger.grief): the operator on duty hears of it privately, with a
suggested condolence; the bot says nothing to the member.

A careful operator's condolence comes from a person, by name: a bot's 节哀 under a member's loss reads as a form
letter, and any cover (thanks, praise, "工作人员稍后就来") would hurt, so the event is blocked and the bot stays silent.
By day the operator is told at once; at night the news waits for the morning digest (it is no emergency, nobody is
woken), where it is named as a loss. One word of it per member per room per day: 我父亲昨晚走了 then 后天上午出殡 is
one loss (the action log and the night's waits say whether the operator heard of it today). A complaint found beside the
loss by the reader (我妈昨晚走了 你们的车今天还迟到) is the loss's: no complaint cover under a death, the operator hears
of both in one word (condole first, put it right privately later). The member's next lines
within a day (走得很安详 没受什么罪, 后天上午在老家出殡, a photo) are of the loss: they open no wait, so no cover,
thanks or nudge either, unless they really ask something (a question mark, 请问, 怎么, 哪, 多少…; 没受什么罪 asks
nothing) or complain; nothing else is stopped (a 接龙 sign-up that day still counts).
"""
from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from sqlmodel import col, select

from bot.conversation import ASKING, Kind
from bot.danger.grief import (
    awaited,
    bereaved,
    cared_for,
    children_not_told,
    confirmed,
    dying,
    in_ward,
    needs_someone_tonight,
)
from bot.events import Event, MessageReceived
from bot.grievance import grievance
from bot.keeping import Records, query
from bot.models import ActionLog, Message
from bot.plugin import Plugin
from bot.rules import from_member
from plugins.nudge.memory import Ctx, held_till_morning, in_quiet, waiting
from plugins.nudge.store import Pending, Pendings

KIND = "grief"  # the kind of a night wait that tells of a loss (the morning digest names it)
BEFORE_FAQ = 46  # after the emergencies (45), before the FAQ (50): nothing answers or covers it
BEREAVED = "bereaved.j2"  # the operator's word of a loss (the script's name, its ref in the action log)
WORD = "bereaved_word.j2"  # the member's quiet word back in a private chat (its ref: no "收到您的消息" beside it)
DYING = "dying"  # a night wait's danger when someone close is dying, not yet dead (the digest says so)
COMPLAINED = "_complaint"  # added to a night wait's danger when the member also complained of us (the digest says so)
FOLLOW_UP = timedelta(days=1)  # a member's lines this soon after telling of a loss are of it (后天出殡)
# a real ask (什么 in 没受什么罪 is none; 这几天 is no 几天?)
_ASKS = re.compile(r"[?？]|请问|怎么|咋|哪|多少|(?<![这那好])几(点|号|天|个|时|月)|吗|能不能|可不可以|要不要"
                   r"|是不是|有没有|帮(我|忙)")

# what the bereaved word itself answers in a private chat (我不知道该怎么办 下一步要做什么)
_NEXT_STEP = re.compile(r"(我)?(不知道)?(该|要|应该)?(怎么办|咋办|怎么做)|下一步\S{0,4}(做|办)?(什么|啥)?[?？]?")
_ASKS_WHAT = re.compile(r"(办|做|带|交|找|准备)(什么|啥)")  # 房产证要改名字 先办什么


class Where(NamedTuple):
    room_id: str | None


class Told(NamedTuple):
    room_id: str | None
    member: str
    at: datetime


_TOLD = query(lambda p: select(Message.room_id).select_from(ActionLog).join(
    Message, col(Message.id) == col(ActionLog.cause)).where(
    col(ActionLog.ref) == BEREAVED, col(ActionLog.kind) == "private", col(ActionLog.created_at) >= p.since,
    col(Message.sender) == p.member), shape=Where)
_HELD = query(lambda p: select(Pending.room_id).where(
    col(Pending.kind) == KIND, col(Pending.member_id) == p.member, col(Pending.opened_at) >= p.since), shape=Where)


# the losses told lately (for a restart): the operator's words, the night's waits
_TOLD_SINCE = query(lambda p: select(
    Message.room_id, col(Message.sender).label("member"), col(Message.ts).label("at")).select_from(ActionLog).join(
    Message, col(Message.id) == col(ActionLog.cause)).where(
    col(ActionLog.ref) == BEREAVED, col(ActionLog.kind) == "private", col(ActionLog.created_at) >= p.since), shape=Told)
_HELD_SINCE = query(lambda p: select(
    Pending.room_id, col(Pending.member_id).label("member"), col(Pending.opened_at).label("at")).where(
    col(Pending.kind) == KIND, col(Pending.opened_at) >= p.since), shape=Told)


class Losses(Records):
    """The losses a person heard of: the operator's words in the action log, the night's waits."""

    def heard_since(self, room: str, member: str, since: datetime) -> bool:
        """Whether the member's loss in this room ("": privately) reached a person since then, or waits for one."""
        return any((r.room_id or "") == room for r in self.rows(_TOLD, member=member, since=since)
                   + self.rows(_HELD, member=member, since=since))

    def told_since(self, since: datetime) -> list[Told]:
        """Every loss a person heard of since then, or that waits for the morning."""
        return self.rows(_TOLD_SINCE, since=since) + self.rows(_HELD_SINCE, since=since)


def remember_losses(ctx: Ctx, now: datetime) -> None:
    """After a restart: the members who told of a loss within a day, so what they say next is still of the loss."""
    for told in ctx.records(Losses).told_since(now - FOLLOW_UP):
        key = f"{told.room_id or ''} {told.member}"
        at = told.at if told.at.tzinfo is not None else told.at.replace(tzinfo=UTC)  # the store keeps UTC
        if key not in ctx.state.bereaved or ctx.state.bereaved[key] < at:
            ctx.state.bereaved[key] = at


def tells_a_loss(ctx: Ctx, event: Event) -> bool:
    """A member's message tells of a death, or of someone close dying (bot.danger.grief), and no danger now."""
    return isinstance(event, MessageReceived) and ctx.emergency is None and bool(event.text) and (
        bereaved(event.text) is not None or dying(event.text) is not None)


def asks_too(ctx: Ctx, event: Event) -> bool:
    """The member asks something beside the loss (老妈过世了 房产证要改名字 先办什么): the FAQ and nudges answer it. A
    complaint beside it (我妈昨晚走了 你们的车还迟到) is not asked: the operator hears of it with the loss."""
    reading = ctx.reading
    if reading is None or reading.kind not in ASKING or not isinstance(event, MessageReceived):
        return False
    if reading.kind is Kind.COMPLAINT:  # told to the operator with the loss (complains), never covered as a complaint
        return False
    # privately the bot's word answers 下一步要做什么 (bereaved_word.j2), but not 丧葬补助金去哪里领: the FAQ does
    # in a group a real ask too (孩子他爸出事了 人没了 我孙子还不知道 asks nothing, whatever the reader guessed)
    rest = event.text if event.room is not None else _NEXT_STEP.sub("", event.text)
    return _ASKS.search(rest) is not None or _ASKS_WHAT.search(rest) is not None


def complains(ctx: Ctx, event: MessageReceived) -> bool:
    """The reader found a complaint in the member's line, with a grievance in it (我心里好难受 一直在哭 is grief, not a
    complaint)."""
    return ctx.reading is not None and ctx.reading.kind is Kind.COMPLAINT and bool(grievance(event.text))


def of_the_loss(ctx: Ctx, event: MessageReceived) -> bool:
    """More of a loss (后天上午在老家出殡, 走得很安详 没受什么罪): no wait opens, so nothing covers, thanks or nudges
    it (a sign-up or an FAQ still goes its way: nothing is blocked); the night's wait keeps it."""
    if not after_a_loss(ctx, event):
        return False
    held = waiting(ctx).get(event.room or "", event.sender)
    if held is not None and held.kind == KIND:
        ctx.records(Pendings).extend(held, event.id, event.text, KIND)
    return True


def after_a_loss(ctx: Ctx, event: MessageReceived) -> bool:
    """The member says more within a day of telling of a loss, and asks nothing really (走得很安详 没受什么罪)."""
    if ctx.emergency is not None:
        return False
    told = ctx.state.bereaved.get(f"{event.room or ''} {event.sender}")
    if told is None or event.ts - told > FOLLOW_UP or (event.text and bereaved(event.text) is not None):
        return False
    reading = ctx.reading
    if children_not_told(event.text or ""):
        return True  # 我不知道咋跟孩子说: telling the children of the loss, for the person told of it
    return reading is None or reading.kind not in ASKING or (
        reading.kind is not Kind.COMPLAINT and not _ASKS.search(event.text or ""))


def asks_nothing(ctx: Ctx, event: Event) -> bool:
    """The member only tells of the loss: nothing must answer or cover it."""
    return not asks_too(ctx, event)


def _night_danger(is_dying: bool, complained: bool) -> str:
    """What a night's wait of a loss keeps for the digest: dying or dead, and whether a complaint came with it."""
    if complained:
        return (DYING if is_dying else "loss") + COMPLAINED
    return DYING if is_dying else ""


def register(plugin: Plugin) -> None:
    """Add the bereavement step to the nudge plugin."""

    @plugin.on(MessageReceived, from_member, tells_a_loss, asks_too, order=BEFORE_FAQ)
    async def bereavement_and_ask(ctx: Ctx, event: MessageReceived) -> None:
        """A loss told with a question: the question goes its usual way, the operator also hears of the loss."""
        _tell(ctx, event)

    @plugin.on(MessageReceived, from_member, tells_a_loss, asks_nothing, order=BEFORE_FAQ, block=True)
    async def bereavement(ctx: Ctx, event: MessageReceived) -> None:
        """A loss told: nothing answers or covers it; the operator on duty hears of it (in the morning, at night)."""
        _tell(ctx, event)


def _tell(ctx: Ctx, event: MessageReceived) -> None:
    """The operator on duty hears of the loss privately, at once by day, in the morning digest at night; once a day."""
    room = event.room or ""
    ctx.state.bereaved[f"{room} {event.sender}"] = event.ts
    midnight = event.ts.astimezone(ctx.tz).replace(hour=0, minute=0, second=0, microsecond=0)
    if ctx.records(Losses).heard_since(room, event.sender, midnight):
        return  # 后天上午出殡 after 我父亲昨晚走了: the same loss, heard of today
    duty = ctx.on_duty(event.room) or list(ctx.bot.owners)
    fresh = needs_someone_tonight(event.text)  # 我爸刚刚走了, 一个人守着 好怕: a person tonight, not in the morning
    sure = confirmed(event.text)  # 没气了 unconfirmed may be a heart stopped just now: 120 first, no 节哀 yet
    # told in the morning digest: nobody hears of it tonight
    later = held_till_morning(ctx, event.ts, event.room) and not fresh
    if event.room is None:  # the member wrote to the bot: a quiet word back, never "早上上班后就回复您"
        ctx.reply(ctx.render("bereaved_word.j2", name=event.sender_name, told=bool(duty), fresh=fresh,
                             dying=bereaved(event.text) is None, confirmed=sure, later=later,
                             awaited=awaited(event.text), ward=in_ward(event.text)),
                  ref="bereaved_word.j2", at_night=True)
    if later:
        if asks_too(ctx, event):
            return  # its question is held for the morning digest already, with the words of the loss
        ctx.records(Pendings).opened(
            room_id=room, topic=event.room_topic or "", member_id=event.sender, member_name=event.sender_name,
            message_ids=event.id, excerpt=event.text[:80], kind=KIND, opened_at=event.ts, state="night",
            danger=_night_danger(bereaved(event.text) is None, complains(ctx, event)))
        return
    if duty:
        told = ctx.private(duty[0], ctx.render(BEREAVED, name=event.sender_name, said=event.text[:80],
                                               where=event.room_topic or room, dying=bereaved(event.text) is None,
                                               fresh=fresh, confirmed=sure, complaint=complains(ctx, event),
                                               awaited=awaited(event.text), ward=in_ward(event.text),
                                               carer=cared_for(event.text), children=children_not_told(event.text)),
                           ref=BEREAVED, cause=event.id)
        if in_quiet(ctx, event.ts, None):
            ctx.urgently(told)  # a death just now, at night: the person on duty hears of it now
