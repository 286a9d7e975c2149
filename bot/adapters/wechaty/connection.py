"""One connection of the python-wechaty client to the puppet service, and its events turned into ours."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from bot.adapters.wechaty import quotes
from bot.adapters.wechaty.compat import prepare
from bot.adapters.wechaty.login import show_qr
from bot.events import Event, MemberJoined, MemberLeft, MessageReceived, Person, RoomTopicChanged

prepare()

from wechaty import Wechaty, WechatyOptions  # noqa: E402
from wechaty.config import AT_SEPARATOR  # noqa: E402
from wechaty.user.contact import Contact  # noqa: E402
from wechaty.user.room import Room  # noqa: E402
from wechaty.user.tag import Tag  # noqa: E402
from wechaty.utils.async_helper import SingleIdContainer  # noqa: E402
from wechaty_puppet import PuppetOptions  # noqa: E402

log = logging.getLogger("qunbot.wechaty")
# The client maps the wire's TypeScript numbering (text=7, image=6, ...) onto the gRPC enum; we read its names.
MESSAGE_TYPES = {
    "MESSAGE_TYPE_ATTACHMENT": "file", "MESSAGE_TYPE_AUDIO": "voice", "MESSAGE_TYPE_CONTACT": "contact_card",
    "MESSAGE_TYPE_EMOTICON": "emoticon", "MESSAGE_TYPE_IMAGE": "image", "MESSAGE_TYPE_TEXT": "text",
    "MESSAGE_TYPE_VIDEO": "video", "MESSAGE_TYPE_MINI_PROGRAM": "mini_program", "MESSAGE_TYPE_URL": "url",
}
Sink = Callable[[Event], Awaitable[object]]


def forget_everything() -> None:
    """The client keeps contacts, rooms and seen message ids process-wide: clear them for a fresh client."""
    for cls in (Contact, Room, Tag):
        cls._pool.clear()
    SingleIdContainer._instance = None


async def _no_plugin_server() -> None:
    """We use no wechaty plugins: no web server, no scheduler, no signal handlers of the client's own."""


