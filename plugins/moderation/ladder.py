"""What the bot does about an ad, as a careful host would: one strike per burst, people decide removals, VIPs kindly."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.actions import Action
from bot.context import Context
from bot.events import MessageReceived
from plugins.moderation import night_notice
from plugins.moderation.detectors import Hit
from plugins.moderation.fixer import paid_way_in
from plugins.moderation.medicine import against_medicine, against_treatment, cure_claim
from plugins.moderation.organ_trade import organ_trade
from plugins.moderation.store import Incidents, Members, RemovalAsks, window

Ctx = Context[Any, Any]


@dataclass(frozen=True)
class Standing:
    """Who posted the ad, as the ladder sees them."""

    vip: bool
    recent: bool  # the bot saw them join within `new_member_days`: `remove: auto` may remove them at once
    established: bool  # known here for longer than `new_member_days`: joined, or spoke, that long ago and stayed
    can_private: bool


def standing(ctx: Ctx, room: str, member: str) -> Standing:
    """The poster's standing in this room.

    Established is what the bot has seen, not what it assumes: an account it never saw join or speak here (a
    promoter who lurked, or a wave of fresh accounts) is not established, so a first slip's gift line is kept for
    members the group has known for a while.
    """
    known, days = ctx.records(Members).known(room, member), timedelta(days=ctx.config.new_member_days)
    now = ctx.now()
    recent = known is not None and known.joined_at is not None and now - known.joined_at < days
    established = known is not None and not recent and now - known.first_seen >= days
    return Standing(vip=ctx.is_vip(member), recent=recent, established=established,
                    can_private=ctx.can_private(member))


def in_burst(ctx: Ctx, room: str, member: str, now: datetime) -> bool:
    """The member's last ad here was within the burst window: this one is the same slip, not a new strike.

    The last ad is read from the incidents kept in the store, so a restart in the middle of a burst changes nothing.
    """
    last = ctx.records(Incidents).last_ad(room, member)
    return last is not None and timedelta(0) <= now - last <= timedelta(seconds=ctx.config.burst_s)


def in_wave(ctx: Ctx, room: str, now: datetime) -> bool:
    """The group was told about an ad moments ago: another one now belongs to the same wave, and one notice is
    enough (a raid of many accounts must not turn the bot into the loudest member, nor queue notices for hours)."""
    if not ctx.config.wave_s:  # 0: every ad its own notice
        return False
    last = ctx.records(Incidents).last_notice(room)
    return last is not None and timedelta(0) <= now - last <= timedelta(seconds=ctx.config.wave_s)


def act(ctx: Ctx, event: MessageReceived, hit: Hit, normalized: str) -> None:
    """Notice and a private word; then the operator alerted; then removal asked of a person (or done, if allowed)."""
    config, room, member = ctx.config, event.room, event.sender
    assert room is not None
    name = event.sender_name or member
    incidents = ctx.records(Incidents)
    burst = in_burst(ctx, room, member, ctx.now())
    count = incidents.strikes(room, member, window(ctx.now(), config.strike_days)) + (0 if burst else 1)
    who = standing(ctx, room, member)
    done: list[str] = []
    gift = config.gift == "always" or (config.gift == "first_slip" and count == 1 and who.established and not who.vip)
    values = dict(name=name, topic=event.room_topic or room, rule=hit.rule, detail=hit.detail, strike=count,
                  excerpt=event.text[:60], gift_line=config.gift_line if gift else "", can_private=who.can_private,
                  vip=who.vip, done=done, command=f"/mod remove @{name}", asking=False,
                  medicine=against_medicine(event.text), treatment=against_treatment(event.text),
                  cured=cure_claim(event.text),
                  fixer=paid_way_in(event.text), organs=organ_trade(event.text))
    if values["organs"]:
        values["gift_line"] = ""  # a crime offered to patients: no first slip's kindness
    wave = not burst and in_wave(ctx, room, ctx.now())
    values["wave"] = wave
    if burst:
        done.append("same-burst")  # one notice per burst: the group is not told again, the member not messaged again
    elif who.vip:
        _notice(ctx, room, member, values, hit, done)
        _private(ctx, member, values, hit, done)
        _alert(ctx, room, values, hit, done)
    elif count >= config.remove_from:
        _remove_or_ask(ctx, room, member, who, values, hit, done)
    else:
        _notice(ctx, room, member, values, hit, done)
        _private(ctx, member, values, hit, done)
        # a pitch telling patients to cut their drugs or sessions, or a red envelope for a place: a person tells the
        # group plainly, at once
        urgent = values["medicine"] or values["treatment"] or values["cured"] or values["fixer"] or values["organs"]
        if count >= config.alert_operators_from or not who.can_private or urgent:
            _alert(ctx, room, values, hit, done)
    incidents.record(ts=ctx.now(), room_id=room, member_id=member, member_name=name, message_id=event.id,
                     rule=hit.rule, detail=hit.detail, original=event.text, normalized=normalized[:500],
                     action="+".join(done), strike=0 if burst else count)
    ctx.log.info("ad caught room=%s member=%s rule=%s strike=%d action=%s", room, member, hit.rule, count,
                 "+".join(done))


def _notice(ctx: Ctx, room: str, member: str, values: dict, hit: Hit, done: list[str]) -> None:
    """The group is told, once per wave of ads."""
    if values["wave"]:
        done.append("same-wave")
        return
    organs = values["organs"]  # organs offered for money: families are warned now, the night through, naming nobody
    if not organs and (when := night_notice.morning(ctx, room)) is not None:  # quiet hours: said when they end
        night_notice.hold(ctx, room, member, values, when)
        done.append("notice-morning")
        return
    ctx.say(room, ctx.render("notice.j2", **values), mentions=[] if organs else [member], ref=hit.rule)
    done.append("notice")


def _private(ctx: Ctx, member: str, values: dict, hit: Hit, done: list[str]) -> None:
    if values["can_private"]:
        ctx.private(member, ctx.render("private.j2", **values), ref=hit.rule)
        done.append("private")


def _remove_or_ask(ctx: Ctx, room: str, member: str, who: Standing, values: dict, hit: Hit, done: list[str]) -> None:
    """Accounts that joined just now and post ads may go at once (remove: auto); anyone else, a person decides,
    and the member hears privately that a person will be in touch."""
    if ctx.config.remove == "auto" and who.recent and ctx.can_remove(room):
        done.append("removed")
        operators = ctx.on_duty(room)[:1] or ctx.bot.owners[:1]
        alerts = [ctx.private(o, ctx.render("alert.j2", **values), ref=f"alert:{hit.rule}") for o in operators]
        remove(ctx, room, member, hit.rule, tell=operators, name=values["name"], topic=values["topic"],
               excerpt=values["excerpt"], told=alerts)
        done.append("alert-operators")
        return
    _notice(ctx, room, member, values, hit, done)
    # the notice says a private word follows: a third time, it is a firm one, and a person will be in touch
    _private(ctx, member, {**values, "asking": True}, hit, done)
    asked = sorted({*ctx.on_duty(room)[:1], *ctx.bot.owners})
    can_remove = ctx.can_remove(room)
    for person in asked:
        ctx.private(person, ctx.render("ask_remove.j2", can_remove=can_remove, **values), ref=hit.rule)
    if can_remove:  # kept in the store: a plain reply ("移除" / "不用") answers it, even after a restart
        ctx.records(RemovalAsks).ask(ctx.now(), room, member, values["name"], asked)
    done.append("asked-removal")


def remove(ctx: Ctx, room: str, member: str, ref: str, *, tell: Sequence[str], name: str, topic: str,
           excerpt: str = "", told: Sequence[Action] = ()) -> None:
    """Remove the member; once WeChat has done it the group is told, without naming them (and `told`, what the
    operators are to hear of it, goes out). If it fails, the group hears nothing and `tell` are asked to do it."""
    removal = ctx.remove(room, member, ref=ref)
    notice = ctx.say(room, ctx.render("removed.j2"), ref=ref)
    failed = [ctx.private(person, ctx.render("removal_failed.j2", name=name, topic=topic, excerpt=excerpt),
                          ref="removal_failed.j2") for person in tell]
    ctx.once_done(removal, [notice, *told], failed)


def _alert(ctx: Ctx, room: str, values: dict, hit: Hit, done: list[str]) -> None:
    for operator in ctx.on_duty(room)[:1] or ctx.bot.owners[:1]:
        # "alert:": a flooded outbox may fold an operator's waiting alerts into one summary (bot.outbox_pressure)
        ctx.private(operator, ctx.render("alert.j2", **values), ref=f"alert:{hit.rule}")
    done.append("alert-operators")
