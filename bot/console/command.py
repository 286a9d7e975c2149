"""/console (/后台): an owner or operator gets a one-time sign-in link, always privately."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.config import ConsoleSection
from bot.console.keys import LINK_TTL_S, Keys, load_secret
from bot.context import Context
from bot.events import MessageReceived
from bot.plugin import Plugin

PORT_FILE = Path("data") / "console.port"  # beside config.yaml: the port the running console listens on


def listening_port(folder: Path) -> int | None:
    """The port the running bot's console was given (when config.yaml asks for any free one: port 0)."""
    try:
        return int((folder / PORT_FILE).read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None


def sign_in_link(settings: ConsoleSection, folder: Path, contact: str) -> str:
    """A one-time link that signs `contact` in (ten minutes), pointing at the console's real address."""
    port = listening_port(folder) if settings.port == 0 else None
    return f"{settings.base_url(port)}/signin?t={Keys(load_secret(folder)).link_token(contact)}"


def register(plugin: Plugin) -> None:
    """Add /console to the built-in commands."""

    @plugin.command("console", aliases=["后台"], role="operator", summary="打开后台网页（登录链接私聊发给您）")
    async def console_link(ctx: Context[Any, Any], args: str) -> None:
        """Answer privately with a sign-in link (or say the console is off)."""
        assert isinstance(ctx.event, MessageReceived)
        sender = ctx.event.sender
        settings = ConsoleSection.model_validate(ctx.config_value("console"))
        if not settings.enabled:
            ctx.private(sender, ctx.render("commands/console_off.j2"), ref="/console")
            return
        link = sign_in_link(settings, ctx.folder, sender)
        ctx.private(sender, ctx.render("commands/console_link.j2", link=link, minutes=LINK_TTL_S // 60),
                    ref="/console")