def _ts(timestamp: int | float | None, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> datetime:
    if not timestamp:
        return now()
    seconds = timestamp / 1000 if timestamp > 1e11 else timestamp
    return datetime.fromtimestamp(seconds, UTC)


class Connection:
    """A fresh client; `run()` lasts as long as the event stream."""

    def __init__(self, endpoint: str, token: str, sink: Sink, accept_friends: bool,
                 gone: set[str] | None = None, on_scan: Callable[[str], None] = show_qr,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC), recent: quotes.Recent | None = None) -> None:
        self.now = now  # the time of events the service sends without one (joins, leaves, topics): the bot's clock
        forget_everything()
        options = WechatyOptions(puppet="wechaty-puppet-service", endpoint=endpoint, token=token,
                                 puppet_options=PuppetOptions(), port=0)
        self.bot = Wechaty(options)
        self.bot._plugin_manager.start = _no_plugin_server  # its web server binds 0.0.0.0 and traps SIGINT/SIGTERM
        self.sink, self.accept_friends = sink, accept_friends
        self.self_id: str | None = None
        self.last_seen = asyncio.get_running_loop().time()
        self.silent = False  # the watchdog judged the stream silent or the service hung
        self.logged_in = asyncio.Event()
        self.logged_out = asyncio.Event()  # the account was logged out: the supervisor builds a fresh client
        self.on_scan = on_scan
        self.owners: dict[str, bool] = {}  # room id -> the bot owns or administers it
        self.friends: dict[str, bool] = {}
        self.gone = gone if gone is not None else set()  # rooms the bot was removed from
        self.recent = recent if recent is not None else quotes.Recent()  # what quotes may point at
        for name, handler in (("login", self._login), ("message", self._message), ("room-join", self._join),
                              ("room-leave", self._leave), ("room-topic", self._topic), ("dong", self._dong),
                              ("friendship", self._friendship), ("scan", self._scan), ("logout", self._logout)):
            self.bot.on(name, self._guarded(name, handler))

    def _guarded(self, name: str, handler: Callable[..., Awaitable[None]]) -> Callable[..., Awaitable[None]]:
        async def run(*args) -> None:
            self.last_seen = asyncio.get_running_loop().time()
            try:
                await handler(*args)
            except Exception:
                log.exception("wechaty %s event failed", name)
        return run

    async def run(self) -> None:
        """Connect and listen; returns or raises when the stream ends (the supervisor decides what next)."""
        await self.bot.init_puppet()
        await self.bot.init_puppet_event_bridge(self.bot.puppet)
        await self.bot.puppet.start()

    async def close(self, timeout: float = 5) -> None:
        """Close the channel (asking the service to stop for at most `timeout` seconds); never raises."""
        try:
            async with asyncio.timeout(timeout):
                await self.bot.puppet.stop()
        except Exception as exc:
            log.debug("closing the wechaty client: %r", exc)

    async def ding(self) -> None:
        """Ask the puppet for a dong (the watchdog's heartbeat)."""
        await self.bot.puppet.ding("qunbot")

    async def _dong(self, *_args) -> None:
        pass  # arrival alone is proof of life (counted in _guarded)

    async def _login(self, contact) -> None:
        self.self_id = contact.contact_id
        self.logged_in.set()
        log.info("wechaty logged in as %s", self.self_id)

    async def _scan(self, qr_code: str, status, data=None) -> None:
        if qr_code and getattr(status, "name", "") in ("Waiting", "Timeout"):
            self.on_scan(qr_code)

    async def _logout(self, contact, *_args) -> None:
        log.warning("wechaty logged out as %s", getattr(contact, "contact_id", self.self_id))
        self.logged_out.set()

    async def _remember_room(self, room) -> str:
        await room.ready()
        payload = room.payload
        self.owners[room.room_id] = bool(self.self_id) and (
            payload.owner_id == self.self_id or self.self_id in (payload.admin_ids or []))
        return payload.topic or ""

    async def _message(self, msg) -> None:
        payload = msg.payload
        kind = MESSAGE_TYPES.get(getattr(payload.type, "name", ""), "text")
        if self.self_id and payload.from_id == self.self_id:  # the bot's own message: members may quote it
            self.recent.note(payload.room_id or payload.to_id or "", payload.id, "", payload.text or "", kind)
            return
        talker = msg.talker()
        await talker.ready()
        self.friends[talker.contact_id] = bool(talker.payload.friend)
        room, topic = msg.room(), None
        if room is not None:
            topic = await self._remember_room(room)
        url = title = reply_to = None
        if kind in ("url", "mini_program", "contact_card"):
            title = payload.text or None
        text, conversation = payload.text or "", room.room_id if room else talker.contact_id
        quote = quotes.parse(text) if kind == "text" else None
        if quote is not None:  # WeChat's 引用: the member wrote the reply; the quoted message is one seen lately
            text, reply_to = quote.reply, self.recent.find(conversation, quote)
            if reply_to is None:
                log.info("quote not matched to a message seen lately id=%s (reply kept without reply_to)", payload.id)
        self.recent.note(conversation, payload.id, talker.name or "", text, kind)
        await self.sink(MessageReceived(
            id=payload.id, ts=_ts(payload.timestamp), sender=talker.contact_id, sender_name=talker.name or "",
            room=room.room_id if room else None, room_topic=topic, type=kind, text=text,
            url=url, title=title, mentions=tuple(payload.mention_ids or ()), reply_to=reply_to))

    async def _join(self, room, invitees, inviter, date=None) -> None:
        if self.self_id in {c.contact_id for c in invitees}:
            self.gone.discard(room.room_id)
        topic = await self._remember_room(room)
        await self.sink(MemberJoined(
            id=f"join:{room.room_id}:{'+'.join(c.contact_id for c in invitees)}:{date or ''}", ts=_ts(None, self.now),
            room=room.room_id, room_topic=topic, members=tuple(Person(c.contact_id, c.name or "") for c in invitees),
            inviter=inviter.contact_id if inviter else None))

    async def _leave(self, room, leavers, remover=None, date=None) -> None:
        if self.self_id in {c.contact_id for c in leavers}:
            self.gone.add(room.room_id)
            log.warning("the bot was removed from room %s; nothing more is sent there", room.room_id)
        topic = await self._remember_room(room)
        await self.sink(MemberLeft(
            id=f"leave:{room.room_id}:{'+'.join(c.contact_id for c in leavers)}:{date or ''}", ts=_ts(None, self.now),
            room=room.room_id, room_topic=topic, members=tuple(Person(c.contact_id, c.name or "") for c in leavers),
            remover=remover.contact_id if remover else None))

    async def _topic(self, room, new_topic, old_topic=None, changer=None, date=None) -> None:
        await self.sink(RoomTopicChanged(id=f"topic:{room.room_id}:{date or new_topic}", ts=_ts(None, self.now),
                                         room=room.room_id, room_topic=new_topic,
                                         changer=changer.contact_id if changer else None))

    async def _friendship(self, friendship) -> None:
        from wechaty_puppet import FriendshipType
        if self.accept_friends and friendship.type() == FriendshipType.FRIENDSHIP_TYPE_RECEIVE:
            await friendship.accept()
            log.info("friendship accepted contact=%s", friendship.contact().contact_id)

    # -- actions ------------------------------------------------------------------------------

    async def say(self, room_id: str, text: str, mentions: list[str]) -> None:
        """Post in a room with real @mentions ("@name" before the text for each, as Room.say writes them)."""
        room = self.bot.Room.load(room_id)
        await room.ready()
        names = []
        for contact_id in mentions:
            contact = self.bot.Contact.load(contact_id)
            await contact.ready()
            names.append(f"@{contact.name}")
        if names:
            text = f"{AT_SEPARATOR.join(names)} {text}"
        await self._send_text(room_id, text, mentions or None)

    async def private(self, contact_id: str, text: str) -> None:
        """Message one contact."""
        contact = self.bot.Contact.load(contact_id)
        await contact.ready()
        await self._send_text(contact_id, text, None)

    async def _send_text(self, conversation_id: str, text: str, mentions: list[str] | None) -> None:
        """The send itself, done once the service has it. Room.say and Contact.say then fetch the sent message back;
        the bot needs nothing from it, and a crash in that moment would send the message again after a restart."""
        await self.bot.puppet.message_send_text(conversation_id=conversation_id, message=text, mention_ids=mentions)

    async def send_image(self, room_id: str | None, contact_id: str | None, path: str) -> None:
        """Send an image file in a room or to one contact."""
        from wechaty_puppet import FileBox
        box = FileBox.from_file(path)
        if room_id is not None:
            room = self.bot.Room.load(room_id)
            await room.ready()
            await room.say(box)
        else:
            assert contact_id is not None
            contact = self.bot.Contact.load(contact_id)
            await contact.ready()
            await contact.say(box)

    async def remove(self, room_id: str, contact_id: str) -> None:
        """Remove a member from a room."""
        room = self.bot.Room.load(room_id)
        await room.ready()
        await room.delete(self.bot.Contact.load(contact_id))

    async def image(self, message_id: str, limit: int) -> bytes | None:
        """An image message's bytes, or None when bigger than `limit`."""
        import base64
        box = await self.bot.puppet.message_image(message_id)
        data = box.base64 if isinstance(box.base64, bytes) else str(box.base64).encode()
        if len(data) * 3 // 4 > limit:
            return None
        return base64.b64decode(data)
