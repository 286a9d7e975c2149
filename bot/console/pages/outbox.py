"""Outbox: what waits to go out, what is held (quiet hours, a back-off) and what failed; retry or drop."""
from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from bot.actions import Action
from bot.console.web import Console, Viewer, form_of
from bot.context import Context
from bot.outbox_view import FailedActions

SHOWN = 100


def _row(action: Action, until: Any = None) -> dict[str, Any]:
    return {"id": action.id, "plugin": action.plugin, "kind": action.kind, "where": action.room or action.to,
            "text": action.text, "why": action.note, "until": until, "at": action.created_at}


def routes(console: Console) -> list[Route]:
    """/outbox, POST /outbox/{id}/retry|drop."""

    async def show(request: Request, viewer: Viewer) -> Response:
        async def read(ctx: Context) -> dict[str, Any]:
            outbox = ctx.outbox()
            waiting = sorted(outbox.queued, key=lambda a: a.id or 0)
            held = [(a, outbox.held_until(a)) for a in waiting]
            return {"queued": [_row(a) for a, until in held if until is None][:SHOWN],
                    "held": [_row(a, until) for a, until in held if until is not None][:SHOWN],
                    "failed": [_row(a) for a in ctx.records(FailedActions).failed(None)[:SHOWN]],
                    "total": len(waiting), "dropped": outbox.given_up.by("dropped"),
                    "gave_up": outbox.given_up.by("failed")}
        return console.render(request, "outbox.html", viewer, **await console.act("commands", read))

    async def act(request: Request, viewer: Viewer) -> Response:
        number, verb = int(request.path_params["number"]), request.path_params["verb"]
        await form_of(request)

        async def change(ctx: Context) -> bool:
            outbox, failed = ctx.outbox(), ctx.records(FailedActions)
            if verb == "retry":
                found = failed.failed([number])
                outbox.requeue(found)
                return bool(found)
            if outbox.drop(number, "dropped by an operator") is not None:
                return True
            found = failed.failed([number])
            for action in found:
                failed.forsake(action)
            return bool(found)
        done = await console.act("commands", change) if verb in ("retry", "drop") else False
        return RedirectResponse(f"/outbox?{verb}={number}&ok={int(done)}", status_code=303)

    return [Route("/outbox", console.page(show)),
            Route("/outbox/{number:int}/{verb:str}", console.page(act), methods=["POST"])]
