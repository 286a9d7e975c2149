"""The dice game, a light game for a quiet group: the operator names a number, the first member to roll it wins.

Members roll with WeChat's own dice emoticon. Events carry it as an `emoticon` message; its face is
read from the text: WeChat's XML (`<gameext type="2" content="4..9">`, faces 1 to 6) as puppets pass
it on, or the text form an export writes (`[骰子]3`, `[骰子] 3`, `🎲3`). A typed text never counts.
"""
from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from bot.context import Context
from bot.events import MessageReceived
from bot.plugin import Plugin
from bot.rules import event_rule, in_room
from plugins.activities.store import DiceGames

Ctx = Context[Any, None]
GAME_EXT = re.compile(r"<gameext\b([^>]*)>")
ATTRIBUTE = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
TEXT_FORM = re.compile(r"(?:\[骰子\]|🎲)\s*[:：]?\s*([1-6])(?!\d)")
NAMED = re.compile(r"^\s*([1-6１-６])\s*(?:点)?\s*(.*)$")


def face(text: str) -> int | None:
    """The face a dice emoticon shows (1 to 6), or None when it is another emoticon."""
    if found := GAME_EXT.search(text):
        attributes = dict(ATTRIBUTE.findall(found.group(1)))
        content = attributes.get("content", "")
        if attributes.get("type") == "2" and content.isdigit() and 4 <= int(content) <= 9:
            return int(content) - 3
        return None
    if found := TEXT_FORM.search(text):
        return int(found.group(1))
    return None


@event_rule
def is_roll(ctx: Ctx, event: Any) -> bool:
    """A dice emoticon (cheap check first: most messages are text)."""
    return isinstance(event, MessageReceived) and event.type == "emoticon"


def register(plugin: Plugin) -> None:
    """Add /dice and the rolls to the activities plugin."""

    @plugin.command("dice", aliases=["骰子"], role="operator", summary="掷骰子小游戏：谁先掷出这个点数谁赢",
                    usage="点数(1-6) [奖品]", min_args=1)
    async def open_game(ctx: Ctx, args: str) -> None:
        """Start a game in this room: the number to roll and, if any, the prize."""
        assert isinstance(ctx.event, MessageReceived)
        found = NAMED.match(args)
        if ctx.event.room is None or found is None:
            ctx.usage("请在群里发" if ctx.event.room is None else "")
            return
        games, now = ctx.records(DiceGames), ctx.now()
        if (running := games.running(ctx.event.room, now)) is not None:
            ctx.private(ctx.event.sender, ctx.render("dice_running.j2", g=running))
            return
        minutes = ctx.config_for(ctx.event.room).dice_minutes
        target = int(found.group(1).translate(str.maketrans("１２３４５６", "123456")))
        game = games.open(ctx.event.room, target, found.group(2).strip()[:30], ctx.event.sender, now,
                          now + timedelta(minutes=minutes))
        ctx.say(game.room_id, ctx.render("dice_open.j2", g=game, minutes=minutes))
        ctx.schedule.at(f"dice:{game.id}", game.ends_at, "dice_over", {"id": game.id})

    @plugin.on(MessageReceived, in_room, is_roll)
    async def roll(ctx: Ctx, event: MessageReceived) -> None:
        """A member's roll: the first to show the named number wins, and the group hears it at once."""
        assert event.room is not None
        rolled = face(event.text)
        if rolled is None or ctx.role_of(event.sender) != "member":
            return
        games = ctx.records(DiceGames)
        game = games.running(event.room, event.ts)
        if game is None or not games.rolled(game, event.sender, rolled):
            return
        ctx.schedule.cancel(f"dice:{game.id}")
        ctx.say(game.room_id, ctx.render("dice_won.j2", g=game, name=event.sender_name or event.sender),
                mentions=[event.sender])

    @plugin.job("dice_over")
    async def time_up(ctx: Ctx, data: dict) -> None:
        """Nobody rolled the number in time: say so kindly."""
        game = ctx.records(DiceGames).get(data["id"])
        if game is not None and game.winner is None:
            ctx.say(game.room_id, ctx.render("dice_over.j2", g=game))
