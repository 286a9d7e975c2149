"""Sandbox: a chat box in the console that plays the sandbox group, for trying the bot from the browser."""
from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.console.web import Console, Viewer, form_of


def routes(console: Console) -> list[Route]:
    """/sandbox and POST /sandbox/say, only when the bot runs in the sandbox."""
    sandbox = console.sandbox
    if sandbox is None:
        return []

    async def show(request: Request, viewer: Viewer) -> Response:
        return console.render(request, "sandbox.html", viewer, heard=list(sandbox.adapter.heard),
                              owner=sandbox.owner)

    async def say(request: Request, viewer: Viewer) -> Response:
        line = (await form_of(request)).get("line", "").strip()
        if line and not line.startswith(":q"):  # the terminal ends the sandbox, not the console
            sandbox.adapter.write(f"(console) {line}\n")
            await sandbox.play(line)
        return console.render(request, "sandbox_heard.html", viewer, heard=list(sandbox.adapter.heard))

    return [Route("/sandbox", console.page(show)), Route("/sandbox/say", console.page(say), methods=["POST"])]
