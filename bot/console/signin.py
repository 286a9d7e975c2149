"""Signing in by a one-time link (from /console in chat or `qunbot console-link`), and signing out."""
from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from bot.console.keys import SESSION_TTL_S, Refused
from bot.console.links import UsedLinks
from bot.console.web import COOKIE, Console, Viewer
from bot.context import Context


async def _redeem(console: Console, ctx: Context, token: str) -> str:
    """The contact a link names, marking it used in the store (Refused when forged, expired or used)."""
    links = ctx.records(UsedLinks)
    return console.keys.redeem(token, lambda nonce, contact, expires: links.spend(nonce, contact, expires,
                                                                                  console.keys.now()))


def routes(console: Console) -> list[Route]:
    """GET /signin?t=TOKEN opens a session; POST /signout ends it."""

    async def signin(request: Request) -> Response:
        token = request.query_params.get("t")
        if not token:
            viewer, _ = console.viewer(request)
            if viewer is not None:
                return RedirectResponse("/", status_code=303)
            return console.render(request, "signin.html", None, why=request.query_params.get("why", ""))
        try:
            contact = await console.act("commands", lambda ctx: _redeem(console, ctx, token))
        except Refused as exc:
            return console.render(request, "signin.html", None, status=401, why=exc.reason)
        if console.app.role_of(contact) == "member":
            return console.render(request, "refused.html", None, status=403, why="member")
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(COOKIE, console.keys.session_cookie(contact), max_age=SESSION_TTL_S, httponly=True,
                            samesite="lax", secure=request.url.scheme == "https", path="/")
        return response

    async def signout(request: Request, viewer: Viewer) -> Response:
        response = RedirectResponse("/signin?why=signed_out", status_code=303)
        response.delete_cookie(COOKIE, path="/")
        return response

    return [Route("/signin", signin, methods=["GET"]),
            Route("/signout", console.page(signout), methods=["POST"])]

