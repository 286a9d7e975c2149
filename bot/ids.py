"""/whoami (/我是谁) and /rooms (/群列表): the WeChat ids config.yaml needs, shown to whoever needs them, privately."""
from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import func
from sqlmodel import col, select

from bot.context import Context
from bot.events import MessageReceived
from bot.keeping import Records
from bot.models import Member, Room
from bot.plugin import Plugin

ROLE_NAMES = {"owner": "主人", "operator": "运营", "member": "成员"}


class Group(NamedTuple):
    """A room the bot is in, as /rooms lists it."""

    id: str
    topic: str
    members: int
    last_active: datetime


class Groups(Records):
    """The rooms the bot has seen, with how many members are in each now."""

    def listed(self) -> list[Group]:
        """Every room, the most recently active first."""
        present = select(Member.room_id, func.count().label("n")).where(col(Member.left_at).is_(None)) \
            .group_by(col(Member.room_id)).subquery()
        rows = self.db.exec(select(Room.id, Room.topic, present.c.n, Room.last_active)
                            .outerjoin(present, present.c.room_id == Room.id)
                            .order_by(col(Room.last_active).desc(), col(Room.id))).all()
        return [Group(r, t or "", n or 0, last) for r, t, n, last in rows]


def register(plugin: Plugin) -> None:
    """Add /whoami and /rooms to the built-in commands."""

    @plugin.command("whoami", aliases=["我是谁"], summary="查看自己的微信 id 和身份（私聊回复）")
    async def whoami(ctx: Context[Any, Any], args: str) -> None:
        """Anyone: their id and role, privately; asked in a group, the group's id too."""
        event = ctx.event
        assert isinstance(event, MessageReceived)
        text = ctx.render("commands/whoami.j2", contact=event.sender, name=event.sender_name,
                          role=ROLE_NAMES[ctx.role_of(event.sender)], room=event.room, topic=event.room_topic)
        if event.room is None or ctx.can_private(event.sender):
            ctx.private(event.sender, text, ref="/whoami")
        else:  # not a friend of the bot: ids stay out of the group; say how to ask privately
            ctx.reply(ctx.render("commands/whoami_add_friend.j2"), ref="/whoami")

    @plugin.command("rooms", aliases=["群列表"], role="operator", summary="机器人所在的群和群 ID（私聊回复）")
    async def rooms(ctx: Context[Any, Any], args: str) -> None:
        """Operators: every group with its id, member count and last activity, privately."""
        groups = ctx.records(Groups).listed()
        ctx.reply(ctx.render("commands/rooms.j2", groups=groups, tz=ctx.tz))
