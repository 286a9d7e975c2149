"""Work done in a short-lived child process, so that what a heavy library keeps goes when the work ends.

The weekly review's charts need matplotlib: its modules, its font and each figure's garbage came to ~40-70 MB
kept in the bot for the rest of its life (bench/RESULTS.md, perf18), more than a whole day's events add. Drawn
in a child (`python -m MODULE`, the work's description as JSON on its standard input), that memory is the
child's and is given back when it exits; the bot keeps handling members' messages meanwhile.
"""
from __future__ import annotations

import asyncio
import json
import os
import sys
from typing import Any


class ChildFailed(RuntimeError):
    """The child process ended with an error; its message holds the end of what the child wrote to stderr."""


async def run_module(module: str, work: Any) -> None:
    """Run `python -m module` with `work` (JSON-able) on its standard input, and wait for it to finish.

    The child sees the same modules as this process (this process's import path is its PYTHONPATH)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-m", module, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE, env=env)
    _, err = await child.communicate(json.dumps(work, ensure_ascii=False).encode("utf-8"))
    if child.returncode:
        tail = err.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise ChildFailed(f"{module} exited with {child.returncode}: {' | '.join(tail)}")


def work_from_stdin() -> Any:
    """In the child: the work `run_module` passed."""
    return json.loads(sys.stdin.buffer.read().decode("utf-8"))
