"""The claim code: with no owner in config.yaml, whoever sends the code printed at start privately becomes owner."""
from __future__ import annotations

import json
import logging
import re
import secrets
from typing import Any

from bot.config_problems import ConfigError, ConfigNotWritten
from bot.context import Context
from bot.core_state import CoreState
from bot.events import Event, MessageReceived
from bot.plugin import Plugin
from bot.rules import private_chat
from bot.terminal_text import say

log = logging.getLogger("qunbot.claim")
_SPACING = re.compile(r"[\s\-－]+")


def new_code() -> str:
    """Eight random digits: easy to type, far too many to guess."""
    return f"{secrets.randbelow(10**8):08d}"


def _claim(ctx: Context[Any, Any]) -> CoreState:
    state: CoreState = ctx.state
    return state


def is_claim(ctx: Context[Any, Any], event: Event) -> bool:
    """A private message that is the claim code in force (spaces and dashes ignored)."""
    code = _claim(ctx).claim_code
    return code is not None and isinstance(event, MessageReceived) and event.room is None \
        and _SPACING.sub("", event.text) == code


def register(plugin: Plugin) -> None:
    """Give the built-in commands the claim code: made at start while no owner is set, taken by a private message."""

    @plugin.on_start
    async def offer(ctx: Context[Any, Any]) -> None:
        """With no owner, print a code once (kept until claimed); with an owner, forget it."""
        claim = _claim(ctx)
        if ctx.bot.owners:
            claim.claim_code = None
            return
        if claim.claim_code is None:
            claim.claim_code = new_code()
            log.warning("%s", say("claim_code", code=claim.claim_code, path=ctx.folder / "config.yaml"))

    @plugin.on(MessageReceived, private_chat, is_claim, order=5, block=True)  # private_chat: no context for group talk
    async def take(ctx: Context[Any, Any], event: MessageReceived) -> None:
        """The sender becomes owner, written to config.yaml (comments kept); the code is used up."""
        try:
            await ctx.set_config("bot.owners", json.dumps([event.sender], ensure_ascii=False))
        except ConfigNotWritten as exc:
            ctx.private(event.sender, ctx.render("commands/config_not_written.j2", key="bot.owners", why=exc.why,
                                                 detail=exc.detail), ref="claim")
            return
        except ConfigError as exc:
            ctx.private(event.sender, ctx.render("commands/config_invalid.j2", key="bot.owners",
                                                 problems=[str(p) for p in exc.problems]), ref="claim")
            return
        _claim(ctx).claim_code = None
        log.warning("owner claimed contact=%s name=%s", event.sender, event.sender_name)
        ctx.private(event.sender, ctx.render("commands/claimed.j2", contact=event.sender, name=event.sender_name),
                    ref="claim")
