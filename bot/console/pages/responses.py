"""Responses: how fast members got answers (today, 7 and 30 days), a daily chart, the longest waits."""
from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.console.web import Console, Viewer
from bot.context import Context

PLUGIN = "nudge"
DAYS = 30


def midnight(now: datetime) -> datetime:
    """The start of the bot's day."""
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def series(rows: list[Any], today: datetime, days: int = DAYS) -> dict[str, list[Any]]:
    """Per day for the last `days` days: p50 and p90 in minutes, share within 3 min, answered and covered."""
    from plugins.nudge.sla import sla
    out: dict[str, list[Any]] = {"days": [], "p50": [], "p90": [], "within": [], "answered": [], "covers": []}
    by_day: dict[int, list[Any]] = {}
    for row in rows:
        by_day.setdefault((today - midnight(row.opened_at.astimezone(today.tzinfo))).days, []).append(row)
    for back in range(days - 1, -1, -1):
        start = today - timedelta(days=back)
        s = sla(by_day.get(back, []), start + timedelta(days=1))
        out["days"].append(start.strftime("%m-%d"))
        out["p50"].append(round(s.p50_s / 60, 1) if s.p50_s is not None else None)
        out["p90"].append(round(s.p90_s / 60, 1) if s.p90_s is not None else None)
        out["within"].append(round(100 * s.share_within_3m) if s.share_within_3m is not None else None)
        out["answered"].append(s.answered)
        out["covers"].append(s.covers)
    return out


def figures(ctx: Context, room: str | None = None) -> tuple[list[tuple[str, Any]], dict[str, list[Any]]]:
    """Today, 7 and 30 days, and the daily series, from one read of the last 30 days through nudge's store."""
    from plugins.nudge.sla import sla
    from plugins.nudge.store import Pendings
    now = ctx.now()
    until, today = now + timedelta(seconds=1), midnight(now)
    rows = ctx.records(Pendings).counted(today - timedelta(days=DAYS - 1), until, room)

    def since(start: datetime) -> list[Any]:
        return [r for r in rows if r.opened_at >= start]
    periods = [("今天", sla(since(today), until)), ("近 7 天", sla(since(today - timedelta(days=6)), until)),
               ("近 30 天", sla(rows, until))]
    return periods, series(rows, today)


def routes(console: Console) -> list[Route]:
    """/responses (optionally ?room=ID)."""

    async def show(request: Request, viewer: Viewer) -> Response:
        if PLUGIN not in console.app.plugins:
            return console.render(request, "missing.html", viewer, status=404, what="回复提醒（nudge）没有开启。")
        room = request.query_params.get("room") or None

        async def read(ctx: Context) -> dict[str, Any]:
            periods, daily = figures(ctx, room)
            return {"periods": periods, "chart": json.dumps(daily, ensure_ascii=False)}
        return console.render(request, "responses.html", viewer, room=room, **await console.act(PLUGIN, read))

    return [Route("/responses", console.page(show))]
