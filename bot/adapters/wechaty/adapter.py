"""The wechaty adapter: a supervised client that never takes the process down and never leaves it deaf."""
from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from bot.actions import Action
from bot.adapters.base import Adapter, Offline, Undeliverable
from bot.config import WechatySection
from bot.events import Event, MessageReceived

if TYPE_CHECKING:  # the client is imported only when a connection is made
    from bot.adapters.wechaty.connection import Connection

log = logging.getLogger("qunbot.wechaty")
ENDPOINT, TOKEN = "WECHATY_PUPPET_SERVICE_ENDPOINT", "WECHATY_PUPPET_SERVICE_TOKEN"


class MissingSetting(Exception):
    """The environment lacks the puppet service endpoint or token."""


def settings_from_env() -> tuple[str, str]:
    """Endpoint and token from the environment; a clear error when either is missing (never an internet look-up)."""
    endpoint, token = os.environ.get(ENDPOINT, "").strip(), os.environ.get(TOKEN, "").strip()
    missing = [name for name, value in ((ENDPOINT, endpoint), (TOKEN, token)) if not value]
    if missing:
        raise MissingSetting(f"set {' and '.join(missing)} in the environment: the puppet service's host:port and "
                             f"its token (see README, 'Running on a real WeChat account')")
    return endpoint, token


def _host_port(endpoint: str) -> tuple[str, int]:
    parsed = urlsplit(endpoint if "://" in endpoint else f"//{endpoint}")
    return parsed.hostname or "127.0.0.1", parsed.port or 80


class WechatyAdapter(Adapter):
    """Delivers through the current connection; reconnects with exponential back-off; tells owners about outages."""

    name = "wechaty"

    def __init__(self, endpoint: str, token: str, settings: WechatySection) -> None:
        self.endpoint, self.token, self.settings = endpoint, token, settings
        self.connection: Connection | None = None
        self.sink: Callable[[Event], Awaitable[object]] | None = None
        self.on_back: Callable[[float], Awaitable[None]] | None = None
        self._stopping = False
        self.connects = 0
        self.gone: set[str] = set()  # rooms the bot was removed from (kept across connections)

    async def deliver(self, action: Action) -> None:
        """Send through the live connection; raise while disconnected so the outbox keeps it and retries."""
        conn = self.connection
        if conn is None or not conn.logged_in.is_set():
            raise Offline("not connected to the puppet service")
        if action.room is not None and action.room in self.gone:
            raise Undeliverable(f"the bot is no longer in room {action.room}")
        mentions = action.mentions.split() if action.mentions else []
        if action.kind == "say":
            assert action.room is not None, "a say names its room"
            await conn.say(action.room, action.text, mentions)
        elif action.kind == "private":
            assert action.to is not None, "a private message names its contact"
            await conn.private(action.to, action.text)
        elif action.kind == "image":
            await conn.send_image(action.room, action.to, action.text)
        elif action.kind == "remove":
            assert action.room is not None and action.to is not None, "a removal names room and contact"
            await conn.remove(action.room, action.to)

    def can_remove(self, room: str) -> bool:
        """Only where the bot owns or administers the room."""
        return bool(self.connection and self.connection.owners.get(room))

    def can_private(self, contact: str) -> bool:
        """Only friends can be messaged privately."""
        return bool(self.connection and self.connection.friends.get(contact))

    async def image_bytes(self, event: MessageReceived, limit: int) -> bytes | None:
        """Fetch an image message's bytes from the puppet (bounded)."""
        if self.connection is None:
            return None
        return await self.connection.image(event.id, min(limit, self.settings.image_max_bytes))

    async def _reachable(self) -> bool:
        host, port = _host_port(self.endpoint)
        try:
            _, writer = await asyncio.wait_for(asyncio.open_connection(host, port), 3)
        except (OSError, TimeoutError):
            return False
        writer.close()
        return True

    async def supervise(self) -> None:
        """Connect, watch, reconnect: 1 s doubling to 60 s between tries; runs until `stop()`."""
        from bot.adapters.wechaty.connection import Connection
        delay, down_since = self.settings.backoff_start_s, None
        while not self._stopping:
            if await self._reachable():
                assert self.sink is not None
                self.connection = conn = Connection(self.endpoint, self.token, self.sink,
                                                    self.settings.accept_friends, self.gone)
                self.connects += 1
                task = asyncio.create_task(conn.run(), name="wechaty-stream")
                watch = asyncio.create_task(self._watch(conn, task), name="wechaty-watchdog")
                back = asyncio.create_task(self._announce(conn, down_since), name="wechaty-back")
                try:
                    await task
                    log.warning("wechaty event stream closed; reconnecting")
                except asyncio.CancelledError:
                    if self._stopping:
                        raise
                    log.warning("wechaty connection went silent; reconnecting")
                except Exception as exc:
                    log.warning("wechaty connection lost: %r; reconnecting", exc)
                finally:
                    watch.cancel()
                    back.cancel()
                    await conn.close()
                    if conn.logged_in.is_set():
                        delay, down_since = self.settings.backoff_start_s, time.monotonic()
                    self.connection = None
            else:
                log.warning("puppet service %s not reachable; retrying in %.1fs", self.endpoint, delay)
            if self._stopping:
                break
            await asyncio.sleep(delay)
            delay = min(delay * 2, self.settings.backoff_max_s)

    async def _watch(self, conn, task: asyncio.Task) -> None:
        every = self.settings.ding_every_s
        while not task.done():
            await asyncio.sleep(every)
            loop = asyncio.get_running_loop()
            if loop.time() - conn.last_seen > 3 * every:
                task.cancel()
                return
            try:
                await asyncio.wait_for(conn.ding(), every)
            except Exception as exc:
                log.info("ding failed: %r", exc)

    async def _announce(self, conn, down_since: float | None) -> None:
        await conn.logged_in.wait()
        if down_since is not None and self.on_back is not None:
            await self.on_back(time.monotonic() - down_since)

    def stop(self) -> None:
        """Ask the supervisor loop to end."""
        self._stopping = True
