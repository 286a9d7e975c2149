"""`qunbot run` on the real WeChat: the app on a live clock, the supervised client, a clean shutdown."""
from __future__ import annotations

import asyncio
import logging
import signal
from datetime import timedelta
from pathlib import Path

from bot.adapters.wechaty.adapter import TOKEN, WechatyAdapter, settings_from_env
from bot.app import App, load_config

log = logging.getLogger("qunbot.wechaty")
EX_CONFIG = 78  # the exit status of a setting that must be fixed by hand (a wrong token): do not just restart


def connect_owners(app: App, adapter: WechatyAdapter) -> None:
    """What the owners hear about the connection: an outage past `tell_owners_after_s` with its real length,
    and a token the service refuses."""
    async def back(seconds: float) -> None:
        if seconds >= adapter.settings.tell_owners_after_s:
            now = app.clock.now()
            await app.tell_owners("system/reconnected.j2", seconds=round(seconds),
                                  since=now - timedelta(seconds=seconds))

    async def wrong_token() -> None:
        await app.tell_owners("system/wrong_token.j2", variable=TOKEN)
    adapter.on_back = back
    adapter.on_auth_failed = wrong_token


async def serve(config_path: Path, stop: asyncio.Event | None = None) -> int:
    """Run until SIGINT/SIGTERM (or `stop`): cancel the client task first, then stop the client, then the app."""
    endpoint, token = settings_from_env()
    settings = load_config(config_path).settings.wechaty
    adapter = WechatyAdapter(endpoint, token, settings)
    app = App(config_path, adapter)
    adapter.sink = app.handle
    adapter.now = app.clock.now

    connect_owners(app, adapter)

    async def logged_out() -> None:
        await app.tell_owners("system/logged_out.j2", at=app.clock.now().strftime("%H:%M"))
    adapter.on_logout = logged_out
    await app.start()
    console = None
    if app.config.settings.console.enabled:
        from bot.console.server import ConsoleServer
        console = ConsoleServer(app)
        if await console.start():
            log.warning("console at %s/ - sign in: send /console privately to the bot, or run "
                        "`qunbot console-link --as ID`", console.url)
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):
            pass
    supervisor = asyncio.create_task(adapter.supervise(), name="wechaty-supervisor")
    supervisor.add_done_callback(lambda _: stop.set())  # it ends by itself only when the token is refused
    await stop.wait()
    log.info("shutting down")
    adapter.stop()
    supervisor.cancel()
    await asyncio.gather(supervisor, return_exceptions=True)
    if adapter.connection is not None:
        await adapter.connection.close()
    if console is not None:
        await console.stop()
    await app.stop()
    return EX_CONFIG if adapter.auth_failed else 0
