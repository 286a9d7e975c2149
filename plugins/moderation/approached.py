"""A member telling the group that someone worked on them privately: "刚才有个叫大刘的私聊我 让我买什么特效药 … 还要
我先转钱", "他也加我了 说一疗程三千八". It quotes the pitch and is never an advert of the teller's; and it is what a
careful operator acts on (warn the group, remove the account), so the operator on duty hears who it is."""
from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

from sqlmodel import col, or_, select

from bot.context import Context
from bot.events import MessageReceived
from bot.keeping import Records, query
from bot.models import ActionLog, Message
from bot.undo import Map
from plugins.moderation.private_call import calls_privately

Heard = Map[tuple[str | None, str], datetime]  # (room, member) -> when the operator last heard of them being worked on
QUIET = timedelta(hours=1)  # one alert per member per room within it: a story told over several lines is one
ALERT = "alert:approached"  # the operator's alert (its ref in the action log, read back after a restart)
# an emergency's first alert (plugins/nudge/emergency_log.py: a scam going on now): it counts as the member's one
EMERGENCY_ALERT = "emergency_alert.j2"


class Told(NamedTuple):
    room_id: str | None
    member: str
    at: datetime


_TOLD_SINCE = query(lambda p: select(
    Message.room_id, col(Message.sender).label("member"), col(Message.ts).label("at")).select_from(ActionLog).join(
    Message, col(Message.id) == col(ActionLog.cause)).where(
    or_(col(ActionLog.ref) == ALERT, col(ActionLog.ref) == EMERGENCY_ALERT), col(ActionLog.kind) == "private",
    col(ActionLog.created_at) >= p.since), shape=Told)


class Approaches(Records):
    """The private pitches an operator was alerted to: the action log's alerts, by the message that told them."""

    def told_since(self, since: datetime) -> list[Told]:
        return self.rows(_TOLD_SINCE, since=since)


def remember_told(ctx: Context[Any, Any], heard: Heard, now: datetime) -> None:
    """After a restart: the members whose pitch or danger (a scam alerted as an emergency) an operator heard of
    within the hour, so the story told on after the restart brings no second alert."""
    for told in ctx.records(Approaches).told_since(now - QUIET):
        at = told.at if told.at.tzinfo is not None else told.at.replace(tzinfo=UTC)  # the store keeps UTC
        key = (told.room_id, told.member)
        if key not in heard or heard[key] < at:
            heard[key] = at

# Someone (named, or he / she / a stranger) reached the member privately: messaged, added or called them.
_REACHED = re.compile(r"(?:有(?:个|一个)?(?:叫(?P<name>[^\s，,。的]{1,8})的|人|男的|女的|陌生人)|一个(?:男|女)的|"
                      r"陌生人|"
                      r"(?:他|她|那人|那个人|对方|此人)(?:也|又|还|都|今天|昨天|刚才|刚刚)*)"
                      r"[^，,。\s]{0,4}?(?:私聊|私信|加|找|联系|打电话给|发消息给)(?:了)?我")
# ... and sold to them or asked them for money: what the member was asked to buy or pay, or the pitch retold (说…).
_SOLD = re.compile(r"(?:让|叫|要|劝)我.{0,3}(?:买|转|交|付|汇|打钱|投)|推销|卖|疗程|特效|根治|包治|理财|投资|贷款|"
                   r"转钱|转账|打钱|交钱|付钱|汇款|定金|订金|押金|说[^，,。]{0,12}(?:\d+|[一二三四五六七八九十两百千万]+)"
                   r"(?:元|块|千|万|百)")

# ... unless the teller recommends it: "有个人打电话给我推荐理财，收益很高 … 大家可以试试" is the pitch, told as a story
_PRAISED = re.compile(r"(?:可以|不妨|都)试试|推荐给大家|(?:挺|很|真)靠谱|收益(?:很|挺|特别)?高|效果(?:很|挺|特别|真)好")


@lru_cache(maxsize=4)  # asked by the rules and again when the operator is told
def approached(plain: str) -> str | None:
    """Who worked on the member privately, when the text tells of it ("大刘"; "" when not named), else None; never
    when the rest of the text calls people to the poster ("有人加我说一疗程三千八 … 想要的私我")."""
    if (reached := _REACHED.search(plain)) is None or _SOLD.search(plain) is None:
        return None
    if calls_privately(f"{plain[:reached.start()]} {plain[reached.end():]}") or _PRAISED.search(plain) is not None:
        return None
    return reached.group("name") or ""


def heard_of_danger(heard: Heard, event: MessageReceived) -> None:
    """The core read a person in danger in the member's words (bot.danger.emergency: a scam going on now), and the
    operator is alerted for it with that danger's own advice: the next lines of the same story bring no second alert."""
    heard[(event.room, event.sender)] = event.ts


def tell_of_approach(ctx: Context[Any, Any], event: MessageReceived, plain: str, heard: Heard) -> None:
    """The operator on duty (else an owner) hears at once that a member reports being worked on privately, and by
    whom: a person warns the group and removes the account; the bot neither accuses nor removes on hearsay. Once an
    hour per member and room, an emergency alert counting as one."""
    who = approached(plain)
    if who is None or event.room is None:
        return
    last = heard.get((event.room, event.sender))
    if last is not None and event.ts - last < QUIET:
        ctx.log.info("private pitch already told room=%s member=%s", event.room, event.sender)
        return
    heard[(event.room, event.sender)] = event.ts
    for person in ctx.on_duty(event.room)[:1] or ctx.bot.owners[:1]:
        ctx.private(person, ctx.render("approached.j2", name=event.sender_name or event.sender, who=who,
                                       topic=event.room_topic or event.room, excerpt=event.text[:80]),
                    ref=ALERT)
    ctx.log.info("member reports a private pitch room=%s member=%s named=%s", event.room, event.sender, who or "-")
