"""Files operators edit while the bot runs (FAQ, keyword lists): their modification times, looked up sparingly.

Looking at a file's time costs a system call; a plugin that asks on every message asks through
`ctx.file_mtime(path)`, which looks again only when a second has passed (or, on a virtual
clock, a minute of its time), so an edit is picked up within a second live.
"""
from __future__ import annotations

import os
import time
from datetime import datetime, timedelta
from pathlib import Path

from bot.clock import Clock

WALL_S = 1.0
VIRTUAL = timedelta(minutes=1)


class FileTimes:
    """Cached modification times; -1.0 for a file that is not there."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._seen: dict[Path, tuple[float, datetime, float]] = {}  # path -> (wall, clock, mtime)

    def mtime(self, path: Path) -> float:
        """The file's modification time as last seen (at most a second old)."""
        wall, now = time.monotonic(), self.clock.now()
        seen = self._seen.get(path)
        if seen is not None and wall - seen[0] < WALL_S and now - seen[1] < VIRTUAL:
            return seen[2]
        try:
            mtime = os.stat(path).st_mtime
        except OSError:
            mtime = -1.0
        self._seen[path] = (wall, now, mtime)
        return mtime
