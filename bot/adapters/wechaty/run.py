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

    async def logged_out() -> None:
        await app.tell_owners("system/logged_out.j2", at=app.clock.now().strftime("%H:%M"))
    adapter.on_logout = logged_out
    await app.start()
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
    await app.stop()
    return 0
