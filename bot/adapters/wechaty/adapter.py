"""The wechaty adapter: a supervised client that never takes the process down and never leaves it deaf."""
from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from bot.actions import Action
from bot.adapters.base import Adapter, Offline, Undeliverable
from bot.adapters.wechaty.quotes import Recent
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


def unauthenticated(exc: BaseException) -> bool:
    """The puppet service refused the token (gRPC UNAUTHENTICATED), as opposed to a network fault."""
    status = getattr(exc, "status", None)
    if getattr(status, "name", "") == "UNAUTHENTICATED":
        return True
    return "UNAUTHENTICATED" in str(exc) or "Invalid Wechaty TOKEN" in str(exc)


def host_port(endpoint: str) -> tuple[str, int]:
    """Host and port of a puppet service endpoint (host:port or a URL)."""
    parsed = urlsplit(endpoint if "://" in endpoint else f"//{endpoint}")
    return parsed.hostname or "127.0.0.1", parsed.port or 80


class WechatyAdapter(Adapter):
    """Delivers through the current connection; reconnects with exponential back-off; tells owners about outages."""

    name = "wechaty"

    def __init__(self, endpoint: str, token: str, settings: WechatySection) -> None:
        self.endpoint, self.token, self.settings = endpoint, token, settings
        self.connection: Connection | None = None
        self.sink: Callable[[Event], Awaitable[object]] | None = None
        self.on_back: Callable[[float], Awaitable[None]] | None = None  # back after this many seconds deaf
        self.on_logout: Callable[[], Awaitable[None]] | None = None  # tell the owners (delivered once back)
        self.logged_out_since: float | None = None  # the account was logged out and has not logged in since
        self.on_auth_failed: Callable[[], Awaitable[None]] | None = None
        self.auth_failed = False  # the service refused the token too often: no more tries
        self._stopping = False
        self.connects = 0
        self.gone: set[str] = set()  # rooms the bot was removed from (kept across connections)
        self.recent = Recent()  # messages seen lately, for quote-replies (kept across connections)
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)  # the bot's clock (run.serve sets it)
        self.last_account: str | None = None  # the account last logged in (kept across connections)

    @property
    def account(self) -> str | None:
        """The logged-in account's contact id (None before the first login)."""
        conn = self.connection
        return conn.self_id if conn is not None and conn.self_id else self.last_account

    async def deliver(self, action: Action) -> None:
        """Send through the live connection; raise while disconnected so the outbox keeps it and retries."""
        conn = self.connection
        if conn is None or not conn.logged_in.is_set() or conn.logged_out.is_set():
            raise Offline("not connected to the puppet service (or logged out)")
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
        host, port = host_port(self.endpoint)
        try:
            async with asyncio.timeout(3):
                _, writer = await asyncio.open_connection(host, port)
        except (OSError, TimeoutError):
            return False
        writer.close()
        return True

    async def supervise(self) -> None:
        """Connect, watch, reconnect (1 s doubling to at most 15 s between tries); runs until `stop()`.

        The end or an error of the event stream is a drop, and so is a silent stream (no dong to
        three dings). A token the service refuses `auth_tries` times in a row ends the tries: the
        owners are told and `auth_failed` is set.
        """
        from bot.adapters.wechaty.connection import Connection
        loop = asyncio.get_running_loop()
        delay, down_since, refused = self.settings.backoff_start_s, None, 0
        while not self._stopping:
            if await self._reachable():
                assert self.sink is not None
                self.connection = conn = Connection(self.endpoint, self.token, self.sink,
                                                    self.settings.accept_friends, self.gone, now=self.now,
                                                    recent=self.recent)
                self.connects += 1
                task = asyncio.create_task(conn.run(), name="wechaty-stream")
                watch = asyncio.create_task(self._watch(conn, task), name="wechaty-watchdog")
                back = asyncio.create_task(self._announce(conn, down_since), name="wechaty-back")
                signed = asyncio.create_task(self._signed_in(conn), name="wechaty-signed-in")
                login = asyncio.create_task(self._login_watch(conn, task), name="wechaty-login")
                try:
                    await task
                    log.warning("wechaty event stream ended; reconnecting")
                except asyncio.CancelledError:
                    if self._stopping:
                        raise
                    if self.logged_out_since is not None:
                        log.warning("wechaty logged out; reconnecting")
                    else:
                        log.warning("wechaty connection went silent (no answer to dings for %.0fs); reconnecting",
                                    loop.time() - conn.last_seen)
                except Exception as exc:
                    if unauthenticated(exc):
                        refused += 1
                        log.error("the puppet service refused the token (%s/%s): %s", refused,
                                  self.settings.auth_tries, exc)
                        if refused >= self.settings.auth_tries:
                            await self._give_up_on_token()
                            return
                    else:
                        log.warning("wechaty connection lost: %r; reconnecting", exc)
                finally:
                    watch.cancel()
                    back.cancel()
                    login.cancel()
                    signed.cancel()
                    await conn.close(1 if conn.silent else 5)  # a silent service will not answer a polite stop
                    if conn.logged_in.is_set():  # deaf since the last word from the service
                        delay, down_since, refused = self.settings.backoff_start_s, conn.last_seen, 0
                    self.connection = None
            else:
                log.warning("puppet service %s not reachable; retrying in %.1fs", self.endpoint, delay)
            if self._stopping:
                break
            await asyncio.sleep(delay)
            delay = min(delay * 2, self.settings.backoff_max_s)

    async def _give_up_on_token(self) -> None:
        self.auth_failed = True
        log.critical("stopped connecting: the puppet service says the token is wrong (UNAUTHENTICATED). "
                     "Check %s in the environment (the token of the service at %s), then restart the bot.",
                     TOKEN, self.endpoint)
        if self.on_auth_failed is not None:
            try:
                await self.on_auth_failed()
            except Exception:
                log.exception("could not tell the owners about the token")

    async def _watch(self, conn, task: asyncio.Task) -> None:
        """A ding every `ding_every_s`; no word from the service for two and a half of those (a silent stream), or
        two dings in a row that fail or go unanswered, is a drop. A ding waits at most half the period, so a
        service that hangs is noticed as soon as one that is silent."""
        every = self.settings.ding_every_s
        loop = asyncio.get_running_loop()
        failed = 0
        while not task.done():
            slept_at = loop.time()
            await asyncio.sleep(every)
            if loop.time() - slept_at > 2 * every:  # the bot itself was too busy to listen (a slow step held the
                conn.last_seen = max(conn.last_seen, loop.time() - every)  # loop): no evidence, and a reconnect now
                failed = 0  # would cut a send the service already took, sending it twice
                continue
            if loop.time() - conn.last_seen > 2.5 * every:
                conn.silent = True
                task.cancel()
                return
            asked_at = loop.time()
            try:
                async with asyncio.timeout(every / 2):
                    await conn.ding()
                failed = 0
            except Exception as exc:
                if loop.time() - asked_at > every:  # the answer waited for a busy loop, not for the service
                    continue
                failed += 1
                log.info("ding failed: %r", exc)
                if failed >= 2:  # the service cannot be asked: as good as gone
                    conn.silent = True
                    task.cancel()
                    return

    async def _login_watch(self, conn, task: asyncio.Task) -> None:
        """After a logout: say so, tell the owners, and rebuild the client until someone logs in again."""
        if self.logged_out_since is None:
            await conn.logged_out.wait()
            self.logged_out_since = time.monotonic()
            log.warning("the bot's WeChat account was logged out; trying to log in again (scan the new QR code)")
            if self.on_logout is not None:
                await self.on_logout()
            task.cancel()
            return
        try:
            async with asyncio.timeout(self.settings.login_wait_s):
                await conn.logged_in.wait()
        except TimeoutError:
            minutes = (time.monotonic() - self.logged_out_since) / 60
            log.warning("still logged out after %.0f min; trying to log in again (scan the new QR code)", minutes)
            task.cancel()
            return
        self.logged_out_since = None
        await self._login_watch(conn, task)

    async def _signed_in(self, conn) -> None:
        await conn.logged_in.wait()
        self.last_account = conn.self_id
        if self.on_account is not None and conn.self_id:
            await self.on_account(conn.self_id)

    async def _announce(self, conn, down_since: float | None) -> None:
        await conn.logged_in.wait()
        if down_since is None:
            return
        deaf = asyncio.get_running_loop().time() - down_since
        log.warning("wechaty back after an outage of %.0fs: messages sent to the groups in that time were not "
                    "received (the puppet service cannot replay them)", deaf)
        if self.on_back is not None:
            await self.on_back(deaf)

    def stop(self) -> None:
        """Ask the supervisor loop to end."""
        self._stopping = True
