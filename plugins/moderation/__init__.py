"""Ad moderation (刚柔并济): stop an ad in the group politely, talk privately, act firmly only with repeat offenders."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

from pydantic import Field

from bot.config import PluginConfig
from bot.context import Context
from bot.events import MessageReceived
from bot.plugin import Plugin
from bot.rules import in_room
from bot.undo import Journaled, Line, Map
from plugins.moderation import evaluate, qr, steering
from plugins.moderation.detectors import Hit, Keywords, Screen
from plugins.moderation.store import Incidents, Words, window

NEWS_DOMAINS = ["people.com.cn", "xinhuanet.com", "news.cn", "cctv.com", "cctv.cn", "gov.cn", "chinanews.com.cn",
                "thepaper.cn", "china.com.cn", "cnr.cn", "gmw.cn", "youth.cn", "ce.cn", "81.cn", "chinadaily.com.cn"]


class ModerationConfig(PluginConfig):
    """Settings under plugins.moderation (per room under rooms.ROOM.moderation)."""

    send_priority = 0
    at_night = "send"

    keywords: list[str] = Field(default_factory=list, description="ad phrases, inline")
    keyword_files: list[str] = Field(default_factory=list, description="files with one ad phrase per line")
    allow_words: list[str] = Field(default_factory=list, description="phrases that never count as ads")
    allow_domains: list[str] = Field(default_factory=lambda: list(NEWS_DOMAINS))
    allow_members: list[str] = Field(default_factory=list, description="contact ids never moderated")
    allow_cards: list[str] = Field(default_factory=list, description="titles of the club's own cards/mini programs")
    allow_qr: list[str] = Field(default_factory=list, description="payload prefixes of the club's own QR codes")
    rules_off: list[str] = Field(default_factory=list, description="rule ids switched off")
    flood_count: int = Field(5, ge=2)
    flood_window_s: int = Field(10, ge=1, le=86400)
    cross_room_count: int = Field(3, ge=2, description="the same text in this many rooms is an ad")
    cross_room_window_s: int = Field(600, ge=1, le=86400)
    strike_days: int = Field(30, ge=1, description="strikes count over this many days")
    alert_operators_from: int = Field(2, ge=1, description="from this strike on, operators are alerted")
    remove_from: int = Field(3, ge=1, description="from this strike on, the member is removed")
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
            lines = Path(path).read_text(encoding="utf-8").splitlines()
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
                                              tuple(config.allow_cards), frozenset(config.rules_off))
    return found.screen


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


def _flooding(ctx: Ctx, event: MessageReceived, text: str) -> Hit | None:
    config, state, now = ctx.config, ctx.state, event.ts
    _forget_old(ctx, now)
    who = (event.room, event.sender)
    recent = state.recent.get(who)
    if recent is None:
        recent = state.recent[who] = Line()
    recent.append(now)
    window = _seconds(config.flood_window_s)
    while now - recent[0] > window:
        recent.popleft()
    if len(recent) >= config.flood_count and "flood" not in config.rules_off:
        recent.clear()
        return Hit("flood", f"{config.flood_count} messages in {config.flood_window_s}s")
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
    """Drop what flood and cross-room checks no longer need (older than a day), so memory stays flat."""
    state = ctx.state
    said, texts = state.said, state.texts
    if not said:
        return
    horizon = now - timedelta(days=1)
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


@plugin.on(MessageReceived, in_room)
async def screen(ctx: Ctx, event: MessageReceived) -> None:
    """Every member message is screened first; an ad is blocked so nothing else answers it."""
    if exempt(ctx, event.sender):
        return
    if event.type == "image":
        if "qr" not in ctx.config.rules_off:
            ctx.later(lambda: _qr_payloads(ctx), lambda later_ctx, found: _after_qr(later_ctx, event, found))
        return
    hit, v = screen_for(ctx, event.room).check(event)
    hit = hit or _flooding(ctx, event, v.squeezed)
    if hit is not None:
        ctx.block()
        act(ctx, event, hit, v.squeezed)


async def _qr_payloads(ctx: Ctx) -> list[str]:
    data = await ctx.image_bytes(ctx.config.image_max_bytes)
    if data is None:
        return []
    return await qr.decode(data, ctx.config.image_max_pixels, ctx.config.qr_timeout_s)


async def _after_qr(ctx: Ctx, event: MessageReceived, payloads: list[str]) -> None:
    bad = [p for p in payloads if qr.is_ad_payload(p, ctx.config.allow_qr)]
    if bad:
        act(ctx, event, Hit("qr", bad[0][:60]), bad[0])


def act(ctx: Ctx, event: MessageReceived, hit: Hit, normalized: str) -> None:
    """The ladder: notice and a private talk; then operators alerted; then removal (or owners asked).

    VIPs get no public notice: a private message and an operator alert only, never a removal.
    """
    config, room, member = ctx.config, event.room, event.sender
    assert room is not None
    name = event.sender_name or member
    incidents = ctx.records(Incidents)
    count = incidents.strikes(room, member, window(ctx.now(), config.strike_days)) + 1
    can_private = ctx.can_private(member)
    done: list[str] = []
    values = dict(name=name, topic=event.room_topic or room, rule=hit.rule, detail=hit.detail, strike=count,
                  excerpt=event.text[:60], gift_line=config.gift_line, can_private=can_private)
    if ctx.is_vip(member):
        if can_private:
            ctx.private(member, ctx.render("private.j2", vip=True, **values), ref=hit.rule)
            done.append("private")
        _alert(ctx, room, values, hit, vip=True)
        done.append("alert-operators")
    elif count >= config.remove_from:
        if ctx.can_remove(room):
            ctx.say(room, ctx.render("removed.j2", **values), ref=hit.rule)
            ctx.remove(room, member, ref=hit.rule)
            done.append("removed")
        else:
            for owner in ctx.bot.owners:
                ctx.private(owner, ctx.render("ask_owner_remove.j2", **values), ref=hit.rule)
            done.append("asked-owners")
        _alert(ctx, room, values, hit)
        done.append("alert-operators")
    else:
        ctx.say(room, ctx.render("notice.j2", **values), mentions=[member], ref=hit.rule)
        done.append("notice")
        if can_private:
            ctx.private(member, ctx.render("private.j2", vip=False, **values), ref=hit.rule)
            done.append("private")
        if count >= config.alert_operators_from or not can_private:
            _alert(ctx, room, values, hit)
            done.append("alert-operators")
    incidents.record(ts=ctx.now(), room_id=room, member_id=member, member_name=name, message_id=event.id,
                   rule=hit.rule, detail=hit.detail, original=event.text, normalized=normalized[:500],
                   action="+".join(done), strike=count)
    ctx.log.info("ad caught room=%s member=%s rule=%s strike=%d action=%s", room, member, hit.rule, count,
                 "+".join(done))


def _alert(ctx: Ctx, room: str, values: dict, hit: Hit, vip: bool = False) -> None:
    for operator in ctx.on_duty(room)[:1] or ctx.bot.owners[:1]:
        ctx.private(operator, ctx.render("alert.j2", vip=vip, **values), ref=hit.rule)


steering.register(plugin, screen_for)
plugin.cli = evaluate.main
