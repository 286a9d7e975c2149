"""The built-in `commands` plugin: routes slash-commands, and /help, /config, /reload."""
from __future__ import annotations

from typing import Any

from bot import arguments, claim, ids, outbox_view, retention, slash
from bot.config import PluginConfig
from bot.config_problems import ConfigError, ConfigNotWritten
from bot.config_sensitive import is_sensitive, without_sensitive
from bot.console import command as console_command
from bot.context import Context
from bot.core_state import CoreState
from bot.danger.cannot_call import cannot_call
from bot.events import MessageReceived
from bot.plugin import Plugin
from bot.rules import slash_command

plugin = Plugin(name="commands", description="斜杠命令：/help、/config、/reload", order=20, state=CoreState)
Ctx = Context[PluginConfig, Any]


@plugin.on(MessageReceived, slash_command, block=True)
async def route(ctx: Ctx, event: MessageReceived) -> None:
    """Every '/' message is a command (or gets a hint); chat handlers never see it."""
    await slash.run(ctx, event.text, event.sender)


@plugin.command("help", aliases=["帮助"], summary="查看我能做什么")
async def help_(ctx: Ctx, args: str) -> None:
    """List the commands the asker may use."""
    assert isinstance(ctx.event, MessageReceived)
    role = ctx.role_of(ctx.event.sender)
    if role == "member":  # plain words for what a member can do, not a list of commands
        bot = ctx.bot  # no promise of a person where no person is configured to hear (a fresh `qunbot init`)
        staffed = bool(bot.owners or bot.operators or bot.duty or bot.room_duty)
        hears = not cannot_call("", ctx.event.room_topic or "", voice=ctx.suggests_voice(ctx.event.room))
        ctx.reply(ctx.render("commands/help_member.j2", topics=ctx.member_topics(), staffed=staffed,
                             voice=hears, sms=bot.sms_alarm or "12110"))
        return
    ctx.reply(ctx.render("commands/help.j2", commands=ctx.commands_for(role), role=role))


@plugin.command("config get", aliases=["配置 查看"], role="operator", usage="KEY", min_args=1,
                parse=arguments.first_word, summary="查看一项配置，例如 /config get plugins.faq.threshold")
async def config_get(ctx: Ctx, key: str) -> None:
    """Show the value of one config key."""
    if is_sensitive(key):
        ctx.reply(ctx.render("commands/config_sensitive.j2", key=key, writing=False))
        return
    try:
        value = without_sensitive(key, ctx.config_value(key))
    except KeyError:
        near = ctx.config_near_key(key)
        near = near if near and not is_sensitive(near) else None
        value = without_sensitive(near, ctx.config_value(near)) if near else None
        ctx.reply(ctx.render("commands/config_missing.j2", key=key, near=near, value=value))
        return
    ctx.reply(ctx.render("commands/config_value.j2", key=key, value=value))


@plugin.command("config set", aliases=["配置 设置"], role="owner", usage="KEY VALUE", min_args=2,
                parse=arguments.word_and_rest, summary="修改一项配置并写回 config.yaml")
async def config_set(ctx: Ctx, args: tuple[str, str]) -> None:
    """Set one key, validated like the file, written back with its comments."""
    key, value = args
    if is_sensitive(key):
        ctx.reply(ctx.render("commands/config_sensitive.j2", key=key, writing=True))
        return
    try:
        await ctx.set_config(key, value)
    except ConfigNotWritten as exc:
        ctx.reply(ctx.render("commands/config_not_written.j2", key=key, why=exc.why, detail=exc.detail))
        return
    except ConfigError as exc:
        ctx.reply(ctx.render("commands/config_invalid.j2", key=key, problems=[str(p) for p in exc.problems]))
        return
    ctx.reply(ctx.render("commands/config_set.j2", key=key, value=value))


@plugin.command("reload", aliases=["重载"], role="operator", summary="重新读取配置和话术")
async def reload(ctx: Ctx, args: str) -> None:
    """Re-read config.yaml and the scripts now."""
    problems = await ctx.reload_config()
    ctx.reply(ctx.render("commands/reloaded.j2", problems=[str(p) for p in problems]))


outbox_view.register(plugin)
console_command.register(plugin)
ids.register(plugin)
claim.register(plugin)
retention.register(plugin)
