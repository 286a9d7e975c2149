"""What moderation is configured with (plugins.moderation, per room under rooms.ROOM.moderation) and what it keeps
in memory while the bot runs."""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from bot.config import LocalPath, PluginConfig
from bot.context import Context
from bot.stopped import REMEMBERED
from bot.undo import Journaled, Line, Map
from plugins.moderation.approached import Heard

if TYPE_CHECKING:
    from plugins.moderation.screens import Screened

NEWS_DOMAINS = ["people.com.cn", "xinhuanet.com", "news.cn", "cctv.com", "cctv.cn", "gov.cn", "chinanews.com.cn",
                "thepaper.cn", "china.com.cn", "cnr.cn", "gmw.cn", "youth.cn", "ce.cn", "81.cn", "chinadaily.com.cn"]


class ModerationConfig(PluginConfig):
    """Settings under plugins.moderation (per room under rooms.ROOM.moderation)."""

    send_priority = 0
    at_night = "send"

    keywords: list[str] = Field(default_factory=list, description="ad phrases, inline")
    keyword_files: list[LocalPath] = Field(default_factory=list, description="files with one ad phrase per line")
    allow_words: list[str] = Field(default_factory=list, description="phrases that never count as ads")
    allow_domains: list[str] = Field(default_factory=lambda: list(NEWS_DOMAINS))
    allow_members: list[str] = Field(default_factory=list, description="contact ids never moderated")
    allow_cards: list[str] = Field(default_factory=list, description="titles of the club's own cards/mini programs")
    allow_qr: list[str] = Field(default_factory=list, description="payload prefixes of the club's own QR codes")
    rules_off: list[str] = Field(default_factory=list, description="rule ids switched off")
    shares: Literal["open", "strict"] = Field("open", description="strict: every card, mini program, video and "
                                              "link not allowlisted is an ad (for rooms that want none)")
    learned: bool = Field(True, description="the learned layer beside the rules (model.json)")
    members_trade: bool | None = Field(None, description="members sell their own goods to each other here (a co-op, "
                                       "a second-hand group): their own produce or used thing is no ad; None: "
                                       "read from the room's name (合作社, 二手, 团购...)")
    flood_count: int = Field(5, ge=2, description="this many identical messages in the window: a gentle 慢一点")
    flood_window_s: int = Field(60, ge=1, le=86400)
    cross_room_count: int = Field(3, ge=2, description="the same text in this many rooms is an ad")
    cross_room_window_s: int = Field(600, ge=1, le=86400)
    strike_days: int = Field(30, ge=1, description="strikes count over this many days")
    alert_operators_from: int = Field(2, ge=1, description="from this strike on, operators are alerted")
    remove_from: int = Field(3, ge=1, description="from this strike on, removal is asked of a person (or done)")
    remove: Literal["ask", "auto"] = Field("ask", description="ask: the operator on duty and owners confirm; "
                                           "auto: accounts that joined recently are removed at once")
    new_member_days: int = Field(3, ge=0, description="members who joined within this many days are recent; the "
                                 "bot must have known a member this long (saw them join or speak) for the gift line")
    burst_s: int = Field(120, ge=0, le=int(REMEMBERED.total_seconds()), description=(
        "ads within this many seconds of the last count as one strike (at most an hour: a caught ad is remembered "
        "that long, bot.stopped)"))
    wave_s: int = Field(60, ge=0, description="ads by others within this many seconds of a notice in the group share "
                        "it: a wave of ads is told to the group once (each poster still hears privately); "
                        "0: every ad its own notice")
    gift: Literal["first_slip", "always", "never"] = Field("first_slip", description="when the gift line is offered; "
                                                           "first_slip: the first strike of an established member")
    gift_line: str = "为表歉意，下次来门店可以找前台领一份小礼品~"
    image_max_bytes: int = Field(4 << 20, ge=1024)
    image_max_pixels: int = Field(16_000_000, ge=10_000)
    qr_timeout_s: float = Field(2.0, gt=0)


class ModerationState(Journaled):
    """What moderation keeps in memory: recent messages for the flood and cross-room checks, built screens."""

    def __init__(self) -> None:
        self.recent: Map[tuple[str | None, str], Line[datetime]] = Map()  # (room, member) -> message times
        self.texts: Map[tuple[str, str], Map[str | None, datetime]] = Map()  # (member, text) -> room -> last said
        self.said: Line[tuple[datetime, tuple[str, str]]] = Line()  # what `texts` holds, oldest first
        self.checks = 0
        self.longest_s = 0  # the longest flood or cross-room window any room uses: how long memory must reach back
        self.slowed: Map[str | None, datetime] = Map()  # room -> when it was last asked to slow down
        self.asked: Map[str | None, tuple[datetime, str]] = Map()  # room -> the latest ask for a contact: when, who
        self.heard: Heard = Map()  # who reported a private pitch or a danger, when (approached.py)
        self.words_version = 0  # bumped when operators add words in chat
        self.screens: dict[int, Screened] = {}  # by config object; a cache, rebuilt when config changes
        self.screens_of = -1  # the config version the screens were built for


Ctx = Context[ModerationConfig, ModerationState]
