"""Small plugins that exercise the core in tests: a guard that blocks, an echo, a broken one, a reminder."""
from __future__ import annotations

from datetime import timedelta

from pydantic import Field

from bot.config import PluginConfig
from bot.context import Context
from bot.events import MessageReceived
from bot.keeping import Records, change
from bot.models import Member
from bot.plugin import Plugin
from bot.rules import in_room, text_message

guard = Plugin(name="guard", description="blocks messages with 广告", order=10)


def mentions_ad(ctx: Context, event: MessageReceived) -> bool:
    """The text contains 广告."""
    return "广告" in event.text


@guard.on(MessageReceived, in_room, mentions_ad, block=True)
async def stop_ad(ctx: Context, event: MessageReceived) -> None:
    """Warn and block."""
    ctx.reply("请勿发广告", ref="no-ads")


class EchoConfig(PluginConfig):
    """Echo's settings."""

    prefix: str = "收到"
    times: int = Field(1, ge=1, le=5)


echo = Plugin(name="echo", description="echoes text", config=EchoConfig)


@echo.on(MessageReceived, in_room, text_message)
async def say_back(ctx: Context, event: MessageReceived) -> None:
    """Echo the text with the configured prefix."""
    for _ in range(ctx.config.times):
        ctx.reply(f"{ctx.config.prefix}：{event.text}", ref="echo")


broken = Plugin(name="broken", description="always raises", order=30)


RENAME = change(Member, lambda p: [], lambda p: {"name": p.name})


class Members(Records):
    """Every member's name, rewritten (the broken plugin's doing)."""

    def rename_all(self, name: str) -> None:
        """Give every member this name, by a declared statement and through the ORM session."""
        self.write(RENAME, name=name)
        self.db.flush()


@broken.on(MessageReceived)
async def explode(ctx: Context, event: MessageReceived) -> None:
    """Queue a reply and write to the store both ways, then fail: none of it may stay."""
    ctx.reply("half-done")
    ctx.records(Members).rename_all("half-done")
    ctx.schedule.at("half-done", ctx.now() + timedelta(hours=1), "never")
    raise RuntimeError("plugin bug")


reminder = Plugin(name="reminder", description="reminds a room later")


@reminder.command("remind", aliases=["提醒"], usage="分钟 内容", min_args=2, role="operator", summary="稍后提醒")
async def remind(ctx: Context, args: str) -> None:
    """Schedule a reminder in this room."""
    minutes, text = args.split(None, 1)
    if not minutes.isdigit():
        ctx.usage("分钟要写数字")
        return
    assert isinstance(ctx.event, MessageReceived) and ctx.event.room
    ctx.schedule.at(f"r:{ctx.event.id}", ctx.now() + timedelta(minutes=int(minutes)), "fire",
                    {"room": ctx.event.room, "text": text, "cause": ctx.event.id})
    ctx.reply(f"好的，{minutes}分钟后提醒")


@reminder.job("fire")
async def fire(ctx: Context, data: dict) -> None:
    """Say the reminder."""
    ctx.say(data["room"], data["text"], ref="reminder")


ALL = {p.name: p for p in (guard, echo, broken, reminder)}

PLUGINS_ON = """
plugins:
  guard: {}
  echo: {}
  reminder: {}
"""
