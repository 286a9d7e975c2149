"""The console's web core: who is signed in, what their role lets them do, CSRF on every form, page rendering."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from bot.console.keys import Keys, Refused, Session
from bot.context import Context

if TYPE_CHECKING:
    from bot.adapters.sandbox import Sandbox
    from bot.app import App

HERE = Path(__file__).resolve().parent
COOKIE = "qunbot_console"
ROLES = {"member": 0, "operator": 1, "owner": 2}
T = TypeVar("T")


@dataclass(frozen=True)
class Viewer:
    """The person looking at a page: contact id, role from config (as in chat), the CSRF token of their session."""

    contact: str
    role: str
    csrf: str

    @property
    def owner(self) -> bool:
        """Only owners change config."""
        return self.role == "owner"


Endpoint = Callable[[Request, Viewer], Awaitable[Response]]


class Console:
    """What every page uses: the bot's app, the signing keys and the console's own template folder."""

    def __init__(self, app: App, keys: Keys, sandbox: Sandbox | None = None) -> None:
        self.app, self.keys, self.sandbox = app, keys, sandbox
        self.env = Environment(loader=FileSystemLoader(str(HERE / "templates")), undefined=StrictUndefined,
                               autoescape=select_autoescape(default=True), trim_blocks=True, lstrip_blocks=True)
        self.env.filters["when"] = self.when

    def when(self, moment: datetime | None, pattern: str = "%m-%d %H:%M") -> str:
        """A stored time as the bot's wall clock shows it (the store may give it back in UTC)."""
        if moment is None:
            return "—"
        if moment.tzinfo is not None:
            moment = moment.astimezone(self.app.clock.tz)
        return moment.strftime(pattern)

    def render(self, request: Request, template: str, viewer: Viewer | None, status: int = 200,
               **values: Any) -> HTMLResponse:
        """A page (or an htmx fragment) from bot/console/templates."""
        plugins = set(self.app.plugins)
        html = self.env.get_template(template).render(request=request, viewer=viewer, plugins=plugins,
                                                      sandbox=self.sandbox is not None,
                                                      bot_name=self.app.config.bot.name, **values)
        return HTMLResponse(html, status_code=status)

    async def act(self, plugin: str, body: Callable[[Context], Awaitable[T]]) -> T:
        """Read or change the store as `plugin`, through its own store verbs, in a unit of work of its own."""
        return await self.app.as_plugin(plugin, body)

    def viewer(self, request: Request) -> tuple[Viewer | None, str]:
        """Who is signed in (None and why not: signed_out, expired, member)."""
        try:
            session: Session = self.keys.session(request.cookies.get(COOKIE))
        except Refused as exc:
            return None, "expired" if exc.reason == "expired" else "signed_out"
        role = self.app.role_of(session.contact)
        if role == "member":
            return None, "member"
        return Viewer(session.contact, role, self.keys.csrf(session)), ""

    async def csrf_ok(self, request: Request, viewer: Viewer) -> bool:
        """A form or htmx request carries this session's token (field `csrf` or header X-CSRF-Token)."""
        token = request.headers.get("x-csrf-token")
        if token is None:
            form = await request.form()
            found = form.get("csrf")
            token = found if isinstance(found, str) else None
        return token == viewer.csrf

    def page(self, endpoint: Endpoint, role: str = "operator") -> Callable[[Request], Awaitable[Response]]:
        """An endpoint for signed-in people of at least `role`; every non-GET request must pass CSRF."""
        async def guarded(request: Request) -> Response:
            viewer, why = self.viewer(request)
            if viewer is None:
                if request.method == "GET" and why != "member":
                    return RedirectResponse(f"/signin?why={why}", status_code=303)
                return self.render(request, "refused.html", None, status=401 if why != "member" else 403, why=why)
            if request.method != "GET" and not await self.csrf_ok(request, viewer):
                return self.render(request, "refused.html", viewer, status=403, why="csrf")
            if ROLES[viewer.role] < ROLES[role]:
                return self.render(request, "refused.html", viewer, status=403, why="owner_only")
            return await endpoint(request, viewer)
        return guarded


async def form_of(request: Request) -> dict[str, str]:
    """A submitted form's text fields (the last value of each name)."""
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}
