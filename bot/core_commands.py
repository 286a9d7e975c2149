"""The built-in `commands` plugin: routes slash-commands, and /help, /config, /reload."""
from __future__ import annotations

from bot import commands, outbox_view
from bot.config_file import ConfigError
from bot.context import Context
from bot.events import MessageReceived
from bot.plugin import Plugin
from bot.rules import slash_command

plugin = Plugin(name="commands", description="斜杠命令：/help、/config、/reload", priority=20)


@plugin.on(MessageReceived, slash_command, block=True)
async def route(ctx: Context, event: MessageReceived) -> None:
    """Every '/' message is a command (or gets a hint); chat handlers never see it."""
    await commands.run(ctx, ctx.app.command_table, event.text, event.sender)


@plugin.command("help", aliases=["帮助"], summary="查看我能做什么")
async def help_(ctx: Context, args: str) -> None:
    """List the commands the asker may use."""
    assert isinstance(ctx.event, MessageReceived)
    role = ctx.role_of(ctx.event.sender)
    ctx.reply(ctx.render("commands/help.j2", commands=ctx.app.command_table.visible_to(role), role=role))


@plugin.command("config get", aliases=["配置 查看"], role="operator", usage="KEY", min_args=1,
                summary="查看一项配置，例如 /config get plugins.faq.threshold")
async def config_get(ctx: Context, args: str) -> None:
    """Show the value of one config key."""
    key = args.split()[0]
    try:
        value = ctx.app.config.get(key)
    except KeyError:
        ctx.reply(ctx.render("commands/config_missing.j2", key=key))
        return
    ctx.reply(ctx.render("commands/config_value.j2", key=key, value=value))


@plugin.command("config set", aliases=["配置 设置"], role="owner", usage="KEY VALUE", min_args=2,
                summary="修改一项配置并写回 config.yaml")
async def config_set(ctx: Context, args: str) -> None:
    """Set one key, validated like the file, written back with its comments."""
    key, value = args.split(None, 1)
    try:
        await ctx.app.set_config(key, value)
    except ConfigError as exc:
        ctx.reply(ctx.render("commands/config_invalid.j2", key=key, problems=[str(p) for p in exc.problems]))
        return
    ctx.reply(ctx.render("commands/config_set.j2", key=key, value=value))


@plugin.command("reload", aliases=["重载"], role="operator", summary="重新读取配置和话术")
async def reload(ctx: Context, args: str) -> None:
    """Re-read config.yaml and the scripts now."""
    problems = await ctx.app.reload_config(force=True)
    ctx.reply(ctx.render("commands/reloaded.j2", problems=[str(p) for p in problems]))


plugin.command("outbox", aliases=["发送队列"], role="operator", summary="查看待发送、暂缓和发送失败的消息（私聊回复）")(
    outbox_view.show)
plugin.command("outbox retry", aliases=["发送队列 重试"], role="operator", usage="编号… | all", min_args=1,
               summary="把发送失败的消息重新放回队列")(outbox_view.retry)
plugin.command("outbox drop", aliases=["发送队列 放弃"], role="operator", usage="编号…", min_args=1,
               summary="放弃待发送或失败的消息")(outbox_view.drop)
