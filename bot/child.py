"""Work done in a short-lived child process, so that what a heavy library keeps goes when the work ends.

The weekly review's charts need matplotlib: its modules, its font and each figure's garbage came to ~40-70 MB
kept in the bot for the rest of its life (bench/RESULTS.md, perf18), more than a whole day's events add. Drawn
in a child (`python SCRIPT`, the work's description as JSON on its standard input), that memory is the
child's and is given back when it exits; the bot keeps handling members' messages meanwhile.
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import sys
from pathlib import Path
from typing import Any

LIMIT_S = 300.0  # a child still working after this long is hung (a font cache lock): killed, and the caller told

class ChildFailed(RuntimeError):
    """The child process ended with an error; its message holds the end of what the child wrote to stderr."""


async def run_script(script: Path, work: Any, limit_s: float = LIMIT_S) -> None:
    """Run `python script` with `work` (JSON-able) on its standard input, and wait for it to finish: at most
    `limit_s` seconds (then ChildFailed); a child whose caller is cancelled (the bot stopping) is killed with it.

    Run by its path, the script imports no package of ours unless it asks (a plugin package's import costs a
    second or more; `-P`: nor are its neighbours in its folder, which could shadow a library); it sees the same
    installed libraries as this process."""
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-P", str(script), stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE)
    try:
        async with asyncio.timeout(limit_s):
            _, err = await child.communicate(json.dumps(work, ensure_ascii=False).encode("utf-8"))
    except (TimeoutError, asyncio.CancelledError) as stopped:
        with contextlib.suppress(ProcessLookupError):
            child.kill()
        await child.wait()
        if isinstance(stopped, TimeoutError):
            raise ChildFailed(f"{script.name} still working after {limit_s:.0f} s: killed") from stopped
        raise
    if child.returncode:
        tail = err.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise ChildFailed(f"{script.name} exited with {child.returncode}: {' | '.join(tail)}")
