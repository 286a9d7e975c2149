"""Serving the console with uvicorn inside the bot's own event loop, on a socket bound before start."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import uvicorn

from bot.console.command import PORT_FILE
from bot.console.keys import Keys, load_secret
from bot.console.site import build

if TYPE_CHECKING:
    from bot.adapters.sandbox import Sandbox
    from bot.app import App

log = logging.getLogger("qunbot.console")


class _Server(uvicorn.Server):
    """uvicorn's server, leaving SIGINT and SIGTERM to the bot."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


class ConsoleServer:
    """The console of one running bot: start() binds and serves, stop() ends it; `url` is where it answers."""

    def __init__(self, app: App, keys: Keys | None = None, sandbox: Sandbox | None = None) -> None:
        self.app, self.sandbox = app, sandbox
        self.settings = app.config.settings.console
        self.keys = keys or Keys(load_secret(app.config_path.parent))
        self.port: int | None = None
        self._server: _Server | None = None
        self._task: asyncio.Task | None = None

    @property
    def _port_file(self) -> Path:
        return self.app.config_path.parent / PORT_FILE

    @property
    def url(self) -> str:
        """The console's address (the public one when configured)."""
        return self.settings.base_url(self.port)

    async def start(self) -> bool:
        """Bind and serve; False (logged) when the address is taken, and the bot goes on without a console."""
        family = socket.AF_INET6 if ":" in self.settings.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.settings.host, self.settings.port))
        except OSError as exc:
            sock.close()
            log.warning("console not started: cannot listen on %s:%s (%s)", self.settings.host, self.settings.port,
                        exc.strerror)
            return False
        sock.listen(64)
        sock.setblocking(False)
        self.port = sock.getsockname()[1]
        self._port_file.parent.mkdir(parents=True, exist_ok=True)
        self._port_file.write_text(str(self.port), encoding="utf-8")  # /console and console-link read it
        config = uvicorn.Config(build(self.app, self.keys, self.sandbox), lifespan="off", log_level="warning",
                                access_log=False, proxy_headers=True, forwarded_allow_ips="127.0.0.1")
        self._server = _Server(config)
        self._task = asyncio.create_task(self._server.serve(sockets=[sock]), name="console")
        while not self._server.started and not self._task.done():
            await asyncio.sleep(0.01)
        log.info("console listening url=%s", self.url)
        return self._server.started

    def sign_in_link(self, contact: str) -> str:
        """A one-time sign-in link for an owner or operator."""
        return f"{self.url}/signin?t={self.keys.link_token(contact)}"

    async def stop(self) -> None:
        """Stop serving (open requests are given a moment to finish)."""
        if self._server is None or self._task is None:
            return
        self._port_file.unlink(missing_ok=True)
        self._server.should_exit = True
        await asyncio.gather(self._task, return_exceptions=True)
        self._server, self._task = None, None
