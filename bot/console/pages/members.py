"""Members: segments with counts and movement per room, lurkers with the one-click greeting, core members, and
a member's page with tags an operator can edit; all through the members plugin's own verbs."""
from __future__ import annotations

from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from bot.console.web import Console, Viewer, form_of
from bot.context import Context

PLUGIN = "members"
LABELS = {"kol": "意见领袖", "active": "活跃", "ordinary": "普通", "lurker": "潜水", "newcomer": "新人"}
TAG_MAX = 20


def _today(ctx: Context) -> int:
    return ctx.now().astimezone(ctx.tz).date().toordinal()


def _room_url(room: str) -> str:
    return f"/members/{quote(room, safe='')}"


def routes(console: Console) -> list[Route]:
    """/members, /members/{room}, /members/{room}/{contact}, POST greet and tags."""
    from plugins.members.commands import core, greet, lurkers
    from plugins.members.store import Roster

    def missing(request: Request, viewer: Viewer, what: str = "成员分层（members）没有开启。") -> Response:
        return console.render(request, "missing.html", viewer, status=404, what=what)

    async def overview(request: Request, viewer: Viewer) -> Response:
        if PLUGIN not in console.app.plugins:
            return missing(request, viewer)

        async def read(ctx: Context) -> dict[str, Any]:
            roster, today = ctx.records(Roster), _today(ctx)
            now, before = roster.counts_all(today), roster.counts_all(today - 7)
            rooms = roster.rooms(limit=100_000)
            topics = roster.topics(rooms)
            rows: list[dict[str, Any]] = sorted(
                ({"id": r, "topic": topics.get(r, r), "now": now[r], "before": before.get(r, {})}
                 for r in rooms if r in now), key=lambda row: row["topic"])
            total = {s: sum(row["now"].get(s, 0) for row in rows) for s in LABELS}
            total_before = {s: sum(row["before"].get(s, 0) for row in rows) for s in LABELS}
            return {"rows": rows, "total": total, "total_before": total_before, "rooms_without": len(rooms) - len(rows)}
        return console.render(request, "members.html", viewer, labels=LABELS, **await console.act(PLUGIN, read))

    async def room(request: Request, viewer: Viewer) -> Response:
        if PLUGIN not in console.app.plugins:
            return missing(request, viewer)
        room_id = request.path_params["room"]

        async def read(ctx: Context) -> dict[str, Any] | None:
            roster, today, now = ctx.records(Roster), _today(ctx), ctx.now()
            if room_id not in roster.topics([room_id]) and not roster.present(room_id):
                return None
            days = ctx.config_for(room_id).segments.lurker_days
            return {"counts": roster.counts(room_id, today), "before": roster.counts(room_id, today - 7),
                    "core": core(ctx, roster, room_id, today), "days": days,
                    "lurkers": lurkers(ctx, roster, room_id, days, now)}
        found = await console.act(PLUGIN, read)
        if found is None:
            return missing(request, viewer, "没有这个群。")
        return console.render(request, "members_room.html", viewer, labels=LABELS, room_id=room_id,
                              room_url=_room_url(room_id), greeted=request.query_params.get("greeted"),
                              not_friend=request.query_params.get("not_friend"), **found)

    async def greet_one(request: Request, viewer: Viewer) -> Response:
        room_id = request.path_params["room"]
        contact = (await form_of(request)).get("contact", "")

        async def send(ctx: Context) -> str:
            roster = ctx.records(Roster)
            person = roster.person(room_id, contact)
            if person is None:
                return "gone"
            return "greeted" if greet(ctx, roster, room_id, person) else "not_friend"
        if PLUGIN not in console.app.plugins:
            return missing(request, viewer)
        done = await console.act(PLUGIN, send)
        return RedirectResponse(f"{_room_url(room_id)}?{done}={quote(contact)}#lurkers-h", status_code=303)

    async def member(request: Request, viewer: Viewer, problem: str = "", typed: dict[str, str] | None = None,
                     status: int = 200) -> Response:
        if PLUGIN not in console.app.plugins:
            return missing(request, viewer)
        room_id, contact = request.path_params["room"], request.path_params["contact"]

        async def read(ctx: Context) -> dict[str, Any] | None:
            roster = ctx.records(Roster)
            person = roster.person(room_id, contact)
            if person is None:
                return None
            return {"p": person, "seg": roster.segment_of(room_id, contact), "tags": roster.tags(contact),
                    "topic": roster.topic(room_id), "words": roster.last_words(room_id, contact)[:100]}
        found = await console.act(PLUGIN, read)
        if found is None:
            return missing(request, viewer, "这位成员不在这个群里了。")
        return console.render(request, "member.html", viewer, status=status, labels=LABELS, room_id=room_id,
                              room_url=_room_url(room_id), problem=problem, typed=typed or {},
                              saved=request.query_params.get("saved"), **found)

    async def tags(request: Request, viewer: Viewer) -> Response:
        room_id, contact = request.path_params["room"], request.path_params["contact"]
        form = await form_of(request)
        key, value = form.get("key", "").strip(), form.get("value", "").strip()
        if request.path_params["verb"] not in ("add", "remove"):
            return missing(request, viewer)
        removing = request.path_params["verb"] == "remove"
        if not key or not value:
            return await member(request, viewer, "请把类别和内容都填上，例如：爱好 / 太极。", form, 400)
        if len(key) > TAG_MAX or len(value) > TAG_MAX or ":" in key or "：" in key:
            return await member(request, viewer, f"类别和内容各不超过 {TAG_MAX} 个字，类别里不要有冒号。", form, 400)

        async def change(ctx: Context) -> bool:
            roster = ctx.records(Roster)
            if roster.person(room_id, contact) is None:
                return False
            if removing:
                roster.untag(contact, key, value)
            else:
                roster.tag(contact, key, value, "operator")
            return True
        if PLUGIN not in console.app.plugins or not await console.act(PLUGIN, change):
            return missing(request, viewer, "这位成员不在这个群里了。")
        where = f"{_room_url(room_id)}/{quote(contact, safe='')}"
        return RedirectResponse(f"{where}?saved={'removed' if removing else 'added'}#tags-h", status_code=303)

    return [Route("/members", console.page(overview)), Route("/members/{room}", console.page(room)),
            Route("/members/{room}/greet", console.page(greet_one), methods=["POST"]),
            Route("/members/{room}/{contact}", console.page(member)),
            Route("/members/{room}/{contact}/tags/{verb:str}", console.page(tags), methods=["POST"])]
