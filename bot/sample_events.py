"""Events with sensible defaults for tests and examples: a member 张姐 (u1) in room r1 at 09:00 Beijing time."""
from __future__ import annotations

import itertools
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.events import MemberJoined, MemberLeft, MessageReceived, Person

TZ = ZoneInfo("Asia/Shanghai")
NINE_AM = datetime(2026, 11, 23, 9, 0, tzinfo=TZ)
TOPIC = "金秋俱乐部1群"
_ids = itertools.count(1)


def message(text: str, *, sender: str = "u1", name: str = "张姐", room: str | None = "r1",
            ts: datetime = NINE_AM, id: str | None = None, **extra: Any) -> MessageReceived:
    """A member's message (text unless `type=` says otherwise) in room r1 unless told otherwise."""
    topic = extra.pop("room_topic", TOPIC if room else None)  # a group's own name (聋老人交流群)
    return MessageReceived(id=id or f"m{next(_ids)}", ts=ts, room=room, room_topic=topic,
                           sender=sender, sender_name=name, text=text, **extra)


def private(text: str, **kw: Any) -> MessageReceived:
    """A private message to the bot."""
    return message(text, room=None, **kw)


def command(text: str, *, sender: str = "boss", name: str = "店长", **kw: Any) -> MessageReceived:
    """A slash-command typed in room r1, by the owner unless told (`/help`, `/faq list`)."""
    assert text.startswith("/"), "a command starts with /"
    return message(text, sender=sender, name=name, **kw)


def image(*, image: str = "photo.jpg", **kw: Any) -> MessageReceived:
    """A photo; the memory adapter returns bytes registered in `adapter.images` under its id."""
    return message("", type="image", image=image, **kw)


def voice(text: str, **kw: Any) -> MessageReceived:
    """A voice message with the text WeChat transcribed."""
    return message(text, type="voice", **kw)


def link(url: str, title: str = "", **kw: Any) -> MessageReceived:
    """A shared link (a card with a title)."""
    return message(title, type="url", url=url, title=title, **kw)


def mini_program(title: str, **kw: Any) -> MessageReceived:
    """A shared mini program."""
    return message(title, type="mini_program", title=title, **kw)


def join(*people: tuple[str, str], room: str = "r1", ts: datetime = NINE_AM, **kw: Any) -> MemberJoined:
    """People (id, name) joining room r1."""
    return MemberJoined(id=f"j{next(_ids)}", ts=ts, room=room, members=tuple(Person(*p) for p in people), **kw)


def leave(*people: tuple[str, str], room: str = "r1", ts: datetime = NINE_AM, **kw: Any) -> MemberLeft:
    """People (id, name) leaving room r1."""
    return MemberLeft(id=f"l{next(_ids)}", ts=ts, room=room, members=tuple(Person(*p) for p in people), **kw)
