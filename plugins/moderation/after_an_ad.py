"""Right after a member's caught ad: the same pitch going on within the burst, or a call to message them privately
again within the hour."""
from __future__ import annotations

from bot.events import MessageReceived
from plugins.moderation.detectors import Hit
from plugins.moderation.ladder import in_burst
from plugins.moderation.normalize import Views
from plugins.moderation.private_call import calls_privately
from plugins.moderation.room_talk import seconds
from plugins.moderation.screens import learned_model
from plugins.moderation.settings import Ctx


def pitch_goes_on(ctx: Ctx, event: MessageReceived, v: Views) -> Hit | None:
    """Right after the member's caught ad, a line the learned layer finds even a little like one ("泳镜还剩三十副，
    私我", at its `hint` bar) is the same pitch going on: part of that burst (no strike, nothing said), and nothing
    else answers it (no FAQ answer, no member waiting for a person). Their other words pass as ever."""
    assert event.room is not None  # screened in rooms only (in_room)
    last = ctx.stopped_at(event.room, event.sender)  # most members never posted an ad: nothing to read
    if last is None or event.ts - last > seconds(ctx.config.burst_s):
        return None
    model = learned_model() if ctx.config.learned and "learned" not in ctx.config.rules_off else None
    if model is None or (score := model.score(v, event.type)) < model.hint:
        return None
    return Hit("learned", f"{score:.2f}, after an ad") if in_burst(ctx, event.room, event.sender, event.ts) else None


def calls_again(ctx: Ctx, event: MessageReceived, v: Views) -> Hit | None:
    """Within the hour after the member's caught ad, a call to message them privately ("已经有三十多位病友在吃了 私聊")
    is the pitch again, whatever its other words: a new strike once the burst is over."""
    assert event.room is not None
    last = ctx.stopped_at(event.room, event.sender)  # within the last hour; most members never posted an ad
    return Hit("selling", "私聊 again after an ad") if last is not None and calls_privately(v.plain) else None
