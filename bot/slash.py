"""Slash-commands: parsing, aliases, roles, and the router that runs before chat handlers."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.arguments import Refused
from bot.plugin import ROLES, Command

if TYPE_CHECKING:
    from bot.context import Context

log = logging.getLogger("qunbot.commands")


def allowed(role: str, needed: str) -> bool:
    """True when `role` ranks at least `needed` (member < operator < owner)."""
    return ROLES.index(role) >= ROLES.index(needed)


@dataclass(frozen=True)
class Invocation:
    """A parsed command line: which command, under which spelling, and the text after it."""

    command: Command
    spelled: str
    args: str


class CommandTable:
    """Every registered command by name and alias; the longest spelling wins (`/faq add` over `/faq`)."""

    def __init__(self, commands: list[Command]) -> None:
        self.commands = commands
        self._names: dict[str, Command] = {}
        for cmd in commands:
            for spelling in (cmd.name, *cmd.aliases):
                if spelling in self._names:
                    raise ValueError(f"command /{spelling} is registered twice "
                                     f"({self._names[spelling].plugin} and {cmd.plugin})")
                self._names[spelling] = cmd
        self._longest = max((len(n.split()) for n in self._names), default=1)

    def parse(self, text: str) -> Invocation | None:
        """Find the command in a line starting with '/' (or a full-width '／'), or None if no command matches."""
        words = text.strip()[1:].split()
        for n in range(min(self._longest, len(words)), 0, -1):
            spelled = " ".join(words[:n])
            if (cmd := self._names.get(spelled)) is not None:
                rest = text.strip()[1:].split(None, n)
                return Invocation(cmd, spelled, rest[n] if len(rest) > n else "")
        return None

    def visible_to(self, role: str) -> list[Command]:
        """Commands the role may use, for /help."""
        return [c for c in self.commands if allowed(role, c.role)]


async def run(ctx: Context, text: str, sender: str) -> None:
    """Check the role and arguments, then run the command (or answer why not)."""
    invocation = ctx.command_table.parse(text)
    if invocation is None:
        ctx.reply(ctx.render("commands/unknown.j2", text=text.strip().split()[0]))
        return
    cmd, args = invocation.command, invocation.args.strip()
    role = ctx.role_of(sender)
    if not allowed(role, cmd.role):
        log.warning("command refused command=/%s sender=%s role=%s needs=%s", cmd.name, sender, role, cmd.role)
        ctx.reply(ctx.render("commands/refused.j2", command=cmd, spelled=invocation.spelled))  # 接龙, as typed
        return
    own = ctx.for_command(cmd)
    if len(args.split()) < cmd.min_args:
        own.usage()
        return
    try:
        parsed = cmd.parse(args)
    except Refused as refused:
        own.usage(refused.why)
        return
    log.info("command command=/%s sender=%s role=%s", cmd.name, sender, role)
    await cmd.func(own, parsed)
