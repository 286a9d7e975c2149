"""Group health: per room the members, joins and leaves, active share, messages a day, how fast members answer
the owners' posts, the lurker share, warnings; a room's four weeks as a chart."""
from __future__ import annotations

import json
from datetime import date
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.console.web import Console, Viewer
from bot.context import Context

PLUGIN = "members"
SIGNALS = {"leavers": "活跃成员退群", "unanswered": "群主的话没人接", "falling": "说话的人连着三周变少"}


def routes(console: Console) -> list[Route]:
    """/health and /health/{room}."""
    from plugins.members.health import Health, from_json, rooms_health
    from plugins.members.store import Roster

    def healths(ctx: Context, rooms: list[str]) -> list[Health]:
        now = ctx.now()
        staff = {*ctx.bot.owners, *ctx.bot.operators}
        return rooms_health(ctx.records(Roster), rooms, now.astimezone(ctx.tz).date().toordinal(), now,
                            {r: ctx.config_for(r).health for r in rooms}, staff)

    def missing(request: Request, viewer: Viewer, what: str = "群健康（members）没有开启。") -> Response:
        return console.render(request, "missing.html", viewer, status=404, what=what)

    async def overview(request: Request, viewer: Viewer) -> Response:
        if PLUGIN not in console.app.plugins:
            return missing(request, viewer)

        async def read(ctx: Context) -> tuple[list[Health], int | None]:
            roster = ctx.records(Roster)
            kept = roster.health_notes()  # from the night's job: every room at once, without recounting
            fresh = [r for r in roster.rooms(limit=100_000) if r not in kept]
            found = [from_json(figures) for _, figures in kept.values()] + (healths(ctx, fresh) if fresh else [])
            day = max((d for d, _ in kept.values()), default=None)
            return sorted(found, key=lambda h: (-len(h.warnings), h.now.active_share, h.topic)), day
        rows, day = await console.act(PLUGIN, read)
        return console.render(request, "health.html", viewer, rows=rows, signals=SIGNALS,
                              as_of=date.fromordinal(day) if day else None)

    async def room(request: Request, viewer: Viewer) -> Response:
        if PLUGIN not in console.app.plugins:
            return missing(request, viewer)
        room_id = request.path_params["room"]

        async def read(ctx: Context) -> Health | None:
            if not ctx.records(Roster).topics([room_id]) and not ctx.records(Roster).present(room_id):
                return None
            return healths(ctx, [room_id])[0]
        h = await console.act(PLUGIN, read)
        if h is None:
            return missing(request, viewer, "没有这个群。")
        return console.render(request, "health_room.html", viewer, h=h, signals=SIGNALS, chart=json.dumps(trend(h)))

    return [Route("/health", console.page(overview)), Route("/health/{room}", console.page(room))]


def trend(h: Any) -> dict[str, list[Any]]:
    """The four weeks as the chart draws them: members, active share %, messages a day, answer minutes."""
    return {"weeks": ["三周前", "两周前", "上周", "最近7天"],
            "members": [w.members for w in h.weeks],
            "active": [round(100 * w.active_share) for w in h.weeks],
            "per_day": [round(w.per_day, 1) for w in h.weeks],
            "response_min": [round(w.response_s / 60, 1) if w.response_s is not None else None for w in h.weeks]}
