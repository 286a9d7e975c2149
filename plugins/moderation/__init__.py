"""Ad moderation (刚柔并济): stop an ad in the group politely, talk privately, act firmly only with repeat offenders."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field

from bot import files
from bot.config import LocalPath, PluginConfig
from bot.context import Context
from bot.events import MessageReceived
from bot.plugin import Plugin
from bot.rules import in_room
from bot.stopped import REMEMBERED
from bot.undo import Journaled, Line, Map
from plugins.moderation import asks, evaluate, qr, request, steering
from plugins.moderation.approached import QUIET, Heard, heard_of_danger, tell_of_approach
from plugins.moderation.detectors import Hit, Keywords, Screen
from plugins.moderation.ladder import act, in_burst
from plugins.moderation.learned import Model
from plugins.moderation.members_trade import own_goods, trading_room
from plugins.moderation.normalize import Views
from plugins.moderation.private_call import calls_privately
from plugins.moderation.store import Words

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
        self.screens: dict[int, _Screened] = {}  # by config object; a cache, rebuilt when config changes
        self.screens_of = -1  # the config version the screens were built for


plugin = Plugin(name="moderation", description="广告管理：群里温和提醒、私聊说明、屡犯才从严",
                config=ModerationConfig, state=ModerationState, order=10)
Ctx = Context[ModerationConfig, ModerationState]


def _phrases(ctx: Ctx, config: ModerationConfig) -> tuple[list[str], list[str]]:
    phrases, allowed = list(config.keywords), list(config.allow_words)
    for name in config.keyword_files:
        path = ctx.folder / name
        try:
            lines = files.read_text(path).splitlines()
        except OSError as exc:
            ctx.log.error("keyword file unreadable path=%s error=%s", path, exc.strerror)
            continue
        phrases += [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    for word in ctx.records(Words).all():
        (phrases if word.kind == "block" else allowed).append(word.word)
    return phrases, allowed


def screen_for(ctx: Ctx, room: str | None) -> Screen:
    """The detectors as configured for a room; rebuilt when config, keyword files or chat-added words change.

    Rooms without overrides share one config object and so one screen; everything is dropped when
    the config is reloaded.
    """
    config, state = ctx.config_for(room), ctx.state
    if state.screens_of != ctx.config_version:
        state.screens_of, state.screens = ctx.config_version, {}
    found = state.screens.get(id(config))
    if found is None:
        found = state.screens[id(config)] = _Screened(config, tuple(ctx.folder / f for f in config.keyword_files))
    key = (tuple(ctx.file_mtime(p) for p in found.files), state.words_version)
    if found.key != key or found.screen is None:
        phrases, allowed = _phrases(ctx, config)
        found.key, found.screen = key, Screen(Keywords(phrases, allowed), tuple(config.allow_domains),
                                              tuple(config.allow_cards), frozenset(config.rules_off),
                                              config.shares == "strict", _model() if config.learned else None)
    return found.screen


@cache
def _model() -> Model | None:
    return Model.load()


@dataclass
class _Screened:
    """One config's screen and what it was built from."""

    config: ModerationConfig  # kept so its id stays this config's while the entry lives
    files: tuple[Path, ...]
    key: tuple = ()
    screen: Screen | None = None


def exempt(ctx: Ctx, contact: str) -> bool:
    """Operators, owners and allowlisted members are never moderated."""
    return ctx.role_of(contact) != "member" or contact in ctx.config.allow_members


def _flooding(ctx: Ctx, event: MessageReceived, text: str) -> None:
    """The same words again and again drown the others: a gentle 慢一点 to the room at most, never a strike.

    Fragments, voice messages and stickers in a row are how people talk, and never count.
    """
    config, state, now = ctx.config, ctx.state, event.ts
    if event.type != "text" or "flood" in config.rules_off or not text:
        return
    who = (event.room, f"{event.sender}\n{text}")
    recent = state.recent.get(who)
    if recent is None:
        recent = state.recent[who] = Line()
    recent.append(now)
    while now - recent[0] > _seconds(config.flood_window_s):
        recent.popleft()
    last = state.slowed.get(event.room)
    if len(recent) >= config.flood_count and (last is None or now - last > _seconds(config.flood_window_s)):
        assert event.room is not None  # screened in rooms only (in_room)
        state.slowed[event.room] = now
        ctx.say(event.room, ctx.render("slow_down.j2", name=event.sender_name or event.sender), ref="flood")


def _cross_room(ctx: Ctx, event: MessageReceived, text: str) -> Hit | None:
    config, state, now = ctx.config, ctx.state, event.ts
    _forget_old(ctx, now)
    if len(text) < 6 or "cross_room" in config.rules_off:
        return None
    key = (event.sender, text)
    seen = state.texts.get(key)
    if seen is None:
        seen = state.texts[key] = Map()
    seen[event.room] = now
    state.said.append((now, key))
    if len(seen) > 1:
        window = _seconds(config.cross_room_window_s)
        for room, at in list(seen.items()):
            if now - at > window:
                del seen[room]
    if len(seen) >= config.cross_room_count:
        return Hit("cross_room", f"same text in {len(seen)} rooms")
    return None


@cache
def _seconds(n: int) -> timedelta:
    return timedelta(seconds=n)


