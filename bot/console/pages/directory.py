"""Rooms and contacts: every group with its id and member count, and people found by name with id, role, strikes."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import col, select
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.console.web import Console, Viewer
from bot.context import Context
from bot.keeping import Records
from bot.models import Member, Room

SHOWN = 50


@dataclass
class RoomRow:
    """One group as the rooms page lists it."""

    id: str
    topic: str
    members: int
    last_active: datetime
    overrides: list[str]


@dataclass
class Contact:
    """One person as the contacts search finds them (per room they are in)."""

    id: str
    name: str
    room: str
    topic: str
    role: str
    strikes: int | None
    last_spoke: datetime | None


class Directory(Records):
    """The core's rooms and members, as operators look them up."""

    def rooms(self) -> list[tuple[Room, int]]:
        """Every room, with how many members are in it now, most recently active first."""
        present = (select(Member.room_id, func.count().label("n")).where(col(Member.left_at).is_(None))
                   .group_by(col(Member.room_id)).subquery())
        rows = self.db.exec(select(Room, present.c.n).outerjoin(present, present.c.room_id == Room.id)
                            .order_by(col(Room.last_active).desc())).all()
        return [(room, n or 0) for room, n in rows]

    def topics(self) -> dict[str, str]:
        """Room id -> topic."""
        return {r: t or r for r, t in self.db.exec(select(Room.id, Room.topic)).all()}

    def find(self, text: str, limit: int = SHOWN) -> list[Member]:
        """Members whose name or id contains `text`, in any room, most recently heard first."""
        like = f"%{text}%"
        return list(self.db.exec(select(Member).where(or_(col(Member.name).like(like), col(Member.contact_id)
                                                          .like(like)))
                                 .order_by(col(Member.last_spoke).desc()).limit(limit)).all())

    def of_room(self, room: str, limit: int = 200) -> list[Member]:
        """A room's present members, most recently heard first."""
        return list(self.db.exec(select(Member).where(Member.room_id == room, col(Member.left_at).is_(None))
                                 .order_by(col(Member.last_spoke).desc()).limit(limit)).all())


def _strikes(ctx: Context, contacts: list[str]) -> dict[str, int]:
    """Strikes in force per contact, through moderation's own store (ctx is moderation's)."""
    from plugins.moderation.store import Incidents, window
    incidents = ctx.records(Incidents)
    since = window(ctx.now(), ctx.config.strike_days)
    return {c: incidents.strikes(None, c, since) for c in contacts}


def routes(console: Console) -> list[Route]:
    """/rooms, /rooms/{id}, /contacts."""
    app = console.app

    async def rooms(request: Request, viewer: Viewer) -> Response:
        async def read(ctx: Context) -> list[RoomRow]:
            overrides = app.config.settings.rooms
            return [RoomRow(r.id, r.topic or "", n, r.last_active, sorted((overrides.get(r.id) or {}).keys()))
                    for r, n in ctx.records(Directory).rooms()]
        rows = await console.act("commands", read)
        return console.render(request, "rooms.html", viewer, rooms=rows)

    async def room(request: Request, viewer: Viewer) -> Response:
        room_id = request.path_params["room"]

        async def read(ctx: Context) -> tuple[str, list[Contact]]:
            directory = ctx.records(Directory)
            topic = directory.topics().get(room_id, room_id)
            return topic, _contacts(ctx, directory.of_room(room_id), {room_id: topic})
        topic, people = await console.act(_strike_plugin(app), read)
        return console.render(request, "room.html", viewer, room_id=room_id, topic=topic, people=people)

    async def contacts(request: Request, viewer: Viewer) -> Response:
        text = request.query_params.get("q", "").strip()

        async def read(ctx: Context) -> list[Contact]:
            if not text:
                return []
            directory = ctx.records(Directory)
            return _contacts(ctx, directory.find(text), directory.topics())
        people = await console.act(_strike_plugin(app), read)
        name = "contacts_rows.html" if request.headers.get("hx-request") else "contacts.html"
        return console.render(request, name, viewer, q=text, people=people)

    def _contacts(ctx: Context, members: list[Member], topics: dict[str, str]) -> list[Contact]:
        strikes = _strikes(ctx, list({m.contact_id for m in members})) if ctx.plugin == "moderation" else {}
        return [Contact(m.contact_id, m.name, m.room_id, topics.get(m.room_id, m.room_id), app.role_of(m.contact_id),
                        strikes.get(m.contact_id), m.last_spoke) for m in members]

    return [Route("/rooms", console.page(rooms)), Route("/rooms/{room}", console.page(room)),
            Route("/contacts", console.page(contacts))]


def _strike_plugin(app: Any) -> str:
    """Read as moderation (its config says the strike window) when it is on, else as the core."""
    return "moderation" if "moderation" in app.plugins else "commands"

