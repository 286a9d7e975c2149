"""`qunbot run` on the real WeChat: the app on a live clock, the supervised client, a clean shutdown."""
from __future__ import annotations

import asyncio
import logging
import signal
from pathlib import Path

from bot.adapters.wechaty.adapter import WechatyAdapter, settings_from_env
from bot.app import App, load_config

log = logging.getLogger("qunbot.wechaty")


async def serve(config_path: Path, stop: asyncio.Event | None = None) -> int:
    """Run until SIGINT/SIGTERM (or `stop`): cancel the client task first, then stop the client, then the app."""
    endpoint, token = settings_from_env()
    settings = load_config(config_path).settings.wechaty
    adapter = WechatyAdapter(endpoint, token, settings)
    app = App(config_path, adapter)
    adapter.sink = app.handle

    async def back(seconds: float) -> None:
        await app.tell_owners("system/reconnected.j2", minutes=max(1, round(seconds / 60)))
    adapter.on_back = back
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
    return 0