def _forget_old(ctx: Ctx, now: datetime) -> None:
    """Drop what flood and cross-room checks no longer need (older than the longest window any room uses), so
    memory holds the last few minutes of talk, not the day's."""
    state, config = ctx.state, ctx.config
    said, texts = state.said, state.texts
    if not said:
        return
    longest = max(config.flood_window_s, config.cross_room_window_s)
    if longest > state.longest_s:
        state.longest_s = longest
    horizon = now - _seconds(state.longest_s)
    while said and said[0][0] < horizon:
        _, key = said.popleft()
        rooms = texts.get(key)
        if rooms is not None and all(at < horizon for at in rooms.values()):
            del texts[key]
    state.checks = checks = state.checks + 1
    if checks % 4096 == 0:
        recent = state.recent
        for who in [w for w, times in recent.items() if not times or times[-1] < horizon]:
            del recent[who]
        for who in [w for w, at in state.heard.items() if now - at > QUIET]:
            del state.heard[who]


def _note_ask(ctx: Ctx, event: MessageReceived) -> None:
    """Remember the room's latest ask for a contact ("谁有修空调师傅的电话？"), whoever asked."""
    text = event.text
    if event.type == "text" and text and len(text) <= 80 and (request.asks_for_contact(text.lower())
                                                               or request.asks_for_recommendation(text.lower())):
        ctx.state.asked[event.room] = (event.ts, event.sender)


def on_request(ctx: Ctx, event: MessageReceived, hit: Hit, plain: str) -> bool:
    """A contact (a number, an id, a card) given in answer to someone else's ask in the room just before, with
    nothing in it that sells the poster's own trade: help, not an advert."""
    if hit.rule not in ("contact", "card") or hit.rule == "card" and event.type != "contact_card":
        return False
    asked = ctx.state.asked.get(event.room)
    return (asked is not None and asked[1] != event.sender and event.ts - asked[0] <= _seconds(request.ASK_S)
            and request.given_on_request(plain))


@plugin.on(MessageReceived, in_room)
async def screen(ctx: Ctx, event: MessageReceived) -> None:
    """Every member message is screened first; an ad is blocked so nothing else answers it."""
    _note_ask(ctx, event)
    if exempt(ctx, event.sender):
        return
    if ctx.emergency is not None:  # a person in danger now (bot.emergency): a number left for help is never an ad
        ctx.log.info("emergency passed unscreened member=%s kind=%s", event.sender, ctx.emergency.kind)
        heard_of_danger(ctx.state.heard, event)
        return
    if event.type == "image":
        if "qr" not in ctx.config.rules_off:
            ctx.later(lambda: _qr_payloads(ctx), lambda later_ctx, found: _after_qr(later_ctx, event, found))
        return
    hit, v = screen_for(ctx, event.room).check(event)
    if hit is not None and on_request(ctx, event, hit, v.plain):
        ctx.log.info("contact given on request passed member=%s rule=%s", event.sender, hit.rule)
        hit = None
    if hit is not None and trading_room(ctx.config_for(event.room).members_trade, event.room_topic) \
            and own_goods(v.plain, hit.rule):
        ctx.log.info("own goods in a trading room passed member=%s rule=%s", event.sender, hit.rule)
        hit = None
    hit = hit or _cross_room(ctx, event, v.squeezed) or _pitch_goes_on(ctx, event, v) or _calls_again(ctx, event, v)
    if hit is not None:
        ctx.stop()
        act(ctx, event, hit, v.squeezed)
    else:
        tell_of_approach(ctx, event, v.plain, ctx.state.heard)
        _flooding(ctx, event, v.squeezed)


def _pitch_goes_on(ctx: Ctx, event: MessageReceived, v: Views) -> Hit | None:
    """Right after the member's caught ad, a line the learned layer finds even a little like one ("泳镜还剩三十副，
    私我", at its `hint` bar) is the same pitch going on: part of that burst (no strike, nothing said), and nothing
    else answers it (no FAQ answer, no member waiting for a person). Their other words pass as ever."""
    assert event.room is not None  # screened in rooms only (in_room)
    last = ctx.stopped_at(event.room, event.sender)  # most members never posted an ad: nothing to read
    if last is None or event.ts - last > _seconds(ctx.config.burst_s):
        return None
    model = _model() if ctx.config.learned and "learned" not in ctx.config.rules_off else None
    if model is None or (score := model.score(v, event.type)) < model.hint:
        return None
    return Hit("learned", f"{score:.2f}, after an ad") if in_burst(ctx, event.room, event.sender, event.ts) else None


def _calls_again(ctx: Ctx, event: MessageReceived, v: Views) -> Hit | None:
    """Within the hour after the member's caught ad, a call to message them privately ("已经有三十多位病友在吃了 私聊")
    is the pitch again, whatever its other words: a new strike once the burst is over."""
    assert event.room is not None
    last = ctx.stopped_at(event.room, event.sender)  # within the last hour; most members never posted an ad
    return Hit("selling", "私聊 again after an ad") if last is not None and calls_privately(v.plain) else None


async def _qr_payloads(ctx: Ctx) -> list[str]:
    data = await ctx.image_bytes(ctx.config.image_max_bytes)
    if data is None:
        return []
    return await qr.decode(data, ctx.config.image_max_pixels, ctx.config.qr_timeout_s)


async def _after_qr(ctx: Ctx, event: MessageReceived, payloads: list[str]) -> None:
    bad = [p for p in payloads if qr.is_ad_payload(p, ctx.config.allow_qr)]
    if bad:
        act(ctx, event, Hit("qr", bad[0][:60]), bad[0])


steering.register(plugin, screen_for)
asks.register(plugin)
plugin.cli = evaluate.main
