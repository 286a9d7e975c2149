"""Ad moderation (刚柔并济): stop an ad in the group politely, talk privately, act firmly only with repeat offenders."""
from __future__ import annotations

from bot.events import MessageReceived
from bot.plugin import Plugin
from bot.rules import in_room
from plugins.moderation import asks, evaluate, night_notice, qr, steering
from plugins.moderation.after_an_ad import calls_again, pitch_goes_on
from plugins.moderation.approached import heard_of_danger, remember_told, tell_of_approach
from plugins.moderation.detectors import Hit
from plugins.moderation.ladder import act
from plugins.moderation.members_trade import own_goods, trading_room
from plugins.moderation.room_talk import cross_room, flooding, note_ask, on_request
from plugins.moderation.screens import exempt, screen_for
from plugins.moderation.settings import NEWS_DOMAINS, Ctx, ModerationConfig, ModerationState

__all__ = ["NEWS_DOMAINS", "ModerationConfig", "ModerationState", "plugin", "screen_for"]

plugin = Plugin(name="moderation", description="广告管理：群里温和提醒、私聊说明、屡犯才从严",
                config=ModerationConfig, state=ModerationState, order=10)


@plugin.on_start
async def resume(ctx: Ctx) -> None:
    """After a restart: the private pitches already told to an operator this hour (approached.py)."""
    remember_told(ctx, ctx.state.heard, ctx.now())


@plugin.on(MessageReceived, in_room)
async def screen(ctx: Ctx, event: MessageReceived) -> None:
    """Every member message is screened first; an ad is blocked so nothing else answers it."""
    note_ask(ctx, event)
    if exempt(ctx, event.sender):
        return
    if ctx.emergency is not None:  # a person in danger now (bot.danger.emergency): a number left for help is no ad
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
    hit = hit or cross_room(ctx, event, v.squeezed) or pitch_goes_on(ctx, event, v) or calls_again(ctx, event, v)
    if hit is not None:
        ctx.stop()
        act(ctx, event, hit, v.squeezed)
    else:
        tell_of_approach(ctx, event, v.plain, ctx.state.heard)
        flooding(ctx, event, v.squeezed)


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
night_notice.register(plugin)
plugin.cli = evaluate.main
