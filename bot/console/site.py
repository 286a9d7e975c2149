"""The console's Starlette application: every page's routes, the static files, the home page."""
from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.console import signin
from bot.console.keys import Keys
from bot.console.web import HERE, Console, Viewer

if TYPE_CHECKING:
    from bot.adapters.sandbox import Sandbox
    from bot.app import App


def build(app: App, keys: Keys, sandbox: Sandbox | None = None) -> Starlette:
    """The console for one bot, sharing its store and config (and a chat box when it runs in the sandbox)."""
    console = Console(app, keys, sandbox)

    async def home(request: Request, viewer: Viewer) -> Response:
        return console.render(request, "home.html", viewer)

    routes: list[BaseRoute] = [Route("/", console.page(home)), *signin.routes(console)]
    for module in _pages():
        routes += module.routes(console)
    routes.append(Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"))
    web = Starlette(routes=routes, middleware=[Middleware(GuardHeaders)])
    web.state.console = console
    return web


class GuardHeaders:
    """Every answer says: not in a frame, no referrer (a sign-in link never leaks), no type guessing, no caching."""

    HEADERS = [(b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer"),
               (b"x-content-type-options", b"nosniff")]

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = scope["path"].startswith("/static/")

        async def guarded(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = self.HEADERS if static else [*self.HEADERS, (b"cache-control", b"no-store")]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)
        await self.app(scope, receive, guarded)


def _pages() -> list:
    """The page modules, each with `routes(console)`."""
    from bot.console.pages import (
        config,
        directory,
        export,
        faq,
        health,
        members,
        moderation,
        outbox,
        responses,
        sandbox,
        scripts,
    )
    return [directory, members, health, config, faq, scripts, moderation, responses, outbox, export, sandbox]
