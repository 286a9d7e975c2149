"""The sandbox at a terminal: prompt_toolkit's line editing and history, the bot's words printed above the prompt."""
from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

from prompt_toolkit import PromptSession
from prompt_toolkit.history import History, InMemoryHistory
from prompt_toolkit.input import Input
from prompt_toolkit.output import Output
from prompt_toolkit.patch_stdout import patch_stdout

from bot.adapters.sandbox import LineSource, Sandbox


def line_source(session: PromptSession[str]) -> LineSource:
    """Lines typed at the prompt (arrow keys edit, up and down recall); Ctrl-D ends, Ctrl-C clears the line."""
    async def read(prompt: str) -> str:
        while True:
            try:
                return await session.prompt_async(prompt) + "\n"
            except EOFError:
                return ""
            except KeyboardInterrupt:
                continue
    return read


def prompt_session(history: History | None = None, input: Input | None = None,
                   output: Output | None = None) -> PromptSession[str]:
    """The sandbox's prompt (a history of this run's lines unless one is given)."""
    return PromptSession(history=history or InMemoryHistory(), input=input, output=output)


async def at_terminal(make: Callable[[TextIO], Sandbox], session: PromptSession[str] | None = None) -> int:
    """Run a sandbox reading from the prompt; what the bot says is printed above the line being typed."""
    session = session or prompt_session()
    with patch_stdout(raw=True):
        sandbox = make(sys.stdout)
        return await sandbox.run(sys.stdin, typed=line_source(session))
