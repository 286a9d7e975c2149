"""Config forms: every section from its model, per-room overrides, saved the same way as `/config set`."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.config import BotSection
from bot.config_problems import ConfigError
from bot.console import forms
from bot.console.web import Console, Viewer, form_of
from bot.context import Context
from bot.outbox_settings import OutboxSection

if TYPE_CHECKING:
    from bot.app import App

CORE: dict[str, tuple[str, type[BaseModel]]] = {"bot": ("机器人：群主、运营、VIP 和安静时段", BotSection),
        "outbox": ("发送节奏：像真人一样不急不躁", OutboxSection)}


@dataclass
class Section:
    """One part of config.yaml as a form: where its keys live and the values in force."""

    name: str
    title: str
    model: type[BaseModel]
    prefix: str  # the dotted key its fields are under
    values: dict[str, Any]


def sections(app: App, room: str | None) -> list[Section]:
    """The sections a form can change: bot and outbox globally, every configured plugin (in a room, plugins only)."""
    config = app.config
    found = [] if room else [Section(n, t, m, n, getattr(config.settings, n).model_dump(mode="json"))
                             for n, (t, m) in CORE.items()]
    for name, cfg in config.plugins.items():
        plugin = app.find(name)
        title = plugin.description if plugin is not None and plugin.description else name
        in_force = config.plugin(name, room)
        prefix = f"rooms.{room}.{name}" if room else f"plugins.{name}"
        found.append(Section(name, title, type(cfg), prefix, in_force.model_dump(mode="json")))
    return found


def routes(console: Console) -> list[Route]:
    """/config (the list), /config/{section} (its form; saving is for owners)."""
    app = console.app

    def _find(request: Request) -> tuple[Section | None, str | None]:
        room = request.query_params.get("room") or None
        name = request.path_params["section"]
        return next((s for s in sections(app, room) if s.name == name), None), room

    async def index(request: Request, viewer: Viewer) -> Response:
        room = request.query_params.get("room") or None
        return console.render(request, "config_index.html", viewer, sections=sections(app, room), room=room,
                              topic=await _topic(console, room))

    async def show(request: Request, viewer: Viewer) -> Response:
        section, room = _find(request)
        if section is None:
            return console.render(request, "missing.html", viewer, status=404)
        return console.render(request, "config_form.html", viewer, section=section, room=room,
                              topic=await _topic(console, room),
                              fields=forms.fields(section.model, section.values, section.name, section.prefix),
                              saved=False,
                              problems=[])

    async def save(request: Request, viewer: Viewer) -> Response:
        section, room = _find(request)
        if section is None:
            return console.render(request, "missing.html", viewer, status=404)
        form = forms.fields(section.model, section.values, section.name, section.prefix)
        changed, ok = forms.check(section.model, form, await form_of(request), section.values)
        problems: list[str] = []
        if ok and changed:
            try:
                await app.set_configs({f"{section.prefix}.{k}": forms.as_yaml(v) for k, v in changed.items()})
            except ConfigError as exc:
                ok, problems = False, [str(p) for p in exc.problems]
        return console.render(request, "config_form.html", viewer, status=200 if ok else 400, section=section,
                              room=room, topic=await _topic(console, room), fields=form, saved=ok,
                              changed=sorted(changed), problems=problems)

    return [Route("/config", console.page(index)),
            Route("/config/{section}", console.page(show), methods=["GET"]),
            Route("/config/{section}", console.page(save, role="owner"), methods=["POST"])]


async def _topic(console: Console, room: str | None) -> str | None:
    """A room's name, for the heading of its overrides."""
    if room is None:
        return None
    from bot.console.pages.directory import Directory

    async def read(ctx: Context) -> str:
        return ctx.records(Directory).topics().get(room, room)
    return await console.act("commands", read)
