"""The events adapters hand to the bot: immutable, platform-neutral."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

MESSAGE_TYPES = ("text", "image", "url", "mini_program", "contact_card", "file", "voice", "video", "emoticon")
# how WeChat's chat list shows a photo, voice message, video or sticker (and what `张姐: [图片]` sends in the sandbox)
MEDIA_TAGS = {"image": "[图片]", "voice": "[语音]", "video": "[视频]", "emoticon": "[表情]"}
VOICE_TAG = MEDIA_TAGS["voice"]  # a voice message's whole text when WeChat made no transcript of it
_LONGER_TAGS = ("动画表情", "图片消息", "语音消息", "视频消息")  # other forms platforms and recorded chats use
# the tag a platform (or a recorded chat) puts before a media message's words, if any: not words of the member's
_TAG_WORDS = "|".join([*(tag.strip("[]") for tag in MEDIA_TAGS.values()), *_LONGER_TAGS])
MEDIA_PLACEHOLDER = re.compile(rf"^\s*\[(?:{_TAG_WORDS})\]\s*")


@dataclass(frozen=True, slots=True)
class Person:
    """A contact as seen in an event: stable id and display name."""

    id: str
    name: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """Base of every event: a unique id and an aware timestamp."""

    id: str
    ts: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class MessageReceived(Event):
    """A member's message in a room, or a private message to the bot (room is None)."""

    sender: str
    sender_name: str = ""
    room: str | None = None
    room_topic: str | None = None
    type: str = "text"
    text: str = ""
    url: str | None = None
    title: str | None = None
    image: str | None = None
    mentions: tuple[str, ...] = field(default=())
    reply_to: str | None = None  # the id of the message this one quotes (WeChat's 引用 reply)

    @property
    def is_private(self) -> bool:
        """True for a one-to-one chat with the bot."""
        return self.room is None


@dataclass(frozen=True, slots=True, kw_only=True)
class MemberJoined(Event):
    """One or more people joined a room."""

    room: str
    members: tuple[Person, ...]
    room_topic: str | None = None
    inviter: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MemberLeft(Event):
    """One or more people left (or were removed from) a room."""

    room: str
    members: tuple[Person, ...]
    room_topic: str | None = None
    remover: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RoomTopicChanged(Event):
    """A room got a new name."""

    room: str
    room_topic: str
    changer: str | None = None


def room_of(event: Event) -> str | None:
    """The room an event happened in, or None for private chats."""
    return getattr(event, "room", None)
