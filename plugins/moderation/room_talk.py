"""What the room said lately: the same words again and again (a flood, met with a gentle 慢一点 at most), the same
text in several rooms, and the latest ask for a contact, which a number given in answer meets."""
from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache

from bot.events import MessageReceived
from bot.undo import Line, Map
from plugins.moderation import request
from plugins.moderation.approached import QUIET
from plugins.moderation.detectors import Hit
from plugins.moderation.settings import Ctx


def flooding(ctx: Ctx, event: MessageReceived, text: str) -> None:
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
    while now - recent[0] > seconds(config.flood_window_s):
        recent.popleft()
    last = state.slowed.get(event.room)
    if len(recent) >= config.flood_count and (last is None or now - last > seconds(config.flood_window_s)):
        assert event.room is not None  # screened in rooms only (in_room)
        state.slowed[event.room] = now
        ctx.say(event.room, ctx.render("slow_down.j2", name=event.sender_name or event.sender), ref="flood")


def cross_room(ctx: Ctx, event: MessageReceived, text: str) -> Hit | None:
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
        window = seconds(config.cross_room_window_s)
        for room, at in list(seen.items()):
            if now - at > window:
                del seen[room]
    if len(seen) >= config.cross_room_count:
        return Hit("cross_room", f"same text in {len(seen)} rooms")
    return None


@cache
def seconds(n: int) -> timedelta:
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
    horizon = now - seconds(state.longest_s)
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


def note_ask(ctx: Ctx, event: MessageReceived) -> None:
    """Remember the room's latest ask for a contact ("谁有修空调师傅的电话？"), whoever asked."""
    text = event.text
    if event.type == "text" and text and len(text) <= 80 and (request.asks_for_contact(text.lower())
                                                               or request.asks_for_recommendation(text.lower())
                                                               or request.asks_for_a_thing(text.lower())):
        ctx.state.asked[event.room] = (event.ts, event.sender)


def on_request(ctx: Ctx, event: MessageReceived, hit: Hit, plain: str) -> bool:
    """A contact (a number, an id, a card) given in answer to someone else's ask in the room just before, with
    nothing in it that sells the poster's own trade: help, not an advert."""
    if hit.rule not in ("contact", "card") or hit.rule == "card" and event.type != "contact_card":
        return False
    asked = ctx.state.asked.get(event.room)
    return (asked is not None and asked[1] != event.sender and event.ts - asked[0] <= seconds(request.ASK_S)
            and (request.given_on_request(plain) or request.sends_what_was_asked(plain)))
